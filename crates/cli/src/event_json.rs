//! One event as a line of JSON: byte for byte what `serde_json::to_writer` writes for the
//! derived `Serialize` of [`Event`], in fewer instructions.
//!
//! serde_json looks up every byte of every string, keys included, in its escape table; on
//! sentences.jsonl that was 9% of `dyad code`. Here keys are literals, and a string with nothing to
//! escape (nearly all of them) is copied whole after a scan the compiler vectorises. Strings that
//! need escaping, numbers, and the nested attribution go through serde_json itself, so its
//! formatting stays the reference. The tests hold the two outputs equal on every example event.

use dyad_coder::{Actor, Event, Place};
use serde::Serialize;

/// Append `e` as one JSON object (no newline) to `out`.
pub fn write_event(out: &mut Vec<u8>, e: &Event) {
    let mut j = Json(out);
    j.raw(key!(first "event_id"));
    j.str(&e.event_id);
    j.raw(key!("doc_id"));
    j.str(&e.doc_id);
    j.raw(key!("sentence_index"));
    j.value(&e.sentence_index);
    j.raw(key!("sentence"));
    j.str(&e.sentence);
    j.raw(key!("date"));
    j.opt_str(e.date.as_deref());
    j.raw(key!("date_precision"));
    j.opt_str(e.date_precision);
    j.raw(key!("place"));
    match &e.place {
        Some(p) => j.place(p),
        None => j.null(),
    }
    for (name, actor) in [(key!("source"), &e.source), (key!("target"), &e.target)] {
        j.raw(name);
        match actor {
            Some(a) => j.actor(a),
            None => j.null(),
        }
    }
    j.raw(key!("cameo"));
    j.str(&e.cameo);
    j.raw(key!("cameo_root"));
    j.str(&e.cameo_root);
    j.raw(key!("quad_class"));
    j.value(&e.quad_class);
    j.raw(key!("goldstein"));
    j.value(&e.goldstein);
    j.raw(key!("plover"));
    j.raw(key!(first "type"));
    j.opt_str(e.plover.event_type);
    j.raw(key!("mode"));
    j.opt_str(e.plover.mode);
    j.raw(key!("context"));
    j.opt_str(e.plover.context);
    j.end();
    j.raw(key!("status"));
    j.value(&e.status);
    j.raw(key!("negated"));
    j.value(&e.negated);
    j.raw(key!("attribution"));
    j.value(&e.attribution);
    j.raw(key!("evidence"));
    j.raw(key!(first "trigger"));
    j.str(&e.evidence.trigger);
    j.raw(key!("span"));
    j.value(&e.evidence.span);
    j.raw(key!("rule"));
    j.str(&e.evidence.rule);
    j.end();
    j.end();
}

/// A key as one literal: `key!(first "name")` opens an object with it, `key!("name")` follows a
/// value. Names are the schema's own ASCII field names, never escaped.
macro_rules! key {
    (first $name:literal) => {
        concat!("{\"", $name, "\":")
    };
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}
use key;

struct Json<'a>(&'a mut Vec<u8>);

