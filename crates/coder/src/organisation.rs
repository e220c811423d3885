//! Organisations missing from the dictionaries, recognised by the form of their name.
//!
//! News names far more bodies than any dictionary lists: "the Third World Water Forum",
//! "the Ceasefire Violations Committee", "the Association of African Jurists". A run of
//! capitalised words headed by an organisational noun is such a name. It becomes an actor
//! whose sector comes from the head noun (NGO unless the head says otherwise) and whose
//! country comes from a country word inside the name ("the Liberian Peace Council").

use crate::lexicon::{NameEntry, NameKind};
use crate::sentence::SentenceTokens;

/// Head nouns of organisation names, with the sector an unknown body of that kind gets.
/// "Center" and "Trust" are left out: they name buildings ("the World Trade Center") and
/// newspapers ("the Daily Trust") as often as bodies.
/// A `GOV` head is a state body only when the name carries a country ("the Swiss Agency for
/// Development"); without one it is taken as non-governmental.
const HEADS: &[(&str, &str)] = &[
    ("Forum", "NGO"),
    ("Association", "NGO"),
    ("Committee", "NGO"),
    ("Council", "NGO"),
    ("Federation", "NGO"),
    ("Foundation", "NGO"),
    ("Society", "NGO"),
    ("Institute", "NGO"),
    ("Network", "NGO"),
    ("Coalition", "NGO"),
    ("Alliance", "NGO"),
    ("League", "NGO"),
    ("Watch", "NGO"),
    ("Commission", "GOV"),
    ("Agency", "GOV"),
    ("Office", "GOV"),
    ("Authority", "GOV"),
    ("Board", "GOV"),
    ("Party", "PTY"),
    ("Front", "OPP"),
    ("Movement", "OPP"),
];

/// Words that may join the capitalised words of one name ("Association of African Jurists",
/// "Agency for Development and Cooperation").
const JOINERS: &[&str] = &["of", "for", "and", "on", "&"];

/// Capitalised words that open a sentence or a clause without being part of a name.
const NOT_NAME_WORDS: &[&str] = &["The", "A", "An", "In", "On", "At", "But", "And", "After", "Before", "When", "While"];

/// An organisation name found by its form.
#[derive(Debug, PartialEq)]
pub(crate) struct OrganisationName {
    /// One past the last token.
    pub end: usize,
    /// Sector from the head noun.
    pub sector: &'static str,
    /// Country named inside the organisation's name.
    pub country: Option<String>,
    /// The head noun, for the explain trace.
    pub head: &'static str,
}

fn head_sector(word: &str) -> Option<(&'static str, &'static str)> {
    HEADS.iter().find(|(h, _)| *h == word).map(|(h, s)| (*h, *s))
}

fn name_word(st: &SentenceTokens, i: usize) -> bool {
    st.is_capitalised(i) && !crate::sentence::one_of(st.word(i), NOT_NAME_WORDS)
}

/// The organisation name starting at token `i`, if the capitalised words from `i` contain an
/// organisational head noun. Dictionary names are left to the dictionary: the caller checks
/// that no dictionary name covers the same words.
pub(crate) fn organisation_at(
    st: &SentenceTokens,
    names: &[Option<(usize, &NameEntry)>],
    i: usize,
) -> Option<OrganisationName> {
    if !name_word(st, i) || (i > 0 && name_word(st, i - 1)) {
        return None;
    }
    let n = st.len();
    let mut end = i;
    let mut head = None;
    // Capitalised words before and at the head: "Third World Water Forum".
    while end < n && name_word(st, end) {
        if let Some(h) = head_sector(st.word(end)) {
            head = Some(h);
        }
        end += 1;
    }
    let (head, sector) = head?;
    // A head noun not at the end of its run ("Forum Secretary") is a modifier, not the head.
    head_sector(st.word(end - 1))?;
    // "of African Jurists", "for Development and Cooperation": capitalised words joined on.
    let mut joined = false;
    loop {
        let mut k = end;
        // "and" right after the head starts a second name ("the Islamic Party and Hamas").
        if !crate::sentence::one_of(st.lower_str(k), JOINERS) || (!joined && st.lower_is(k, "and")) {
            break;
        }
        joined = true;
        k += 1;
        if st.lower_is(k, "the") {
            k += 1;
        }
        if !name_word(st, k) {
            break;
        }
        while k < n && name_word(st, k) {
            k += 1;
        }
        end = k;
    }
    // A single capitalised head noun is a common noun in a title-case headline or sentence start.
    if end - i < 2 {
        return None;
    }
    // A name holding a known organisation or person ("the NATO Council") is left to the dictionary.
    if (i..end).any(|k| names[k].is_some_and(|(_, e)| matches!(e.kind, NameKind::Organisation | NameKind::Person))) {
        return None;
    }
    let country = (i..end).find_map(|k| {
        names[k].and_then(|(_, e)| {
            matches!(e.kind, NameKind::Country | NameKind::Adjective | NameKind::People)
                .then(|| e.country.as_deref().map(str::to_string))
                .flatten()
        })
    });
    let sector = match (sector, &country) {
        ("GOV", None) => "NGO",
        (s, _) => s,
    };
    Some(OrganisationName { end, sector, country, head })
}
