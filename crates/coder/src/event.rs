//! The public event record (docs/event-schema.md, schema version 3) and the input document.

use chrono::NaiveDate;
use dyad_text::Span;
use serde::Serialize;

/// Version of the event record written by this crate; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 3;

/// One input document: an article or a single sentence of news.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Caller's identifier, copied into every event.
    pub id: String,
    /// The full text; every span in the output is a byte range into it.
    pub text: String,
    /// Publication date, the anchor for relative dates and dated dictionary roles.
    pub date: Option<NaiveDate>,
    /// Headline, if any (not coded).
    pub title: Option<String>,
    /// Publisher or feed name.
    pub source: Option<String>,
    /// Where the article came from.
    pub url: Option<String>,
}

/// An actor as resolved in one event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    /// The words as written in the document.
    pub text: String,
    /// CAMEO-style actor code (`EGYGOV`, `IGOUNO`, `REB`).
    pub code: String,
    /// ISO 3166-1 alpha-3, or null for IGOs, transnational groups and unknown countries.
    pub country: Option<String>,
    /// CAMEO actor type (`GOV`, `MIL`, `REB`...), or null for a whole country.
    pub sector: Option<String>,
    /// Canonical name of a known person or organisation.
    pub name: Option<String>,
    /// Byte offsets `[start, end)` of `text` in the document.
    pub span: [u32; 2],
    /// For a pronoun, description or short name ("he", "the ministry", "Blinken"): the earlier
    /// mention it stands for, whose code, country, sector and name it took. Null otherwise.
    pub resolved_from: Option<ResolvedFrom>,
}

/// The earlier mention an actor was resolved to by coreference (see `coref.rs`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResolvedFrom {
    /// The antecedent as written ("Antony Blinken").
    pub text: String,
    /// Byte offsets `[start, end)` of `text` in the document.
    pub span: [u32; 2],
    /// Index of the antecedent's sentence in the document, from 0.
    pub sentence_index: usize,
}

/// The place an event happened at, as named in the sentence, and where the gazetteer puts it.
///
/// `text` and `span` are always set; the other fields are null when the embedded gazetteer
/// (crates/places) does not know the name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The place name as written.
    pub text: String,
    /// The gazetteer's name for it (`Kyiv` for "Kiev").
    pub name: Option<String>,
    /// ISO 3166-1 alpha-3 of the place, when known.
    pub country: Option<String>,
    /// GeoNames first-level administrative code within the country (`TX`, `26`), when known.
    pub admin1: Option<String>,
    /// `country`, `admin1`, `region`, `capital` or `city`.
    pub feature: Option<&'static str>,
    /// Latitude in degrees (a country: its capital; a region: an approximate centre).
    pub lat: Option<f64>,
    /// Longitude in degrees.
    pub lon: Option<f64>,
    /// GeoNames id, when the place comes from GeoNames.
    pub geonameid: Option<u32>,
    /// Byte offsets `[start, end)` of `text` in the document.
    pub span: [u32; 2],
}

/// PLOVER coding of an event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plover {
    /// One of the 16 PLOVER event types, or null for CAMEO 01x statements.
    #[serde(rename = "type")]
    pub event_type: Option<&'static str>,
    /// PLOVER mode, when the CAMEO code determines one.
    pub mode: Option<&'static str>,
    /// PLOVER context, when the CAMEO code determines one.
    pub context: Option<&'static str>,
}

/// Whether the report itself states the event, a speaker claims it, or a speaker denies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The report states it.
    Asserted,
    /// A speaker asserts it (see `attribution`).
    Claimed,
    /// A speaker denies it (see `attribution`).
    Denied,
}

/// Who the event is attributed to, and the word that says so.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    /// The innermost speaker, when it resolves to an actor (null for "sources said").
    pub speaker: Option<Actor>,
    /// The innermost reporting word as written (`said`, `according to`, `denied`).
    pub cue: String,
    /// Every source the event passes through, outermost first; the last link is `speaker` and `cue`.
    pub chain: Vec<Link>,
}

/// One source in an attribution chain: "Tanzania's state radio" + "cited".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    /// The speaker, when the words name an actor; its country is never guessed from the
    /// sentence's other actors (a bare "diplomats" is `GOV`, not the country of the event).
    pub speaker: Option<Actor>,
    /// The reporting word as written.
    pub cue: String,
    /// What the speaker does with what follows.
    pub kind: LinkKind,
}

/// What a link's speaker does with the content: reports it, claims it, denies it, or accuses someone of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// A reporting or speech verb: `said`, `told`, `cited ... as saying`, `according to`, `in a statement`.
    Report,
    /// A claim verb or adverb: `claimed`, `alleged`, `reportedly`.
    Claim,
    /// A denial: `denied`, `rejected claims`.
    Deny,
    /// An accusation whose content is the event: `accused Eritrea of arming`.
    Accuse,
}

/// The words that triggered the event and the dictionary entry behind them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// The trigger words as written (a gap is shown as `...`).
    pub trigger: String,
    /// Byte offsets of the trigger, first to last word.
    pub span: [u32; 2],
    /// The rule that fired: `file:line` of the dictionary pattern, plus any syntax rule (`+intent`, `+negation`).
    pub rule: String,
}

/// One coded event: one (source, target) pair for one trigger.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// Stable identifier: `doc_id:sentence_index:ordinal`.
    pub event_id: String,
    /// The document's id.
    pub doc_id: String,
    /// Index of the sentence in the document, from 0.
    pub sentence_index: usize,
    /// The sentence as written.
    pub sentence: String,
    /// Event date (YYYY-MM-DD): resolved from the text, else the document date, else null.
    pub date: Option<String>,
    /// How precise `date` is: `day`, `week`, `month` or `year` (weeks, months and years are dated
    /// by their first day); null when `date` is null.
    pub date_precision: Option<&'static str>,
    /// Where the event happened, when the sentence names a place for it.
    pub place: Option<Place>,
    /// Who acted.
    pub source: Option<Actor>,
    /// Who was acted upon.
    pub target: Option<Actor>,
    /// CAMEO event code, as a string ("112").
    pub cameo: String,
    /// Its two-digit root ("11").
    pub cameo_root: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein scale value of the CAMEO code (GDELT values).
    pub goldstein: f32,
    /// PLOVER coding.
    pub plover: Plover,
    /// asserted, claimed or denied.
    pub status: Status,
    /// True when the sentence says the act did not (or will not) happen.
    pub negated: bool,
    /// Who says so, for claimed and denied events and attributed statements, with the chain of sources.
    pub attribution: Option<Attribution>,
    /// Trigger and rule.
    pub evidence: Evidence,
}

impl Actor {
    pub(crate) fn span_of(span: Span) -> [u32; 2] {
        [span.start, span.end]
    }
}
