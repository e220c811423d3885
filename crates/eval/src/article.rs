//! Scoring whole articles against hand annotations (`dyad eval --task article`).
//!
//! The annotation format is documented in `docs/annotated-articles.md`: one JSON object per
//! line, each an expected event (document, sentence, source, type, target, status, claimant,
//! negation, date, place, attribution chain) or a list of propositions that must not appear as
//! asserted facts. Matching is lenient where analysts reasonably differ: a country code matches
//! any actor of that country, `|` separates acceptable alternatives, an omitted field is not
//! checked, and a place matches when either text contains the other.
//!
//! Figures (see [`ArticleReport`]):
//! - **recall**: expected events matched by one of dyad's events on source, type, target,
//!   status, negation and claimant, per category: accusations and denials, claimed (or denied)
//!   acts, and reported acts;
//! - **status accuracy**: among expected events whose proposition dyad found (same sentence,
//!   source, type, target), the share with the right status, negation and claimant;
//! - **false asserted facts**: dyad events that are asserted and not negated but state a
//!   proposition the annotation says is only claimed, denied or negated, or one listed under
//!   `forbidden_asserted`;
//! - **date, place and chain accuracy** among found events where the annotation gives them.

mod report;

pub use report::{ArticleReport, CategoryTally, Checked, DocTally, FalseFact, Shortfall};

use std::io::BufRead;

use chrono::NaiveDate;
use dyad_coder::{Actor, Coder, Document, Event, Status};
use serde::Deserialize;

use crate::{normalize, read_jsonl, GoldError};

/// One article to code: the same record as `dyad code` reads from JSON Lines.
#[derive(Clone, Debug, Deserialize)]
pub struct Article {
    /// Document id, referred to by annotations as `doc`.
    pub id: String,
    /// Publication date (YYYY-MM-DD), the anchor for relative dates.
    #[serde(default)]
    pub date: Option<String>,
    /// Headline (not coded).
    #[serde(default)]
    pub title: Option<String>,
    /// Publisher.
    #[serde(default)]
    pub source: Option<String>,
    /// The article text.
    pub text: String,
}

impl Article {
    fn document(&self) -> Document {
        Document {
            id: self.id.clone(),
            text: self.text.clone(),
            date: self.date.as_deref().and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok()),
            title: self.title.clone(),
            source: self.source.clone(),
            url: None,
        }
    }
}

/// Read articles, one JSON object per line.
pub fn parse_articles(reader: impl BufRead, file: &str) -> Result<Vec<Article>, GoldError> {
    read_jsonl(reader, file, |a: &Article| {
        let bad_date = a
            .date
            .as_deref()
            .is_some_and(|d| d.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).is_none());
        bad_date.then_some("`date` is not YYYY-MM-DD")
    })
}

/// Which sentence an annotation is about: its index (from 0, as dyad splits the text) or a
/// snippet of its text.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum SentenceRef {
    /// Sentence index from 0.
    Index(usize),
    /// Words from the sentence, as written (whitespace may differ).
    Text(String),
}

/// Who did what to whom, as patterns; an omitted field matches anything.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Proposition {
    /// Restricts a forbidden proposition to one sentence (expected events give it outside).
    #[serde(default)]
    pub sentence: Option<SentenceRef>,
    /// Source actor pattern (`ETH`, `ETHGOV`, `*REB`, `IGOAFU`, alternatives with `|`).
    #[serde(default)]
    pub source: Option<String>,
    /// PLOVER type(s), `|`-separated; `DENY` stands for CAMEO 016, which PLOVER leaves untyped.
    #[serde(default, rename = "type")]
    pub event_type: Option<String>,
    /// CAMEO code prefix(es), `|`-separated.
    #[serde(default)]
    pub cameo: Option<String>,
    /// Target actor pattern.
    #[serde(default)]
    pub target: Option<String>,
}

/// One line of an annotation file, before it is checked.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    doc: String,
    // The proposition's fields, inline: serde cannot deny unknown fields through `flatten`,
    // and a misspelt field in a hand-written file must be an error, not a silent wildcard.
    #[serde(default)]
    sentence: Option<SentenceRef>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default, rename = "type")]
    event_type: Option<String>,
    #[serde(default)]
    cameo: Option<String>,
    #[serde(default)]
    target: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    negated: bool,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    precision: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    chain: Option<Vec<String>>,
    #[serde(default)]
    #[allow(dead_code)] // for the annotator's reasons; never scored
    note: Option<String>,
    #[serde(default)]
    forbidden_asserted: Option<Vec<Proposition>>,
}

