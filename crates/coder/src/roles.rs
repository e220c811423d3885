//! Who did what to whom: source and target for each trigger, and who said so.
//!
//! Without a parser, roles come from word order inside clauses:
//! - the **source** is the nearest actor to the left of the trigger that is not the
//!   object of a preposition (`Militants in Gaza attacked` = Militants); when the
//!   nearest thing to the left is another trigger, the source is inherited from it
//!   (`agreed to halt`, `attacked the base and killed`), except after an accusation,
//!   whose accused becomes the source of the act it is accused of;
//! - the **target** is the first actor to the right, within the clause, that does
//!   not stand after a place preposition (`in Kabul`), or the actor inside the
//!   pattern's gap (`accused Eritrea of`);
//! - **passive** triggers swap: `X was attacked by Y` = Y → X;
//! - **reporting cues** split a sentence into the speaker's clause and the reported
//!   content: `Ethiopia says (that) ...`, `..., police said`, `according to ...`.
//!   The speaker is never the source of the reported events.

use crate::lexicon::Lexicon;
use crate::mention::ActorMention;
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

mod reports;
pub use reports::Report;
pub(crate) use reports::{find_reports, governing, new_clause_at};

/// Roles found for one trigger.
#[derive(Clone, Debug, Default)]
pub struct Roles {
    /// Mention indices of the source (several for a compound subject).
    pub sources: Vec<usize>,
    /// Mention indices of the target.
    pub targets: Vec<usize>,
    /// Index of the report governing this trigger, innermost.
    pub report: Option<usize>,
    /// Indices of every report governing it, outermost first.
    pub chain: Vec<usize>,
    /// Index of an accusation trigger whose content this trigger is.
    pub accused_by: Option<usize>,
    /// Index of the earlier trigger whose source this one shares ("shot and killed", ", killing
    /// six"): the two are one scene.
    pub shares_subject_with: Option<usize>,
    /// How the source was found, for --explain.
    pub why: String,
}

pub(crate) const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "at",
    "from",
    "with",
    "by",
    "to",
    "for",
    "on",
    "near",
    "against",
    "between",
    "into",
    "over",
    "under",
    "among",
    "after",
    "during",
    "about",
    "than",
    "across",
    "outside",
    "inside",
    "around",
    "toward",
    "towards",
    "throughout",
    "within",
    "without",
    "including",
    "like",
    "upon",
];
/// Prepositions after which a country or a sectorless name is where something happened, not who.
/// (`from` and `to` mark places only for sectorless names: "an appeal from President X" is an actor.)
const PLACE_PREPOSITIONS: &[&str] =
    &["in", "at", "near", "outside", "across", "throughout", "inside", "around", "within", "after", "during", "since"];
const SKIP_BEFORE_NOUN: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "former",
    "senior",
    "top",
    "two",
    "three",
    "both",
    "all",
    "some",
    "neighbouring",
    "neighboring",
];
const PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i"];

/// A pronoun in subject form ("they"), or an "it" a verb follows ("it will", "it said").
fn subject_pronoun(st: &SentenceTokens, k: usize) -> bool {
    match st.lower_str(k) {
        "he" | "she" | "they" | "we" => true,
        "it" => {
            matches!(st.lower_str(k.wrapping_sub(1)), "that" | "," | "and" | "but" | "because" | "as" | "if" | "when")
                || st.is_trigger_start(k + 1)
                || matches!(
                    st.lower_str(k + 1),
                    "will"
                        | "would"
                        | "has"
                        | "had"
                        | "is"
                        | "was"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "does"
                        | "did"
                        | "also"
                        | "said"
                        | "says"
                        | "not"
                        | "'s"
                        | "still"
                )
        }
        _ => false,
    }
}

/// The mention ending at token `end`, if any.
fn mention_ending(mentions: &[ActorMention], end: usize) -> Option<usize> {
    mentions.iter().position(|m| m.end == end && !m.place)
}

fn mention_starting(mentions: &[ActorMention], start: usize) -> Option<usize> {
    mentions.iter().position(|m| m.start == start && !m.place)
}

