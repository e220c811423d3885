//! Salience and modality rules: which triggers are the sentence's events, and how intent,
//! refusal and obligation change an act's code.
//!
//! Each rule is named in the `--explain` trace and in `evidence.rule`; `docs/event-schema.md`
//! lists them for users.

use crate::lexicon::Lexicon;
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

/// The intent code (03x to cooperate, 13x to threaten) for an act announced with "will", "vowed to"...
pub(crate) fn intent_code(cameo: &str) -> Option<&'static str> {
    let root = &cameo[..2];
    Some(match root {
        "04" => {
            if cameo.starts_with("045") {
                "039"
            } else {
                "036"
            }
        }
        "05" => {
            if cameo.starts_with("057") {
                "030"
            } else {
                "032"
            }
        }
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "14" => "133",
        "15" | "18" | "19" | "20" => "138",
        "16" => "131",
        "17" => "137",
        _ => return None,
    })
}

/// The rejection code (12x) for a cooperative act that is refused or negated.
pub(crate) fn refusal_code(cameo: &str) -> Option<&'static str> {
    let root = &cameo[..2];
    Some(match root {
        "03" | "05" => {
            if cameo.starts_with("057") {
                "127"
            } else {
                "120"
            }
        }
        "04" => {
            if cameo.starts_with("045") {
                "126"
            } else {
                "125"
            }
        }
        "06" => "121",
        "07" => "122",
        "08" => "124",
        _ => return None,
    })
}

pub(crate) const REJECTED: &str = "content of a rejection";
pub(crate) const DEMANDED: &str = "content of a demand or appeal (not a reported fact)";
pub(crate) const SHOWN: &str = "passive 'demonstrated': shown, not a protest";
pub(crate) const PURPOSE: &str = "content or purpose of an earlier trigger (to-infinitive)";

/// Words that put an act in the background of the sentence's main event.
const BACKGROUND_PREPOSITIONS: &[&str] =
    &["after", "following", "during", "amid", "since", "despite", "before", "over", "because", "ahead", "until"];
const CONDITIONAL: &[&str] = &["if", "unless", "whether", "should"];

