//! Event-location scoring: does dyad place an event where the gold says it happened?
//!
//! Gold records (the format of `../shared/gold/event-location/dev.jsonl`) give a sentence, one
//! event verb span and the spans of the places where that event happened (none when the
//! sentence does not say). Offsets in the gold are character offsets; dyad's are byte offsets.
//!
//! - **coverage**: share of gold verbs that dyad codes as (part of) an event trigger;
//! - **location accuracy**: among covered verbs, share whose event place is right: it overlaps
//!   a gold location span, or both are absent. Figures are also given separately for gold
//!   records with and without a location.
//!
//! A location span whose offsets were lost cannot be scored: an empty span
//! (`{"start": 0, "end": 0, "text": ""}`), one without a letter or digit (`" "`), or one that
//! starts or ends inside a word (`"w"` of "was", `"d a"`: the annotation tool's offsets slipped).
//! Such spans are dropped; a record whose spans are all lost is counted as `unscorable`,
//! reported, and left out of the figures.

use std::collections::BTreeMap;
use std::fmt;
use std::io::BufRead;

use dyad_coder::{Coder, Document};
use serde::Deserialize;

use crate::{ratio, read_jsonl, GoldError};

/// A span in a gold record (character offsets).
#[derive(Clone, Debug, Deserialize)]
pub struct CharSpan {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The text, as annotated.
    #[serde(default)]
    pub text: String,
}

/// One event-location gold record.
#[derive(Clone, Debug, Deserialize)]
pub struct LocationRecord {
    /// Record id (a number or a string in the source data).
    pub id: serde_json::Value,
    /// The sentence.
    pub text: String,
    /// Where the record comes from (a news wire or annotation batch), if given.
    #[serde(default)]
    pub source: Option<String>,
    /// The event verb (one span).
    pub verb: Vec<CharSpan>,
    /// Where the event happened (empty: the sentence does not say).
    #[serde(default)]
    pub locations: Vec<CharSpan>,
}

/// Read event-location gold records, one JSON object per line; a bad line is an error naming it.
pub fn parse_locations(reader: impl BufRead, file: &str) -> Result<Vec<LocationRecord>, GoldError> {
    read_jsonl(reader, file, |r: &LocationRecord| r.verb.is_empty().then_some("record has no `verb` span"))
}

/// Counts for a group of records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocationTally {
    /// Gold records.
    pub records: usize,
    /// Records whose verb dyad codes as an event trigger.
    pub covered: usize,
    /// Covered records whose event place is right.
    pub correct: usize,
}

impl LocationTally {
    /// covered / records.
    pub fn coverage(&self) -> f64 {
        ratio(self.covered, self.records)
    }
    /// correct / covered.
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.covered)
    }
}

/// A covered record whose place is wrong.
#[derive(Clone, Debug)]
pub struct LocationMiss {
    /// Record id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Gold verb text.
    pub verb: String,
    /// Gold location texts.
    pub gold: Vec<String>,
    /// dyad's place text, if any.
    pub dyad: Option<String>,
}

/// The location scores.
#[derive(Clone, Debug, Default)]
pub struct LocationReport {
    /// All records.
    pub overall: LocationTally,
    /// Records whose gold has at least one location.
    pub with_location: LocationTally,
    /// Records whose gold has none.
    pub without_location: LocationTally,
    /// The same figures per record `source` (annotation batch).
    pub by_source: BTreeMap<String, LocationTally>,
    /// Records left out because all their location spans are lost (see the module doc).
    pub unscorable: usize,
    /// Covered records with a wrong place (when asked for).
    pub misses: Vec<LocationMiss>,
}

