//! Event places: the place names of a sentence, and which one each event happened at.
//!
//! A place is a capitalised name after a locative preposition ("in Donetsk", "near the town of
//! Samarra", "along the Tigray border") or a country or capital that the mention stage marked as a
//! place ("in Kabul"). "the West Bank city of Nablus" names Nablus: the settlement after
//! "city of" is more precise than the region before it. An event takes the first place after its
//! trigger in the same clause ("was shot in Nablus"), else the nearest place before the trigger
//! in the sentence ("In Nablus on Saturday, a man was shot").

mod attach;
mod geocode;
mod links;
mod modifiers;
mod named;

pub(crate) use attach::{attachment_cost, place_of, SceneKind};
pub(crate) use geocode::geocode;

use links::{
    contains, distance_between, elsewhere, foreign_homonym, kind_rank, locates, locates_elsewhere, names_part,
    reference_lead, reference_point, site_in_town,
};
use modifiers::{adjectival, before_noun, demonym, indefinite_before, modifies_site, names_country};
use named::named_places;
pub(crate) use named::{named_in_actor, possessor_of_patient};

use crate::lexicon::Lexicon;
use crate::mention::ActorMention;
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

use crate::place_words::{
    is_compass_adjective, is_compass_point, is_descriptor, is_idiom_after_in, is_locative, is_not_place, is_owned_site,
    is_part_noun, is_settlement_noun, is_site_head, is_site_noun, settlement_rank,
};

/// A place name found in a sentence. Token positions are indices into the sentence's tokens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlaceMention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Country, when the place is a country or capital from the dictionaries.
    pub country: Option<String>,
    /// The first token of the trigger whose object (or passive subject) this place is: "captured
    /// Kabul", "Samashki was encircled". That event happened there.
    pub object_of: Option<usize>,
    /// Whether the place says only roughly where: a whole country bombed or attacked ("NATO bombed
    /// Yugoslavia"). A place the sentence fronts ("In Asmara, ...") is more precise.
    pub broad: bool,
    /// Whether the place is where a movement went ("travelled to Asmara"): `object_of`'s alone,
    /// never another event's.
    pub destination: bool,
}

impl PlaceMention {
    /// A place at tokens `[start, end)`, no trigger's object and not broad.
    fn new(start: usize, end: usize, country: Option<String>) -> PlaceMention {
        PlaceMention { start, end, country, object_of: None, broad: false, destination: false }
    }
}

/// One past the last word of the capitalised name starting at `i` ("Nuevo Laredo", "Deir ez-Zor").
fn name_end(st: &SentenceTokens, mut i: usize) -> usize {
    while i < st.len() && (place_word(st, i) || (st.is_joining_hyphen(i) && place_word(st, i + 1))) {
        i += 1;
        // "Mazar-e-Sharif", "Dar-es-Salaam": a short lower-case joiner between hyphens
        if st.is_joining_hyphen(i)
            && st.is_joining_hyphen(i + 2)
            && st.lower_str(i + 1).len() <= 3
            && !st.is_capitalised(i + 1)
            && place_word(st, i + 3)
        {
            i += 3;
        }
        // "Rio de Janeiro", "Cagayan de Oro", "Mar del Plata": a Romance article or preposition
        // between two capitalised words.
        if i < st.len()
            && matches!(st.lower_str(i), "de" | "da" | "do" | "dos" | "das" | "del" | "di" | "du" | "des" | "la")
            && !st.is_capitalised(i)
            && place_word(st, i + 1)
        {
            i += 1;
        }
    }
    i
}

#[inline]
fn place_word(st: &SentenceTokens, i: usize) -> bool {
    if st.is_capitalised(i) {
        return !is_not_place(st.word(i));
    }
    // "‘Ibta", "‘Ayn ‘Issa": an opening quote written for the Arabic ayn starts a name
    if st.word(i) == "\u{2018}" {
        return st.tokens.get(i + 1).is_some_and(|next| next.span.start == st.tokens[i].span.end)
            && st.is_capitalised(i + 1);
    }
    // "the al-Tarikh area", "el-Arish": an Arabic article written in lower case starts a name
    i + 2 < st.len()
        && st.is_joining_hyphen(i + 1)
        && matches!(st.lower_str(i), "al" | "el" | "ad" | "ar" | "as" | "ash" | "az")
        && st.is_capitalised(i + 2)
}