/// The three groups recall is reported for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Asserted accusations, denials and rejections: what the parties say about each other.
    Speech,
    /// Acts that are only claimed, denied or said not to have happened.
    Claimed,
    /// Other acts the report states as fact (talks, attacks, sanctions...).
    Reported,
}

impl Category {
    /// Name used in the report.
    pub fn name(self) -> &'static str {
        match self {
            Category::Speech => "accusations/denials",
            Category::Claimed => "claimed acts",
            Category::Reported => "reported acts",
        }
    }
}

/// One expected event.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    /// Document id.
    pub doc: String,
    /// What the event states; its `sentence` is always given.
    pub prop: Proposition,
    /// Expected status.
    pub status: Status,
    /// Claimant or denier pattern, checked against the event's attribution speaker.
    pub by: Option<String>,
    /// Whether the event is said not to have happened.
    pub negated: bool,
    /// Expected date (YYYY-MM-DD).
    pub date: Option<String>,
    /// Expected date precision (day, week, month, year).
    pub precision: Option<String>,
    /// Expected place text (`|` alternatives; empty: no place).
    pub place: Option<String>,
    /// Expected attribution chain, outermost speaker first.
    pub chain: Option<Vec<String>>,
}

impl Expected {
    /// The group this event's recall is counted in.
    pub fn category(&self) -> Category {
        let speech = ["ACCUSE", "DENY", "REJECT"];
        if self.status != Status::Asserted || self.negated {
            Category::Claimed
        } else if self.prop.event_type.as_deref().is_some_and(|t| t.split('|').any(|t| speech.contains(&t.trim()))) {
            Category::Speech
        } else {
            Category::Reported
        }
    }

    /// Whether the annotation says this is a fact the report itself states.
    fn is_asserted_fact(&self) -> bool {
        self.status == Status::Asserted && !self.negated
    }
}

/// An annotation file: expected events and forbidden asserted propositions, per document.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    /// Expected events, in file order.
    pub expected: Vec<Expected>,
    /// (document id, proposition) pairs that must not be coded as asserted facts.
    pub forbidden: Vec<(String, Proposition)>,
}

/// Read an annotation file (docs/annotated-articles.md); a bad line is an error naming it.
pub fn parse_annotations(reader: impl BufRead, file: &str) -> Result<Annotations, GoldError> {
    let lines: Vec<Line> = read_jsonl(reader, file, check_line)?;
    let mut out = Annotations::default();
    for l in lines {
        if let Some(props) = l.forbidden_asserted {
            out.forbidden.extend(props.into_iter().map(|p| (l.doc.clone(), p)));
            continue;
        }
        let status = match l.status.as_deref() {
            None | Some("asserted") => Status::Asserted,
            Some("claimed") => Status::Claimed,
            _ => Status::Denied, // check_line let nothing else through
        };
        out.expected.push(Expected {
            doc: l.doc,
            prop: Proposition {
                sentence: l.sentence,
                source: l.source,
                event_type: l.event_type,
                cameo: l.cameo,
                target: l.target,
            },
            status,
            by: l.by,
            negated: l.negated,
            date: l.date,
            precision: l.precision,
            place: l.place,
            chain: l.chain,
        });
    }
    Ok(out)
}

fn check_line(l: &Line) -> Option<&'static str> {
    if let Some(props) = &l.forbidden_asserted {
        let event_fields = l.sentence.is_some()
            || l.source.is_some()
            || l.event_type.is_some()
            || l.cameo.is_some()
            || l.target.is_some()
            || l.status.is_some()
            || l.by.is_some()
            || l.date.is_some()
            || l.place.is_some()
            || l.chain.is_some();
        if event_fields {
            return Some("a `forbidden_asserted` line has only `doc` (and `note`)");
        }
        return props
            .iter()
            .any(|p| p.event_type.is_none() && p.cameo.is_none())
            .then_some("each forbidden proposition needs a `type` or `cameo`");
    }
    if l.sentence.is_none() {
        return Some("an expected event needs `sentence` (an index or a snippet)");
    }
    if l.event_type.is_none() && l.cameo.is_none() {
        return Some("an expected event needs `type` or `cameo`");
    }
    if !matches!(l.status.as_deref(), None | Some("asserted" | "claimed" | "denied")) {
        return Some("`status` is asserted, claimed or denied");
    }
    if l.date.as_deref().is_some_and(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err()) {
        return Some("`date` is not YYYY-MM-DD");
    }
    if !matches!(l.precision.as_deref(), None | Some("day" | "week" | "month" | "year")) {
        return Some("`precision` is day, week, month or year");
    }
    None
}

