//! Place names the prepositions did not reach: objects of territorial acts ("captured Kabul",
//! "stormed Najarah"), their passive subjects, names modifying a site ("a West Bank refugee camp"),
//! and the city of a city's police ("Nairobi police shot").

use super::{demonym, elsewhere, gazetteer_ids, is_not_place, name_end, place_word, PlaceMention};
use crate::lexicon::Lexicon;
use crate::mention::ActorMention;
use crate::place_words::{
    is_distance_unit, is_function_word, is_part_of_place, is_settlement_noun, is_site_head, is_site_noun, object_lead,
};
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

/// Whether a trigger's object starts at `lead`: after its last word, or in the gap of a pattern
/// with one ("captured Jaffna, the capital" matched as `capture ... capital`).
fn object_at(v: &VerbMatch, lead: usize, name: usize) -> bool {
    // ("the shelling of Aziziyah", matched as `shelling of`: the trigger takes the leading "of")
    v.end == lead || (v.start < lead && lead < v.end && v.end <= name) || v.gap.is_some_and(|(s, _)| s == lead)
}

/// Lemmas of triggers whose object is a place taken ("stormed Najarah"); `Some(false)` for those
/// that take people as often ("captured Birao", "captured Schalit").
fn takes_place(lemma: &str) -> Option<bool> {
    match lemma {
        "overrun" | "storm" | "encircle" | "besiege" | "retake" | "recapture" | "liberate" | "patrol" => Some(true),
        // a town bombed, shelled or invaded ("bombed Halabja", "invaded Gidan Sule"), never a person
        "bomb" | "shell" | "bombard" | "invade" => Some(true),
        // the nouns: "the shelling of Aziziyah", "the siege of Homs"
        "shelling" | "bombing" | "bombardment" | "siege" | "storming" | "invasion" | "liberation" => Some(true),
        "capture" | "seize" => Some(false),
        _ => None,
    }
}

/// A name the gazetteer does not know, as the object of a trigger that takes places ("Rebels stormed
/// Najarah"): one word, or any name after a kind of place ("captured the town of Pageri"). A person
/// captured has a known name or a first name and surname, so two-word names need the kind of place.
/// After "capture" or "seize", which take people as often, a single word also needs the sentence
/// to show a place ("captured Birao from the rebels", "captured Knin, the rebel stronghold") or an
/// armed group to take it ("Rebels captured Birao"; police capture people).
fn unknown_taken(
    acts: &SentenceActs,
    i: usize,
    run_end: usize,
    is_actor: bool,
) -> Option<(usize, &'static [dyad_places::PlaceId])> {
    let (lx, st) = (acts.lx, acts.st);
    // A name runs on into another capitalised word, but not into a day or month ("patrolling
    // Korangi Saturday afternoon"); then only a verb that never takes people shows a place
    // ("captured Mahmud Monday" is a man).
    let lower = st.lower_str(run_end);
    let time_after = crate::date::weekday_of(lower).is_some() || crate::date::month_of(lower).is_some();
    if is_actor
        || (run_end < st.len() && st.is_capitalised(run_end) && !time_after)
        || st.lower_is(run_end, "'s")
        || demonym(lx, st, i)
    {
        return None;
    }
    let kind_before = named_as_place(st, i, run_end);
    // "bombed Chechen separatist forces": a name before a noun is an adjective.
    if super::before_noun(st, run_end) {
        return None;
    }
    // Two words ("storm Tall Kurdi") only after a verb that never takes people; more only after
    // the kind of place. A hyphen joins two words into one ("stormed Al-Madiyounah").
    let words = (i..run_end).filter(|&k| !(st.is_joining_hyphen(k) || (k > i && st.is_joining_hyphen(k - 1)))).count();
    let tokens = run_end - i;
    if words > 2 && !kind_before {
        return None;
    }
    let only_places = (words == 2 || time_after) && !kind_before;
    taken_object(acts, i, run_end, only_places).then_some((tokens, &[][..]))
}

/// A sentence's triggers and, for each, whether its source is an armed group: what decides whether
/// a name is a place taken ([`taken_object`]).
struct SentenceActs<'a> {
    lx: &'a Lexicon,
    st: &'a SentenceTokens<'a>,
    verbs: &'a [VerbMatch],
    armed: &'a [bool],
}

