//! How two place names of one phrase relate: which is the more precise ("Talata Mafara in northern
//! Nigeria", "the Garhi area of Doda"), which is a reference point ("north of Baghdad") and which
//! an origin or destination ("from the region of Abkhazia").

use super::PlaceMention;
use crate::lexicon::Lexicon;
use crate::place_words::{
    is_compass_point, is_descriptor, is_distance_unit, is_function_word, is_part_noun, is_settlement_noun,
    is_site_noun, settlement_rank,
};
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

/// Whether the place phrase starting at `start` is an origin or a destination ("from the region of
/// Abkhazia", "turned over to the United States"), not where something happened ("close to" is).
pub(super) fn elsewhere(st: &SentenceTokens, start: usize) -> bool {
    let mut lead = phrase_lead(st, start);
    // "refugees from across Lebanon", "from all over Europe": still an origin.
    if lead > 1 && matches!(st.lower_str(lead - 1), "across" | "around" | "throughout") {
        lead -= 1;
    } else if lead > 2 && st.lower_is(lead - 1, "over") && st.lower_is(lead - 2, "all") {
        lead -= 2;
    }
    // "close to Jaffna", "at the entrance to Bethlehem": where, not whither
    let close_to =
        lead > 1 && st.lower_is(lead - 1, "to") && matches!(st.lower_str(lead - 2), "close" | "next" | "entrance");
    lead > 0 && matches!(st.lower_str(lead - 1), "from" | "to" | "toward" | "towards") && !close_to
}

/// Where the place phrase of the name at `start` begins, over its article and descriptors ("the
/// northern town of" in "into the northern town of Kurmuk"); the word before it leads to the phrase.
pub(super) fn phrase_lead(st: &SentenceTokens, start: usize) -> usize {
    let mut lead = start;
    while lead > 0 && is_descriptor(st.lower_str(lead - 1)) && !st.lower_is(lead - 1, "of") {
        lead -= 1;
    }
    lead
}

/// Whether in "the A district of B" the first name names the part ("the Ghat area of Doda", "the
/// Suleimaniyeh District of Aleppo"), not the whole ("the West Bank town of Tulkarm", "the Baghdad
/// neighbourhood of Adhamiyah"): the kind of place after A is a part of a town or region, and A is
/// not known as a larger place than B.
pub(super) fn names_part(lx: &Lexicon, st: &SentenceTokens, pa: &PlaceMention, pb: &PlaceMention) -> bool {
    if !(is_part_noun(st.lower_str(pa.end)) || is_part_noun(st.lower_str(pa.end - 1))) {
        return false;
    }
    // (a known town's part is the second: "the Damascus suburb of eastern Ghouta", whatever size
    // the gazetteer gives the region)
    super::gazetteer_ids(lx, st, pa.start, pa.end).is_empty()
        || foreign_homonym(lx, st, (pa.start, pa.end), (pb.start, pb.end))
}

/// Whether the gazetteer shows place `a` to be larger than place `b`: a country or region than a
/// city, the more populous of two cities ("the Los Angeles suburb of Rosemead"). A known city is
/// larger than an unknown name only when `city_over_unknown` (in "the Baghdad neighbourhood of
/// X" it is; in "Gonaives in X" the unknown name is more likely a region).
pub(super) fn contains(
    lx: &Lexicon,
    st: &SentenceTokens,
    a: &PlaceMention,
    b: &PlaceMention,
    city_over_unknown: bool,
) -> bool {
    use dyad_places::Feature;
    let gaz = lx.gazetteer;
    let known = |p: &PlaceMention| {
        let ids = super::gazetteer_ids(lx, st, p.start, p.end);
        gaz.best(ids, None).map(|id| gaz.place(id))
    };
    let rank = |f: Feature| match f {
        Feature::Country => 3,
        Feature::Admin1 | Feature::Region => 2,
        Feature::Capital | Feature::City => 1,
    };
    if foreign_homonym(lx, st, (a.start, a.end), (b.start, b.end)) {
        return false;
    }
    match (known(a), known(b)) {
        (Some(a), Some(b)) if rank(a.feature) == 1 && rank(b.feature) == 1 => a.population > b.population,
        (Some(a), Some(b)) => rank(a.feature) > rank(b.feature),
        (Some(a), None) => city_over_unknown || rank(a.feature) > 1,
        (None, _) => false,
    }
}

