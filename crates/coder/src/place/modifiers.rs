//! Whether a capitalised name modifies a noun ("a U.S. patrol", "the Kurdish town", "a West Bank
//! refugee camp") rather than naming where something happened.

use super::gazetteer_ids;
use crate::lexicon::Lexicon;
use crate::place_words::{
    is_compass_point, is_function_word, is_group_adjective, is_part_noun, is_settlement_noun, is_site_noun,
};
use crate::sentence::SentenceTokens;

/// Whether the word at `i` is a demonym: an adjective or people entry of the dictionaries, or a
/// group adjective the gazetteer does not know ("Kurdish", "Jewish").
pub(super) fn demonym(lx: &Lexicon, st: &SentenceTokens, i: usize) -> bool {
    let entry = lx.names.longest_at(&st.exact, i, &|_| true).map(|m| lx.name_entries[m.value as usize].kind);
    matches!(entry, Some(crate::lexicon::NameKind::Adjective | crate::lexicon::NameKind::People))
        || (entry.is_none() && is_group_adjective(st.lower_str(i)) && lx.gazetteer.lookup(st.word(i)).is_empty())
}

/// Whether tokens `[start, end)` are a country's name in the dictionaries ("Bosnia", which the
/// gazetteer spells "Bosnia and Herzegovina").
pub(super) fn names_country(lx: &Lexicon, st: &SentenceTokens, start: usize, end: usize) -> bool {
    lx.names
        .longest_at(&st.exact, start, &|_| true)
        .is_some_and(|m| m.end == end && lx.name_entries[m.value as usize].kind == crate::lexicon::NameKind::Country)
}

/// A name used as an adjective: a demonym ("Canadian", which the gazetteer does not know) or a name
/// before a noun ("a U.S. patrol").
pub(super) fn adjectival(lx: &Lexicon, st: &SentenceTokens, start: usize, end: usize) -> bool {
    // A country's own name in the dictionaries ("Bosnia") is a place even where the gazetteer
    // spells it otherwise ("Bosnia and Herzegovina").
    let country_name = names_country(lx, st, start, end);
    // "in a U.S. airstrike", "in a US-Kurdish operation": a modifier all the same.
    let modifier = matches!(st.lower_str(start.wrapping_sub(1)), "a" | "an") || st.is_joining_hyphen(end);
    ((!country_name || modifier) && gazetteer_ids(lx, st, start, end).is_empty()) || before_noun(st, end)
}

/// Whether "a" or "an" stands before the name at `s`, across up to two lower-case words ("a mostly
/// Shia neighbourhood"): a kind of place, not its name.
pub(super) fn indefinite_before(st: &SentenceTokens, s: usize) -> bool {
    let Some(article) = (1..=3).take_while(|&d| d <= s).find(|&d| matches!(st.lower_str(s - d), "a" | "an")) else {
        return false;
    };
    (1..article).all(|d| {
        let k = s - d;
        !st.is_capitalised(k) && st.tokens[k].kind == dyad_text::TokenKind::Word && !is_function_word(st.lower_str(k))
    })
}

/// Whether the words from `end` are a site, after at most two lower-case modifiers: "camp",
/// "refugee camp", "soccer field", "neighborhood".
pub(super) fn modifies_site(st: &SentenceTokens, end: usize) -> bool {
    let site = |k: usize| {
        let w = st.lower_str(k);
        is_site_noun(w) || is_part_noun(w) || matches!(w, "field" | "farm")
    };
    (end..end + 3)
        .take_while(|&k| {
            k < st.len()
                && st.tokens[k].kind == dyad_text::TokenKind::Word
                && !st.is_capitalised(k)
                && !st.is_trigger_start(k)
                && !is_function_word(st.lower_str(k))
        })
        .any(site)
}

/// Whether the word at `end` is a lower-case content word, so that a name before it modifies it.
pub(super) fn before_noun(st: &SentenceTokens, end: usize) -> bool {
    // "an Improvised Explosive Devices (IED) blast": past the abbreviation
    if st.lower_is(end, "(") && st.lower_is(end + 2, ")") {
        return before_noun(st, end + 3);
    }
    let next = st.lower_str(end);
    end < st.len()
        && st.tokens[end].kind == dyad_text::TokenKind::Word
        && !st.is_capitalised(end)
        && !st.is_trigger_start(end)
        && !is_function_word(next)
        && !is_settlement_noun(next)
        // "near the Aqabeh axis", "at the Sangatte camp": a site named after the place
        && !is_site_noun(next)
        // "Minya University south of Cairo": a reference point follows, not a noun
        && !(is_compass_point(next) && st.lower_is(end + 1, "of"))
}