/// Whether an actor matches a pattern: `ETH` (any Ethiopian actor), `ETHGOV` (country and
/// sector), `*REB` (a sector, any country), `IGOAFU` / `NGO` (an organisation code prefix),
/// or alternatives separated by `|`.
pub fn actor_matches(actor: Option<&Actor>, pattern: &str) -> bool {
    let Some(a) = actor else { return false };
    pattern.split('|').map(str::trim).any(|p| {
        if let Some(sector) = p.strip_prefix('*') {
            return a.sector.as_deref() == Some(sector);
        }
        if ["IGO", "NGO", "IMG"].iter().any(|o| p.starts_with(o)) {
            return a.code.starts_with(p) || (p.len() == 3 && a.sector.as_deref() == Some(p));
        }
        let (country, sector) = p.split_at(p.len().min(3));
        let country = normalize(country);
        let country_ok = a.country.as_deref() == Some(country) || a.code.starts_with(country);
        let sector_ok = sector.is_empty()
            || a.sector.as_deref() == Some(sector)
            || a.code.get(3..).is_some_and(|rest| rest.starts_with(sector));
        country_ok && sector_ok
    })
}

/// Whether an event's type matches `|`-separated PLOVER types (`DENY` = CAMEO 016).
fn type_matches(e: &Event, types: &str) -> bool {
    types.split('|').map(str::trim).any(|t| match t {
        "DENY" => e.cameo == "016",
        t => e.plover.event_type == Some(t),
    })
}

/// Whether an event states the proposition (sentence checked by the caller).
pub fn proposition_matches(e: &Event, p: &Proposition) -> bool {
    p.event_type.as_deref().is_none_or(|t| type_matches(e, t))
        && p.cameo.as_deref().is_none_or(|c| c.split('|').any(|c| e.cameo.starts_with(c.trim())))
        && p.source.as_deref().is_none_or(|s| actor_matches(e.source.as_ref(), s))
        && p.target.as_deref().is_none_or(|t| actor_matches(e.target.as_ref(), t))
}

/// (status, negated) with a denial read as a claim that the act did not happen, so that
/// "X denied attacking" and "X said it had not attacked" compare equal.
fn stance(status: Status, negated: bool) -> (Status, bool) {
    match status {
        Status::Denied => (Status::Claimed, !negated),
        s => (s, negated),
    }
}

/// Whether the event has the expected status, negation and claimant.
pub fn status_matches(e: &Event, x: &Expected) -> bool {
    stance(e.status, e.negated) == stance(x.status, x.negated)
        && x.by.as_deref().is_none_or(|b| actor_matches(speaker(e), b))
}

fn speaker(e: &Event) -> Option<&Actor> {
    e.attribution.as_ref().and_then(|a| a.speaker.as_ref())
}

/// dyad's attribution chain for an event, outermost first (`attribution.chain`; a record without
/// one has its single speaker).
fn chain_of(e: &Event) -> Vec<Option<&Actor>> {
    match e.attribution.as_ref() {
        Some(a) if !a.chain.is_empty() => a.chain.iter().map(|l| l.speaker.as_ref()).collect(),
        Some(a) => vec![a.speaker.as_ref()],
        None => Vec::new(),
    }
}

fn chain_matches(e: &Event, chain: &[String]) -> bool {
    let got = chain_of(e);
    got.len() == chain.len() && got.iter().zip(chain).all(|(a, p)| actor_matches(*a, p))
}

/// Whether dyad's place for the event agrees with the annotated place text.
fn place_matches(e: &Event, want: &str) -> bool {
    let got = e.place.as_ref().map(|p| p.text.to_lowercase());
    if want.trim().is_empty() {
        return got.is_none();
    }
    let Some(got) = got else { return false };
    want.split('|').map(|w| w.trim().to_lowercase()).any(|w| got.contains(&w) || w.contains(&got))
}

