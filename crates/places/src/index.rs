//! The name index: folded name → places.
//!
//! Every distinct folded name is written once into one `arena` string. An open-addressing table (linear probing,
//! at most three quarters full) of `u64` slots holds 32 bits of the name's hash and the index of its entry (the name's span
//! in the arena), so that a probe reads the arena only when the hash bits agree; the places of entry `e` are
//! `postings[starts[e]..starts[e + 1]]`. Each word prefix of a multi-word name (`nagorno` for `nagorno karabakh`)
//! is an entry too, with no places, so that [`NameIndex::get`] tells a token-by-token matcher when to stop.
//!
//! The tables are little-endian byte arrays, owned when built at run time and borrowed from the binary for the
//! embedded gazetteer, which `build.rs` builds at compile time with this same code ([`NameIndex::encode`],
//! [`NameIndex::decode`]).

use std::borrow::Cow;

use crate::fold::fold_append;
use crate::PlaceId;

const EMPTY: u64 = u64::MAX;
/// The place of a key that is only a word prefix of names.
const PREFIX: u32 = u32::MAX;

pub(crate) struct NameIndex {
    arena: Cow<'static, str>,
    /// Per entry: start and length in the arena, `u32` each.
    entries: Cow<'static, [u8]>,
    /// Per slot: `u64`, hash bits above the entry number, or [`EMPTY`].
    slots: Cow<'static, [u8]>,
    /// Per entry, plus one: `u32` start of its places in `postings`.
    starts: Cow<'static, [u8]>,
    postings: Vec<PlaceId>,
}

fn u32_at(bytes: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(bytes[i * 4..i * 4 + 4].try_into().expect("4 bytes"))
}

fn u64_at(bytes: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(bytes[i * 8..i * 8 + 8].try_into().expect("8 bytes"))
}

/// FNV-1a with a final mix (MurmurHash3's `fmix64`): defined here, not by a crate whose hash may change between
/// versions, because `build.rs` and the library must agree on it.
fn hash(key: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The slot a hash starts probing at: its top bits.
fn slot_of(h: u64, slots: usize) -> usize {
    (h >> (64 - slots.trailing_zeros())) as usize
}

impl NameIndex {
    fn entry(&self, e: usize) -> &str {
        let (start, len) = (u32_at(&self.entries, 2 * e) as usize, u32_at(&self.entries, 2 * e + 1) as usize);
        &self.arena[start..start + len]
    }

    fn places(&self, e: usize) -> &[PlaceId] {
        &self.postings[u32_at(&self.starts, e) as usize..u32_at(&self.starts, e + 1) as usize]
    }

    /// The places of a folded key: `None` if no name has that key or starts with it (as whole words); an empty
    /// slice if names only start with it.
    pub(crate) fn get(&self, key: &str) -> Option<&[PlaceId]> {
        let h = hash(key.as_bytes());
        let slots = self.slots.len() / 8;
        let mut i = slot_of(h, slots);
        loop {
            let s = u64_at(&self.slots, i);
            if s == EMPTY {
                return None;
            }
            if s >> 32 == h & 0xFFFF_FFFF {
                let e = (s & 0xFFFF_FFFF) as usize;
                if self.entry(e) == key {
                    return Some(self.places(e));
                }
            }
            i = (i + 1) & (slots - 1);
        }
    }

    /// Every folded name with its places (word prefixes, which have none, are left out).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &[PlaceId])> + '_ {
        (0..self.entries.len() / 8).filter_map(move |e| {
            let ids = self.places(e);
            (!ids.is_empty()).then(|| (self.entry(e), ids))
        })
    }

    /// Bytes held on the heap: the owned tables, not those borrowed from the binary.
    pub(crate) fn heap_bytes(&self) -> usize {
        let owned = |c: &Cow<'static, [u8]>| if let Cow::Owned(v) = c { v.capacity() } else { 0 };
        let arena = if let Cow::Owned(s) = &self.arena { s.capacity() } else { 0 };
        arena
            + owned(&self.entries)
            + owned(&self.slots)
            + owned(&self.starts)
            + self.postings.capacity() * std::mem::size_of::<PlaceId>()
    }

    /// Append the index to `blob` (tables) and `strings` (the arena), for [`NameIndex::decode`].
    #[cfg_attr(not(test), allow(dead_code))] // used by build.rs
    pub(crate) fn encode(&self, blob: &mut Vec<u8>, strings: &mut String) {
        put_u32(blob, strings.len());
        put_u32(blob, self.arena.len());
        strings.push_str(&self.arena);
        for table in [&self.entries, &self.slots, &self.starts] {
            put_u32(blob, table.len());
            blob.extend_from_slice(table);
        }
        put_u32(blob, self.postings.len());
        for id in &self.postings {
            blob.extend_from_slice(&id.0.to_le_bytes());
        }
    }

    /// Read an index written by [`NameIndex::encode`], borrowing its tables from `blob` and `strings`.
    pub(crate) fn decode(blob: &mut Reader, strings: &'static str) -> NameIndex {
        let arena_start = blob.u32() as usize;
        let arena_len = blob.u32() as usize;
        let arena = Cow::Borrowed(&strings[arena_start..arena_start + arena_len]);
        let entries = Cow::Borrowed(blob.table());
        let slots = Cow::Borrowed(blob.table());
        let starts = Cow::Borrowed(blob.table());
        let n = blob.u32() as usize;
        let postings = blob.take(n * 4).chunks_exact(4).map(|c| PlaceId(u32_at(c, 0))).collect();
        NameIndex { arena, entries, slots, starts, postings }
    }
}