/// Where the words leading from a trigger to the name at `i` start: "captured the airport of",
/// "much of", "about 70 percent of". A trigger ending there has the name as its object.
fn object_start(st: &SentenceTokens, i: usize) -> usize {
    let mut lead = i;
    let fraction = |k: usize| matches!(st.lower_str(k), "one" | "two") && st.lower_is(k + 1, "-");
    while lead > 0 && i - lead < 5 && (object_lead(st.lower_str(lead - 1)) || fraction(lead - 1)) {
        lead -= 1;
    }
    lead
}

/// The trigger that always takes places whose object phrase ends in "of" before the name at `i`:
/// "patrolled the terminals of Heathrow", "stormed the offices of Kabul" (the phrase's own noun says
/// what part of the place); or whose object is the name after lower-case modifiers: "patrolled
/// coastal Lhokseumawe", "stormed the jihadist-held Al-Fijah Springs", "patrolled the walled Old City".
fn place_phrase_object<'v>(
    lx: &Lexicon,
    st: &SentenceTokens,
    verbs: &'v [VerbMatch],
    i: usize,
) -> Option<&'v VerbMatch> {
    if i < 2 {
        return None;
    }
    // (a word after a hyphen ends an adjective, whatever else it may be: "rebel-held")
    let modifier = |k: usize| {
        (st.tokens[k].kind == dyad_text::TokenKind::Word
            && !st.is_capitalised(k)
            && (!st.is_trigger_start(k) || (k > 0 && st.is_joining_hyphen(k - 1)))
            && !is_function_word(st.lower_str(k)))
            || st.is_joining_hyphen(k)
            // "patrol southern and northern Iraq"
            || (matches!(st.lower_str(k), "and" | "or")
                && k > 0
                && crate::place_words::is_compass_adjective(st.lower_str(k - 1))
                && crate::place_words::is_compass_adjective(st.lower_str(k + 1)))
    };
    let mut k = i;
    while k > 0 && i - k < 4 && modifier(k - 1) {
        k -= 1;
    }
    if k > 0 && st.lower_is(k - 1, "the") {
        k -= 1;
    }
    // "the alleys of the Old City", "the frontline of southwestern Mostar": the phrase's "of"
    if k < 2 || !st.lower_is(k - 1, "of") {
        return verbs.iter().find(|v| v.end == k && k < i && !v.passive && takes_place(lemma(lx, v)) == Some(true));
    }
    let of = k - 1;
    // "took to the streets of Al-Qamishli": a trigger ending in a part of a place
    if let Some(v) = verbs.iter().find(|v| v.end == of && is_part_of_place(st.lower_str(of - 1))) {
        return Some(v);
    }
    let mut k = of;
    while k > 0 && of - k < 5 {
        k -= 1;
        if let Some(v) = verbs.iter().find(|v| v.end == k && !v.passive) {
            // ("patrolling a part of the disputed Kodori Gorge")
            return (takes_place(lemma(lx, v)) == Some(true)
                // ("patrolled downtown sections of Mongolia's capital")
                && (matches!(st.lower_str(k), "the" | "a") || !is_function_word(st.lower_str(k))))
            .then_some(v);
        }
        let plain = st.tokens[k].kind == dyad_text::TokenKind::Word && !st.is_capitalised(k) && !st.is_trigger_start(k);
        if !plain {
            return None;
        }
    }
    None
}

/// The lemma of a trigger's pattern: its first word ("capture" for `capture ... town`).
pub(super) fn lemma<'l>(lx: &'l Lexicon, v: &VerbMatch) -> &'l str {
    lx.triggers[v.trigger].pattern.split_whitespace().next().unwrap_or("")
}

/// Whether the name at `i..end` is the object of a trigger that takes places, and a place by the
/// words around it (see [`unknown_taken`]); small towns the gazetteer knows pass the same test.
fn taken_object(acts: &SentenceActs, i: usize, run_end: usize, only_places: bool) -> bool {
    let SentenceActs { lx, st, verbs, armed } = *acts;
    let kind_before = named_as_place(st, i, run_end);
    let shown = kind_before
        || st.lower_is(run_end, "from")
        || (st.lower_is(run_end, ",")
            && (run_end + 1..(run_end + 6).min(st.len()))
                .any(|k| is_settlement_noun(st.lower_str(k)) || st.lower_is(k, "stronghold")));
    let lead = object_start(st, i);
    // An apposition that shows a place ("Belet Huen, about 200 miles northwest of Mogadishu, was
    // captured") shows a place of two words as well as one.
    let taken = |vi: usize, shown: bool, in_apposition: bool| {
        takes_place(lemma(lx, &verbs[vi])).is_some_and(|always| always || in_apposition || (shown && !only_places))
    };
    // "Rebels captured Birao"; "Surif has been encircled", "Mbuji Mayi, the main city in the
    // province, was captured" (people are captured by armies too: "Hamdi was captured by U.S. forces").
    (0..verbs.len())
        .any(|vi| object_at(&verbs[vi], lead, i) && !verbs[vi].passive && taken(vi, shown || armed[vi], false))
        || place_phrase_object(lx, st, verbs, i).is_some()
        || ((clause_start(st, i) || reduced_relative(st, verbs, run_end).is_some())
            && passive_after(st, verbs, run_end).is_some_and(|(vi, in_apposition)| taken(vi, shown, in_apposition)))
}