/// Whether the gazetteer knows both names, but in no common country, and the first as no much
/// larger place than the second: then in "the Ghat area of Doda district" the first is not the
/// place the gazetteer knows (Ghat in Libya) but a local name. ("the Tijuana district of La Presa":
/// a city ten times the other's size is the one meant.)
pub(super) fn foreign_homonym(lx: &Lexicon, st: &SentenceTokens, a: (usize, usize), b: (usize, usize)) -> bool {
    let gaz = lx.gazetteer;
    let a_ids = super::gazetteer_ids(lx, st, a.0, a.1);
    let b_ids = super::gazetteer_ids(lx, st, b.0, b.1);
    let countries =
        |ids: &[dyad_places::PlaceId]| ids.iter().filter_map(|&id| gaz.place(id).country).collect::<Vec<_>>();
    let (a_countries, b_countries) = (countries(a_ids), countries(b_ids));
    let population = |ids: &[dyad_places::PlaceId]| ids.iter().map(|&id| gaz.place(id).population).max();
    !a_countries.is_empty()
        && !b_countries.is_empty()
        && !a_countries.iter().any(|c| b_countries.contains(c))
        && population(a_ids).unwrap_or(0) < population(b_ids).unwrap_or(0).saturating_mul(10)
}

/// Whether the words between two place names make the second locate the first: "Talata Mafara in
/// northern Nigeria", "Ramadi, the capital of Anbar province", "Seddana, near the village of Shebaa".
/// The first name is where something happened; the second says where that is.
pub(super) fn locates(st: &SentenceTokens, from: usize, to: usize) -> bool {
    // "Maitsaba village in Zurmi LGA": past the first name's kind of place
    let from = if is_settlement_noun(st.lower_str(from)) && !st.is_capitalised(from) { from + 1 } else { from };
    if to <= from || to - from > 9 {
        return false;
    }
    let lead = st.lower_str(from);
    let inner = from + 1..to;
    let linking = |k: usize| {
        let w = st.lower_str(k);
        (is_descriptor(w) || matches!(w, "in" | "near" | "'s")) && !st.is_trigger_start(k)
    };
    if matches!(lead, "in" | "near" | "outside") {
        return to - from <= 6 && inner.into_iter().all(linking);
    }
    // "Mbuji Mayi, the main city in the diamond-producing Eastern Kasai province": an apposition
    // naming a kind of place, then where it is; other words in it are adjectives.
    let kind = inner.clone().position(|k| is_settlement_noun(st.lower_str(k)));
    // "Nablus, the largest West Bank town": the kind of place after the second name
    let plain = |k: usize| {
        st.tokens[k].kind == dyad_text::TokenKind::Word
            && !st.is_capitalised(k)
            && !st.is_trigger_start(k)
            && !st.is_clause_end(k)
    };
    if lead == "," && to - from <= 4 && inner.clone().all(plain) && st.lower_is(from + 1, "the") {
        let name_end = super::name_end(st, to);
        if is_settlement_noun(st.lower_str(name_end)) {
            return true;
        }
    }
    lead == ","
        && kind.is_some_and(|at| {
            let after_kind = from + 1 + at + 1..to;
            (to - from <= 6 && inner.clone().all(linking))
                || (after_kind.clone().any(|k| matches!(st.lower_str(k), "in" | "of"))
                    && inner.clone().all(|k| {
                        st.tokens[k].kind == dyad_text::TokenKind::Word
                            && !st.is_capitalised(k)
                            && !st.is_trigger_start(k)
                            && !st.is_clause_end(k)
                    }))
        })
}

/// Whether the place starting at `start` is a reference point for another ("north of Baghdad",
/// "20 km from Goma"), not where something happened.
/// Whether the place at `start` is a reference point measured by a distance ("some 240 km north of
/// the capital Nairobi", "55 kilometers from Sweida"): the event happened that far from it, so it
/// is not where the event happened.
pub(super) fn measured_reference(st: &SentenceTokens, start: usize) -> bool {
    if !reference_point(st, start) {
        return false;
    }
    let mut k = start;
    while k > 0 && !matches!(st.lower_str(k - 1), "of" | "from") {
        k -= 1;
    }
    // back from the "of" or "from" over the compass point, the unit and its parenthesis
    let from = k.saturating_sub(9);
    (from..k.saturating_sub(1))
        .any(|j| st.tokens[j].kind == dyad_text::TokenKind::Number && is_distance_unit(st.lower_str(j + 1)))
}