/// Reads the embedded blob front to back.
pub(crate) struct Reader {
    blob: &'static [u8],
    at: usize,
}

impl Reader {
    pub(crate) fn new(blob: &'static [u8]) -> Reader {
        Reader { blob, at: 0 }
    }

    pub(crate) fn take(&mut self, n: usize) -> &'static [u8] {
        let bytes = &self.blob[self.at..self.at + n];
        self.at += n;
        bytes
    }

    pub(crate) fn u32(&mut self) -> u32 {
        u32_at(self.take(4), 0)
    }

    pub(crate) fn u64(&mut self) -> u64 {
        u64_at(self.take(8), 0)
    }

    /// A `u32` length, then that many bytes.
    fn table(&mut self) -> &'static [u8] {
        let n = self.u32() as usize;
        self.take(n)
    }
}

pub(crate) fn put_u32(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&u32::try_from(n).expect("tables under 4 GiB").to_le_bytes());
}

/// One key as added: its hash, its span in the arena and its place ([`PREFIX`] for a word prefix).
#[derive(Clone, Copy)]
struct Key {
    hash: u64,
    start: u32,
    len: u32,
    place: u32,
}

/// Collects (name, place) pairs; [`IndexBuilder::finish`] builds the tables.
pub(crate) struct IndexBuilder {
    arena: String,
    keys: Vec<Key>,
}

impl IndexBuilder {
    /// A builder sized for about `names` names.
    pub(crate) fn with_capacity(names: usize) -> IndexBuilder {
        IndexBuilder { arena: String::with_capacity(names * 12), keys: Vec::with_capacity(names + names / 2) }
    }

    /// Index `name` (folded here) for place `id`; a name that folds to nothing is ignored.
    pub(crate) fn add(&mut self, name: &str, id: PlaceId) {
        let start = self.arena.len();
        fold_append(name, &mut self.arena);
        let key = &self.arena.as_bytes()[start..];
        let key_at =
            |len: usize, place: u32| Key { hash: hash(&key[..len]), start: start as u32, len: len as u32, place };
        for (i, &b) in key.iter().enumerate() {
            if b == b' ' {
                self.keys.push(key_at(i, PREFIX));
            }
        }
        if !key.is_empty() {
            self.keys.push(key_at(key.len(), id.0));
        }
    }

