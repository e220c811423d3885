//! Code English news into dyadic CAMEO and PLOVER events: who did what to whom, and who says so.
//!
//! The pipeline is a chain of named stages with a plain data type between each:
//!
//! | stage | input → output |
//! |---|---|
//! | [`dyad_text::analyze`] | document text → sentences and tokens (byte spans) |
//! | `SentenceTokens` | tokens → dictionary ids |
//! | `find_mentions` | ids → [`ActorMention`]s (names, demonyms, capitals, sector nouns, titles) |
//! | `coref` | mentions + the document's earlier actors → pronouns, descriptions, short names resolved |
//! | `find_verbs` | ids → [`VerbMatch`]es and [`CueMatch`]es with negation, intent and voice |
//! | `find_reports` / `assign` | → speakers, sources and targets |
//! | `build_events` | → [`Event`] records |
//!
//! # Brief overview
//! - [`Coder`] holds the compiled dictionaries; build it once and share it across threads.
//! - [`Coder::code`] codes one [`Document`] into a [`CodedDocument`].
//!
//! # Example
//! ```
//! use dyad_coder::{Coder, Document};
//! let coder = Coder::embedded();
//! let doc = Document { id: "d1".into(), text: "Ethiopia accused Eritrea of arming the rebels.".into(), ..Default::default() };
//! let coded = coder.code(&doc, false);
//! let accuse = coded.events.iter().find(|e| e.plover.event_type == Some("ACCUSE")).unwrap();
//! assert_eq!(accuse.source.as_ref().unwrap().code, "ETH");
//! assert_eq!(accuse.target.as_ref().unwrap().code, "ERI");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod attribution;
mod code;
mod coref;
mod date;
mod event;
mod lexicon;
mod mention;
mod modality;
mod organisation;
mod place;
mod place_words;
mod resolve;
mod roles;
mod sentence;
mod store;
mod tables;
mod trie;
mod verbs;

pub use dyad_dict::CueKind;
pub use event::{
    Actor, Attribution, Document, Event, Evidence, Link, LinkKind, Place, Plover, ResolvedFrom, Status, SCHEMA_VERSION,
};
pub use lexicon::Lexicon;
pub use mention::ActorMention;
pub use resolve::{EntryRef, ResolvedActor};
pub use verbs::{CueMatch, VerbMatch};

use dyad_dict::Dictionary;
use place::SceneKind;
use sentence::SentenceTokens;

/// The event coder: compiled dictionaries plus the coding rules. Immutable and `Sync`.
#[derive(Debug)]
pub struct Coder {
    lexicon: Lexicon,
}

/// The result of coding one document.
#[derive(Debug, Default)]
pub struct CodedDocument {
    /// Events in sentence order, then trigger order.
    pub events: Vec<Event>,
    /// Number of sentences.
    pub sentences: usize,
    /// The `--explain` trace, one block per sentence (empty unless asked for).
    pub trace: Vec<String>,
}

impl Coder {
    /// A coder over the dictionaries embedded in the binary.
    pub fn embedded() -> Coder {
        Coder { lexicon: Lexicon::embedded() }
    }

    /// A coder over the given dictionaries.
    pub fn new(dict: &Dictionary) -> Coder {
        Coder { lexicon: Lexicon::compile(dict) }
    }

    /// The compiled dictionaries.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Resolve one actor phrase as the coder would in a document dated `date` (names, demonym +
    /// sector noun, titles, capitals, dated roles of people and organisations). The mention
    /// covering the most words of the phrase wins; `None` when it names no actor.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use dyad_coder::Coder;
    /// let coder = Coder::embedded();
    /// let troops = coder.resolve_actor("Israeli troops", None).unwrap();
    /// assert_eq!((troops.country.as_deref(), troops.sector.as_deref()), (Some("ISR"), Some("MIL")));
    /// assert_eq!(coder.resolve_actor("the Kremlin", None).unwrap().code, "RUSGOV");
    /// let in_2015 = NaiveDate::from_ymd_opt(2015, 6, 1);
    /// assert_eq!(coder.resolve_actor("Barack Obama", in_2015).unwrap().code, "USAGOV");
    /// let in_2020 = NaiveDate::from_ymd_opt(2020, 6, 1);
    /// assert_eq!(coder.resolve_actor("Barack Obama", in_2020).unwrap().code, "USAELI");
    /// ```
    pub fn resolve_actor(&self, phrase: &str, date: Option<chrono::NaiveDate>) -> Option<ResolvedActor> {
        resolve::resolve_actor(&self.lexicon, phrase, date)
    }

