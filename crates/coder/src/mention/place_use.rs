//! Whether a country or capital name is used as a place ("in Kabul", "the Turkish capital of
//! Ankara") rather than as an actor ("Kabul said").

use super::DETERMINERS;
use crate::sentence::SentenceTokens;

const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "across",
    "inside",
    "from",
    "to",
    "into",
    "throughout",
    "within",
    "off",
    "through",
    "over",
    "above",
];

/// Whether the name at `i` follows a place preposition across determiners and descriptors: "in Kabul",
/// "in suburban Port-au-Prince", "in the Belarus capital Minsk", "in Haiti's capital".
pub(super) fn after_place_preposition(st: &SentenceTokens, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 5 {
        k -= 1;
        let w = st.lower_str(k);
        // "north of Baghdad", "30 km southwest of the capital Kabul": a reference point is a place.
        if crate::sentence::one_of(w, PLACE_PREPOSITIONS)
            || (w == "of" && crate::place_words::is_compass_point(st.lower_str(k.wrapping_sub(1))))
        {
            return true;
        }
        // "the Belarus capital Minsk", "Haiti's capital", "the West Bank town of Ramallah"
        let country_before = st.is_capitalised(k)
            && (st.lower_is(k + 1, "capital")
                || st.lower_is(k + 1, "'s")
                || crate::place_words::is_settlement_noun(st.lower_str(k + 1))
                || st.is_capitalised(k + 1));
        let descriptor = crate::sentence::one_of(w, DETERMINERS)
            || crate::place_words::is_descriptor(w)
            || matches!(
                w,
                "another" | "suburban" | "downtown" | "restive" | "'s" | "seaside" | "centre" | "center" | "heart" | "outskirts"
            )
            // "war-torn", "rebel-held": hyphenated adjectives are three tokens.
            || (w == "-" || st.lower_is(k + 1, "-") || st.lower_is(k.wrapping_sub(1), "-"))
            || country_before
            // "in southern and western Baghdad"
            || (matches!(w, "and" | "or")
                && crate::place_words::is_compass_adjective(st.lower_str(k.wrapping_sub(1)))
                && crate::place_words::is_compass_adjective(st.lower_str(k + 1)))
            // "in the capital, Colombo"
            || (w == "," && matches!(st.lower_str(k.wrapping_sub(1)), "capital" | "city" | "town"));
        if !descriptor {
            return false;
        }
    }
    false
}

/// Whether the name at `i` follows a word for a kind of place or site: "the Turkish capital of
/// Ankara", "captured the capital, Brazzaville", "the West Bank town of Ramallah", "on the
/// outskirts of Damascus" name the city itself.
pub(super) fn after_kind_of_place(st: &SentenceTokens, i: usize) -> bool {
    let city_word = |w: &str| {
        matches!(w, "capital" | "outskirts" | "suburbs" | "heart")
            || crate::place_words::is_settlement_noun(w)
            || crate::place_words::is_site_noun(w)
    };
    city_word(st.lower_str(i.wrapping_sub(1)))
        || (matches!(st.lower_str(i.wrapping_sub(1)), "of" | ",") && city_word(st.lower_str(i.wrapping_sub(2))))
}