fn place_starting(mentions: &[ActorMention], start: usize) -> Option<usize> {
    mentions.iter().position(|m| m.start == start && m.place)
}

/// Whether the mention is the object of a preposition (skipping determiners before it).
fn after_preposition(st: &SentenceTokens, start: usize, list: &[&str]) -> bool {
    let mut k = start;
    loop {
        if k > 0 && crate::sentence::one_of(st.lower_str(k - 1), SKIP_BEFORE_NOUN) {
            k -= 1;
        } else if k > 1 && st.lower_is(k - 1, "'s") {
            // "loyal to Iraq's Al-Qaeda frontman": the possessor belongs to the same noun phrase.
            k -= 2;
        } else {
            break;
        }
    }
    k > 0 && list.contains(&st.lower_str(k - 1))
}

/// The compound group of a mention: `Serbia and Kosovo`, `Egypt, Qatar and the US`, and the
/// actors one description stands for (`the two sides`: several mentions over the same words).
pub(crate) fn group(st: &SentenceTokens, mentions: &[ActorMention], m: usize) -> Vec<usize> {
    let mut g = vec![m];
    let joined = |a: &ActorMention, b: &ActorMention| {
        if a.start == b.start && a.end == b.end {
            return true;
        }
        let mut k = a.end;
        let mut saw = false;
        // "arming the rebels, and Addis Ababa accused": an object and the next clause's subject.
        let earlier_verb = (0..a.start).any(|j| st.is_trigger_start(j));
        if k < b.start && new_clause_at(st, mentions, k, earlier_verb, &|j| st.is_trigger_start(j)) {
            return false;
        }
        while k < b.start {
            match st.lower_str(k) {
                "and" | "," | "&" => saw = true,
                w if crate::sentence::one_of(w, SKIP_BEFORE_NOUN) => {}
                _ => return false,
            }
            k += 1;
        }
        // "told Ukraine it would": a pronoun next to a name is no compound with it.
        saw || (a.end == b.start && a.start != b.start && !a.pronoun && !b.pronoun)
    };
    let mut k = m;
    while k + 1 < mentions.len() && !mentions[k + 1].place && joined(&mentions[k], &mentions[k + 1]) {
        k += 1;
        g.push(k);
    }
    let mut k = m;
    while k > 0 && !mentions[k - 1].place && joined(&mentions[k - 1], &mentions[k]) {
        k -= 1;
        g.insert(0, k);
    }
    g
}

/// The subject mention to the left of `pos`: nearest mention not after a preposition.
pub(crate) fn subject_before(st: &SentenceTokens, mentions: &[ActorMention], pos: usize) -> Option<usize> {
    let mut fallback = None;
    let mut k = pos;
    while k > 0 {
        if st.is_clause_end(k - 1) {
            break;
        }
        if let Some(m) = mention_ending(mentions, k) {
            if after_preposition(st, mentions[m].start, PREPOSITIONS) {
                fallback = fallback.or(Some(m));
                k = mentions[m].start;
                continue;
            }
            return Some(m);
        }
        k -= 1;
    }
    fallback
}

