//! Verb matches: event triggers and cues found in a sentence, with their modality.
//!
//! Modality is read from the few words before a trigger: a negator (`not`,
//! `never`, `refused to`) negates it, an intent cue (`will`, `vowed to`,
//! `threatened to`) makes it an intention, and a form of *be* before a past
//! participle makes it passive (`was attacked by`).

use dyad_dict::CueKind;

use crate::lexicon::{Form, Lexicon};
use crate::sentence::SentenceTokens;

/// One event trigger in a sentence.
#[derive(Clone, Debug)]
pub struct VerbMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Tokens skipped by a `...` gap in the pattern.
    pub gap: Option<(usize, usize)>,
    /// Index of the trigger in the lexicon.
    pub(crate) trigger: usize,
    /// A negator governs it.
    pub negated: bool,
    /// The intent cue governing it, if any (its token position and kind of intent word).
    pub intent: Option<(usize, String)>,
    /// `was attacked by`.
    pub passive: bool,
}

/// One cue (report, claim, deny, intent, negation) in a sentence.
#[derive(Clone, Debug)]
pub struct CueMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Tokens skipped by a `...` gap in the pattern (the quoted source in `cited ... as saying`).
    pub gap: Option<(usize, usize)>,
    /// What it signals.
    pub kind: CueKind,
    /// Index of the cue entry in the lexicon.
    pub(crate) entry: usize,
}

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "got"];
const SKIPPABLE: &[&str] = &[
    "also",
    "already",
    "reportedly",
    "allegedly",
    "still",
    "now",
    "then",
    "again",
    "just",
    "further",
    "immediately",
    "quickly",
    "formally",
    "officially",
    "publicly",
    "repeatedly",
    "jointly",
    "bluntly",
    "strongly",
    "quietly",
    "previously",
    "recently",
    "finally",
    "apparently",
    "has",
    "have",
    "had",
    "did",
    "do",
    "does",
    "to",
    "be",
    "been",
    "at",
    "last",
    "even",
    "only",
    "once",
    "soon",
    "resume",
    "resumed",
    "resumes",
    "continue",
    "continued",
    "continues",
    "begin",
    "began",
    "begun",
    "start",
    "started",
    "keep",
    "kept",
];

/// Words a past participle follows when it is the verb of the clause ("have armed", "were armed").
const BEFORE_PARTICIPLE: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "'s",
    "'ve",
    "'d",
    "also",
    "reportedly",
    "allegedly",
    "not",
    "never",
    "who",
    "which",
    "that",
    "they",
    "he",
    "she",
    "it",
    "we",
];

/// Words a base-form verb follows: modals, `to`, negation, pronouns, conjunctions.
const BEFORE_BASE_VERB: &[&str] = &[
    "to",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "not",
    "n't",
    "did",
    "do",
    "does",
    "and",
    "or",
    "they",
    "we",
    "i",
    "you",
    "also",
    "then",
    "never",
    "jointly",
    "officially",
    "formally",
    "publicly",
    "strongly",
    "immediately",
    "'ll",
    "who",
    "that",
    "which",
    "people",
    "police",
    "military",
    "government",
    "army",
];

fn form_is_base(lx: &Lexicon, m: Option<crate::trie::TrieMatch>) -> bool {
    m.is_some_and(|m| lx.triggers[m.value as usize].form == Form::Base)
}

/// How many of the first entries of [`NOMINAL_CONTEXT`] are function words (the rest are
/// adjectives, which count only in lower case: "Amnesty International accused" is a verb).
const NOMINAL_FUNCTION_WORDS: usize = 22;

/// Words after which a verb form is read as a noun ("the attack", "their arms", "of support").
const NOMINAL_CONTEXT: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "this",
    "these",
    "those",
    "'s",
    "'",
    "of",
    "for",
    "with",
    "by",
    "from",
    "against",
    "no",
    "any",
    "new",
    "further",
    "fresh",
    "renewed",
    "recent",
    "such",
    "more",
    "illegal",
    "military",
    "nuclear",
    "economic",
    "financial",
    "political",
    "chemical",
    "heavy",
    "small",
    "foreign",
    "international",
];

