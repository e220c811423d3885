//! The last stage: triggers with roles become event records, one per (source, target) pair.
//!
//! Syntax rules applied here, each named in `evidence.rule`:
//! - `+intent`: a cooperative act after `will`, `vowed to`... becomes an intent to
//!   cooperate (03x, PLOVER AGREE); a conflictual act becomes a threat (13x, THREATEN);
//! - `+refusal`: a negated cooperative act (`will not accept`, `refused to recognise`,
//!   `failed to reach agreement`) becomes a rejection (12x, REJECT);
//! - `+claim-accuse`: a speaker who reports a conflictual act by another actor
//!   accuses that actor (112, ACCUSE); the act itself is only `claimed`;
//! - `+denial`: a speaker who denies an act makes a denial (016); the act is `denied`.

use dyad_dict::CueKind;
use dyad_text::Span;

use crate::attribution::{attribution, links_around, links_through, report_links, LinkDraft};
use crate::event::{Actor, Event, Evidence, LinkKind, Plover, Status};
use crate::lexicon::Lexicon;
use crate::mention::ActorMention;
use crate::modality::{background, demand_code, intent_code, obligation, refusal_code, DEMANDED, PURPOSE, REJECTED};
use crate::roles::{Report, Roles};
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

/// Per-sentence context for building events.
pub(crate) struct SentenceContext<'a> {
    pub doc_id: &'a str,
    pub doc_text: &'a str,
    pub sentence_index: usize,
    pub sentence: Span,
    pub date: Option<String>,
    /// How precise `date` is: day, week, month or year.
    pub date_precision: Option<&'static str>,
}

fn is_conflict(cameo: &str) -> bool {
    dyad_ontology::cameo(cameo).is_some_and(|c| c.quad_class.number() >= 3)
}

pub(crate) fn actor_of(st: &SentenceTokens, m: &ActorMention, ctx: &SentenceContext) -> Actor {
    let span = st.span(m.start, m.end);
    Actor {
        text: span.text(ctx.doc_text).to_string(),
        code: m.code.clone(),
        country: m.country.clone(),
        sector: m.sector.clone(),
        name: m.name.clone(),
        span: Actor::span_of(span),
        resolved_from: m.resolved_from.clone(),
    }
}

/// A candidate before expansion into source/target pairs.
struct Candidate {
    cameo: String,
    rule: String,
    trigger: Span,
    trigger_text: String,
    sources: Vec<Option<usize>>,
    targets: Vec<Option<usize>>,
    status: Status,
    negated: bool,
    /// Who says so, outermost first (empty for an unattributed event).
    links: Vec<LinkDraft>,
}