/// The gazetteer's places named by tokens `[start, end)` (none when it does not know the name).
fn gazetteer_ids(lx: &Lexicon, st: &SentenceTokens, start: usize, end: usize) -> &'static [dyad_places::PlaceId] {
    lx.gazetteer.lookup(st.span(start, end).text(st.text))
}

/// Whether a known place's name at `[start, end)` is followed by a part of a place ("the Damascus
/// suburb of", "the Baghdad neighbourhood of"): the kind is the later name's, not this one's.
fn known_town_part(lx: &Lexicon, st: &SentenceTokens, start: usize, end: usize) -> bool {
    is_part_noun(st.lower_str(end)) && !gazetteer_ids(lx, st, start, end).is_empty()
}

/// The place names of one sentence, in order.
pub(crate) fn find_places(
    lx: &Lexicon,
    st: &SentenceTokens,
    mentions: &[ActorMention],
    verbs: &[VerbMatch],
    armed: &[bool],
) -> Vec<PlaceMention> {
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
    // What a name reached by a locative is: a place, or an actor or adjective that is none.
    let named_place = |s: usize, e: usize| -> Option<PlaceMention> {
        match actor_at(s) {
            // A country or capital after a preposition is a place; its country is known.
            Some(m) if m.place => Some(PlaceMention::new(m.start, m.end.max(e), m.country.clone())),
            // "in southwestern France": a country or capital reached by a preposition is a place.
            // Not a demonym or a name used as an adjective ("near a Canadian convoy", "a U.S. patrol").
            Some(m)
                if m.sector.is_none()
                    && m.name.is_none()
                    && !m.pronoun
                    && m.country.is_some()
                    && !adjectival(lx, st, m.start, m.end) =>
            {
                Some(PlaceMention::new(m.start, m.end, m.country.clone()))
            }
            // "people in Iraq": the actor's phrase runs on over the preposition; the name is a place.
            Some(m)
                if m.start < s
                    && m.end >= e
                    && !m.pronoun
                    && (m.start..s).any(|k| is_locative(st.lower_str(k)))
                    && !(e == s + 1 && demonym(lx, st, s)) =>
            {
                Some(PlaceMention::new(s, e, m.country.clone()))
            }
            // "near a West Bank refugee camp", "in a southwestern Baghdad neighborhood", "off a west
            // Dublin soccer field": the actor's words modify a site.
            Some(m)
                if m.start == s
                    && m.country.is_some()
                    // a place's name, not an agency's ("the BSF company headquarters")
                    && (m.sector.is_none() || !gazetteer_ids(lx, st, s, e).is_empty())
                    && modifies_site(st, m.end)
                    // a country's base or embassy is abroad ("near a U.S. base at Balad")
                    && !(m.end..m.end + 2).any(|k| named::is_post_abroad(st.lower_str(k)))
                    && !(m.end == s + 1 && demonym(lx, st, s)) =>
            {
                Some(PlaceMention::new(s, e, m.country.clone()))
            }
            // "in Syrian army attacks", "at the UN": an actor, not a place.
            Some(_) => None,
            // "in the Kurdish town": a demonym says whose, not where.
            None if e == s + 1 && demonym(lx, st, s) => None,
            // "near a Jewish settlement", "in the Carrus industrial zone": a name used as an
            // adjective, unless the gazetteer knows it.
            // ("at Gamba police station" names the station's place, but "in a mostly Shia
            // neighbourhood" says what kind of one.)
            None if before_noun(st, e) && gazetteer_ids(lx, st, s, e).is_empty() && !modifies_site(st, e) => None,
            // "outside the house of Jamil Tarifi": the owner of a site (but "the council headquarters
            // of Abu Saida, a town near ...").
            None if s >= 2
                && st.lower_is(s - 1, "of")
                && is_owned_site(st.lower_str(s - 2))
                && gazetteer_ids(lx, st, s, e).is_empty()
                && !(st.lower_is(e, ",") && (e + 1..e + 4).any(|k| is_settlement_noun(st.lower_str(k)))) =>
            {
                None
            }
            None if indefinite_before(st, s)
                && gazetteer_ids(lx, st, s, e).is_empty()
                && (is_settlement_noun(st.lower_str(e)) || modifies_site(st, e)) =>
            {
                None
            }
            None if named::names_no_place(st.lower_str(e - 1)) => None,
            // "an attack on JFS’ positions": a plural possessive says whose
            None if matches!(st.word(e), "\u{2019}" | "'")
                && !st.is_capitalised(e + 1)
                && st.tokens.get(e + 1).is_some() =>
            {
                None
            }
            None => Some(PlaceMention::new(s, e, None)),
        }
    };
    let mut i = 0;
    while i < n {
        // "on" names a place only before a road or site: "on Marjayoun Road", not "talks on Iraq";
        // "through" and "off" before a site or a name the gazetteer knows, not "through a Freedom of
        // Information request".
        if capital_after[i + 1] > i + 11 {
            i += 1;
            continue;
        }
        let w = st.lower_str(i);
        let on = w == "on";
        // "Kurds from across Europe demonstrated": an origin.
        let reference = reference_lead(st, i) && !locates_elsewhere(st, i);
        let destination = links::destination_lead(lx, st, verbs, i);
        // "an incursion into Shijaia", "marched into Paris", but "crossing into Israel", "a spillover of
        // violence into Turkey": "into" is where only as a trigger's own word, else whither.
        let into_elsewhere = w == "into" && links::whither(verbs, i);
        if !(on || is_locative(w) || reference || destination.is_some())
            || (i > 0 && st.lower_is(i - 1, "from"))
            || into_elsewhere
        {
            i += 1;
            continue;
        }
        // "an army attack on al-Latmana", "airstrikes on Douma": what an attack is on is where
        let attacked = on
            && i > 0
            && matches!(
                st.lower_str(i - 1),
                "attack"
                    | "attacks"
                    | "assault"
                    | "raid"
                    | "raids"
                    | "offensive"
                    | "airstrike"
                    | "airstrikes"
                    | "strikes"
            );
        let weak = (on && !attacked) || matches!(w, "through" | "off");
        // Walk the descriptors; remember the last capitalised run, so that in
        // "the West Bank city of Nablus" the run after "city of" replaces "West Bank".
        let mut k = i + 1;
        let mut found: Option<(usize, usize)> = None;
        // "in Istanbul's Bayrampasa prison": the name before the possessive, in case the one after
        // it is no place.
        let mut possessor: Option<(usize, usize)> = None;
        // "Gwoza town of Borno State": the name before "<kind> of" and that kind's size, in case the
        // name after it is larger (then the kind is the first name's).
        let mut smaller: Option<((usize, usize), u8)> = None;
        let mut steps = 0;
        while k < n && steps < 10 {
            steps += 1;
            // "in Serb-held Vogosca", "a Georgian-controlled district": a hyphenated adjective.
            if place_word(st, k)
                && st.is_joining_hyphen(k + 1)
                && !st.is_capitalised(k + 2)
                && !(st.is_joining_hyphen(k + 3) && st.is_capitalised(k + 4))
            {
                k += 3;
                continue;
            }
            // "in Catholic west Belfast": a group adjective before the name says whose, not where.
            if place_word(st, k) && !place_word(st, k + 1) && demonym(lx, st, k) && capital_after[k + 1] <= k + 3 {
                k += 1;
                continue;
            }
            if place_word(st, k) {
                let s = k;
                k = name_end(st, k);
                // "in the North and South Kivu provinces": two compass words share one name
                if k == s + 1
                    && is_compass_point(st.lower_str(s))
                    && matches!(st.lower_str(k), "and" | "or")
                    && st.is_capitalised(k + 1)
                    && is_compass_point(st.lower_str(k + 1))
                {
                    k = name_end(st, k + 1);
                }
                found = Some((s, k));
                // Continue only through "city of", "province of"...: a more precise name follows.
                // (Not "Minya University south of Cairo": a reference point follows.)
                let more = st.lower_is(k + 1, "of") && is_descriptor(st.lower_str(k)) && !reference_lead(st, k + 1);
                // "the Garhi area of Doda": an unknown name before a part of a place names the part;
                // "the Baghdad neighbourhood of Adhamiyah", a known place, is the whole.
                // (Not a name the gazetteer knows only in another country: "the Ghat area of Doda".)
                let names_the_part = is_part_noun(st.lower_str(k))
                    && (gazetteer_ids(lx, st, s, k).is_empty()
                        || (place_word(st, k + 2) && foreign_homonym(lx, st, (s, k), (k + 2, name_end(st, k + 2)))));
                if more && !names_the_part {
                    // (a known place's part, "the Damascus suburb of eastern Ghouta", is the second)
                    smaller = settlement_rank(st.lower_str(k))
                        .filter(|_| !known_town_part(lx, st, s, k))
                        .map(|r| ((s, k), r));
                    k += 2;
                    continue;
                }
                // "in Thailand's southern province Pattani", "in Deir El Zor's Jabiliyah District": a
                // name after the possessive is more precise.
                // (Not "Thailand's restive South": a compass point alone is no name.)
                let next = if k < n { capital_after[k + 1] } else { n };
                if st.lower_is(k, "'s")
                    && possessor.is_none()
                    && next < n.min(k + 7)
                    && (!is_compass_point(st.lower_str(next)) || place_word(st, next + 1))
                {
                    possessor = found;
                    k += 1;
                    continue;
                }
                // "in the California capital Sacramento": the kind of place, then its name.
                if is_settlement_noun(st.lower_str(k)) && !st.is_capitalised(k) && place_word(st, k + 1) {
                    k += 1;
                    continue;
                }
                break;
            }
            // "in government-held Aleppo", "in the violence-plagued city of": a lower-case
            // hyphenated adjective.
            if !st.is_capitalised(k)
                && st.tokens[k].kind == dyad_text::TokenKind::Word
                && st.is_joining_hyphen(k + 1)
                && k + 2 < n
                && !st.is_capitalised(k + 2)
                && st.tokens[k + 2].kind == dyad_text::TokenKind::Word
            {
                k += 3;
                continue;
            }
            // "in north and central Aceh": two descriptors joined; "in the capital's Bakara market".
            if (matches!(st.lower_str(k), "and" | "or") && k > i + 1 && is_compass_adjective(st.lower_str(k - 1)))
                || (st.lower_is(k, "'s") && is_settlement_noun(st.lower_str(k - 1)))
            {
                k += 1;
                continue;
            }
            // "in the seaside Cite Soleil shantytown": up to four other lower-case words.
            let w = st.lower_str(k);
            let other_word = steps <= 4
                && st.tokens[k].kind == dyad_text::TokenKind::Word
                && !st.is_trigger_start(k)
                && !is_locative(w)
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
                        // "in a clash between the Rizeigat and Misseriya": the parties (but "in the
                        // area between Tabit and El Fasher", see below)
                        | "between"
                        | "among"
                        // a verb ends the phrase ("in the killings are Mohammed Emwazi")
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "said"
                        | "says"
                );
            // "in the capital, Colombo": a name in apposition to the kind of place.
            if w == "," && is_settlement_noun(st.lower_str(k - 1)) && place_word(st, k + 1) {
                k += 1;
                continue;
            }
            // "the area between Tabit and El Fasher", "the entrance to Bethlehem"
            let between_places = (w == "between"
                && (is_site_noun(st.lower_str(k - 1)) || is_part_noun(st.lower_str(k - 1))))
                || (w == "to" && st.lower_is(k - 1, "entrance"));
            // "in support of Viktor Gonchar", "in response to": an idiom, not a place.
            if (!is_descriptor(w) && !other_word && !between_places) || (k == i + 1 && is_idiom_after_in(w)) {
                break;
            }
            k += 1;
        }
        let usable = |&(s, e): &(usize, usize)| {
            let gaz = lx.gazetteer;
            !weak
                || is_site_head(st.word(e - 1))
                // "on the streets of Nuevo Laredo", "on the outskirts of Homs"
                || (i + 1..s).any(|k| is_site_noun(st.lower_str(k)))
                // "on the Tigris river", "on the Beit Yahoun-Kaunin road"
                || (is_site_noun(st.lower_str(e)) && !st.is_capitalised(e))
                // "through Ilidza", "off Mogadishu"; "on Jolo", but not "talks on Iraq"
                || gaz
                    .best(gazetteer_ids(lx, st, s, e), None)
                    .is_some_and(|id| !on || gaz.place(id).feature != dyad_places::Feature::Country)
        };
        let Some((_, end)) = found.filter(usable) else {
            i += 1;
            continue;
        };
        if let (Some((first, r)), Some((s, e))) = (smaller, found) {
            if first.1 < s && kind_rank(lx, st, s, e, true).is_some_and(|rb| rb >= r) {
                found = Some(first);
            }
        }
        let place = [found, possessor].into_iter().flatten().filter(usable).find_map(|(s, e)| named_place(s, e));
        // A destination belongs to its movement alone, as an object does.
        out.extend(place.map(|p| match destination {
            Some(v) => PlaceMention { object_of: Some(v), destination: true, ..p },
            None => p,
        }));
        i = end;
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
        } else if st.lower_is(k + 1, ",")
            && place_word(st, k + 2)
            && (!gazetteer_ids(lx, st, k + 2, name_end(st, k + 2)).is_empty()
                || matches!(st.lower_str(k), "towns" | "villages" | "cities" | "districts" | "settlements"))
        {
            // "Pakistan's largest city, Karachi": a known name in apposition to the kind of place;
            // after a plural kind, any name ("captured two eastern towns, Rasai I and Rasai II")
            (k + 2, name_end(st, k + 2))
        } else if k > 1 && st.lower_is(k - 1, "refugee") && place_word(st, k - 2) {
            // "the Nusseirat refugee camp"
            let mut s = k - 2;
            while s > 0 && place_word(st, s - 1) {
                s -= 1;
            }
            (s, k - 1)
        } else if k > 0 && place_word(st, k - 1) && !st.is_capitalised(k) {
            let mut s = k - 1;
            while s > 0 && place_word(st, s - 1) {
                s -= 1;
            }
            (s, k)
        } else {
            continue;
        };
        if actor_at(s).is_some_and(|m| !m.place || m.in_dateline()) || out.iter().any(|p| p.start <= s && s < p.end) {
            continue;
        }
        // "the Kurdish town", "a Jewish neighborhood": a demonym says whose, not where.
        if e == s + 1 && demonym(lx, st, s) {
            continue;
        }
        // "refugees from the region of Abkhazia": an origin, not where.
        if elsewhere(st, s.min(k)) {
            continue;
        }
        out.push(PlaceMention::new(s, e, actor_at(s).and_then(|m| m.country.clone())));
    }
    // Countries and capitals the mention stage marked as places but no preposition reached.
    // Not after "to" or "from": a destination or an origin; nor a dateline's, where the report
    // was filed.
    for m in mentions.iter().filter(|m| m.place && !m.in_dateline()) {
        let lead = links::phrase_lead(st, m.start);
        let into_elsewhere = lead > 0 && st.lower_is(lead - 1, "into") && links::whither(verbs, lead - 1);
        if !elsewhere(st, m.start) && !into_elsewhere && !out.iter().any(|p| p.start <= m.start && m.start < p.end) {
            out.push(PlaceMention::new(m.start, m.end, m.country.clone()));
        }
    }
    named_places(lx, st, mentions, verbs, armed, &mut out);
    out.sort_by_key(|p| p.start);
    // "the West Bank town of Tulkarm", "Thailand's southern province of Narathiwat": the later,
    // more precise name stands for the phrase.
    let mut keep = vec![true; out.len()];
    for a in 0..out.len().saturating_sub(1) {
        let (pa, pb) = (&out[a], &out[a + 1]);
        let linked = pb.start > pa.end
            && pb.start - pa.end <= 5
            && (pa.end..pb.start).any(|k| st.lower_is(k, "of") || st.lower_is(k, "'s"))
            && !(pa.end..pb.start).any(|k| {
                // "Pakistan's largest city, Karachi": a comma after the kind of place still links
                (st.lower_is(k, ",") && !is_settlement_noun(st.lower_str(k - 1)))
                    || matches!(st.lower_str(k), "and" | "or")
                    || st.is_clause_end(k)
            })
            && !matches!(st.lower_str(pa.end), "in" | "near" | "outside")
            // "the Chlef province to the west of Algiers": the second is only a reference point.
            && !reference_point(st, pb.start);
        // "the Belarus capital Minsk", "the Gaza town Khan Yunis": the kind of place joins them.
        let linked = linked || (pb.start == pa.end + 1 && is_settlement_noun(st.lower_str(pa.end)));
        if linked {
            // "the Mayo district of Pattani province", "Silopi town of ... province of Sirnak": the
            // first is the smaller when the kinds of place say so; else the later is the precise one.
            // For the second, the kind is also the word before its "of" ("province of Sirnak"),
            // unless that is the first's ("Gwoza town of Borno State").
            // (not a known place's part: "the Damascus suburb of eastern Ghouta" is Ghouta)
            let rank_a =
                kind_rank(lx, st, pa.start, pa.end, false).filter(|_| !known_town_part(lx, st, pa.start, pa.end));
            let before_of = (pb.start - 2 > pa.end).then(|| settlement_rank(st.lower_str(pb.start - 2))).flatten();
            let rank_b = kind_rank(lx, st, pb.start, pb.end, true).max(before_of);
            if (rank_a.is_some() && rank_b.is_some() && rank_a < rank_b) || names_part(lx, st, pa, pb) {
                keep[a + 1] = false;
            } else {
                keep[a] = false;
            }
        } else if site_in_town(lx, st, pa, pb) && !demonym(lx, st, pb.start) {
            keep[a] = false;
        } else if distance_between(st, pa.end, pb.start) {
            // "In Hilla, south of Baghdad": the second only says where the first is.
            keep[a + 1] = false;
        } else if locates(st, pa.end, pb.start)
            // "north of Baghdad in Samarra" names Samarra, but "south of Gardez in eastern
            // Afghanistan" says where Gardez is
            && (!reference_point(st, pa.start) || kind_rank(lx, st, pb.start, pb.end, true).is_some_and(|r| r >= 3))
        {
            // "in east Ukraine in the area of Lugansk": the first contains the second (not "the
            // Ghouta district near Damascus": what is near is not within).
            let near = (pa.end..pb.start).any(|k| matches!(st.lower_str(k), "near" | "outside"));
            if contains(lx, st, pa, pb, false) && !near && !demonym(lx, st, pb.start) {
                keep[a] = false;
                continue;
            }
            // The second name only says where the first is; its country helps geocode the first.
            keep[a + 1] = false;
            if out[a].country.is_none() {
                out[a].country = out[a + 1].country.clone();
            }
        }
    }
    let mut it = keep.into_iter();
    out.retain(|_| it.next().unwrap_or(true));
    // Names that are no event's place, whatever the event: where a report's source is ("According
    // to a military source in east Homs, ..."), where an actor is based ("vessels, based in Cyprus,
    // have been patrolling"), a reference point measured by a distance ("some 240 km north of the
    // capital Nairobi"). Dropped once here, not weighed for every event.
    out.retain(|p| {
        let lead = links::phrase_lead(st, p.start);
        let based = lead > 1
            && is_locative(st.lower_str(lead - 1))
            && matches!(st.lower_str(lead - 2), "based" | "stationed" | "headquartered");
        !(based || links::in_attribution(st, p.start, p.end) || links::measured_reference(st, p.start))
    });
    out
}
