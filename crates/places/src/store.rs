//! The embedded gazetteer's compact form: written by `build.rs` at compile time (so that the binary does not parse
//! 2.8 MB of text and fold 125,000 names at start-up), read back by [`crate::Gazetteer::embedded`].
//!
//! Two files in `OUT_DIR`: `gazetteer.bin` (little-endian numbers) and `strings.txt` (every place's name, country
//! and admin1 code, then the index's folded names), which the places and the index borrow from.

use crate::index::{put_u32, NameIndex, Reader};
use crate::{Feature, Place};

const MAGIC: &[u8; 8] = b"dyadgaz1";
const FEATURES: [Feature; 5] = [Feature::Country, Feature::Admin1, Feature::Region, Feature::Capital, Feature::City];
const NO_ID: u32 = u32::MAX;

/// The blob and the strings for `places` and their `index`.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs
pub(crate) fn encode(places: &[Place<'_>], index: &NameIndex) -> (Vec<u8>, String) {
    let mut blob = MAGIC.to_vec();
    let mut strings = String::new();
    put_u32(&mut blob, places.len());
    for p in places {
        let (country, admin1) = (p.country.unwrap_or(""), p.admin1.unwrap_or(""));
        put_u32(&mut blob, strings.len());
        put_u32(&mut blob, p.name.len());
        strings.push_str(p.name);
        strings.push_str(country);
        strings.push_str(admin1);
        let feature = FEATURES.iter().position(|&f| f == p.feature).expect("every feature listed");
        let small = |n: usize| u8::try_from(n).expect("codes under 256 bytes");
        blob.extend_from_slice(&[small(country.len()), small(admin1.len()), feature as u8, 0]);
        blob.extend_from_slice(&p.lat.to_bits().to_le_bytes());
        blob.extend_from_slice(&p.lon.to_bits().to_le_bytes());
        blob.extend_from_slice(&p.population.to_le_bytes());
        blob.extend_from_slice(&p.geonameid.unwrap_or(NO_ID).to_le_bytes());
    }
    index.encode(&mut blob, &mut strings);
    (blob, strings)
}

/// Read what [`encode`] wrote.
///
/// # Panics
///
/// If `blob` was not written by [`encode`] (it always is: both come from `build.rs`).
pub(crate) fn decode(blob: &'static [u8], strings: &'static str) -> (Vec<Place<'static>>, NameIndex) {
    let mut r = Reader::new(blob);
    assert_eq!(r.take(MAGIC.len()), MAGIC, "gazetteer.bin was not written by this version of dyad-places");
    let n = r.u32() as usize;
    let mut places = Vec::with_capacity(n);
    for _ in 0..n {
        let start = r.u32() as usize;
        let name_end = start + r.u32() as usize;
        let small = r.take(4);
        let country_end = name_end + usize::from(small[0]);
        let admin1_end = country_end + usize::from(small[1]);
        let some = |s: &'static str| (!s.is_empty()).then_some(s);
        let lat = f64::from_bits(r.u64());
        let lon = f64::from_bits(r.u64());
        let population = r.u64();
        let geonameid = Some(r.u32()).filter(|&id| id != NO_ID);
        places.push(Place {
            name: &strings[start..name_end],
            country: some(&strings[name_end..country_end]),
            admin1: some(&strings[country_end..admin1_end]),
            lat,
            lon,
            feature: FEATURES[usize::from(small[2])],
            population,
            geonameid,
        });
    }
    let index = NameIndex::decode(&mut r, strings);
    (places, index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let places = "1\tParis\tFRA\t11\t48.85\t2.35\t2138551\tcapital\tParigi|Lutetia\n\
                      2\tFrance\tFRA\t\t48.85\t2.35\t67000000\tcountry\t\n\
                      3\tParis\tUSA\tTX\t33.66\t-95.56\t24782\tcity\t\n\
                      4\tUnited States\tUSA\t\t38.9\t-77.04\t0\tcountry\t\n";
        let regions = "Sahel | - | 15.0 | 0.0 | Sahel region\n";
        let (list, index) = crate::parse::build(("places.tsv", places), ("regions.txt", regions)).unwrap();
        let (blob, strings) = encode(&list, &index);
        let (blob, strings): (&'static [u8], &'static str) = (blob.leak(), strings.leak());
        let (decoded, decoded_index) = decode(blob, strings);
        assert_eq!(decoded, list);
        let mut a: Vec<_> = index.iter().collect();
        let mut b: Vec<_> = decoded_index.iter().collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
        assert_eq!(decoded_index.get("paris").map(<[_]>::len), Some(2));
        assert_eq!(decoded_index.get("sahel region").map(<[_]>::len), Some(1));
        assert_eq!(decoded_index.get("sahel").map(<[_]>::len), Some(1));
        assert_eq!(decoded_index.get("united").map(<[_]>::len), Some(0));
        assert_eq!(decoded_index.get("nowhere"), None);
        assert_eq!(decoded_index.heap_bytes(), 4 * 8); // only the 8 postings are copied
    }
}