/// Whether the words say that the name at `i..end` is a place: after a kind of place ("the town of
/// Pageri") or a part of one ("the outskirts of Tal Kurdi", "parts of Laghman"), or a region named
/// by a compass word ("Eastern Slavonia", "Upper Nile").
fn named_as_place(st: &SentenceTokens, i: usize, end: usize) -> bool {
    (i >= 2
        && st.lower_is(i - 1, "of")
        && (is_settlement_noun(st.lower_str(i - 2)) || is_part_of_place(st.lower_str(i - 2))))
        || (end >= i + 2
            && matches!(
                st.lower_str(i),
                "eastern" | "western" | "northern" | "southern" | "central" | "upper" | "lower"
            ))
}

/// Whether a name at `i` can be a clause's subject: first in the sentence or after "the", "and",
/// "then", "when", "after" or a number.
fn clause_start(st: &SentenceTokens, i: usize) -> bool {
    i == 0
        || matches!(st.lower_str(i - 1), "the" | "and" | "then" | "when" | "after" | "_" | "-" | "--")
        // "In coup times, Istanbul would be patrolled": after a fronted phrase
        || (st.lower_is(i - 1, ",") && (0..i - 1).all(|k| !st.is_trigger_start(k)))
        || st.tokens[i - 1].kind == dyad_text::TokenKind::Number
}

/// The passive participle (its index) that follows the name ending at `e` after a comma: "Eastern
/// Slavonia, captured by the Serbs in 1991, is due to return" (the name is its subject wherever it
/// stands).
fn reduced_relative(st: &SentenceTokens, verbs: &[VerbMatch], e: usize) -> Option<usize> {
    if !st.lower_is(e, ",") {
        return None;
    }
    verbs.iter().position(|v| v.passive && v.start == e + 1)
}

/// The passive trigger whose subject ends at `e` ("Baghdad was heavily bombed", "Samashki and
/// Bamut were encircled", "Eastern Slavonia, the last Serb-held part of Croatia, was captured"),
/// and whether an apposition showed the subject to be a place.
fn passive_after(st: &SentenceTokens, verbs: &[VerbMatch], mut e: usize) -> Option<(usize, bool)> {
    let n = st.len();
    // "X and Y were encircled": the subject runs on over a coordinated name.
    if st.lower_is(e, "and") && e + 1 < n && st.is_capitalised(e + 1) {
        e = name_end(st, e + 1);
    }
    // "Eastern Slavonia, captured by the Serbs in 1991, is due to return": a participle after the
    // comma is a reduced relative clause on the name.
    if let Some(v) = reduced_relative(st, verbs, e) {
        return Some((v, false));
    }
    // "South Ossetia, which broke away in 1992, is patrolled": a relative clause between commas.
    if st.lower_is(e, ",") && matches!(st.lower_str(e + 1), "which" | "where" | "whose") {
        if let Some(close) = (e + 3..(e + 16).min(n)).find(|&k| st.lower_is(k, ",")) {
            e = close + 1;
        }
    }
    // An apposition between commas that says the subject is a place ("the main city in", "a top
    // secret base", "about 200 miles northwest of"), with no verb or clause end in it.
    let mut shown = false;
    if st.lower_is(e, ",") {
        let close = (e + 2..(e + 16).min(n)).find(|&k| st.lower_is(k, ","))?;
        if (e + 1..close).any(|k| st.is_trigger_start(k) || st.is_clause_end(k)) {
            return None;
        }
        shown = (e + 1..close).any(|k| {
            let w = st.lower_str(k);
            is_settlement_noun(w) || is_site_noun(w) || matches!(w, "part" | "stronghold") || is_distance_unit(w)
        });
        if !shown {
            return None;
        }
        e = close + 1;
    }
    let mut be = e;
    while be < n
        && be - e < 5
        // "Baghdad was heavily bombed", "Damascus is being shelled", "Bosnia is still patrolled": an
        // adverb may stand before the participle
        && (matches!(st.lower_str(be), "was" | "were" | "is" | "are" | "been" | "being" | "has" | "have" | "be")
            // "Istanbul would be patrolled"
            || matches!(st.lower_str(be), "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should")
            || matches!(st.lower_str(be), "still" | "already" | "now" | "also")
            || (be > e && st.lower_str(be).ends_with("ly")))
    {
        be += 1;
    }
    verbs.iter().position(|v| v.passive && v.start == be && be > e).map(|v| (v, shown))
}