fn date_matches(e: &Event, date: &str, precision: Option<&str>) -> bool {
    e.date.as_deref() == Some(date) && precision.is_none_or(|p| e.date_precision == Some(p))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentences of an article as dyad splits them, and the sentence a reference points to.
struct Sentences {
    spans: Vec<(usize, usize)>,
    text: String,
}

impl Sentences {
    fn new(text: &str) -> Sentences {
        let analyzed = dyad_text::analyze(text);
        let spans = analyzed.sentences.iter().map(|s| (s.span.start as usize, s.span.end as usize)).collect();
        Sentences { spans, text: text.to_string() }
    }

    /// The sentence index a reference names: a snippet that crosses a sentence boundary (dyad
    /// split where the annotator did not) belongs to the sentence it starts in.
    fn resolve(&self, r: &SentenceRef) -> Option<usize> {
        match r {
            SentenceRef::Index(i) => (*i < self.spans.len()).then_some(*i),
            SentenceRef::Text(snippet) => {
                let want = squash(snippet);
                if let Some(i) = self.spans.iter().position(|&(s, e)| squash(&self.text[s..e]).contains(&want)) {
                    return Some(i);
                }
                let first = snippet.split_whitespace().next()?;
                let at = self
                    .text
                    .match_indices(first)
                    .map(|(i, _)| i)
                    .find(|&i| squash(&self.text[i..]).starts_with(&want))?;
                self.spans.iter().position(|&(s, e)| s <= at && at < e)
            }
        }
    }

    fn text_of(&self, i: usize) -> &str {
        let (s, e) = self.spans[i];
        &self.text[s..e]
    }
}

/// Code the articles with `coder` and score them against the annotations. An annotation that
/// names an unknown document or a sentence not in its text is an error (a typo, not a miss).
pub fn score_articles(
    coder: &Coder,
    articles: &[Article],
    ann: &Annotations,
    want_details: bool,
) -> Result<ArticleReport, String> {
    let mut report = ArticleReport::default();
    let mut errors = Vec::new();
    let known = |doc: &str| articles.iter().any(|a| a.id == doc);
    for doc in ann.expected.iter().map(|x| &x.doc).chain(ann.forbidden.iter().map(|(d, _)| d)) {
        if !known(doc) {
            errors.push(format!("annotation names document {doc:?}, which is not among the articles"));
        }
    }
    for article in articles {
        let coded = coder.code(&article.document(), false);
        let sentences = Sentences::new(&article.text);
        let mut resolve = |r: &SentenceRef| {
            let i = sentences.resolve(r);
            if i.is_none() {
                errors.push(format!("{}: sentence {r:?} is not in the article", article.id));
            }
            i
        };
        let expected: Vec<(&Expected, Option<usize>)> = ann
            .expected
            .iter()
            .filter(|x| x.doc == article.id)
            .map(|x| (x, x.prop.sentence.as_ref().and_then(&mut resolve)))
            .collect();
        let forbidden: Vec<(&Proposition, Option<usize>)> = ann
            .forbidden
            .iter()
            .filter(|(d, _)| *d == article.id)
            .map(|(_, p)| (p, p.sentence.as_ref().and_then(&mut resolve)))
            .collect();
        report.score_document(&article.id, &coded.events, &expected, &forbidden, &sentences, want_details);
    }
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors.join("\n"))
    }
}

/// One dyad event in one line, for reports.
pub fn describe(e: &Event) -> String {
    let code = |a: Option<&Actor>| a.map_or("-".to_string(), |a| a.code.clone());
    let mut s = format!(
        "{} {} {} -> {} {:?}",
        e.cameo,
        e.plover.event_type.unwrap_or("-"),
        code(e.source.as_ref()),
        code(e.target.as_ref()),
        e.status
    );
    if e.negated {
        s.push_str(" negated");
    }
    if let Some(sp) = speaker(e) {
        s.push_str(&format!(" by {}", sp.code));
    }
    s.push_str(&format!(" date {}", e.date.as_deref().unwrap_or("-")));
    if let Some(p) = e.date_precision {
        s.push_str(&format!("/{p}"));
    }
    if let Some(p) = &e.place {
        s.push_str(&format!(" place {:?}", p.text));
    }
    s
}

#[cfg(test)]
mod tests;
