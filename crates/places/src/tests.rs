//! Tests of the embedded gazetteer as a whole.

use super::*;

fn gaz() -> &'static Gazetteer<'static> {
    Gazetteer::embedded()
}

/// (name, country, feature) of what `name` resolves to.
fn resolved(name: &str, hint: Option<&str>) -> (&'static str, Option<&'static str>, Feature) {
    let p = gaz().resolve(name, hint).unwrap_or_else(|| panic!("{name} not found"));
    (p.name, p.country, p.feature)
}

#[test]
fn compiled_data_equals_parsed_data() {
    let [places, regions] = Gazetteer::embedded_files();
    let parsed = Gazetteer::parse(places, regions).unwrap();
    assert_eq!(parsed.places(), gaz().places());
    let mut a: Vec<_> = parsed.names().collect();
    let mut b: Vec<_> = gaz().names().collect();
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b);
}

#[test]
fn sizes() {
    let count = |f: Feature| gaz().places().iter().filter(|p| p.feature == f).count();
    assert!(count(Feature::Country) > 240, "{}", count(Feature::Country));
    assert_eq!(count(Feature::Admin1), 51); // 50 states and the District of Columbia
    assert!(count(Feature::Capital) > 240);
    assert!(count(Feature::City) > 33_000);
    assert!(count(Feature::Region) > 100);
    assert!(gaz().names().count() > 100_000);
}

#[test]
fn lookup_is_case_and_diacritic_blind() {
    for (a, b) in [("Sanaa", "Sana'a"), ("Sanaa", "SANAA"), ("Hudaydah", "Ḩudaydah"), ("Bogota", "Bogotá")] {
        assert!(!gaz().lookup(a).is_empty(), "{a}");
        assert_eq!(gaz().lookup(a), gaz().lookup(b), "{a} / {b}");
    }
    assert_eq!(resolved("Erbil", None).0, "Erbil");
    assert_eq!(resolved("Irbil", None).0, "Erbil");
    assert_eq!(resolved("kharkov", None).0, "Kharkiv");
    assert_eq!(resolved("Rangoon", None).0, "Yangon");
    assert_eq!(resolved("São Paulo", None).1, Some("BRA"));
    assert!(gaz().lookup("").is_empty());
    assert!(gaz().lookup("--").is_empty());
}

#[test]
fn conflict_news_places() {
    let cases = [
        ("Kyiv", "UKR"),
        ("Mariupol", "UKR"),
        ("Bakhmut", "UKR"),
        ("Aleppo", "SYR"),
        ("Mosul", "IRQ"),
        ("Khan Yunis", "PSE"),
        ("Rafah", "PSE"),
        ("Benghazi", "LBY"),
        ("Mogadishu", "SOM"),
        ("Goma", "COD"),
        ("El Fasher", "SDN"),
        ("Mekelle", "ETH"),
        ("Maiduguri", "NGA"),
        ("Timbuktu", "MLI"),
        ("Kandahar", "AFG"),
        ("Peshawar", "PAK"),
        ("Sittwe", "MMR"),
        ("Marawi", "PHL"),
        ("Port-au-Prince", "HTI"),
    ];
    for (name, country) in cases {
        assert_eq!(resolved(name, None).1, Some(country), "{name}");
    }
}

#[test]
fn homonyms_without_hint() {
    assert_eq!(resolved("Georgia", None), ("Georgia", Some("GEO"), Feature::Country));
    assert_eq!(resolved("Paris", None), ("Paris", Some("FRA"), Feature::Capital));
    assert_eq!(resolved("Tripoli", None), ("Tripoli", Some("LBY"), Feature::Capital));
    assert_eq!(resolved("Washington", None), ("Washington", Some("USA"), Feature::Capital));
    assert_eq!(resolved("New York", None), ("New York City", Some("USA"), Feature::City));
    assert_eq!(resolved("Kuwait", None).2, Feature::Country);
    assert_eq!(resolved("Florida", None), ("Florida", Some("USA"), Feature::Admin1));
    assert_eq!(resolved("Lebanon", None).2, Feature::Country);
    assert_eq!(resolved("East Jerusalem", None), ("East Jerusalem", Some("PSE"), Feature::Region));
    assert_eq!(resolved("Gaza", None), ("Gaza Strip", Some("PSE"), Feature::Region));
    assert_eq!(resolved("Odessa", None).1, Some("UKR"));
    assert_eq!(resolved("Hamilton", None).1, Some("CAN"));
    assert_eq!(resolved("Hamilton", Some("BMU")).2, Feature::Capital);
    assert_eq!(resolved("Kingston", None).1, Some("JAM"));
}

#[test]
fn homonyms_with_hint() {
    assert_eq!(resolved("Georgia", Some("USA")), ("Georgia", Some("USA"), Feature::Admin1));
    assert_eq!(resolved("Tripoli", Some("LBN")), ("Tripoli", Some("LBN"), Feature::City));
    assert_eq!(resolved("Paris", Some("USA")).1, Some("USA"));
    assert_eq!(resolved("Odessa", Some("usa")).1, Some("USA"));
    // No candidate in the hinted country: the hint is ignored.
    assert_eq!(resolved("Tripoli", Some("FRA")).1, Some("LBY"));
    assert_eq!(resolved("Georgia", Some("")).1, Some("GEO"));
}