impl Json<'_> {
    fn raw(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    fn end(&mut self) {
        self.0.push(b'}');
    }

    fn null(&mut self) {
        self.0.extend_from_slice(b"null");
    }

    fn str(&mut self, s: &str) {
        if needs_escape(s.as_bytes()) {
            self.value(s);
        } else {
            self.0.push(b'"');
            self.0.extend_from_slice(s.as_bytes());
            self.0.push(b'"');
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }

    fn value<T: Serialize + ?Sized>(&mut self, v: &T) {
        serde_json::to_writer(&mut *self.0, v).expect("serialising to a Vec cannot fail");
    }

    fn actor(&mut self, a: &Actor) {
        self.raw(key!(first "text"));
        self.str(&a.text);
        self.raw(key!("code"));
        self.str(&a.code);
        self.raw(key!("country"));
        self.opt_str(a.country.as_deref());
        self.raw(key!("sector"));
        self.opt_str(a.sector.as_deref());
        self.raw(key!("name"));
        self.opt_str(a.name.as_deref());
        self.raw(key!("span"));
        self.value(&a.span);
        self.raw(key!("resolved_from"));
        self.value(&a.resolved_from);
        self.end();
    }

    fn place(&mut self, p: &Place) {
        self.raw(key!(first "text"));
        self.str(&p.text);
        self.raw(key!("name"));
        self.opt_str(p.name.as_deref());
        self.raw(key!("country"));
        self.opt_str(p.country.as_deref());
        self.raw(key!("admin1"));
        self.opt_str(p.admin1.as_deref());
        self.raw(key!("feature"));
        self.opt_str(p.feature);
        self.raw(key!("lat"));
        self.value(&p.lat);
        self.raw(key!("lon"));
        self.value(&p.lon);
        self.raw(key!("geonameid"));
        self.value(&p.geonameid);
        self.raw(key!("span"));
        self.value(&p.span);
        self.end();
    }
}

/// Whether JSON needs any byte of `b` escaped: a control character, `"` or `\` (serde_json
/// escapes nothing else).
fn needs_escape(b: &[u8]) -> bool {
    // Eight bytes at a time with the classic word tricks: a byte below 0x20, or a byte equal to
    // `"` or `\\` (the xor makes it zero), sets its high bit in the result. Exact as a yes/no
    // test: a borrow can set a false high bit only above a byte that set a true one.
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let below = |w: u64, n: u8| w.wrapping_sub(ONES * n as u64) & !w & HIGH;
    let mut words = b.chunks_exact(8);
    for word in &mut words {
        let w = u64::from_ne_bytes(word.try_into().expect("8 bytes"));
        if below(w, 0x20) | below(w ^ (ONES * b'"' as u64), 1) | below(w ^ (ONES * b'\\' as u64), 1) != 0 {
            return true;
        }
    }
    words.remainder().iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{documents, Source};

    fn same_as_serde(e: &Event) {
        let mut fast = Vec::new();
        write_event(&mut fast, e);
        assert_eq!(String::from_utf8(fast).unwrap(), serde_json::to_string(e).unwrap());
    }

    #[test]
    fn every_example_event_is_written_as_serde_json_writes_it() {
        let coder = dyad_coder::Coder::embedded();
        let mut n = 0;
        for (name, text) in [
            ("conflict-reports.jsonl", include_str!("../../../examples/conflict-reports.jsonl")),
            ("wire-reports.jsonl", include_str!("../../../examples/wire-reports.jsonl")),
        ] {
            let docs = documents(&Source::File(name.into()), text, None, &mut Vec::new(), &mut Vec::new());
            for d in &docs {
                for e in coder.code(d, false).events {
                    same_as_serde(&e);
                    n += 1;
                }
            }
        }
        assert!(n > 100, "only {n} example events");
    }

    #[test]
    fn strings_that_need_escaping_go_through_serde_json() {
        let coder = dyad_coder::Coder::embedded();
        // Quotes, a tab, a newline, a backslash, a control character and non-ASCII, long enough to
        // cross a 16-byte chunk.
        let text = "\"Kenya\tcondemned\u{1}\nthe \\attack\" on Mogadishu, the ministère said on Sunday.";
        let d = dyad_coder::Document { id: "a\"b".into(), text: text.into(), ..Default::default() };
        let events = coder.code(&d, false).events;
        assert!(!events.is_empty());
        events.iter().for_each(same_as_serde);
    }

    #[test]
    fn the_word_test_agrees_with_the_byte_test() {
        let by_byte = |b: &[u8]| b.iter().any(|&c| c < 0x20 || c == b'"' || c == b'\\');
        // Every byte value at every position of a 19-byte string, among ASCII and non-ASCII fill.
        for fill in [b'a', 0xc3, 0xff, 0x20, b'!', b']'] {
            for pos in 0..19 {
                for c in 0..=255u8 {
                    let mut s = vec![fill; 19];
                    s[pos] = c;
                    assert_eq!(needs_escape(&s), by_byte(&s), "fill {fill:#x}, byte {c:#x} at {pos}");
                }
            }
        }
    }
}