fn stop_for_gap(st: &SentenceTokens, i: usize) -> bool {
    // A comma before an -ing form starts the next item of a list of acts ("of violating human
    // rights, ignoring international law"): a gap does not run into it.
    st.is_clause_end(i) || (st.lower_is(i, ",") && st.lower_str(i + 1).ends_with("ing"))
}

/// Find event triggers and cues, longest match first, left to right.
pub(crate) fn find_verbs(lx: &Lexicon, st: &mut SentenceTokens) -> (Vec<VerbMatch>, Vec<CueMatch>) {
    let n = st.len();
    let mut cues = Vec::new();
    let mut cue_covered = vec![false; n];
    let mut i = 0;
    while i < n {
        if let Some(m) = lx.cues.longest_at(&st.lower, i, &|k| stop_for_gap(st, k)) {
            cues.push(CueMatch {
                start: i,
                end: m.end,
                gap: m.gap,
                kind: lx.cue_entries[m.value as usize].kind,
                entry: m.value as usize,
            });
            for c in cue_covered.iter_mut().take(m.end).skip(i) {
                *c = true;
            }
            i = m.end;
        } else {
            i += 1;
        }
    }
    let mut verbs = Vec::new();
    let mut i = 0;
    while i < n {
        let stop = |k: usize| stop_for_gap(st, k);
        let as_verb = lx.events.longest_at(&st.lower, i, &stop);
        let as_noun = lx.noun_events.longest_at(&st.lower, i, &stop);
        if as_verb.is_none() && as_noun.is_none() {
            // Most tokens start no trigger: skip the context tests (word-list scans).
            i += 1;
            continue;
        }
        let as_verb = phrase_over_gap(st, &lx.events, i, outside_places(lx, st, &lx.events, i, as_verb));
        let as_noun = phrase_over_gap(st, &lx.noun_events, i, outside_places(lx, st, &lx.noun_events, i, as_noun));
        // "In March", "BRUSSELS, March 14": a month's name is no verb.
        if (as_verb.is_none() && as_noun.is_none())
            || (st.is_capitalised(i) && crate::date::month_of(st.lower_str(i)).is_some())
        {
            i += 1;
            continue;
        }
        // Without a tagger, the word before decides: "the attack", "their arms", "of support" are nouns.
        let nominal = i > 0
            && NOMINAL_CONTEXT.contains(&st.lower_str(i - 1))
            && (NOMINAL_CONTEXT[..NOMINAL_FUNCTION_WORDS].contains(&st.lower_str(i - 1)) || !st.is_capitalised(i - 1));
        // A base form right after a singular common noun is a noun too ("a gunshot wound").
        let after_noun = i > 0
            && form_is_base(lx, as_verb)
            && st.tokens[i - 1].kind == dyad_text::TokenKind::Word
            && !st.is_capitalised(i - 1)
            && !st.lower_str(i - 1).ends_with('s')
            && !st.lower_str(i - 1).ends_with("ly")
            && !BEFORE_BASE_VERB.contains(&st.lower_str(i - 1));
        // "a passing U.S. patrol", "an Iraqi army patrol": a base form ending a phrase opened by "a"
        // or "an" is its noun (a singular subject takes "patrols").
        // (Not "a plan to attack", "an army that will attack": no verb or clause in between.)
        let in_phrase = |k: usize| {
            let w = st.lower_str(k);
            (st.tokens[k].kind != dyad_text::TokenKind::Punct || st.is_joining_hyphen(k))
                && !st.is_trigger_start(k)
                && (!BEFORE_BASE_VERB.contains(&w) || matches!(w, "police" | "military" | "government" | "army"))
        };
        let indefinite_head = form_is_base(lx, as_verb)
            && (i.saturating_sub(5)..i)
                .rev()
                .take_while(|&k| in_phrase(k))
                .any(|k| matches!(st.lower_str(k), "a" | "an"));
        // "Israeli-occupied": the second half of a hyphenated adjective (not after a dash set
        // apart by spaces: "Kenyan forces - backed by US jets - attacked").
        let in_compound = i > 0 && st.is_joining_hyphen(i - 1);
        let verb_ok = as_verb.filter(|m| {
            let form = lx.triggers[m.value as usize].form;
            // "militiamen armed with machetes": a participle modifying the noun before it.
            let reduced_relative = form == Form::Past
                && st.lower_is(i + 1, "with")
                && i > 0
                && st.tokens[i - 1].kind == dyad_text::TokenKind::Word
                && !BEFORE_PARTICIPLE.contains(&st.lower_str(i - 1));
            // "Armed police swooped", "other armed factions", "heavily armed fighters": a participle
            // opening the sentence (or what follows a dash: "SAO PAULO -- Armed guards") before a
            // noun, or after "other", is an adjective; so is a capitalised word after a dash
            // ("ALGIERS - Riot police").
            let after_dash = i > 0 && matches!(st.word(i - 1), "-" | "—" | "–") && !st.is_joining_hyphen(i - 1);
            let opening = (i == 0 && form == Form::Past) || (after_dash && st.is_capitalised(i));
            let attributive = (opening
                && st.tokens.get(i + 1).is_some_and(|t| t.kind == dyad_text::TokenKind::Word)
                && !st.is_capitalised(i + 1)
                && !matches!(
                    st.lower_str(i + 1),
                    "in" | "on" | "at" | "by" | "near" | "during" | "after" | "and" | "down" | "dead" | "to" | "from"
                ))
                || (form == Form::Past
                    && (st.lower_is(i.wrapping_sub(1), "other")
                        // ("heavily shelled" is a verb; "heavily armed" is always a state)
                        || (st.lower_is(i, "armed")
                            && matches!(st.lower_str(i.wrapping_sub(1)), "well" | "heavily" | "lightly" | "poorly"))));
            // After "its", "of", "the", only an -ing form is still a verb ("of attacking"; "its armed struggle" is not).
            let after_preposition =
                matches!(st.lower_str(i.wrapping_sub(1)), "of" | "for" | "with" | "by" | "from" | "against");
            !after_noun
                && !indefinite_head
                && !in_compound
                && !reduced_relative
                && !attributive
                && (!nominal || form == Form::Gerund && after_preposition)
        });
        let m = match (verb_ok, as_noun) {
            (Some(v), Some(nn)) => Some(if nn.end > v.end { nn } else { v }),
            (v, nn) => v.or(nn),
        };
        if let Some(m) = m.filter(|m| lx.triggers[m.value as usize].cameo == dyad_dict::NOT_AN_EVENT) {
            // "captured her second title": the words are taken, and no event is made of them.
            i = m.end;
            continue;
        }
        if let Some(m) = m {
            // A bare cue word ("said") is never an event; a longer trigger starting there is.
            let covered_by_cue = cues
                .iter()
                .any(|c| c.start <= i && m.end <= c.end && !matches!(c.kind, CueKind::Intent | CueKind::Negation));
            if !covered_by_cue {
                st.trigger_starts[i] = true;
                verbs.push(VerbMatch {
                    start: i,
                    end: m.end,
                    gap: m.gap,
                    trigger: m.value as usize,
                    negated: false,
                    intent: None,
                    passive: false,
                });
                i = accused_act_start(lx, st, i, &m).unwrap_or(m.end);
                continue;
            }
        }
        i += 1;
    }
    for v in &mut verbs {
        read_modality(lx, st, &cues, v);
    }
    (verbs, cues)
}

