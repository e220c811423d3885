//! Score the dyad coder against gold-standard event records (PLOVER gold-standard format).
//!
//! Three figures, per PLOVER type and overall:
//! - **type recall**: share of records for which dyad emits an event of the gold PLOVER type;
//! - **triple recall**: share of records with an event of the gold type whose source
//!   matches a gold source code and, when the gold has targets, whose target matches one;
//!   a country code matches an actor of that country, `IGO`/`NGO` match actors of that sector;
//! - **type precision**: share of dyad's typed events on the gold sentences whose type
//!   equals the record's gold type.
//!
//! Negated events (`negated: true`) are not counted: they report that something did not happen.
//!
//! # Example
//! ```
//! let line = r#"{"id":"x1","date":"2000-01-01","text":"Serbia lifted the curfew in Montenegro.","plover":"CONCEDE","source":[{"code":"SRB"}],"target":[{"code":"MNE"}]}"#;
//! let records = dyad_eval::parse_gold(line.as_bytes(), "inline").unwrap();
//! let coder = dyad_coder::Coder::embedded();
//! let report = dyad_eval::score(&coder, &records, false);
//! assert_eq!(report.overall.records, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The [`location`] module scores event places against event-location gold
//! (`dyad eval --task location`); the [`article`] module scores whole articles against hand
//! annotations of events, claims, denials, dates and places (`dyad eval --task article`).
#![deny(missing_docs)]

pub mod article;
pub mod location;

use std::collections::BTreeMap;
use std::fmt;
use std::io::BufRead;

use chrono::NaiveDate;
use dyad_coder::{Actor, Coder, Document, Event};
use serde::Deserialize;

/// One gold actor code.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldActor {
    /// Actor text as annotated.
    #[serde(default)]
    pub text: Option<String>,
    /// Country code (CAMEO/ISO), or `IGO`/`NGO`.
    pub code: String,
    /// Sector, if annotated.
    #[serde(default)]
    pub sector: Option<String>,
}

/// One gold record: a sentence and the one event annotated in it.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldRecord {
    /// Record id.
    pub id: String,
    /// Date (a placeholder in some sets).
    #[serde(default)]
    pub date: Option<String>,
    /// The sentence.
    pub text: String,
    /// Gold PLOVER type.
    pub plover: String,
    /// Gold sources.
    #[serde(default)]
    pub source: Vec<GoldActor>,
    /// Gold targets (empty when none).
    #[serde(default)]
    pub target: Vec<GoldActor>,
}

/// A gold file that could not be read.
#[derive(Debug)]
pub struct GoldError {
    /// File name as given.
    pub file: String,
    /// 1-based line, 0 for I/O errors.
    pub line: usize,
    /// What went wrong.
    pub reason: String,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for GoldError {}

/// Read gold records, one JSON object per line; the first bad line is an error naming it.
pub fn parse_gold(reader: impl BufRead, file: &str) -> Result<Vec<GoldRecord>, GoldError> {
    read_jsonl(reader, file, |_: &GoldRecord| None)
}

/// Read JSON Lines of `T`; a line that does not parse, or that `check` rejects, is an error naming it.
pub(crate) fn read_jsonl<T: serde::de::DeserializeOwned>(
    reader: impl BufRead,
    file: &str,
    check: impl Fn(&T) -> Option<&'static str>,
) -> Result<Vec<T>, GoldError> {
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let err = |reason: String| GoldError { file: file.into(), line: i + 1, reason };
        let line = line.map_err(|e| err(e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: T = serde_json::from_str(&line).map_err(|e| err(e.to_string()))?;
        if let Some(reason) = check(&rec) {
            return Err(err(reason.into()));
        }
        out.push(rec);
    }
    Ok(out)
}

/// Counts for one PLOVER type (or overall).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    /// Gold records.
    pub records: usize,
    /// Records with an event of the gold type.
    pub type_hits: usize,
    /// Records with a matching (type, source, target).
    pub triple_hits: usize,
    /// dyad's typed events on these records.
    pub typed_events: usize,
    /// Of those, events of the gold type.
    pub typed_correct: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.records += o.records;
        self.type_hits += o.type_hits;
        self.triple_hits += o.triple_hits;
        self.typed_events += o.typed_events;
        self.typed_correct += o.typed_correct;
    }
    /// Type recall.
    pub fn type_recall(&self) -> f64 {
        ratio(self.type_hits, self.records)
    }
    /// Triple recall.
    pub fn triple_recall(&self) -> f64 {
        ratio(self.triple_hits, self.records)
    }
    /// Type precision.
    pub fn type_precision(&self) -> f64 {
        ratio(self.typed_correct, self.typed_events)
    }
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One record that missed its type or triple, with the coder's trace.
#[derive(Clone, Debug)]
pub struct Miss {
    /// Record id.
    pub id: String,
    /// Gold type.
    pub gold: String,
    /// What was missed: "type" or "triple".
    pub what: &'static str,
    /// Sentence.
    pub text: String,
    /// dyad's events, one line each.
    pub events: Vec<String>,
    /// The --explain trace.
    pub trace: String,
}

/// The scores.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Per PLOVER type.
    pub by_type: BTreeMap<String, Tally>,
    /// All records.
    pub overall: Tally,
    /// Misses (only when asked for).
    pub misses: Vec<Miss>,
}