    /// Lay out the tables. Keys are sorted by hash, then text, so that the repeats of a name sit side by side
    /// (and the table fills front to back); the result does not depend on the order names were added in, except
    /// through the place ids.
    pub(crate) fn finish(self) -> NameIndex {
        let IndexBuilder { arena: added, mut keys } = self;
        let text = |k: &Key| &added[k.start as usize..(k.start + k.len) as usize];
        keys.sort_unstable_by(|a, b| a.hash.cmp(&b.hash).then_with(|| text(a).cmp(text(b))));
        let mut arena = String::with_capacity(added.len() / 2);
        let (mut entries, mut slot_hashes, mut starts) = (Vec::new(), Vec::new(), Vec::new());
        let mut postings: Vec<PlaceId> = Vec::with_capacity(keys.len());
        for run in keys.chunk_by(|a, b| a.hash == b.hash && text(a) == text(b)) {
            let name = text(&run[0]);
            put_u32(&mut entries, arena.len());
            put_u32(&mut entries, name.len());
            arena.push_str(name);
            put_u32(&mut starts, postings.len());
            let from = postings.len();
            postings.extend(run.iter().filter(|k| k.place != PREFIX).map(|k| PlaceId(k.place)));
            postings[from..].sort_unstable();
            dedup_tail(&mut postings, from);
            slot_hashes.push(run[0].hash);
        }
        put_u32(&mut starts, postings.len());
        // At most 3/4 full: the embedded 137,000 names take 262,144 slots (2 MB), not twice that.
        let n = slot_hashes.len().max(4);
        let len = (n + n / 3).next_power_of_two();
        let mut slots = vec![EMPTY; len];
        for (e, &h) in slot_hashes.iter().enumerate() {
            let mut i = slot_of(h, len);
            while slots[i] != EMPTY {
                i = (i + 1) & (len - 1);
            }
            slots[i] = ((h & 0xFFFF_FFFF) << 32) | e as u64;
        }
        let slots: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
        postings.shrink_to_fit();
        NameIndex {
            arena: Cow::Owned(arena),
            entries: Cow::Owned(entries),
            slots: Cow::Owned(slots),
            starts: Cow::Owned(starts),
            postings,
        }
    }
}

/// Remove repeats from the sorted `v[from..]`.
fn dedup_tail(v: &mut Vec<PlaceId>, from: usize) {
    let mut w = from;
    for r in from..v.len() {
        if w == from || v[w - 1] != v[r] {
            v[w] = v[r];
            w += 1;
        }
    }
    v.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(names: &[(&str, u32)]) -> NameIndex {
        let mut b = IndexBuilder::with_capacity(1);
        for &(name, id) in names {
            b.add(name, PlaceId(id));
        }
        b.finish()
    }

    #[test]
    fn names_prefixes_and_repeats() {
        let ix = index(&[("Nagorno-Karabakh", 0), ("Karabakh", 0), ("Paris", 1), ("PARIS", 1), ("Paris", 2)]);
        assert_eq!(ix.get("nagorno karabakh"), Some(&[PlaceId(0)][..]));
        assert_eq!(ix.get("nagorno"), Some(&[][..]));
        assert_eq!(ix.get("karabakh"), Some(&[PlaceId(0)][..]));
        assert_eq!(ix.get("paris"), Some(&[PlaceId(1), PlaceId(2)][..]));
        assert_eq!(ix.get("nagorno k"), None);
        let mut names: Vec<_> = ix.iter().map(|(n, ids)| (n, ids.len())).collect();
        names.sort();
        assert_eq!(names, [("karabakh", 1), ("nagorno karabakh", 1), ("paris", 2)]);
    }

    #[test]
    fn grows_past_its_capacity() {
        let names: Vec<String> = (0..5000).map(|i| format!("place {i}")).collect();
        let mut b = IndexBuilder::with_capacity(4);
        for (i, n) in names.iter().enumerate() {
            b.add(n, PlaceId(i as u32));
        }
        let ix = b.finish();
        for (i, n) in names.iter().enumerate() {
            assert_eq!(ix.get(n), Some(&[PlaceId(i as u32)][..]), "{n}");
        }
        assert_eq!(ix.get("place"), Some(&[][..]));
    }
}