#[test]
fn every_country_region_and_state_resolves_to_itself() {
    for (i, p) in gaz().places().iter().enumerate() {
        let expected_elsewhere = match p.feature {
            Feature::City | Feature::Capital => continue,
            // Named like a capital or a city of a million: Washington, New York, District of Columbia.
            Feature::Admin1 => ["Washington", "New York", "District of Columbia"].contains(&p.name),
            Feature::Country | Feature::Region => false,
        };
        let hint = p.country;
        let best = gaz().best(gaz().lookup(p.name), hint).unwrap();
        assert!(gaz().lookup(p.name).contains(&PlaceId(i as u32)), "{} is not found by its name", p.name);
        if !expected_elsewhere {
            assert_eq!(gaz().place(best), p, "{} resolves to {:?}", p.name, gaz().place(best));
        }
    }
}

#[test]
fn regions() {
    let donbas = gaz().resolve("Donbass", None).unwrap();
    assert_eq!((donbas.name, donbas.country, donbas.feature), ("Donbas", Some("UKR"), Feature::Region));
    assert_eq!((donbas.geonameid, donbas.population, donbas.admin1), (None, 0, None));
    assert_eq!(resolved("Sahel", None), ("Sahel", None, Feature::Region));
    assert_eq!(resolved("Kashmir", None).1, None);
    assert_eq!(resolved("Golan", None), ("Golan Heights", Some("SYR"), Feature::Region));
    assert_eq!(resolved("Crimea", None).1, Some("UKR"));
    assert_eq!(resolved("nagorno karabakh", None).1, Some("AZE"));
    assert_eq!(resolved("Hodeidah", None).1, Some("YEM"));
    for p in gaz().places().iter().filter(|p| p.feature == Feature::Region) {
        assert!(p.lat.abs() <= 90.0 && p.lon.abs() <= 180.0, "{}", p.name);
    }
}

#[test]
fn places_have_sane_fields() {
    for p in gaz().places() {
        assert!(p.lat.abs() <= 90.0 && p.lon.abs() <= 180.0, "{p:?}");
        if let Some(c) = p.country {
            assert!(c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()), "{p:?}");
        }
        assert_eq!(p.geonameid.is_none(), p.feature == Feature::Region, "{p:?}");
    }
    let kyiv = gaz().resolve("Kyiv", None).unwrap();
    assert_eq!((kyiv.geonameid, kyiv.admin1), (Some(703448), Some("12")));
    assert!((kyiv.lat - 50.45).abs() < 0.1 && (kyiv.lon - 30.52).abs() < 0.1, "{kyiv:?}");
    assert!(kyiv.population > 2_000_000);
    // Countries carry their capital's coordinates.
    let ukraine = gaz().resolve("Ukraine", None).unwrap();
    assert_eq!((ukraine.lat, ukraine.lon), (kyiv.lat, kyiv.lon));
}

#[test]
fn longest_match_in_tokens() {
    let m = |words: &[&str]| {
        gaz().longest_match(words).map(|(len, ids)| (len, gaz().place(gaz().best(ids, None).unwrap()).name))
    };
    assert_eq!(m(&["Nagorno", "-", "Karabakh", "talks"]), Some((3, "Nagorno-Karabakh")));
    assert_eq!(m(&["Gaza", "Strip", "ceasefire"]), Some((2, "Gaza Strip")));
    assert_eq!(m(&["Gaza", "'s", "hospitals"]), Some((1, "Gaza Strip")));
    assert_eq!(m(&["Isle", "of", "Man", "vote"]), Some((3, "Isle of Man")));
    assert_eq!(m(&["New", "York", "on", "Monday"]), Some((2, "New York City")));
    assert_eq!(m(&["Sana'a", "airport"]), Some((1, "Sanaa")));
    assert_eq!(m(&["Erdoğan", "said"]), None);
    // A name must end on a capitalized word; separators do not start a name.
    assert_eq!(m(&["of", "the"]), None);
    assert_eq!(m(&["Isle", "of"]), None);
    assert_eq!(m(&["-", "Paris"]), None);
    assert_eq!(m(&[]), None);
    // Owned strings work too.
    let words = vec![String::from("Bosnia"), String::from("and"), String::from("Herzegovina")];
    assert_eq!(gaz().longest_match(&words).map(|(len, _)| len), Some(3));
}

#[test]
fn names_are_folded() {
    for (name, ids) in gaz().names().take(5000) {
        assert_eq!(fold(name), name);
        assert!(!ids.is_empty());
    }
}

#[test]
fn embedded_heap_is_modest() {
    let bytes = gaz().heap_bytes();
    assert!(bytes < 8_000_000, "{bytes}");
}