/// Assign roles to every trigger, left to right (later triggers may inherit from earlier ones).
pub(crate) fn assign(
    lx: &Lexicon,
    st: &SentenceTokens,
    mentions: &[ActorMention],
    verbs: &[VerbMatch],
    reports: &[Report],
) -> Vec<Roles> {
    let n = st.len();
    let mut out: Vec<Roles> = Vec::with_capacity(verbs.len());
    for (vi, v) in verbs.iter().enumerate() {
        let mut roles = Roles::default();
        roles.chain = governing(reports, v.start, v.end, n);
        roles.report = roles.chain.last().copied();
        let lower = roles.report.map_or(0, |r| if reports[r].trailing { 0 } else { reports[r].scope.0 });
        let upper = roles.report.map_or(n, |r| reports[r].scope.1);
        let left_from = v.intent.as_ref().map_or(v.start, |(p, _)| (*p).min(v.start));

        // Source: scan left.
        let mut fallback = None;
        let mut chosen = None;
        let mut inherited = None;
        let mut k = left_from;
        // ", killing four soldiers": a participle clause shares the subject of the act before it.
        if lx.triggers[v.trigger].form == crate::lexicon::Form::Gerund && st.lower_is(v.start.wrapping_sub(1), ",") {
            // (The act of the clause, not a noun inside it: "repelled an RSF attack on the town,
            // killing dozens" is the repelling side's killing.)
            let before = |p: &usize| verbs[*p].end < v.start;
            let verbal = |p: &usize| lx.triggers[verbs[*p].trigger].form != crate::lexicon::Form::Noun;
            inherited = (0..vi).rev().filter(before).find(verbal).or_else(|| (0..vi).rev().find(before));
            k = lower;
        }
        // "accused Eritrea of sending troops", matched whole as one accusation pattern: the act
        // inside it inherits the accused as its source, as after a bare "accused Eritrea of".
        if let Some(pv) = (0..vi).rev().find(|&p| verbs[p].start < v.start && v.start < verbs[p].end) {
            if lx.triggers[verbs[pv].trigger].cameo.starts_with("112") {
                inherited = Some(pv);
                k = lower;
            }
        }
        while k > lower {
            if st.is_clause_end(k - 1) {
                break;
            }
            // "Pakistan, a key U.S. ally, has refused": skip the appositive back to its head.
            if st.lower_is(k - 1, ",") && chosen.is_none() {
                let opening = (lower.max(k.saturating_sub(14))..k - 1).rev().find(|&j| st.lower_is(j, ","));
                if let Some(j) = opening {
                    let head = mention_ending(mentions, j);
                    let clean = !(j..k - 1).any(|x| st.is_trigger_start(x) || st.is_clause_end(x));
                    if head.is_some() && clean {
                        k = j;
                        continue;
                    }
                }
            }
            if let Some(m) = mention_ending(mentions, k) {
                if mentions[m].start >= lower {
                    if after_preposition(st, mentions[m].start, PREPOSITIONS) {
                        fallback = fallback.or(Some(m));
                        k = mentions[m].start;
                        continue;
                    }
                    chosen = Some(m);
                    break;
                }
            }
            if let Some(pv) = verbs[..vi].iter().rposition(|p| p.end == k) {
                // Another trigger first: inherit, unless a mention sits between it and this one as its object
                inherited = Some(pv);
                break;
            }
            if crate::sentence::one_of(st.lower_str(k - 1), PRONOUNS) && !after_preposition(st, k - 1, PREPOSITIONS) {
                let antecedent =
                    subject_before(st, mentions, k - 1).filter(|&m| mentions[m].start >= lower.saturating_sub(0));
                let first_person = matches!(st.lower_str(k - 1), "we" | "i");
                let antecedent = antecedent.or_else(|| {
                    roles.report.filter(|&r| first_person || !reports[r].quoted).and_then(|r| reports[r].speaker)
                });
                if let Some(m) = antecedent {
                    chosen = Some(m);
                    roles.why = format!("pronoun '{}' -> earlier mention", st.word(k - 1));
                }
                break;
            }
            k -= 1;
        }
        if let Some(pv) = inherited {
            let prev = &out[pv];
            let ptrig = &lx.triggers[verbs[pv].trigger];
            if ptrig.cameo.starts_with("11") && !prev.targets.is_empty() {
                // "accused Eritrea of arming": the accused is the source of the accused act.
                roles.sources = prev.targets.clone();
                roles.accused_by = Some(pv);
                roles.why = "accused of (inherits the accusation's target)".into();
            } else {
                roles.sources = prev.sources.clone();
                // "accused X of firing on its positions, wounding two soldiers": the act that
                // follows from an accused act is part of the same accusation.
                roles.accused_by = prev.accused_by;
                roles.shares_subject_with = Some(pv);
                roles.why = format!("inherited from '{}'", st.word(verbs[pv].start));
            }
        } else if let Some(m) = chosen.or(fallback) {
            // A compound subject starts where the report's content does ("According to the army, troops...").
            // (A pronoun's antecedent may be the speaker itself, outside the content: "Syria says it will".)
            let from = if mentions[m].start >= lower { lower } else { 0 };
            roles.sources = group(st, mentions, m).into_iter().filter(|&g| mentions[g].start >= from).collect();
            if roles.why.is_empty() {
                roles.why = if chosen.is_some() {
                    "nearest actor to the left".into()
                } else {
                    "nearest actor to the left (after a preposition)".into()
                };
            }
        }

        // "Italy announced a suspension of links": a content with no subject of its own is the speaker's act.
        if roles.sources.is_empty() && inherited.is_none() {
            // ("According to X, three blasts were detonated": the source's account, never its own act.)
            let own_account = |r: &&Report| !r.trailing && !st.lower_is(r.cue.start, "according");
            if let Some(r) = roles.report.map(|r| &reports[r]).filter(own_account) {
                let nominal = lx.triggers[v.trigger].form == crate::lexicon::Form::Noun;
                if let Some(s) = r.speaker.filter(|_| nominal || v.start <= r.scope.0 + 3) {
                    roles.sources = group(st, mentions, s);
                    roles.why = "the speaker's own act (the content has no subject)".into();
                }
            }
        }

        // Target: inside the gap, else scan right.
        let trig = &lx.triggers[v.trigger];
        let mut target = None;
        if let Some((gs, ge)) = v.gap {
            // The target starts in the gap, and may run past it ("summoned Niger's ambassador X").
            target = mentions.iter().position(|m| m.start >= gs && m.start < ge && !m.place);
        }
        if target.is_none() {
            // A mention the pattern ends inside ("expel ... diplomats" over "two Russian diplomats").
            target = mentions.iter().position(|m| !m.place && m.start >= v.start && m.start < v.end && m.end > v.end);
        }
        let mut place_fallback = None;
        if target.is_none() {
            let mut k = v.end;
            while k < upper.min(v.end + 15) {
                if st.is_clause_end(k) || (k > v.end && st.is_trigger_start(k) && !st.lower_is(k.wrapping_sub(1), "of"))
                {
                    break;
                }
                if reports.iter().any(|r| r.cue.start == k) {
                    break;
                }
                // A subordinate clause begins: its actors are not this act's target.
                if k > v.end
                    && matches!(st.lower_str(k), "until" | "unless" | "if" | "when" | "because" | "while" | "whereas")
                {
                    break;
                }
                if let Some(p) = place_starting(mentions, k) {
                    // "apologized to Brazil for...": a country right after "to" is whom the act addresses.
                    if k == v.end + 1 && st.lower_is(k - 1, "to") && mentions[p].sector.is_none() {
                        target = Some(p);
                        break;
                    }
                    place_fallback = place_fallback.or(Some(p));
                    k = mentions[p].end;
                    continue;
                }
                // "sworn to fight until they gain control", "warned it will not stand by": a subject
                // pronoun opens a new clause.
                if mentions.iter().any(|m| m.start == k && m.pronoun) && subject_pronoun(st, k) {
                    break;
                }
                if let Some(m) = mention_starting(mentions, k) {
                    let placed = after_preposition(st, k, PLACE_PREPOSITIONS)
                        || (after_preposition(st, k, &["from"]) && mentions[m].sector.is_none());
                    let place = placed && !(trig.prep_target && k <= v.end + 2);
                    if !place && !roles.sources.contains(&m) {
                        target = Some(m);
                        break;
                    }
                    if place && mentions[m].sector.is_none() {
                        place_fallback = place_fallback.or(Some(m));
                    }
                    k = mentions[m].end;
                    continue;
                }
                k += 1;
            }
        }
        // No actor acted upon: the country where it happened, as event data conventionally codes it.
        if target.is_none() && !v.passive {
            target = place_fallback;
        }
        // A compound target stops where the clause does (", killing four soldiers, local officials said").
        roles.targets = target
            .map(|m| group(st, mentions, m))
            .unwrap_or_default()
            .into_iter()
            .filter(|&m| mentions[m].start < upper)
            .collect();

        if v.passive {
            // "X was attacked by Y": Y acted on X.
            let by = (v.end..(v.end + 4).min(n)).find(|&k| st.lower_is(k, "by"));
            let agent = by.and_then(|b| (b + 1..(b + 4).min(n)).find_map(|k| mention_starting(mentions, k)));
            if agent.is_none() && trig.cameo.starts_with("087") {
                // "guerrillas have been demobilized", "troops were withdrawn": the force itself retreats.
                roles.why = "passive retreat: the force is the source".into();
            } else {
                let patient = std::mem::take(&mut roles.sources);
                roles.sources = agent.map(|m| group(st, mentions, m)).unwrap_or_default();
                roles.targets = patient;
                roles.why = format!("passive: {}", if agent.is_some() { "agent after 'by'" } else { "no agent" });
            }
        }
        // "Congo and Rwanda signed a ceasefire", "Army and RSF delegations held talks": a reciprocal
        // act between the members of a compound subject is done to each other, unless a with-phrase
        // names a partner ("X and Y held talks with Z").
        if roles.sources.len() >= 2 && !v.passive && reciprocal(lx, v) {
            let partner = roles.targets.first().is_some_and(|&t| after_preposition(st, mentions[t].start, &["with"]));
            if !partner {
                roles.targets = roles.sources.clone();
                roles.why.push_str("; reciprocal: each other");
            }
        }
        refine_target(lx, st, mentions, v, &mut roles);
        // "accused Eritrea of attacking": force with no one named is aimed at the accuser.
        if let (Some(ai), true) = (roles.accused_by, roles.targets.is_empty()) {
            let material_conflict = dyad_ontology::cameo(&trig.cameo).is_some_and(|c| c.quad_class.number() == 4);
            if material_conflict {
                roles.targets = out[ai].sources.clone();
                roles.why.push_str("; aimed at the accuser");
            }
        }
        // A report's speaker is not the source of what it reports unless it is the subject there too.
        out.push(roles);
    }
    out
}