/// Byte offset of character `c` in `text` (the end of the text when past it).
fn byte_of(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// Whether a gold span (byte offsets) lost its offsets: empty, without a letter or digit, or
/// starting or ending inside a word.
fn is_lost(text: &str, span: [usize; 2]) -> bool {
    let inside_word = |b: usize| {
        let (before, after) = (text[..b].chars().next_back(), text[b..].chars().next());
        before.zip(after).is_some_and(|(x, y)| x.is_alphanumeric() && y.is_alphanumeric())
    };
    span[1] <= span[0]
        || !text[span[0]..span[1]].chars().any(char::is_alphanumeric)
        || inside_word(span[0])
        || inside_word(span[1])
}

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// Score the coder's event places against event-location gold records.
pub fn score_locations(coder: &Coder, records: &[LocationRecord], want_misses: bool) -> LocationReport {
    let mut report = LocationReport::default();
    for rec in records {
        let doc = Document { id: rec.id.to_string(), text: rec.text.clone(), ..Default::default() };
        let coded = coder.code(&doc, false);
        let to_bytes = |s: &CharSpan| [byte_of(&rec.text, s.start), byte_of(&rec.text, s.end)];
        let verb = to_bytes(&rec.verb[0]);
        let gold: Vec<[usize; 2]> = rec.locations.iter().map(to_bytes).filter(|&g| !is_lost(&rec.text, g)).collect();
        if gold.is_empty() && !rec.locations.is_empty() {
            report.unscorable += 1;
            continue;
        }
        let event =
            coded.events.iter().find(|e| overlaps([e.evidence.span[0] as usize, e.evidence.span[1] as usize], verb));
        let by_source = report.by_source.entry(rec.source.clone().unwrap_or_else(|| "-".into())).or_default();
        by_source.records += 1;
        let group = if gold.is_empty() { &mut report.without_location } else { &mut report.with_location };
        group.records += 1;
        report.overall.records += 1;
        let Some(event) = event else { continue };
        by_source.covered += 1;
        group.covered += 1;
        report.overall.covered += 1;
        let place = event.place.as_ref().map(|p| [p.span[0] as usize, p.span[1] as usize]);
        let right = match place {
            None => gold.is_empty(),
            Some(p) => gold.iter().any(|&g| overlaps(p, g)),
        };
        if right {
            by_source.correct += 1;
            group.correct += 1;
            report.overall.correct += 1;
        } else if want_misses {
            report.misses.push(LocationMiss {
                id: doc.id.clone(),
                text: rec.text.clone(),
                verb: rec.verb[0].text.clone(),
                gold: rec.locations.iter().map(|l| l.text.clone()).collect(),
                dyad: event.place.as_ref().map(|p| p.text.clone()),
            });
        }
    }
    report
}

impl fmt::Display for LocationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<18} {:>7} {:>7} {:>8} {:>8} {:>8}",
            "gold", "records", "covered", "coverage", "correct", "accuracy"
        )?;
        let groups = [("with location", &self.with_location), ("without location", &self.without_location)];
        let sources = self.by_source.iter().map(|(s, t)| (s.as_str(), t));
        let overall = [("overall", &self.overall)];
        for (name, t) in groups.into_iter().chain(sources).chain(overall) {
            writeln!(
                f,
                "{:<18} {:>7} {:>7} {:>8.3} {:>8} {:>8.3}",
                name,
                t.records,
                t.covered,
                t.coverage(),
                t.correct,
                t.accuracy()
            )?;
        }
        if self.unscorable > 0 {
            writeln!(f, "unscorable (all location spans lost): {}", self.unscorable)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_offsets_become_byte_offsets() {
        assert_eq!(byte_of("Kyiv é Donetsk", 7), 8);
        assert_eq!(byte_of("abc", 9), 3);
    }

    #[test]
    fn a_place_is_right_when_it_overlaps_a_gold_location_or_both_are_absent() {
        let coder = Coder::embedded();
        let lines = [
            r#"{"id": 1, "text": "Ethiopian troops attacked rebels in Mekele on Sunday.", "verb": [{"start": 17, "end": 25, "text": "attacked"}], "locations": [{"start": 36, "end": 42, "text": "Mekele"}]}"#,
            r#"{"id": "b", "text": "Ethiopian troops attacked rebels on Sunday.", "verb": [{"start": 17, "end": 25, "text": "attacked"}], "locations": []}"#,
            r#"{"id": "c", "text": "The weather was fine in Mekele.", "verb": [{"start": 12, "end": 15, "text": "was"}], "locations": []}"#,
        ]
        .join("\n");
        let records = parse_locations(lines.as_bytes(), "inline").unwrap();
        let report = score_locations(&coder, &records, true);
        assert_eq!(report.overall, LocationTally { records: 3, covered: 2, correct: 2 }, "{:?}", report.misses);
        assert_eq!(report.with_location.correct, 1);
    }

    #[test]
    fn spans_whose_offsets_slipped_are_lost() {
        let text = "McCoy was captured in Las Vegas, Nevada.";
        let lost = |s: usize, e: usize| is_lost(text, [s, e]);
        assert!(!lost(22, 31), "Las Vegas");
        assert!(!lost(22, 25) && !lost(33, 39), "a whole word, at either end of a comma");
        assert!(lost(6, 7), "the w of was");
        assert!(lost(8, 11), "s c, across a word boundary but inside both words");
        assert!(lost(5, 6) && lost(4, 4), "a space, an empty span");
        // A record whose every span is lost is unscorable, not a miss.
        let line = r#"{"id": 1, "text": "McCoy was captured in Las Vegas.", "verb": [{"start": 10, "end": 18, "text": "captured"}], "locations": [{"start": 6, "end": 7, "text": "w"}]}"#;
        let report = score_locations(&Coder::embedded(), &parse_locations(line.as_bytes(), "inline").unwrap(), false);
        assert_eq!((report.unscorable, report.overall.records), (1, 0));
    }

    #[test]
    fn a_record_without_a_verb_is_an_error_naming_the_line() {
        let err = parse_locations(r#"{"id": 1, "text": "x", "verb": []}"#.as_bytes(), "g.jsonl").unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("g.jsonl", 1));
    }
}
