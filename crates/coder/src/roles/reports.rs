//! Reporting cues: who says so, and which tokens each report governs.
//!
//! `Ethiopia says (that) ...` leads its content, `..., police said` trails it, `according to X`
//! does either. A leading report's content ends at a trailing report, at a clause with its own
//! subject and verb (`, and Addis Ababa accused ...`), and at a charge taken up by an appositive
//! (`, a charge Asmara rejects`).

use dyad_dict::CueKind;

use super::{mention_ending, mention_starting, subject_before, PRONOUNS, SKIP_BEFORE_NOUN};
use crate::mention::ActorMention;
use crate::sentence::SentenceTokens;
use crate::verbs::{CueMatch, VerbMatch};

/// A reporting cue with its speaker and the token range it governs.
#[derive(Clone, Debug)]
pub struct Report {
    /// The cue.
    pub cue: CueMatch,
    /// Index of the speaker's mention, when it resolves to an actor.
    pub speaker: Option<usize>,
    /// Tokens `[from, to)` the cue governs.
    pub scope: (usize, usize),
    /// The cue follows the content (`..., police said`).
    pub trailing: bool,
    /// The content is a quotation (`"...," it said`): its "we" is the speaker, its "it" is not.
    pub quoted: bool,
}

/// Find reporting cues, their speakers and scopes.
pub(crate) fn find_reports(
    st: &SentenceTokens,
    mentions: &[ActorMention],
    cues: &[CueMatch],
    verbs: &[VerbMatch],
) -> Vec<Report> {
    let n = st.len();
    let mut reports = Vec::new();
    // ", a charge (that) Asmara has rejected": the comma and the end of the noun that takes up
    // what came before.
    let mut charge: Option<(usize, usize)> = None;
    for c in cues.iter().filter(|c| matches!(c.kind, CueKind::Report | CueKind::Claim | CueKind::Deny)) {
        if charge.is_none() && resumes_a_charge(st, c) {
            // The noun reports nothing itself; an empty scope after its "that" keeps that "that"
            // a complementizer, so the reply after it is not read as background.
            let from = if st.lower_is(c.end, "that") { c.end + 1 } else { c.end };
            reports.push(Report { cue: c.clone(), speaker: None, scope: (from, from), trailing: false, quoted: false });
            charge = Some((c.start - 2, c.end));
            continue;
        }
        if let Some((_, noun_end)) = charge.filter(|&(_, e)| c.start >= e) {
            // "..., a charge N'Djamena denied": the reply is the replier's own act, asserted; it
            // changes nothing about the charge (which stays its accuser's claim), so it governs
            // nothing, and its subject is the actor after the noun.
            let speaker = (noun_end..c.start).rev().find_map(|k| mention_ending(mentions, k + 1));
            reports.push(Report { cue: c.clone(), speaker, scope: (c.end, c.end), trailing: false, quoted: false });
            continue;
        }
        // "investigating alleged war crimes": a past participle before a noun is an adjective, not a claim.
        let prev = st.lower_str(c.start.wrapping_sub(1));
        let adjectival = c.end == c.start + 1
            && st.word(c.start).ends_with("ed")
            && (st.is_trigger_start(c.start.wrapping_sub(1))
                || verbs.iter().any(|v| v.end == c.start)
                || matches!(
                    prev,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "of"
                        | "for"
                        | "on"
                        | "over"
                        | "about"
                        | "against"
                ));
        // "the North Eastern state of Assam", "member states of the EU", "taken over by the state":
        // "state" after a determiner or before "of" is a country or province, not a statement ("reports
        // of airstrikes" still report them).
        let noun = c.kind == CueKind::Report
            && c.end == c.start + 1
            && matches!(st.lower_str(c.start), "state" | "states")
            && (st.lower_is(c.end, "of")
                || matches!(
                    prev,
                    "the" | "a" | "an" | "this" | "its" | "their" | "his" | "her" | "our" | "each" | "every"
                ));
        if adjectival || noun {
            continue;
        }
        let first = st.lower_str(c.start);
        if first == "according" {
            let speaker = (c.end..(c.end + 3).min(n)).find_map(|k| mention_starting(mentions, k));
            // "According to the army, troops attacked...": the content starts after the source's comma,
            // so the source is never read as the subject of what it reports.
            let after_source = speaker.map_or(c.end, |m| mentions[m].end);
            let content =
                (after_source..(after_source + 6).min(n)).find(|&k| st.lower_is(k, ",")).map_or(c.end, |k| k + 1);
            let scope = if c.start == 0 { (content, n) } else { (0, c.start) };
            reports.push(Report { cue: c.clone(), speaker, scope, trailing: c.start > 0, quoted: false });
            continue;
        }
        let has_content_before = verbs.iter().any(|v| v.end <= c.start);
        // ", police said" / ", said the ministry" / "\" it said"
        let comma_before =
            (0..c.start).rev().take(8).find(|&k| matches!(st.lower_str(k), "," | "''" | "\"" | "\u{201d}"));
        let trailing_shape = has_content_before && comma_before.is_some() && !verbs.iter().any(|v| v.start > c.end);
        if trailing_shape {
            let comma = comma_before.unwrap_or(0);
            let before = (comma + 1..c.start)
                .rev()
                .find_map(|k| mention_ending(mentions, k + 1))
                .filter(|&m| mentions[m].start > comma);
            let after = (c.end..(c.end + 3).min(n)).find_map(|k| mention_starting(mentions, k));
            let pronoun = (comma + 1..c.start).any(|k| PRONOUNS.contains(&st.lower_str(k)));
            // `"We will never...," it said`: "it" is someone outside the quotation, never an actor inside it.
            let quoted = is_closing_quote(st, comma) || is_closing_quote(st, comma.wrapping_sub(1));
            let speaker =
                before
                    .or(after)
                    .or_else(|| if pronoun && !quoted { subject_before(st, mentions, comma) } else { None });
            reports.push(Report { cue: c.clone(), speaker, scope: (0, comma), trailing: true, quoted });
            continue;
        }
        // After "and" the subject is the earlier verb's ("rebels rejected a Senegalese plan, and
        // said they...").
        let conjoined =
            st.lower_is(c.start.wrapping_sub(1), "and").then(|| verbs.iter().rev().find(|v| v.end < c.start)).flatten();
        let speaker = match conjoined {
            Some(v) => subject_before(st, mentions, v.start),
            None => subject_before(st, mentions, c.start),
        };
        let from = content_start(st, mentions, c.end);
        // "The radio cited an unnamed Rwandan source as saying that ...": two reports, the citing
        // speaker outside (its scope starts at its cue, so it is the wider) and the source it quotes,
        // named in the gap, inside.
        if let Some((gs, ge)) = c.gap.filter(|&(gs, ge)| gs > c.start && ge < c.end) {
            let cited = mentions.iter().rposition(|m| !m.place && m.start >= gs && m.start < ge);
            let outer = CueMatch { start: c.start, end: gs, gap: None, ..c.clone() };
            let inner = CueMatch { start: ge, end: c.end, gap: None, ..c.clone() };
            reports.push(Report { cue: outer, speaker, scope: (c.start, n), trailing: false, quoted: false });
            reports.push(Report { cue: inner, speaker: cited, scope: (from, n), trailing: false, quoted: false });
            continue;
        }
        // Leading: "Ethiopia says (that) ..."; the speaker is the cue's subject.
        let quoted = matches!(st.lower_str(from), ":" | "\"" | "``" | "\u{201c}");
        reports.push(Report { cue: c.clone(), speaker, scope: (from, n), trailing: false, quoted });
    }
    // A later trailing report closes the scope of a leading one; so does the comma before a
    // charge taken up ("Ethiopia says X, a charge Asmara rejects": the tail is not Ethiopia's).
    let trailing_starts: Vec<usize> =
        reports.iter().filter(|r| r.trailing).map(|r| r.scope.1).chain(charge.map(|(comma, _)| comma)).collect();
    for r in reports.iter_mut().filter(|r| !r.trailing) {
        if let Some(&t) = trailing_starts.iter().find(|&&t| t > r.scope.0) {
            r.scope.1 = r.scope.1.min(t);
        }
        // "Ethiopia says Eritrea is arming the rebels, and Addis Ababa accused Asmara of ...": a
        // clause with its own subject and verb after the content is the writer's, not the speaker's.
        let verb_at =
            |k: usize| st.is_trigger_start(k) || cues.iter().any(|c| c.start == k && c.kind != CueKind::Negation);
        let (from, to) = r.scope;
        if let Some(comma) = (from..to.min(n)).find(|&k| {
            let earlier_verb = verbs.iter().any(|v| v.start >= from && v.end <= k);
            new_clause_at(st, mentions, k, earlier_verb, &verb_at)
        }) {
            r.scope.1 = comma;
        }
    }
    reports
}