pub(super) fn reference_point(st: &SentenceTokens, start: usize) -> bool {
    // "south of the capital Algiers": past the words naming the kind of place
    let mut k = start;
    while k > 0 && start - k < 4 && matches!(st.lower_str(k - 1), "the" | "capital" | "city" | "town" | "village") {
        k -= 1;
    }
    k > 0 && (st.lower_is(k - 1, "from") || reference_lead(st, k - 1))
}

/// Whether the word at `i` leads to a reference point: "of" in "north of Tikrit", "to" in "close to
/// Jaffna", "from" in "30 km from Goma" or "not far from Grozny". With no other place named before
/// it ("wounded north of Tikrit"), the reference point is the nearest place known.
pub(super) fn reference_lead(st: &SentenceTokens, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // "20 kilometers (12 miles) from Rio"
    let prev = if st.lower_is(i - 1, ")") && i > 1 { st.lower_str(i - 2) } else { st.lower_str(i - 1) };
    match st.lower_str(i) {
        "of" => is_compass_point(prev),
        "to" => matches!(prev, "close" | "next"),
        "from" => prev == "far" || is_distance_unit(prev),
        _ => false,
    }
}

/// Whether only a distance and a direction stand between two places, so that the second is a
/// reference point for the first: "In Hilla, south of Baghdad", "Baiji, 30 kilometers (20 miles)
/// north of Tikrit".
pub(super) fn distance_between(st: &SentenceTokens, from: usize, to: usize) -> bool {
    to > from && to - from <= 12 && reference_point(st, to) && (from..to).all(|k| distance_word(st, k))
}

/// A token of a distance and direction: "," "30" "kilometers" "(" "north" "of".
fn distance_word(st: &SentenceTokens, k: usize) -> bool {
    let t = st.tokens[k].kind;
    (t == dyad_text::TokenKind::Punct && matches!(st.lower_str(k), "," | "(" | ")"))
        || t == dyad_text::TokenKind::Number
        || (t == dyad_text::TokenKind::Word && !st.is_capitalised(k) && !st.is_trigger_start(k) && {
            let w = st.lower_str(k);
            is_compass_point(w)
                || is_distance_unit(w)
                || matches!(
                    w,
                    "of" | "from"
                        | "to"
                        | "the"
                        | "also"
                        | "about"
                        | "some"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "roughly"
                        | "just"
                        | "only"
                        | "close"
                        | "next"
                        | "far"
                        | "not"
                        | "a"
                        | "few"
                        | "capital"
                        | "city"
                        | "town"
                        | "village"
                )
        })
}

/// Whether the reference point led to by the word at `lead` locates a destination or an origin
/// ("delivered food to Tawila, west of El Fasher"): then it is no place of the event either.
pub(super) fn locates_elsewhere(st: &SentenceTokens, lead: usize) -> bool {
    let mut k = lead;
    while k > 0 && lead - k < 12 && distance_word(st, k - 1) {
        k -= 1;
    }
    if k == lead || k == 0 || !st.is_capitalised(k - 1) {
        return false;
    }
    let mut s = k - 1;
    while s > 0 && st.is_capitalised(s - 1) {
        s -= 1;
    }
    elsewhere(st, s)
}

/// How large the place named by tokens `[s, e)` is (as [`settlement_rank`]): by the kind of place
/// after it or its own last word ("Borno State"), else, with `known`, by the gazetteer (a country is
/// larger than any kind, a first-level region is a province; a city says nothing).
pub(super) fn kind_rank(lx: &Lexicon, st: &SentenceTokens, s: usize, e: usize, known: bool) -> Option<u8> {
    use dyad_places::Feature;
    let by_word = settlement_rank(st.lower_str(e))
        .or_else(|| (e > s + 1 && st.is_capitalised(e - 1)).then(|| settlement_rank(st.lower_str(e - 1))).flatten());
    let gaz = lx.gazetteer;
    by_word.or_else(|| {
        let place = gaz.best(super::gazetteer_ids(lx, st, s, e), None).map(|id| gaz.place(id)).filter(|_| known)?;
        match place.feature {
            Feature::Country => Some(5),
            Feature::Admin1 | Feature::Region => Some(4),
            // a city's size is no kind of place ("the Muslim village of Bihac")
            Feature::Capital | Feature::City => None,
        }
    })
}

