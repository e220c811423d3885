//! Event places: the place names of a sentence, and which one each event happened at.
//!
//! A place is a capitalised name after a locative preposition ("in Donetsk", "near the town of
//! Samarra", "along the Tigray border") or a country or capital that the mention stage marked as a
//! place ("in Kabul"). "the West Bank city of Nablus" names Nablus: the settlement after
//! "city of" is more precise than the region before it. An event takes the first place after its
//! trigger in the same clause ("was shot in Nablus"), else the nearest place before the trigger
//! in the sentence ("In Nablus on Saturday, a man was shot").

use crate::mention::ActorMention;
use crate::sentence::SentenceTokens;

/// A place name found in a sentence. Token positions are indices into the sentence's tokens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlaceMention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Country, when the place is a country or capital from the dictionaries.
    pub country: Option<String>,
}

/// Prepositions that put what follows at a place.
/// Not "to" or "from": a destination or an origin ("moved his family to London") is not where
/// the event happened.
fn is_locative(w: &str) -> bool {
    // A `match` compiles to length and byte tests; `slice::contains` did a memcmp per entry.
    matches!(
        w,
        "in" | "at"
            | "near"
            | "outside"
            | "around"
            | "across"
            | "inside"
            | "into"
            | "throughout"
            | "within"
            | "along"
            | "over"
    )
}

/// Nouns naming a kind of place: "the town of Kipushi", "Al-Haffah city", "Cesar province".
fn is_settlement_noun(w: &str) -> bool {
    // A `match` compiles to length and byte tests; `slice::contains` did a memcmp per entry.
    matches!(
        w,
        "city"
            | "town"
            | "village"
            | "province"
            | "region"
            | "district"
            | "governorate"
            | "county"
            | "state"
            | "camp"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "commune"
            | "municipality"
            | "enclave"
            | "port"
            | "capital"
            | "border-city"
            | "border-town"
            | "area"
            | "valley"
            | "island"
            | "islands"
            | "peninsula"
            | "strip"
            | "prefecture"
            | "oblast"
            | "township"
    )
}

/// Words between a preposition and a name besides the settlement nouns: "in the northern town of".
const PLACE_DESCRIPTORS: &[&str] = &[
    "the",
    "a",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "border",
    "coastal",
    "besieged",
    "rebel-held",
    "restive",
    "remote",
    "outskirts",
    "suburbs",
    "heart",
    "centre",
    "center",
    "of",
    "occupied",
    "disputed",
    "breakaway",
    "embattled",
    "strategic",
    "nearby",
    "key",
];

/// Capitalised words that are not place names even after a preposition.
fn is_not_place(w: &str) -> bool {
    // A `match` compiles to length and byte tests; `slice::contains` did a memcmp per entry.
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "The"
            | "A"
            | "An"
            | "I"
            | "Mr"
            | "Mr."
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Dr."
    )
}

fn is_descriptor(w: &str) -> bool {
    PLACE_DESCRIPTORS.contains(&w) || is_settlement_noun(w)
}

/// One past the last word of the capitalised name starting at `i` ("Nuevo Laredo", "Deir ez-Zor").
fn name_end(st: &SentenceTokens, mut i: usize) -> usize {
    while i < st.len() && (place_word(st, i) || (st.word(i) == "-" && place_word(st, i + 1))) {
        i += 1;
    }
    i
}

fn place_word(st: &SentenceTokens, i: usize) -> bool {
    st.is_capitalised(i) && !is_not_place(st.word(i))
}