/// Why a trigger is not coded as an event of its own, if it is not:
/// - a nominal or -ing trigger after a temporal or causal preposition ("after the arrest of", "during
///   demonstrations") is background to the main event;
/// - an act in an `if`/`unless` clause is hypothetical;
/// - a bare `to`-infinitive after an earlier trigger in the clause ("ordered the paper to suspend
///   publication", "urged Iran to halt") is the content or purpose of that trigger.
/// - `complementizers` are the `that`s that open a report's content ("had told him that ...");
///   a clause after them is what is reported, not a relative clause.
pub(crate) fn background(
    lx: &Lexicon,
    st: &SentenceTokens,
    verbs: &[VerbMatch],
    vi: usize,
    complementizers: &[usize],
) -> Option<&'static str> {
    let v = &verbs[vi];
    let form = lx.triggers[v.trigger].form;
    // "His popularity was demonstrated at the World Cup": a demonstration is never done to something.
    if v.passive && &*lx.triggers[v.trigger].pattern == "demonstrate" {
        return Some(SHOWN);
    }
    if matches!(form, crate::lexicon::Form::Noun | crate::lexicon::Form::Gerund) {
        let mut k = v.start;
        let mut steps = 0;
        while k > 0 && steps < 5 {
            k -= 1;
            steps += 1;
            let w = st.lower_str(k);
            if crate::sentence::one_of(w, BACKGROUND_PREPOSITIONS)
                || (w == "of" && st.lower_is(k.wrapping_sub(1), "because"))
            {
                return Some("background: after a temporal or causal preposition");
            }
            if st.is_clause_end(k)
                || w == ","
                || st.is_trigger_start(k)
                || matches!(w, "in" | "on" | "to" | "by" | "with" | "against" | "for" | "of")
            {
                break;
            }
        }
    }
    // A conditional clause: "if"/"unless" before the trigger, with no comma or other trigger between.
    let mut k = v.start;
    while k > 0 {
        k -= 1;
        let w = st.lower_str(k);
        if crate::sentence::one_of(w, CONDITIONAL) && w != "should" {
            return Some("hypothetical: inside an if/unless clause");
        }
        if st.is_clause_end(k) || w == "," || verbs[..vi].iter().any(|p| p.end == k + 1) {
            break;
        }
    }
    // "rejected an appeal for talks", "dismissed an offer to host a summit": what is rejected
    // is the rejection's content, not an act of its own.
    if let Some(p) = verbs[..vi].iter().rev().find(|p| p.end <= v.start) {
        let rejection = lx.triggers[p.trigger].cameo.starts_with("12");
        if rejection && v.start - p.end <= 4 && !(p.end..v.start).any(|j| st.is_clause_end(j) || st.lower_is(j, ",")) {
            return Some(REJECTED);
        }
        // "demanded that Israel ease restrictions", "its demand today that...": the demanded act
        // is what is asked for, not something the report says happened.
        let asks = lx.triggers[p.trigger].cameo.starts_with("10") || lx.triggers[p.trigger].cameo.starts_with("02");
        let subordinate = |j: usize| {
            matches!(
                st.lower_str(j),
                "," | "after" | "before" | "because" | "when" | "while" | "but" | "as" | "since" | "amid" | "despite"
            )
        };
        if asks && v.start - p.end <= 8 && !(p.end..v.start).any(|j| st.is_clause_end(j) || subordinate(j)) {
            return Some(DEMANDED);
        }
    }
    // A relative or temporal clause ("a helicopter that was captured by", "Sharon, who has vowed",
    // "when Amin expelled them") describes background; its first trigger is not the sentence's event.
    let mut k = v.start;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        k -= 1;
        steps += 1;
        let w = st.lower_str(k);
        if st.is_clause_end(k) || w == "," || verbs[..vi].iter().any(|p| p.end == k + 1) {
            break;
        }
        let relative = matches!(
            w,
            "who"
                | "which"
                | "whom"
                | "whose"
                | "where"
                | "when"
                | "while"
                | "whereas"
                | "although"
                | "though"
                | "after"
                | "before"
                | "since"
                | "until"
                | "because"
        ) || (w == "that"
            && k > 0
            && !complementizers.contains(&k)
            && !st.is_trigger_start(k - 1)
            && st.tokens[k - 1].kind == dyad_text::TokenKind::Word
            && !matches!(
                st.lower_str(k - 1),
                "said"
                    | "says"
                    | "say"
                    | "announced"
                    | "claimed"
                    | "denied"
                    | "so"
                    | "such"
                    | "now"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
                    | "week"
                    | "month"
                    | "year"
                    | "morning"
                    | "evening"
                    | "night"
                    | "statement"
                    | "earlier"
                    | "later"
                    | "tonight"
                    | "weekend"
            ));
        if relative && k > 0 {
            return Some("background: inside a relative or temporal clause");
        }
    }
    // "to" + trigger after an earlier trigger in the same clause.
    if v.intent.is_none() {
        let mut k = v.start;
        while k > 0 && matches!(st.lower_str(k - 1), "also" | "immediately" | "quickly" | "help" | "then" | "not") {
            k -= 1;
        }
        if k > 0 && st.lower_is(k - 1, "to") {
            // After "agreed (on Sunday) to", the act is what was agreed: kept, as an intention.
            let earlier = verbs[..vi].iter().any(|p| {
                p.end < k
                    && !(p.start..k).any(|j| st.is_clause_end(j))
                    && !lx.triggers[p.trigger].cameo.starts_with("03")
            });
            if earlier {
                return Some(PURPOSE);
            }
        }
    }
    None
}

/// "must", "should", "has to", "needs to" right before the trigger.
pub(crate) fn obligation(st: &SentenceTokens, v: &VerbMatch) -> bool {
    let mut k = v.start;
    let mut steps = 0;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        match st.lower_str(k) {
            "must" | "should" | "ought" => return true,
            "to" if matches!(st.lower_str(k.wrapping_sub(1)), "has" | "have" | "had" | "needs" | "need" | "ought") => {
                return true
            }
            "be" | "not" | "immediately" | "also" | "urgently" | "now" | "first" | "to" => {}
            _ => return false,
        }
    }
    false
}

/// The demand (10x) for an act of the given code.
pub(crate) fn demand_code(cameo: &str) -> &'static str {
    match &cameo[..2] {
        "04" => "106",
        "03" | "05" => "107",
        "06" | "07" => "103",
        "08" => "105",
        "01" | "02" | "10" => "100",
        _ => "100",
    }
}
