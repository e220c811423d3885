//! A compact binary form of compiled [`Tables`], so that the embedded dictionaries are compiled once,
//! by `build.rs`, and only decoded at start-up: decoding is a few copies and hash insertions per entry
//! where compiling tokenizes, inflects, lower-cases and formats every name and pattern.
//!
//! The format is private to one build: `build.rs` writes it with this module and the library reads it
//! with the same module, so it has no version and no checks beyond what a panic would catch. It is two
//! parts: numbers, each a little-endian `u32` (`NONE` for a missing value), and text, every string one
//! after the other. A string is its byte length among the numbers and its bytes in the text; the text
//! is embedded with `include_str!`, so it is checked to be UTF-8 when the binary is built and the
//! decoded tables borrow their strings from it. Maps are written sorted by key, so the same tables
//! always give the same bytes.

use std::borrow::Cow;

use chrono::NaiveDate;
use dyad_dict::CueKind;
use rustc_hash::FxHashMap;

use crate::tables::{CueEntry, DatedRole, Form, NameEntry, NameKind, PersonRoles, SectorEntry, Tables, Text, Trigger};
use crate::trie::Trie;

/// A missing value (an absent string, index or date; `u32::MAX` is never a length, index or day).
const NONE: u32 = u32::MAX;

/// The enums, by their number in the format.
const NAME_KINDS: [NameKind; 6] = [
    NameKind::Country,
    NameKind::Adjective,
    NameKind::People,
    NameKind::Capital,
    NameKind::Organisation,
    NameKind::Person,
];
const FORMS: [Form; 5] = [Form::Base, Form::Third, Form::Past, Form::Gerund, Form::Noun];

/// Appends numbers and strings to a byte buffer.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs and the round-trip test
#[derive(Default)]
pub(crate) struct Writer {
    bytes: Vec<u8>,
    text: String,
}

#[cfg_attr(not(test), allow(dead_code))] // used by build.rs and the round-trip test
impl Writer {
    pub(crate) fn u32(&mut self, n: u32) {
        self.bytes.extend_from_slice(&n.to_le_bytes());
    }

    pub(crate) fn usize(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("compiled tables fit u32 indices"));
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.text.push_str(s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.u32(NONE),
        }
    }

    fn opt_usize(&mut self, n: Option<usize>) {
        match n {
            Some(n) => self.usize(n),
            None => self.u32(NONE),
        }
    }

    /// A date as its day number from 1 January of year 1 (CE).
    fn opt_date(&mut self, d: Option<NaiveDate>) {
        use chrono::Datelike;
        match d {
            Some(d) => self.u32(u32::try_from(d.num_days_from_ce()).expect("a date after year 1")),
            None => self.u32(NONE),
        }
    }

    /// An enum as its position in `all`.
    fn tag<T: PartialEq>(&mut self, all: &[T], value: &T) {
        self.usize(all.iter().position(|v| v == value).expect("every variant is listed"));
    }
}

/// Reads back what a [`Writer`] wrote. Panics on bytes it did not write (only embedded data is read).
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
}

impl<'a> Reader<'a> {
    pub(crate) fn u32(&mut self) -> u32 {
        let (n, rest) = self.bytes.split_first_chunk::<4>().expect("compiled tables cut short");
        self.bytes = rest;
        u32::from_le_bytes(*n)
    }

    pub(crate) fn usize(&mut self) -> usize {
        self.u32() as usize
    }

    pub(crate) fn str(&mut self) -> &'a str {
        let len = self.usize();
        self.str_of_len(len)
    }

    fn str_of_len(&mut self, len: usize) -> &'a str {
        let (s, rest) = self.text.split_at(len);
        self.text = rest;
        s
    }

    fn opt_usize(&mut self) -> Option<usize> {
        match self.u32() {
            NONE => None,
            n => Some(n as usize),
        }
    }

    fn opt_date(&mut self) -> Option<NaiveDate> {
        match self.u32() {
            NONE => None,
            n => Some(NaiveDate::from_num_days_from_ce_opt(n as i32).expect("a valid day number")),
        }
    }

    fn tag<T: Copy>(&mut self, all: &[T]) -> T {
        all[self.usize()]
    }

    fn bool(&mut self) -> bool {
        self.u32() != 0
    }

    /// `n` then `n` items read by `item`.
    fn vec<T>(&mut self, mut item: impl FnMut(&mut Reader<'a>) -> T) -> Vec<T> {
        let n = self.usize();
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(item(self));
        }
        v
    }
}