    /// Whether the embedded gazetteer knows a place of this name (any case, diacritics folded).
    pub fn is_place(&self, name: &str) -> bool {
        !self.lexicon.gazetteer.lookup(name).is_empty()
    }

    /// Code one document. With `explain`, also record a human-readable trace per sentence.
    pub fn code(&self, doc: &Document, explain: bool) -> CodedDocument {
        let analyzed = dyad_text::analyze(&doc.text);
        let mut out = CodedDocument { sentences: analyzed.sentences.len(), ..Default::default() };
        // The actors mentioned so far, for pronouns, descriptions and short names (coref.rs).
        let mut actors = coref::DocumentActors::default();
        for (si, sent) in analyzed.sentences.iter().enumerate() {
            let tokens = &analyzed.tokens[sent.tokens.clone()];
            let mut trace = explain.then(Vec::new);
            let last = si + 1 == analyzed.sentences.len();
            let events = self.code_sentence(doc, si, sent.span, tokens, &mut actors, last, trace.as_mut());
            out.events.extend(events);
            if let Some(t) = trace {
                out.trace.push(t.join("\n"));
            }
        }
        out
    }

    // One sentence in its document: the document, where the sentence is, the memory of earlier
    // sentences and the trace are all needed; a struct for them would only be unpacked here.
    #[allow(clippy::too_many_arguments)]
    fn code_sentence(
        &self,
        doc: &Document,
        si: usize,
        span: dyad_text::Span,
        tokens: &[dyad_text::Token],
        actors: &mut coref::DocumentActors,
        last: bool,
        mut trace: Option<&mut Vec<String>>,
    ) -> Vec<Event> {
        let lx = &self.lexicon;
        let mut st = SentenceTokens::new(lx, &doc.text, tokens);
        let (verbs, cues) = verbs::find_verbs(lx, &mut st);
        // Every date expression of the sentence; an event takes the one nearest its trigger.
        // One scan: the sentence's date is its first expression, else the document date.
        // (A sentence with no trigger or cue has no event to date: no scan.)
        let dates =
            if verbs.is_empty() && cues.is_empty() { Vec::new() } else { date::date_expressions(&st, doc.date) };
        let event_date = dates.first().copied().or_else(|| date::document_date(doc.date));
        let date = event_date.map(|d| date::iso(d.date));
        let mut mentions = mention::find_mentions(lx, &st, doc.date);
        {
            let view = coref::SentenceView { lx, st: &st, si, verbs: &verbs, cues: &cues };
            actors.resolve(&view, &mut mentions);
            mention::infer_countries(&st, &cues, &mut mentions);
            actors.place_by_context(&view, &mut mentions);
            actors.pronouns(&view, &mut mentions);
        }
        // A cue inside a name ("Islamic State", "the State Border Service") is part of the name:
        // a mention, or a capitalised cue word inside a run of capitalised words.
        let cues: Vec<CueMatch> = cues
            .into_iter()
            .filter(|c| !mentions.iter().any(|m| m.start <= c.start && c.start < m.end && !m.pronoun))
            .filter(|c| !(c.start > 0 && st.is_capitalised(c.start) && st.is_capitalised(c.end)))
            // "state-backed militias": a cue word joined by a hyphen is part of an adjective.
            .filter(|c| !st.is_joining_hyphen(c.end))
            .collect();
        // A trigger inside an actor's name ("the Attack Helicopter Regiment") is not an event.
        let verbs: Vec<VerbMatch> =
            verbs.into_iter().filter(|v| !mentions.iter().any(|m| m.start <= v.start && v.start < m.end)).collect();
        let reports = roles::find_reports(&st, &mentions, &cues, &verbs);
        let roles = roles::assign(lx, &st, &mentions, &verbs, &reports);
        if let Some(t) = trace.as_deref_mut() {
            t.push(format!("sentence {si}: {}", span.text(&doc.text)));
            t.push(format!("  tokens: {}", tokens.iter().map(|t| t.text(&doc.text)).collect::<Vec<_>>().join(" | ")));
            for m in &mentions {
                t.push(format!(
                    "  actor {:?} -> {} (country {}, sector {}{}) from {}{}",
                    st.span(m.start, m.end).text(&doc.text),
                    m.code,
                    m.country.as_deref().unwrap_or("-"),
                    m.sector.as_deref().unwrap_or("-"),
                    m.name.as_ref().map(|n| format!(", name {n}")).unwrap_or_default(),
                    m.rule,
                    m.resolved_from
                        .as_ref()
                        .map(|r| format!(" = {:?} (sentence {})", r.text, r.sentence_index))
                        .unwrap_or_default()
                ));
            }
            for c in &cues {
                t.push(format!(
                    "  cue {:?} {:?} from {}",
                    c.kind,
                    st.span(c.start, c.end).text(&doc.text),
                    lx.cue_entries[c.entry].origin
                ));
            }
            for r in &reports {
                t.push(format!(
                    "  report {:?} speaker {} governs {:?}{}",
                    st.span(r.cue.start, r.cue.end).text(&doc.text),
                    r.speaker.map_or("-".to_string(), |m| mentions[m].code.clone()),
                    st.span(r.scope.0.min(st.len().saturating_sub(1)), r.scope.1.max(r.scope.0 + 1).min(st.len()))
                        .text(&doc.text),
                    if r.trailing { " (trailing)" } else { "" }
                ));
            }
            if verbs.is_empty() {
                t.push("  no event trigger".into());
            }
        }
        let ctx = code::SentenceContext {
            doc_id: &doc.id,
            doc_text: &doc.text,
            sentence_index: si,
            sentence: span,
            date,
            date_precision: event_date.map(|d| d.precision.as_str()),
        };
        let mut events = code::build_events(lx, &st, &mentions, &verbs, &roles, &reports, &ctx, trace.as_deref_mut());
        // Where and when each event happened: the place and the date nearest its trigger (place.rs).
        // Places are found only for sentences that have events (most sentences have none).
        let places = if events.is_empty() {
            Vec::new()
        } else {
            // Whether each trigger's source is an armed group, which takes places more than people.
            let armed: Vec<bool> = roles
                .iter()
                .map(|r| r.sources.iter().any(|&s| mentions[s].sector.as_deref().is_some_and(is_armed_sector)))
                .collect();
            place::find_places(lx, &st, &mentions, &verbs, &armed)
        };
        if !places.is_empty() || dates.len() > 1 {
            // Triggers sharing a subject ("shot and killed ..., and wounded", ", killing six") are one
            // scene: an act with no place of its own takes the place of another act of its scene.
            let mut scene: Vec<usize> = (0..verbs.len()).collect();
            for vi in 0..verbs.len() {
                if let Some(pv) = roles[vi].shares_subject_with {
                    scene[vi] = scene[pv];
                }
            }
            let anchors: Vec<Option<EventAnchor>> = events
                .iter()
                .map(|e| {
                    let t0 = tokens.iter().position(|t| t.span.start >= e.evidence.span[0])?;
                    let t1 = tokens.iter().rposition(|t| t.span.end <= e.evidence.span[1]).map_or(t0 + 1, |k| k + 1);
                    let trigger = (t0, t1.max(t0 + 1));
                    let vi = verbs.iter().position(|v| v.start == t0);
                    let gap = vi.and_then(|vi| verbs[vi].gap);
                    let kind = match () {
                        _ if e.cameo_root == "14" => SceneKind::Protest,
                        _ if e.cameo_root == "01" || e.cameo.starts_with("111") => SceneKind::Speech,
                        _ if matches!(e.quad_class, 1 | 3) => SceneKind::Statement,
                        _ => SceneKind::Act,
                    };
                    let own_place = place::place_of(lx, &st, &places, trigger, gap, kind, &verbs);
                    Some(EventAnchor { trigger, verb: vi, kind, own_place })
                })
                .collect();
            for (ei, e) in events.iter_mut().enumerate() {
                let Some(EventAnchor { trigger, verb: vi, kind, own_place: own }) = anchors[ei] else { continue };
                let t0 = trigger.0;
                let from_scene = || {
                    let s = scene[vi?];
                    (0..anchors.len())
                        .filter(|&j| j != ei)
                        .filter_map(|j| {
                            anchors[j].filter(|a| a.kind == kind && a.verb.is_some_and(|vj| scene[vj] == s))
                        })
                        .filter_map(|a| a.own_place)
                        .min()
                };
                let chosen = own.or_else(|| {
                    if matches!(kind, SceneKind::Statement | SceneKind::Speech) {
                        None
                    } else {
                        from_scene()
                    }
                });
                if let Some((_, p)) = chosen {
                    e.place = Some(place::geocode(lx, &st, &places[p], &mentions));
                    // "Rebels captured Birao": a place taken (192, occupy territory), not a person
                    // detained (173), which is what "capture" codes by itself.
                    if places[p].object_of == Some(t0) && e.cameo == "173" {
                        code::recode(e, "192", "place-object");
                    }
                }
                let nearest = dates
                    .iter()
                    .filter_map(|d| {
                        let at = d.token?;
                        place::attachment_cost(&st, trigger, (at, at + 1)).map(|c| (c, d))
                    })
                    .min_by_key(|(c, _)| *c);
                if let (true, Some((_, d))) = (dates.len() > 1, nearest) {
                    e.date = Some(date::iso(d.date));
                    e.date_precision = Some(d.precision.as_str());
                }
            }
            if let Some(t) = trace {
                for p in &places {
                    t.push(format!("  place {:?}", st.span(p.start, p.end).text(&doc.text)));
                }
            }
        }
        // An act with no place in reach takes the city of a city's police that did it ("Dallas
        // police shot"; not the victim's: "a former Prijedor police chief was shot"), or the place
        // that possesses its patient ("Mexico's police chief was shot").
        for e in
            events.iter_mut().filter(|e| e.place.is_none() && (e.cameo_root == "14" || !matches!(e.quad_class, 1 | 3)))
        {
            let mention = |a: &Actor| {
                mentions
                    .iter()
                    .find(|m| tokens[m.start].span.start == a.span[0] && tokens[m.end - 1].span.end == a.span[1])
            };
            let named = e
                .source
                .as_ref()
                .and_then(|a| place::named_in_actor(lx, &st, mention(a)?))
                // (material conflict and protest: "working with Zimbabwe's foreign minister" is not
                // in Zimbabwe)
                .or_else(|| {
                    if !(e.quad_class == 4 || e.cameo_root == "14") {
                        return None;
                    }
                    let trigger = verbs.iter().find(|v| tokens[v.start].span.start == e.evidence.span[0])?;
                    place::possessor_of_patient(lx, &st, mention(e.target.as_ref()?)?, trigger)
                });
            if let Some(p) = named {
                e.place = Some(place::geocode(lx, &st, &p, &mentions));
            }
        }
        // The last sentence's actors are no antecedents: nothing follows (a one-sentence document
        // skips the memory altogether).
        if !last {
            actors.remember(
                &coref::SentenceView { lx, st: &st, si, verbs: &verbs, cues: &cues },
                &mentions,
                &roles,
                &reports,
            );
        }
        events
    }
}

/// Where an event sits in its sentence: its trigger's tokens, the trigger's index among the
/// sentence's verb matches, what kind of event it is for sharing a scene's place, and the place
/// nearest it with its cost ([`place::place_of`]).
#[derive(Clone, Copy)]
struct EventAnchor {
    trigger: (usize, usize),
    verb: Option<usize>,
    kind: SceneKind,
    own_place: Option<(u32, usize)>,
}

/// Armies, rebels, insurgents and separatists: the actors that take towns ("Rebels captured
/// Birao"); police and gunmen mostly capture people.
fn is_armed_sector(sector: &str) -> bool {
    matches!(sector, "MIL" | "REB" | "INS" | "SEP")
}