/// A capitalised name not in the gazetteer that names a site by its last word ("Ja'ouneh Street") or
/// the site noun after it ("the Tarmiyah pumping station"): its length in tokens.
fn site_name(st: &SentenceTokens, i: usize) -> Option<(usize, &'static [dyad_places::PlaceId])> {
    let e = name_end(st, i);
    let head = e > i + 1 && is_site_head(st.word(e - 1));
    // not "in a GSM village market": after "a", a name says what kind of site
    let before_site = (e..e + 2).any(|k| is_site_noun(st.lower_str(k))) && !super::indefinite_before(st, i);
    (head || before_site).then_some((e - i, &[][..]))
}

/// Gazetteer names that the prepositions did not reach, where the sentence shows them to be places:
/// - the object of a territorial act ("captured Kabul", "shelled Mardes", "stormed much of Liberia")
///   or its passive subject ("Eastern Slavonia was captured", "Samashki was encircled");
/// - a name modifying a site ("a West Bank refugee camp", "Jerusalem's Hebrew University").
///
/// A name that runs on into more capitalised words ("New York Times") is not a place, nor is a
/// person or organisation the mention stage resolved.
pub(super) fn named_places(
    lx: &Lexicon,
    st: &SentenceTokens,
    mentions: &[ActorMention],
    verbs: &[VerbMatch],
    armed: &[bool],
    out: &mut Vec<PlaceMention>,
) {
    let n = st.len();
    let gaz = lx.gazetteer;
    let acts = SentenceActs { lx, st, verbs, armed };
    // Acts done to a place: a town attacked or shelled is where it happened, and so is a country
    // invaded, occupied or bombed.
    let taken = |v: &VerbMatch| {
        matches!(
            lemma(lx, v),
            "capture"
                | "seize"
                | "take"
                | "occupy"
                | "overrun"
                | "storm"
                | "encircle"
                | "besiege"
                | "surround"
                | "invade"
                | "enter"
                | "retake"
                | "recapture"
                | "liberate"
                | "raid"
                // a place patrolled ("Police patrolled New Delhi") is where the patrol was
                | "patrol"
        )
    };
    let territorial = |v: &VerbMatch, country: bool, e: usize| {
        let t = &lx.triggers[v.trigger];
        // "NATO bombed Yugoslavia": a country bombed is where, but "shot Jordan, 23," is a person.
        // ("attacking Syria's chemical weapons" is an attack on what Syria owns)
        let struck = matches!(lemma(lx, v), "bomb" | "shell" | "attack" | "strike" | "destroy" | "bombard" | "pound")
            && !st.lower_is(e, "'s");
        taken(v) || ((!country || struck) && matches!(&t.cameo.as_bytes()[..2], b"18" | b"19" | b"20"))
    };
    let mut words: Vec<&str> = Vec::with_capacity(6);
    let mut i = 0;
    while i < n {
        if !st.is_capitalised(i)
            // (but "annexed Arab East Jerusalem": a capitalised word that leads to an object)
            || (i > 0 && st.is_capitalised(i - 1) && !object_lead(st.lower_str(i - 1)))
            || out.iter().any(|p| p.start <= i && i < p.end)
            || is_not_place(st.word(i))
        {
            i += 1;
            continue;
        }
        // The gazetteer is consulted only where the sentence could show a place: after a trigger,
        // before a passive trigger, before a site noun or a possessive (place finding runs on
        // every sentence; most capitalised words are none of these).
        let run_end = name_end(st, i);
        let lead = object_start(st, i);
        let phrase_object = place_phrase_object(lx, st, verbs, i);
        let after_trigger = verbs.iter().any(|v| object_at(v, lead, i)) || phrase_object.is_some();
        let before_passive = (run_end..(run_end + 4).min(n)).any(|k| verbs.iter().any(|v| v.passive && v.start == k))
            || passive_after(st, verbs, run_end).is_some();
        let before_site = (run_end..(run_end + 3).min(n))
            .any(|k| is_site_noun(st.lower_str(k)) || st.lower_is(k, "'s"))
            || is_site_head(st.word(run_end - 1));
        if !(after_trigger || before_passive || before_site) {
            i = run_end.max(i + 1);
            continue;
        }
        words.clear();
        words.extend((i..(i + 6).min(n)).map(|k| st.word(k)));
        // "Bien Hoa Air Base", "Bama Town": a site named after a town is the site.
        let runs_on = |e: usize| st.is_capitalised(e) && !is_not_place(st.word(e));
        let matched = gaz.longest_match(&words).filter(|&(len, _)| !runs_on(i + len));
        let actor = mentions.iter().find(|m| m.start <= i && i < m.end);
        // "captured 70 percent of Bosnia": a country by its dictionary name, which the gazetteer may
        // spell otherwise ("Bosnia and Herzegovina").
        let country_name = actor
            .filter(|m| m.start == i && m.country.is_some() && m.sector.is_none() && m.name.is_none() && !m.pronoun)
            .filter(|m| !matches!(st.lower_str(i.wrapping_sub(1)), "a" | "an") && !st.is_joining_hyphen(m.end))
            // not "captured 19 Australian wickets", nor "captured Kazakstan's first gold" (but "70
            // percent of Bosnia's territory")
            .filter(|m| !demonym(lx, st, i) && (!st.lower_is(m.end, "'s") || st.lower_is(i.wrapping_sub(1), "of")))
            .map(|m| (m.end - i, &[][..]));
        let Some((len, ids)) = matched
            .or_else(|| site_name(st, i))
            .or_else(|| unknown_taken(&acts, i, run_end, actor.is_some()))
            .or(country_name)
        else {
            i += 1;
            continue;
        };
        let e = i + len;
        // "bombed Chechen separatist forces", "shelled several Indian border posts": a demonym says
        // whose, not where, even one the gazetteer lists as another name of a town ("near the Thai
        // border").
        if len == 1 && demonym(lx, st, i) {
            i = e;
            continue;
        }
        // (nor a name holding a known person's: "For Assad, besieged by friends")
        let person = mentions.iter().any(|m| m.start < e && i < m.end && m.name.is_some());
        if runs_on(e) || actor.is_some_and(|m| m.name.is_some() || m.pronoun) || person {
            i = e;
            continue;
        }
        let country = (ids.is_empty() && country_name.is_some())
            || gaz.best(ids, None).is_some_and(|id| gaz.place(id).feature == dyad_places::Feature::Country);
        // (not after "a": "killed a Somali lawmaker" says who; "a third of Zaire" ends in "of")
        let indefinite = matches!(st.lower_str(i.wrapping_sub(1)), "a" | "an");
        let object = verbs
            .iter()
            .find(|v| object_at(v, lead, i) && !v.passive && !indefinite && territorial(v, country, e))
            .or(phrase_object);
        let subject =
            passive_after(st, verbs, e).filter(|&(v, _)| territorial(&verbs[v], country, e)).map(|(v, _)| &verbs[v]);
        // "one of Baghdad's main bridges", "Turkey's highest court": a place's site, in the plural
        // too; a country's embassy is abroad, and "to Somalia's southern regions" a destination.
        let site_word = |k: usize| {
            let w = st.lower_str(k);
            is_site_noun(w) || w.strip_suffix('s').is_some_and(is_site_noun) || matches!(w, "refineries" | "court")
        };
        let embassy = (e..e + 4).any(|k| is_post_abroad(st.lower_str(k)));
        // (not "Syria's Idlib province": the name after the possessive is the place)
        let possessed_site =
            st.lower_is(e, "'s") && !st.is_capitalised(e + 1) && (e + 1..e + 4).any(site_word) && !elsewhere(st, i);
        let site = (is_site_noun(st.lower_str(e)) || possessed_site) && !embassy;
        // A small town named like a word or a person ("Kennedy", "Francois") needs a preposition.
        // ("captured the Old City", matched as `capture ... city`: the pattern says a place)
        let named_by_pattern = object.is_some_and(|v| v.end == e && v.gap.is_some());
        let well_known = ids.is_empty()
            || named_by_pattern
            || taken_object(&acts, i, e, false)
            || gaz.best(ids, None).map(|id| gaz.place(id)).is_some_and(|p| {
                !matches!(p.feature, dyad_places::Feature::City | dyad_places::Feature::Capital)
                    || p.population >= 100_000
            });
        let subject = subject.filter(|_| clause_start(st, i) || reduced_relative(st, verbs, e).is_some());
        if let Some(v) = object.or(subject).filter(|_| well_known) {
            let struck_country = country && !taken(v);
            out.push(PlaceMention { object_of: Some(v.start), broad: struck_country, ..PlaceMention::new(i, e, None) });
        } else if site
            && well_known
            && !ids.is_empty()
            // "the West Bank's largest hospital", "a Gaza City mosque" are actors too (institutions)
            && actor.is_none_or(|m| {
                m.place
                    || m.end == e
                    || (m.start == i && (st.lower_is(e, "'s") || (e..m.end).any(|k| is_site_noun(st.lower_str(k)))))
            })
        {
            out.push(PlaceMention::new(i, e, None));
        }
        i = e;
    }
}