/// Words between a subject and its verb ("Addis Ababa has also accused").
const BEFORE_VERB: &[&str] =
    &["has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "then", "later", "itself"];

/// Whether ", and|but X <verb>" at the comma `comma` opens a clause with its own subject and verb
/// (`verb_at(k)`: a trigger or a cue starts at k), after a clause that had a verb of its own
/// (`earlier_verb`). "Egypt, Qatar, and the US condemned" has no verb before its comma: one subject.
pub(crate) fn new_clause_at(
    st: &SentenceTokens,
    mentions: &[ActorMention],
    comma: usize,
    earlier_verb: bool,
    verb_at: &dyn Fn(usize) -> bool,
) -> bool {
    if !earlier_verb || !st.lower_is(comma, ",") || !matches!(st.lower_str(comma + 1), "and" | "but" | "while") {
        return false;
    }
    let mut k = comma + 2;
    while SKIP_BEFORE_NOUN.contains(&st.lower_str(k)) {
        k += 1;
    }
    let Some(m) = mention_starting(mentions, k) else { return false };
    let mut k = mentions[m].end;
    while BEFORE_VERB.contains(&st.lower_str(k)) {
        k += 1;
    }
    verb_at(k)
}

/// A claim noun in an appositive after a comma that takes up the clause before it: ", a charge
/// (that) ...", ", an accusation ...", ", the claim ...".
fn resumes_a_charge(st: &SentenceTokens, c: &CueMatch) -> bool {
    c.kind == CueKind::Claim
        && c.start >= 2
        && matches!(st.lower_str(c.start - 1), "a" | "an" | "the")
        && st.lower_is(c.start - 2, ",")
}

/// A closing quotation mark at token `k`.
fn is_closing_quote(st: &SentenceTokens, k: usize) -> bool {
    matches!(st.lower_str(k), "\"" | "''" | "\u{201d}")
}

/// Where a leading report's content begins: after the cue, after a `that`, and after an addressee
/// before the `that` ("had told him that", "told Kenya that").
fn content_start(st: &SentenceTokens, mentions: &[ActorMention], end: usize) -> usize {
    let addressee_end = match mention_starting(mentions, end) {
        Some(m) => mentions[m].end,
        None if matches!(st.lower_str(end), "him" | "her" | "them" | "us" | "me") => end + 1,
        None => end,
    };
    if st.lower_is(addressee_end, "that") {
        addressee_end + 1
    } else if st.lower_is(end, "that") {
        end + 1
    } else {
        end
    }
}

/// Reports whose scope holds the tokens `[start, end)`, outermost (widest) first.
pub(crate) fn governing(reports: &[Report], start: usize, end: usize, n: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (0..reports.len())
        .filter(|&r| {
            let (from, to) = reports[r].scope;
            from <= start && end <= to.max(end).min(n) && start < to
        })
        .collect();
    out.sort_by_key(|&r| std::cmp::Reverse(reports[r].scope.1 - reports[r].scope.0));
    out
}