/// The longest trigger at `i` whose gap does not hold the place where the act happened: in
/// "captured two men in the town of Jaffna", "were captured Tuesday at two Mexico City mansions",
/// the town and the city are where, not what was taken, so `capture ... town` and `capture ...
/// city` (a place taken) do not match, and plain `capture` does. A gap before a kind of place
/// that holds a locative preposition is kept off it and the match tried again. `first` is the
/// longest match with the usual gap stops.
fn outside_places(
    lx: &Lexicon,
    st: &SentenceTokens,
    trie: &crate::trie::Trie,
    i: usize,
    first: Option<crate::trie::TrieMatch>,
) -> Option<crate::trie::TrieMatch> {
    let mut next = first;
    for _ in 0..3 {
        let m = next?;
        let Some((gs, ge)) = m.gap else { return Some(m) };
        if !lx.place_after_gap[m.value as usize] {
            return Some(m);
        }
        // (not "over" or "around", which also count: "captured over 20 villages")
        let locative = (gs..ge).find(|&k| {
            matches!(st.lower_str(k), "in" | "at" | "near" | "outside" | "inside" | "within" | "throughout")
        });
        // Try again with the gap kept before the locative (one found then is earlier still).
        let Some(blocked) = locative else { return Some(m) };
        next = trie.longest_at(&st.lower, i, &|k: usize| stop_for_gap(st, k) || k >= blocked);
    }
    trie.longest_contiguous_at(&st.lower, i)
}