/// The place an actor's own words name, for an act with no place in reach: the city of a city's
/// police ("Dallas police shot a gorilla", "was shot by London police"), which acts in its
/// city. (A country's possessor says less: "Japan's coast guard captured 564 immigrants near the
/// coast", "Mexico's army has captured" name no place of the act.)
pub(crate) fn named_in_actor(lx: &Lexicon, st: &SentenceTokens, m: &ActorMention) -> Option<PlaceMention> {
    if m.pronoun || m.place || m.resolved_from.is_some() {
        return None;
    }
    // The name opens the mention ("New Delhi police") or stands just before it ("Los Angeles" +
    // "police").
    let police = (m.start..m.end).find(|&k| st.lower_is(k, "police"))?;
    let mut s = police;
    while s > 0 && place_word(st, s - 1) {
        s -= 1;
    }
    if s == police || (s < m.start && police != m.start) {
        return None;
    }
    let gaz = lx.gazetteer;
    let known = gaz.best(gazetteer_ids(lx, st, s, police), m.country.as_deref()).map(|id| gaz.place(id));
    known
        .is_some_and(|p| matches!(p.feature, dyad_places::Feature::City | dyad_places::Feature::Capital))
        .then(|| PlaceMention::new(s, police, m.country.clone()))
}

/// The place that possesses an act's patient, for an act with no place in reach: "Mexico's acting
/// federal police chief was shot", "Japan's top police official has been shot". The agent's
/// possessor says less ("Mexico's army has captured" names no place of the act; see
/// [`named_in_actor`]). The patient is the trigger's object or its passive subject, not an actor
/// the event inherited from another clause. Not a part of something owned ("a senior member of
/// Japan's largest crime syndicate", "one of Colombia's main traffickers"), nor an embassy, which
/// is abroad.
pub(crate) fn possessor_of_patient(
    lx: &Lexicon,
    st: &SentenceTokens,
    m: &ActorMention,
    trigger: &VerbMatch,
) -> Option<PlaceMention> {
    let object = m.start >= trigger.end && m.start <= trigger.end + 2;
    let passive_subject = trigger.passive && m.end <= trigger.start && trigger.start - m.end <= 4;
    if m.pronoun
        || m.place
        || m.resolved_from.is_some()
        || (m.start > 0 && st.lower_is(m.start - 1, "of"))
        || !(object || passive_subject)
    {
        return None;
    }
    let owner_end = (m.start + 1..m.end.min(m.start + 4)).find(|&k| st.lower_is(k, "'s"))?;
    if (owner_end..m.end + 2).any(|k| is_post_abroad(st.lower_str(k))) {
        return None;
    }
    (!gazetteer_ids(lx, st, m.start, owner_end).is_empty())
        .then(|| PlaceMention::new(m.start, owner_end, m.country.clone()))
}

/// Whether a name's last word makes it an event or a publication, not a place: "in the West Indian
/// Day Parade", "at the end of World War II", "in the Huffington Post", "Aamaq News said".
pub(super) fn names_no_place(last: &str) -> bool {
    matches!(
        last,
        "parade"
            | "festival"
            | "games"
            | "olympics"
            | "cup"
            | "championship"
            | "championships"
            | "marathon"
            | "war"
            | "ii"
    ) || matches!(last, "news" | "post" | "times" | "journal" | "herald" | "tribune" | "gazette" | "agency" | "tv")
}

/// A country's post that stands abroad, so that the country is not its place: "Turkey's embassy",
/// "a U.S. base at Balad".
pub(super) fn is_post_abroad(w: &str) -> bool {
    matches!(w, "embassy" | "embassies" | "consulate" | "base" | "bases")
}