impl Reader<'static> {
    fn text(&mut self) -> Text {
        Cow::Borrowed(self.str())
    }

    fn opt_text(&mut self) -> Option<Text> {
        match self.u32() {
            NONE => None,
            len => Some(Cow::Borrowed(self.str_of_len(len as usize))),
        }
    }
}

/// The tables as numbers and text.
#[cfg_attr(not(test), allow(dead_code))] // used by build.rs and the round-trip test
pub(crate) fn encode(t: &Tables) -> (Vec<u8>, String) {
    let mut w = Writer::default();
    t.vocab.encode(&mut w);
    for trie in [&t.names, &t.sectors, &t.events, &t.noun_events, &t.cues] {
        trie.encode(&mut w);
    }
    w.usize(t.name_entries.len());
    for e in &t.name_entries {
        w.tag(&NAME_KINDS, &e.kind);
        w.str(&e.code);
        w.opt_str(e.country.as_deref());
        w.opt_str(e.sector.as_deref());
        w.opt_str(e.canonical.as_deref());
        w.opt_usize(e.person);
        w.opt_usize(e.roles);
        w.str(&e.origin);
    }
    w.usize(t.sector_entries.len());
    for e in &t.sector_entries {
        w.str(&e.sector);
        w.u32(e.title.into());
        w.str(&e.origin);
    }
    w.usize(t.triggers.len());
    for e in &t.triggers {
        w.str(&e.cameo);
        w.str(&e.pattern);
        w.str(&e.origin);
        w.tag(&FORMS, &e.form);
        w.u32(e.prep_target.into());
    }
    w.usize(t.cue_entries.len());
    for e in &t.cue_entries {
        w.tag(&CueKind::ALL, &e.kind);
        w.str(&e.origin);
    }
    w.usize(t.people.len());
    for p in &t.people {
        w.str(&p.canonical);
        write_roles(&mut w, &p.roles);
    }
    w.usize(t.actor_roles.len());
    for roles in &t.actor_roles {
        write_roles(&mut w, roles);
    }
    let mut surnames: Vec<_> = t.surnames.iter().collect();
    surnames.sort_unstable();
    w.usize(surnames.len());
    for (surname, people) in surnames {
        w.str(surname);
        w.usize(people.len());
        people.iter().for_each(|&p| w.usize(p));
    }
    (w.bytes, w.text)
}

#[cfg_attr(not(test), allow(dead_code))] // used by build.rs and the round-trip test
fn write_roles(w: &mut Writer, roles: &[DatedRole]) {
    w.usize(roles.len());
    for (code, from, to, origin) in roles {
        w.str(code);
        w.opt_date(*from);
        w.opt_date(*to);
        w.str(origin);
    }
}

fn read_roles(r: &mut Reader<'static>) -> Vec<DatedRole> {
    r.vec(|r| (r.text(), r.opt_date(), r.opt_date(), r.text()))
}

/// Tables from the numbers and text of [`encode`], borrowing their strings from `text`.
pub(crate) fn decode(bytes: &'static [u8], text: &'static str) -> Tables {
    let r = &mut Reader { bytes, text };
    let vocab = crate::tables::Vocab::decode(r);
    let [names, sectors, events, noun_events, cues] = [(); 5].map(|()| Trie::decode(r));
    let name_entries = r.vec(|r| NameEntry {
        kind: r.tag(&NAME_KINDS),
        code: r.text(),
        country: r.opt_text(),
        sector: r.opt_text(),
        canonical: r.opt_text(),
        person: r.opt_usize(),
        roles: r.opt_usize(),
        origin: r.text(),
    });
    let sector_entries = r.vec(|r| SectorEntry { sector: r.text(), title: r.bool(), origin: r.text() });
    let triggers = r.vec(|r| Trigger {
        cameo: r.text(),
        pattern: r.text(),
        origin: r.text(),
        form: r.tag(&FORMS),
        prep_target: r.bool(),
    });
    let cue_entries = r.vec(|r| CueEntry { kind: r.tag(&CueKind::ALL), origin: r.text() });
    let people = r.vec(|r| PersonRoles { canonical: r.text(), roles: read_roles(r) });
    let actor_roles = r.vec(read_roles);
    let n = r.usize();
    let mut surnames = FxHashMap::with_capacity_and_hasher(n, Default::default());
    for _ in 0..n {
        let surname = r.text();
        surnames.insert(surname, r.vec(Reader::usize));
    }
    assert!(r.bytes.is_empty() && r.text.is_empty(), "compiled tables have trailing bytes");
    Tables {
        vocab,
        names,
        name_entries,
        sectors,
        sector_entries,
        events,
        noun_events,
        triggers,
        cues,
        cue_entries,
        people,
        actor_roles,
        surnames,
    }
}