/// Whether an act is done between its parties rather than by one to another: meeting,
/// negotiating, signing an agreement, cooperating, a truce (CAMEO 036, 040, 041, 044, 046, 050,
/// 057, 06x, 0871), and clashes.
fn reciprocal(lx: &Lexicon, v: &VerbMatch) -> bool {
    let t = &lx.triggers[v.trigger];
    matches!(&*t.cameo, "036" | "040" | "041" | "044" | "046" | "050" | "057" | "0871")
        || t.cameo.starts_with("06")
        || (t.cameo.starts_with("19") && t.pattern.starts_with("clash"))
}

/// Targets that depend on the kind of act.
/// - A threat's target is whoever the condition names ("threatened to quit the talks if the
///   United States deploys...").
/// - A mobilisation acts on the source's own forces; its target is the enemy named after
///   "against" ("mobilized reservists for a war against Iraq"), else none.
fn refine_target(lx: &Lexicon, st: &SentenceTokens, mentions: &[ActorMention], v: &VerbMatch, roles: &mut Roles) {
    let cameo = &*lx.triggers[v.trigger].cameo;
    let clause_end = (v.end..st.len()).find(|&k| matches!(st.lower_str(k), ";" | "." | "?" | "!")).unwrap_or(st.len());
    let after = |word: &[&str]| {
        let at = (v.end..clause_end).find(|&k| word.contains(&st.lower_str(k)))?;
        (at + 1..(at + 5).min(clause_end)).find_map(|k| mention_starting(mentions, k).filter(|&m| !mentions[m].place))
    };
    if cameo.starts_with("13") && roles.targets.is_empty() {
        if let Some(m) = after(&["if", "unless"]).filter(|m| !roles.sources.contains(m)) {
            roles.targets = group(st, mentions, m);
        }
    } else if cameo.starts_with("15") {
        let own_force = |&t: &usize| {
            let t = &mentions[t];
            let own_country =
                roles.sources.iter().any(|&s| mentions[s].country.is_some() && mentions[s].country == t.country);
            own_country || (t.country.is_none() && matches!(t.sector.as_deref(), Some("MIL" | "COP")))
        };
        if roles.targets.iter().any(own_force) {
            roles.targets = after(&["against"]).map(|m| group(st, mentions, m)).unwrap_or_default();
        }
    }
}