/// Whether the place at `start..end` is where a report's source is: "According to a military
/// source in east Homs, the army killed ...", "according to a statement from the Foreign Ministry
/// in Abu Dhabi". The source's phrase runs from "according to" to the place with no trigger, and
/// ends with it.
pub(super) fn in_attribution(st: &SentenceTokens, start: usize, end: usize) -> bool {
    let Some(k) =
        (start.saturating_sub(12)..start).rev().find(|&k| st.lower_is(k, "according") && st.lower_is(k + 1, "to"))
    else {
        return false;
    };
    let phrase_ends = end >= st.len() || matches!(st.lower_str(end), "," | "." | ";" | ":");
    phrase_ends && (k + 2..start).all(|j| !st.is_trigger_start(j) && !st.lower_is(j, ","))
}

/// Whether "into" at `i` leads whither, not where: only as a trigger's own word is it where ("an
/// incursion into Shijaia", "marched into Paris"); "crossing into Israel", "a spillover of violence
/// into Turkey" name where something went.
pub(super) fn whither(verbs: &[VerbMatch], i: usize) -> bool {
    !verbs.iter().any(|v| v.end == i || (v.end == i + 1 && v.start < i))
}

/// The movement trigger (its first token) whose destination "to" (or "towards") at `i` leads to,
/// which is that movement's place only: "marched to Trafalgar Square", "traveled to Tehran", "sent
/// reinforcements to Al-Bab". Elsewhere a destination is not where an event happened ("delivered
/// food to Tawila").
pub(super) fn destination_lead(lx: &Lexicon, st: &SentenceTokens, verbs: &[VerbMatch], i: usize) -> Option<usize> {
    if !matches!(st.lower_str(i), "to" | "towards" | "toward") {
        return None;
    }
    verbs
        .iter()
        .find(|v| {
            let lemma = super::named::lemma(lx, v);
            let moves = matches!(lemma, "march" | "travel" | "fly" | "head" | "return" | "visit" | "go" | "come");
            let sends = matches!(lemma, "send" | "deploy" | "dispatch");
            // the trigger ends at "to", or includes it ("travel to"); "sent 500 troops to": an object
            // between, with no punctuation
            let next = v.end == i || (v.end == i + 1 && v.start < i);
            let over_object =
                v.end < i && i - v.end <= 5 && (v.end..i).all(|k| st.tokens[k].kind != dyad_text::TokenKind::Punct);
            !v.passive && ((moves && next) || (sends && (next || over_object)))
        })
        .map(|v| v.start)
}

/// Where the words from `end` that name a facility end, when they do: up to three lower-case words,
/// one of them a facility, not a kind of settlement or a part of a town ("Sadriya market",
/// "BSF company headquarters", but not "Amiriyah district").
fn modified_facility(st: &SentenceTokens, end: usize) -> Option<usize> {
    let facility = |k: usize| {
        let w = st.lower_str(k);
        is_site_noun(w) && !is_settlement_noun(w) && !is_part_noun(w)
    };
    let stop = (end..(end + 3).min(st.len()))
        .find(|&k| {
            st.tokens[k].kind != dyad_text::TokenKind::Word || st.is_capitalised(k) || is_function_word(st.lower_str(k))
        })
        .unwrap_or((end + 3).min(st.len()));
    (stop > end && (end..stop).any(facility)).then_some(stop)
}

/// Whether the first place is a name modifying a site, and the second the town that site stands in:
/// "at the busy Sadriya market in central Baghdad", "the BSF company headquarters in Magam town". The
/// name only says which site; the place is the town. (A site's own name, "Kindi Hospital in
/// Aleppo", is a place of its own.)
pub(super) fn site_in_town(lx: &Lexicon, st: &SentenceTokens, pa: &PlaceMention, pb: &PlaceMention) -> bool {
    let Some(at) = (pa.end..pb.start.min(pa.end + 5)).find(|&k| st.lower_is(k, "in")) else {
        return false;
    };
    // ("on the Yala-Betong Road in Thanto district": a road or street is named, but where it runs
    // is the town)
    let thoroughfare =
        at == pa.end && matches!(st.word(pa.end - 1), "Street" | "Road" | "Avenue" | "Highway" | "Boulevard");
    // ("at Iraq's key oil terminal in the southern city of Basra": the owner's facility)
    let owned = st.lower_is(pa.end, "'s") && modified_facility(st, pa.end + 1) == Some(at);
    (modified_facility(st, pa.end) == Some(at) || owned || thoroughfare)
        && locates(st, at, pb.start)
        // (a site is more precise than a whole country: "at Umm al-Fahm junction in northern Israel")
        && kind_rank(lx, st, pb.start, pb.end, true).is_none_or(|r| r < 5)
}