/// A gap must not swallow the words of a fixed phrase: in "did not open fire at any point along the
/// border", "open fire" beats the longer "open ... border". A contiguous match of two or more words
/// whose second word is a content word wins over a match whose gap starts inside it. ("demanded
/// that ... withdrawal" keeps its gap: "that" is a function word.)
fn phrase_over_gap(
    st: &SentenceTokens,
    trie: &crate::trie::Trie,
    i: usize,
    best: Option<crate::trie::TrieMatch>,
) -> Option<crate::trie::TrieMatch> {
    let Some(crate::trie::TrieMatch { gap: Some((gs, _)), .. }) = best else { return best };
    if crate::place_words::is_function_word(st.lower_str(i + 1)) {
        return best;
    }
    match trie.longest_contiguous_at(&st.lower, i) {
        Some(c) if c.gap.is_none() && c.end >= i + 2 && gs < c.end => Some(c),
        _ => best,
    }
}

/// Where the act an accusation accuses someone of begins, when the accusation's own pattern
/// spans it: "accuse ... of sending ... troops" keeps its specific code (1123), and the scan
/// resumes after its "of" so that "sending troops" is found as a trigger of its own, the
/// claimed act. `None` for any other trigger, or when nothing follows the preposition.
fn accused_act_start(lx: &Lexicon, st: &SentenceTokens, start: usize, m: &crate::trie::TrieMatch) -> Option<usize> {
    if !lx.triggers[m.value as usize].cameo.starts_with("112") {
        return None;
    }
    let from = m.gap.map_or(start + 1, |(_, ge)| ge.max(start + 1));
    (from..m.end).find(|&k| matches!(st.lower_str(k), "of" | "with" | "for")).map(|k| k + 1).filter(|&k| k < m.end)
}

/// Participles that, after a be-form and before a preposition, describe their subject's stance.
const STATIVE_PARTICIPLES: &[&str] =
    &["committed", "prepared", "determined", "engaged", "involved", "opposed", "dedicated", "resolved", "poised"];

fn read_modality(lx: &Lexicon, st: &SentenceTokens, cues: &[CueMatch], v: &mut VerbMatch) {
    let trig = &lx.triggers[v.trigger];
    // Walk back over auxiliaries and adverbs, collecting negators, intent words and be-forms.
    let mut k = v.start;
    let mut steps = 0;
    let mut saw_be = false;
    while k > 0 && steps < 6 {
        let prev = k - 1;
        if let Some(c) = cues.iter().find(|c| c.end == k) {
            match c.kind {
                CueKind::Negation => v.negated = !v.negated,
                CueKind::Intent => {
                    if v.intent.is_none() {
                        let words: Vec<&str> = (c.start..c.end).map(|j| st.lower_str(j)).collect();
                        v.intent = Some((c.start, words.join(" ")));
                    }
                }
                _ => break,
            }
            k = c.start;
            steps += 1;
            continue;
        }
        let w = st.lower_str(prev);
        if BE.contains(&w) {
            saw_be = true;
        } else if !SKIPPABLE.contains(&w) && !w.ends_with("ly") {
            break;
        }
        k = prev;
        steps += 1;
    }
    // "was attacked (by)": a be-form before a past participle; "has attacked" is active. A participle
    // that names a state of its subject ("is committed to", "are engaged in") is not passive either.
    let stative = STATIVE_PARTICIPLES.contains(&st.lower_str(v.start))
        && matches!(st.lower_str(v.start + 1), "to" | "in" | "on" | "with");
    // "Eastern Slavonia, captured by the Serbs in 1991, ...": a participle after a comma with its
    // agent is a reduced relative clause, passive too.
    let reduced = v.start > 0 && st.lower_is(v.start - 1, ",") && st.lower_is(v.end, "by");
    v.passive = (saw_be || reduced) && trig.form == Form::Past && !stative;
}