/// The place names of one sentence, in order.
pub(crate) fn find_places(st: &SentenceTokens, mentions: &[ActorMention]) -> Vec<PlaceMention> {
    let n = st.len();
    let mut out: Vec<PlaceMention> = Vec::new();
    // Actors that are not places ("in talks with the United Nations") block a name.
    let actor_at = |i: usize| mentions.iter().find(|m| m.start <= i && i < m.end);
    // Runs on every sentence: a cheap test of capitalisation first, the word lists only near
    // a capitalised word. `capital_after[i]`: the first capitalised token at or after i.
    let mut capital_after = vec![n; n + 1];
    for k in (0..n).rev() {
        capital_after[k] = if st.is_capitalised(k) { k } else { capital_after[k + 1] };
    }
    if capital_after[0] == n && !mentions.iter().any(|m| m.place) {
        return Vec::new();
    }
    let mut i = 0;
    while i < n {
        if capital_after[i + 1] > i + 11 || !is_locative(st.lower_str(i)) {
            i += 1;
            continue;
        }
        // Walk the descriptors; remember the last capitalised run, so that in
        // "the West Bank city of Nablus" the run after "city of" replaces "West Bank".
        let mut k = i + 1;
        let mut found: Option<(usize, usize)> = None;
        let mut steps = 0;
        while k < n && steps < 10 {
            steps += 1;
            if place_word(st, k) {
                let s = k;
                k = name_end(st, k);
                found = Some((s, k));
                // Continue only through "city of", "province of"...: a more precise name follows.
                let more = st.lower_is(k + 1, "of") && is_descriptor(st.lower_str(k));
                if more {
                    k += 2;
                    continue;
                }
                break;
            }
            // "in the seaside Cite Soleil shantytown": up to four other lower-case words.
            let w = st.lower_str(k);
            let other_word = steps <= 4
                && st.tokens[k].kind == dyad_text::TokenKind::Word
                && !st.is_trigger_start(k)
                && !matches!(
                    w,
                    "that"
                        | "which"
                        | "who"
                        | "and"
                        | "or"
                        | "but"
                        | "with"
                        | "by"
                        | "for"
                        | "to"
                        | "from"
                        | "as"
                        | "on"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "where"
                        | "against"
                );
            if !is_descriptor(w) && !other_word {
                break;
            }
            k += 1;
        }
        let Some((s, e)) = found else {
            i += 1;
            continue;
        };
        match actor_at(s) {
            // A country or capital after a preposition is a place; its country is known.
            Some(m) if m.place => {
                out.push(PlaceMention { start: m.start, end: m.end.max(e), country: m.country.clone() })
            }
            // "in southwestern France": a country or capital reached by a preposition is a place.
            Some(m) if m.sector.is_none() && m.name.is_none() && !m.pronoun && m.country.is_some() => {
                out.push(PlaceMention { start: m.start, end: m.end, country: m.country.clone() })
            }
            // "in Syrian army attacks", "at the UN": an actor, not a place.
            Some(_) => {}
            None => out.push(PlaceMention { start: s, end: e, country: None }),
        }
        i = e;
    }
    // "the town of Kipushi", "the border-city of Jarabulus": a kind of place, then its name.
    // "Cesar province", "Al-Haffah city": a name, then the kind of place.
    for k in 0..n {
        let near_name = capital_after[k + 1] <= k + 2 || (k > 0 && capital_after[k - 1] == k - 1);
        if !near_name || !is_settlement_noun(st.lower_str(k)) {
            continue;
        }
        let (s, e) = if st.lower_is(k + 1, "of") && place_word(st, k + 2) {
            (k + 2, name_end(st, k + 2))
        } else if k > 0 && place_word(st, k - 1) && !st.is_capitalised(k) {
            let mut s = k - 1;
            while s > 0 && place_word(st, s - 1) {
                s -= 1;
            }
            (s, k)
        } else {
            continue;
        };
        if actor_at(s).is_some_and(|m| !m.place) || out.iter().any(|p| p.start <= s && s < p.end) {
            continue;
        }
        out.push(PlaceMention { start: s, end: e, country: actor_at(s).and_then(|m| m.country.clone()) });
    }
    // Countries and capitals the mention stage marked as places but no preposition reached.
    // Not after "to" or "from": a destination or an origin.
    for m in mentions.iter().filter(|m| m.place) {
        let elsewhere = matches!(st.lower_str(m.start.wrapping_sub(1)), "to" | "from" | "towards" | "toward");
        if !elsewhere && !out.iter().any(|p| p.start <= m.start && m.start < p.end) {
            out.push(PlaceMention { start: m.start, end: m.end, country: m.country.clone() });
        }
    }
    out.sort_by_key(|p| p.start);
    // "the West Bank town of Tulkarm", "Thailand's southern province of Narathiwat": the later,
    // more precise name stands for the phrase.
    let mut keep = vec![true; out.len()];
    for a in 0..out.len().saturating_sub(1) {
        let (pa, pb) = (&out[a], &out[a + 1]);
        let linked = pb.start > pa.end
            && pb.start - pa.end <= 5
            && (pa.end..pb.start).any(|k| st.lower_is(k, "of") || st.lower_is(k, "'s"))
            && !(pa.end..pb.start).any(|k| st.lower_is(k, ",") || st.is_clause_end(k));
        if linked {
            keep[a] = false;
        }
    }
    let mut it = keep.into_iter();
    out.retain(|_| it.next().unwrap_or(true));
    out
}

/// The place an event with its trigger at tokens `[start, end)` happened at: the first place after
/// the trigger in the same clause, else the nearest place before it in the sentence.
pub(crate) fn place_of(st: &SentenceTokens, places: &[PlaceMention], start: usize, end: usize) -> Option<usize> {
    let clause_end = (end..st.len()).find(|&k| st.is_clause_end(k)).unwrap_or(st.len());
    if let Some(p) = places.iter().position(|p| p.start >= end && p.start < clause_end) {
        return Some(p);
    }
    places.iter().rposition(|p| p.end <= start)
}