/// Legacy CAMEO country codes that differ from ISO 3166 alpha-3.
pub(crate) fn normalize(code: &str) -> &str {
    match code {
        "ITL" => "ITA",
        "JAP" => "JPN",
        "ROM" => "ROU",
        "ZAR" => "COD",
        "TMP" => "TLS",
        "BRM" => "MMR",
        other => other,
    }
}

/// Whether a dyad actor matches a gold code.
pub fn actor_matches(actor: &Actor, gold: &GoldActor) -> bool {
    let g = normalize(gold.code.trim());
    match g {
        "IGO" | "NGO" => actor.sector.as_deref() == Some(g) || actor.code.starts_with(g),
        _ => actor.country.as_deref() == Some(g) || actor.code.get(..3) == Some(g),
    }
}

fn typed(e: &Event) -> Option<&'static str> {
    if e.negated {
        None
    } else {
        e.plover.event_type
    }
}

/// Code every record and score it.
pub fn score(coder: &Coder, records: &[GoldRecord], want_misses: bool) -> Report {
    let mut report = Report::default();
    for r in records {
        let doc = Document {
            id: r.id.clone(),
            text: r.text.clone(),
            date: r.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            ..Default::default()
        };
        let coded = coder.code(&doc, want_misses);
        let gold = r.plover.to_uppercase();
        let mut t = Tally { records: 1, ..Default::default() };
        let of_type: Vec<&Event> = coded.events.iter().filter(|e| typed(e) == Some(gold.as_str())).collect();
        t.type_hits = usize::from(!of_type.is_empty());
        let triple = of_type.iter().any(|e| {
            // A gold record without a source (an agentless "were killed") asks only for the target.
            let src =
                r.source.is_empty() || e.source.as_ref().is_some_and(|a| r.source.iter().any(|g| actor_matches(a, g)));
            let tgt =
                r.target.is_empty() || e.target.as_ref().is_some_and(|a| r.target.iter().any(|g| actor_matches(a, g)));
            src && tgt
        });
        t.triple_hits = usize::from(triple);
        t.typed_events = coded.events.iter().filter(|e| typed(e).is_some()).count();
        t.typed_correct = of_type.len();
        if want_misses && t.triple_hits == 0 {
            report.misses.push(Miss {
                id: r.id.clone(),
                gold: gold.clone(),
                what: if t.type_hits == 0 { "type" } else { "triple" },
                text: r.text.clone(),
                events: coded
                    .events
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {} {} -> {} ({:?}{})",
                            e.cameo,
                            e.plover.event_type.unwrap_or("-"),
                            e.source.as_ref().map_or("-", |a| a.code.as_str()),
                            e.target.as_ref().map_or("-", |a| a.code.as_str()),
                            e.status,
                            if e.negated { ", negated" } else { "" }
                        )
                    })
                    .collect(),
                trace: coded.trace.join("\n"),
            });
        }
        report.by_type.entry(gold).or_default().add(&t);
        report.overall.add(&t);
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<10} {:>7} {:>11} {:>13} {:>14}",
            "type", "records", "type_recall", "triple_recall", "type_precision"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, t: &Tally| {
            writeln!(
                f,
                "{:<10} {:>7} {:>11.3} {:>13.3} {:>14.3}",
                name,
                t.records,
                t.type_recall(),
                t.triple_recall(),
                t.type_precision()
            )
        };
        for (name, t) in &self.by_type {
            row(f, name, t)?;
        }
        row(f, "overall", &self.overall)
    }
}