/// Build events for one sentence; `trace` receives the keep/drop decisions for --explain.
#[allow(clippy::too_many_arguments)]
pub(crate) fn build_events(
    lx: &Lexicon,
    st: &SentenceTokens,
    mentions: &[ActorMention],
    verbs: &[VerbMatch],
    roles: &[Roles],
    reports: &[Report],
    ctx: &SentenceContext,
    mut trace: Option<&mut Vec<String>>,
) -> Vec<Event> {
    let mut cands: Vec<Candidate> = Vec::new();
    // The `that` opening each report's content ("had told him that ..."), which is not a relative pronoun.
    let complementizers: Vec<usize> = reports
        .iter()
        .filter(|r| !r.trailing && r.scope.0 > 0)
        .map(|r| r.scope.0 - 1)
        .filter(|&k| st.lower_is(k, "that"))
        .collect();
    let reasons: Vec<Option<&'static str>> =
        (0..verbs.len()).map(|vi| background(lx, st, verbs, vi, &complementizers)).collect();
    // "began a hunger strike to protest X": the purpose's target is the main act's target.
    let mut roles: Vec<Roles> = roles.to_vec();
    for vi in 0..verbs.len() {
        if matches!(reasons[vi], Some(PURPOSE | REJECTED)) && !roles[vi].targets.is_empty() {
            if let Some(main) = (0..vi).rev().find(|&p| reasons[p].is_none()) {
                if roles[main].targets.is_empty() {
                    roles[main].targets = roles[vi].targets.clone();
                }
            }
        }
    }
    let roles = &roles[..];
    for (vi, (v, r)) in verbs.iter().zip(roles).enumerate() {
        let trig = &lx.triggers[v.trigger];
        if let Some(reason) = reasons[vi] {
            if let Some(t) = trace.as_deref_mut() {
                t.push(format!("  dropped trigger {:?}: {reason}", st.span(v.start, v.end).text(ctx.doc_text)));
            }
            continue;
        }
        let mut cameo = trig.cameo.to_string();
        let mut rule = trig.origin.to_string();
        // "demanded that Israel ease restrictions": a bare demand takes its kind from what it asks for.
        if cameo == "100" && reasons.get(vi + 1).copied().flatten() == Some(DEMANDED) {
            let content = &lx.triggers[verbs[vi + 1].trigger].cameo;
            cameo = demand_code(content).to_string();
            rule = format!("{rule}+content({})", lx.triggers[verbs[vi + 1].trigger].origin);
        }
        let mut negated = v.negated;
        // "Russia said Sudan must return the helicopter": a demand by the speaker, not an act by Sudan.
        let speaker = r.report.and_then(|ri| reports[ri].speaker);
        if let (true, Some(s)) = (obligation(st, v), speaker) {
            if protest_message(lx, st, verbs, &reports[r.report.unwrap_or(0)]) {
                if let Some(t) = trace.as_deref_mut() {
                    t.push(format!(
                        "  dropped trigger {:?}: the message of a protest",
                        st.span(v.start, v.end).text(ctx.doc_text)
                    ));
                }
                continue;
            }
            let code = demand_code(&cameo);
            let targets: Vec<Option<usize>> = r.sources.iter().map(|&m| Some(m)).collect();
            cands.push(Candidate {
                cameo: code.into(),
                rule: format!("{rule}+obligation"),
                trigger: st.span(v.start, v.end.max(v.start + 1)),
                trigger_text: st.span(v.start, v.end.max(v.start + 1)).text(ctx.doc_text).to_string(),
                sources: super::roles::group(st, mentions, s).into_iter().map(Some).collect(),
                targets: if targets.is_empty() { vec![None] } else { targets },
                status: Status::Asserted,
                negated: false,
                links: report_links(reports, &r.chain),
            });
            if let Some(t) = trace.as_deref_mut() {
                t.push(format!(
                    "  trigger {:?} under must/should: a demand ({code}) by the speaker",
                    st.span(v.start, v.end).text(ctx.doc_text)
                ));
            }
            continue;
        }
        // "agreed on Sunday to halt the fighting": the earlier agreement makes the act an intention.
        let agreed = (v.intent.is_none() && st.lower_is(v.start.wrapping_sub(1), "to"))
            .then(|| {
                verbs[..vi].iter().rev().find(|p| p.end < v.start && lx.triggers[p.trigger].cameo.starts_with("03"))
            })
            .flatten()
            .map(|p| (p.start, st.lower_text(p.start)));
        if let Some((_, word)) = v.intent.as_ref().or(agreed.as_ref()) {
            let threat = matches!(
                word.split(' ').next(),
                Some("threaten" | "threatened" | "threatens" | "vow" | "vowed" | "vows" | "swear" | "swore" | "sworn")
            );
            let preparing =
                word.starts_with("prepar") || word.starts_with("get ready") || word.starts_with("got ready");
            // "will withdraw its force unless...": an act held out on a condition is a threat.
            let conditional = (v.end..st.len()).take_while(|&k| !st.is_clause_end(k)).any(|k| st.lower_is(k, "unless"));
            if negated {
                if let Some(c) = refusal_code(&cameo) {
                    cameo = c.to_string();
                    rule.push_str("+refusal");
                    negated = false;
                }
            } else if preparing
                && is_conflict(&cameo)
                && dyad_ontology::cameo(&cameo).is_some_and(|c| c.quad_class.number() == 4)
            {
                // "prepared to resume shelling": readying force is mobilisation (15x), not yet a threat.
                cameo = "150".to_string();
                rule.push_str("+preparation");
            } else if conditional && !is_conflict(&cameo) {
                cameo = "130".to_string();
                rule.push_str("+condition");
            } else if let Some(c) = intent_code(&cameo) {
                if threat || is_conflict(&cameo) || !cameo.starts_with("03") {
                    cameo = c.to_string();
                    rule.push_str("+intent");
                }
            }
        } else if negated {
            // "did not accept", "refused to recognise", "failed to reach agreement": a rejection.
            if let Some(c) = refusal_code(&cameo) {
                cameo = c.to_string();
                rule.push_str("+refusal");
                negated = false;
            }
        }
        let end = v.end.max(v.start + 1);
        let trigger = st.span(v.start, end);
        let trigger_text = match v.gap {
            Some((gs, ge)) if ge > gs => {
                format!("{} ... {}", st.span(v.start, gs).text(ctx.doc_text), st.span(ge, end).text(ctx.doc_text))
            }
            _ => trigger.text(ctx.doc_text).to_string(),
        };
        let insert_at = cands.len();
        // Status and attribution.
        let mut status = Status::Asserted;
        let mut links = Vec::new();
        if let Some(ai) = r.accused_by {
            // "X said Y accused Z of arming rebels": the reports around the accusation, then the accuser.
            status = Status::Claimed;
            links = report_links(reports, &roles[ai].chain);
            let a = verbs[ai].start;
            links.push(LinkDraft {
                speaker: roles[ai].sources.first().copied(),
                cue: (a, a + 1),
                kind: LinkKind::Accuse,
            });
        }
        if let Some(ri) = r.report {
            let rep = &reports[ri];
            if r.accused_by.is_none() {
                links = report_links(reports, &r.chain);
            }
            // "The radio cited sources as saying ...": an unnamed source is still quoted by a named one.
            let outer_speaker = rep.speaker.is_none()
                && r.chain.iter().any(|&o| o != ri && !reports[o].trailing && reports[o].speaker.is_some());
            let self_report =
                rep.speaker.is_some_and(|s| r.sources.iter().any(|&m| same_actor(&mentions[m], &mentions[s])));
            status = match rep.cue.kind {
                CueKind::Deny => Status::Denied,
                // What an accusation accuses someone of stays the accuser's claim, whoever reports it.
                _ if r.accused_by.is_some() => Status::Claimed,
                CueKind::Claim => Status::Claimed,
                // A party's word on its own use of force (detentions, attacks: CAMEO 17-20) is its
                // claim; so is its word on anything when another source relays it ("the agency
                // cited a Ugandan source as saying Uganda had asked..."). Its own statements,
                // sanctions and cooperation, announced by itself, are the act and stand as reported.
                _ if self_report => {
                    let material = matches!(&cameo[..2], "17" | "18" | "19" | "20");
                    let relayed = r.chain.iter().any(|&o| o != ri && reports[o].speaker != rep.speaker);
                    if material || relayed {
                        Status::Claimed
                    } else {
                        Status::Asserted
                    }
                }
                _ if !rep.trailing && (rep.speaker.is_some() || outer_speaker) => Status::Claimed,
                // So is a report by a named side attacked ("rebels attacked an AU base, the mission said").
                _ if rep.trailing
                    && is_conflict(&cameo)
                    && rep.speaker.is_some_and(|s| {
                        let named = |m: &ActorMention| m.name.is_some() && m.name == mentions[s].name;
                        is_party(&mentions[s]) || r.targets.iter().any(|&m| named(&mentions[m]))
                    }) =>
                {
                    Status::Claimed
                }
                _ => status,
            };
            // The speaker's own act: a denial or an accusation.
            if let Some(s) = rep.speaker {
                let accused: Vec<usize> =
                    r.sources.iter().copied().filter(|&m| !same_actor(&mentions[m], &mentions[s])).collect();
                let derived = match rep.cue.kind {
                    CueKind::Deny => Some(("016", "+denial")),
                    _ if status == Status::Claimed
                        && !rep.trailing
                        && accusatory(&cameo, &r.targets, &accused, mentions, s)
                        && !negated
                        && !accused.is_empty()
                        && is_party(&mentions[s]) =>
                    {
                        Some(("112", "+claim-accuse"))
                    }
                    _ => None,
                };
                if let Some((code, why)) = derived {
                    let already =
                        cands.iter().any(|c| c.cameo == code && c.trigger == st.span(rep.cue.start, rep.cue.end));
                    if !already {
                        let targets: Vec<Option<usize>> = if code == "016" {
                            r.targets.iter().map(|&m| Some(m)).collect()
                        } else {
                            accused.iter().map(|&m| Some(m)).collect()
                        };
                        cands.push(Candidate {
                            cameo: code.into(),
                            rule: format!("{}{}", rule, why),
                            trigger: st.span(rep.cue.start, rep.cue.end),
                            trigger_text: st.span(rep.cue.start, rep.cue.end).text(ctx.doc_text).to_string(),
                            sources: super::roles::group(st, mentions, s).into_iter().map(Some).collect(),
                            targets: if code == "016" && targets_empty(&targets) { vec![None] } else { targets },
                            status: Status::Asserted,
                            negated: false,
                            links: links_around(reports, mentions, ri, st.len()),
                        });
                    }
                }
            }
        }
        let sources: Vec<Option<usize>> =
            if r.sources.is_empty() { vec![None] } else { r.sources.iter().map(|&m| Some(m)).collect() };
        let targets: Vec<Option<usize>> =
            if r.targets.is_empty() { vec![None] } else { r.targets.iter().map(|&m| Some(m)).collect() };
        if let Some(t) = trace.as_deref_mut() {
            let names = |ms: &[usize]| {
                ms.iter()
                    .map(|&m| {
                        format!(
                            "{}={}",
                            st.span(mentions[m].start, mentions[m].end).text(ctx.doc_text),
                            mentions[m].code
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" & ")
            };
            t.push(format!(
                "  trigger {:?} [{}] {} -> cameo {}{}{}{} | source: {} ({}) | target: {}",
                trigger_text,
                trig.pattern,
                trig.origin,
                cameo,
                if v.negated { " negated" } else { "" },
                if v.passive { " passive" } else { "" },
                v.intent.as_ref().map(|(_, w)| format!(" intent:{w}")).unwrap_or_default(),
                names(&r.sources),
                r.why,
                names(&r.targets),
            ));
        }
        cands.insert(
            insert_at,
            Candidate { cameo, rule, trigger, trigger_text, sources, targets, status, negated, links },
        );
    }

    // "Eritrea denied the charge": a denial with no coded act inside is still the denier's event.
    for (ri, rep) in reports.iter().enumerate().filter(|(_, r)| r.cue.kind == CueKind::Deny) {
        let span = st.span(rep.cue.start, rep.cue.end);
        let Some(s) = rep.speaker else { continue };
        if cands.iter().any(|c| c.cameo == "016" && c.trigger == span) {
            continue;
        }
        let object = mentions
            .iter()
            .position(|m| !m.place && m.start >= rep.cue.end && m.start < rep.scope.1.min(rep.cue.end + 6));
        cands.push(Candidate {
            cameo: "016".into(),
            rule: format!("{}+denial", lx.cue_entries[rep.cue.entry].origin),
            trigger: span,
            trigger_text: span.text(ctx.doc_text).to_string(),
            sources: super::roles::group(st, mentions, s).into_iter().map(Some).collect(),
            targets: vec![object],
            status: Status::Asserted,
            negated: false,
            links: links_around(reports, mentions, ri, st.len()),
        });
    }

    // "The Red Cross said US forces must ensure security": a demand even when the demanded act
    // is not in the dictionary; the modal is the trigger.
    for (ri, rep) in reports
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.trailing && r.speaker.is_some() && !protest_message(lx, st, verbs, r))
    {
        for k in rep.scope.0..rep.scope.1.min(st.len()) {
            if !matches!(st.lower_str(k), "must" | "should") {
                continue;
            }
            let handled = cands.iter().any(|c| {
                c.rule.ends_with("+obligation")
                    && c.trigger.start >= st.tokens[k].span.start
                    && c.trigger.start <= st.tokens[(k + 4).min(st.len() - 1)].span.start
            });
            let subject = super::roles::subject_before(st, mentions, k).filter(|&m| mentions[m].start >= rep.scope.0);
            let (Some(s), Some(subj), false) = (rep.speaker, subject, handled) else { continue };
            if same_actor(&mentions[s], &mentions[subj]) {
                continue;
            }
            let end = (k + 2).min(st.len());
            cands.push(Candidate {
                cameo: "100".into(),
                rule: format!("{}+obligation", lx.cue_entries[rep.cue.entry].origin),
                trigger: st.span(k, end),
                trigger_text: st.span(k, end).text(ctx.doc_text).to_string(),
                sources: super::roles::group(st, mentions, s).into_iter().map(Some).collect(),
                targets: super::roles::group(st, mentions, subj).into_iter().map(Some).collect(),
                status: Status::Asserted,
                negated: false,
                links: links_through(reports, k, end, ri, st.len()),
            });
        }
    }

    let mut events = Vec::new();
    let mut seen: Vec<(String, Option<String>, Option<String>, u32)> = Vec::new();
    for c in cands {
        let Some(code) = dyad_ontology::cameo(&c.cameo) else { continue };
        for s in &c.sources {
            for t in &c.targets {
                let (src, mut tgt) = (s.map(|m| &mentions[m]), t.map(|m| &mentions[m]));
                // A country guessed from context must not make an actor act on itself.
                let stripped;
                if let (Some(a), Some(b)) = (src, tgt) {
                    if b.country_from_context() && a.code == b.code && a.start != b.start {
                        // Take the nearest other country in the sentence instead, if there is one.
                        let other = mentions
                            .iter()
                            .filter(|m| m.country.is_some() && m.country != a.country && !m.pronoun)
                            .min_by_key(|m| m.start.abs_diff(b.start));
                        let mut b2 = b.clone();
                        b2.rule = crate::coref::without_guess(&b2.rule).to_string();
                        b2.country = other.and_then(|o| o.country.clone());
                        b2.code =
                            format!("{}{}", b2.country.as_deref().unwrap_or(""), b2.sector.as_deref().unwrap_or(""));
                        if let Some(o) = other {
                            b2.rule =
                                format!("{}+context-country({})", b2.rule, o.rule.split('+').next().unwrap_or(""));
                        }
                        stripped = b2;
                        tgt = Some(&stripped);
                    }
                }
                let reason = match (src, tgt) {
                    (None, None) => Some("no actor"),
                    (Some(a), Some(b))
                        // A place target in the actor's own country is a domestic act, not a self-act.
                        // ("the two men" stands for two actors at one span: different codes.)
                        if (a.start == b.start && a.code == b.code && a.name == b.name)
                            || (!b.place
                                && !b.rule.ends_with("+modifier")
                                && !a.rule.ends_with("+modifier")
                                && a.code == b.code
                                && a.name == b.name
                                && (a.country.is_some() || a.name.is_some())) =>
                    {
                        Some("source and target are the same actor")
                    }
                    _ => None,
                };
                if let Some(reason) = reason {
                    if let Some(tr) = trace.as_deref_mut() {
                        tr.push(format!("  dropped {} {:?}: {}", c.cameo, c.trigger_text, reason));
                    }
                    continue;
                }
                let key = (c.cameo.clone(), src.map(|m| m.code.clone()), tgt.map(|m| m.code.clone()), c.trigger.start);
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let pl = dyad_ontology::plover(&c.cameo);
                let ordinal = events.len();
                events.push(Event {
                    event_id: format!("{}:{}:{}", ctx.doc_id, ctx.sentence_index, ordinal),
                    doc_id: ctx.doc_id.to_string(),
                    sentence_index: ctx.sentence_index,
                    sentence: ctx.sentence.text(ctx.doc_text).to_string(),
                    date: ctx.date.clone(),
                    date_precision: ctx.date_precision,
                    place: None,
                    source: src.map(|m| actor_of(st, m, ctx)),
                    target: tgt.map(|m| actor_of(st, m, ctx)),
                    cameo: c.cameo.clone(),
                    cameo_root: code.root().to_string(),
                    quad_class: code.quad_class.number(),
                    goldstein: code.goldstein,
                    plover: Plover {
                        event_type: pl.as_ref().map(|p| p.event.as_str()),
                        mode: pl.as_ref().and_then(|p| p.mode),
                        context: pl.as_ref().and_then(|p| p.context),
                    },
                    status: c.status,
                    negated: c.negated,
                    attribution: attribution(st, mentions, &c.links, ctx),
                    evidence: Evidence {
                        trigger: c.trigger_text.clone(),
                        span: [c.trigger.start, c.trigger.end],
                        rule: c.rule.clone(),
                    },
                });
                if let Some(tr) = trace.as_deref_mut() {
                    let e = events.last().unwrap();
                    tr.push(format!(
                        "  kept {} {} {} -> {} [{:?}{}]",
                        e.cameo,
                        e.plover.event_type.unwrap_or("-"),
                        e.source.as_ref().map_or("-", |a| a.code.as_str()),
                        e.target.as_ref().map_or("-", |a| a.code.as_str()),
                        e.status,
                        if e.negated { ", negated" } else { "" }
                    ));
                }
            }
        }
    }
    events
}

/// Give an event another CAMEO code, with the root, quad class, Goldstein score and PLOVER type
/// that go with it; `why` is appended to the rule (`verbs.txt:2110+place-object`).
pub(crate) fn recode(e: &mut Event, cameo: &str, why: &str) {
    let Some(code) = dyad_ontology::cameo(cameo) else { return };
    let pl = dyad_ontology::plover(cameo);
    e.cameo = cameo.to_string();
    e.cameo_root = code.root().to_string();
    e.quad_class = code.quad_class.number();
    e.goldstein = code.goldstein;
    e.plover = Plover {
        event_type: pl.as_ref().map(|p| p.event.as_str()),
        mode: pl.as_ref().and_then(|p| p.mode),
        context: pl.as_ref().and_then(|p| p.context),
    };
    e.evidence.rule = format!("{}+{why}", e.evidence.rule);
}

fn targets_empty(t: &[Option<usize>]) -> bool {
    t.iter().all(Option::is_none)
}

fn same_actor(a: &ActorMention, b: &ActorMention) -> bool {
    a.start == b.start
        || (a.code == b.code && a.name == b.name)
        || (a.country.is_some()
            && a.country == b.country
            && (a.sector.is_none() || b.sector.is_none() || a.sector == b.sector))
}

/// "staged rallies against the leader, saying he must resign": what protesters say while
/// protesting is the message of the protest already coded (14x), not a separate demand.
fn protest_message(lx: &Lexicon, st: &SentenceTokens, verbs: &[VerbMatch], rep: &Report) -> bool {
    st.word(rep.cue.start).ends_with("ing")
        && verbs.iter().any(|p| p.end <= rep.cue.start && lx.triggers[p.trigger].cameo.starts_with("14"))
}

/// A reported act the speaker holds against the actor: one aimed at the speaker's side, force by
/// armed groups of the speaker's own country reported by its government or army ("the army said
/// rebels attacked the town"), or material support to armed non-state actors ("Ethiopia says
/// Eritrea is arming the rebels").
fn accusatory(cameo: &str, targets: &[usize], sources: &[usize], mentions: &[ActorMention], speaker: usize) -> bool {
    let side = mentions[speaker].country.as_deref();
    let against_speaker =
        is_conflict(cameo) && targets.iter().any(|&m| side.is_some() && mentions[m].country.as_deref() == side);
    let state_speaker = matches!(mentions[speaker].sector.as_deref(), Some("GOV" | "MIL"));
    let material = dyad_ontology::cameo(cameo).is_some_and(|c| c.quad_class.number() == 4);
    let insurgents = material
        && state_speaker
        && sources.iter().any(|&m| {
            side.is_some()
                && mentions[m].country.as_deref() == side
                && matches!(mentions[m].sector.as_deref(), Some("REB" | "INS" | "SEP"))
        });
    against_speaker || insurgents || (!is_conflict(cameo) && hostile(cameo, targets, mentions))
}

/// An act that a third party reports as a charge: conflict, or material support to armed non-state actors.
fn hostile(cameo: &str, targets: &[usize], mentions: &[ActorMention]) -> bool {
    let armed =
        targets.iter().any(|&m| matches!(mentions[m].sector.as_deref(), Some("REB" | "INS" | "SEP" | "UAF" | "CRM")));
    is_conflict(cameo) || (armed && (cameo.starts_with("06") || cameo.starts_with("07")))
}

/// A speaker that is a party to a conflict rather than a neutral reporter of it.
fn is_party(m: &ActorMention) -> bool {
    m.country.is_some() && !matches!(m.sector.as_deref(), Some("MED" | "COP" | "JUD" | "HLH" | "NGO"))
}
