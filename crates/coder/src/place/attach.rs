//! Which place each event happened at: the place nearest its trigger by an attachment cost, with
//! fronted places setting the scene and statements kept from the places of the acts they speak of.

use super::{contains, is_compass_point, is_descriptor, is_locative, is_not_place, reference_point, PlaceMention};
use crate::lexicon::Lexicon;
use crate::sentence::SentenceTokens;
use crate::verbs::VerbMatch;

/// The extra cost of a reference point ("north of Baghdad"): any other place in the event's clause is
/// more likely where it happened ("killed in attacks north of Baghdad in Samarra").
const REFERENCE_POINT_COST: u32 = 12;

/// A place further than this from its event (a clause end and some words between) is not its place.
const MAX_PLACE_COST: u32 = 80;

/// How far a settlement named by its kind ([`named_settlement`]) after the trigger may be: "were
/// killed ... when a bomb exploded near a petrol station in the central city of Hilla".
const LONG_REACH: u32 = 160;

/// Whether a place is a settlement a locative phrase names by its kind: "in the northern city of
/// Mosul", "on Michika town", "near the Palermo suburb" (not "a statement by the Mardin municipality").
fn named_settlement(st: &SentenceTokens, p: &PlaceMention) -> bool {
    use crate::place_words::is_settlement_noun;
    let of_kind = p.start >= 2 && st.lower_is(p.start - 1, "of") && is_settlement_noun(st.lower_str(p.start - 2));
    let kind_after = is_settlement_noun(st.lower_str(p.end));
    let phrase_start = if of_kind { p.start - 2 } else { p.start };
    // The word that leads to the phrase, over its article and adjectives ("violence-plagued"): a
    // locative preposition, not another trigger whose object it is ("the rebels, which have
    // besieged the city of El Fasher").
    let locative = |k: usize| matches!(st.lower_str(k), "in" | "at" | "near" | "on" | "outside" | "across" | "inside");
    let lead = (phrase_start.saturating_sub(6)..phrase_start).rev().find(|&k| {
        (st.tokens[k].kind == dyad_text::TokenKind::Punct && !st.is_joining_hyphen(k))
            || st.is_trigger_start(k)
            || locative(k)
            || matches!(st.lower_str(k), "by" | "to" | "from" | "for" | "of" | "with" | "against" | "into")
    });
    (of_kind || kind_after) && lead.is_some_and(locative)
}

/// The cost of a fronted place ([`fronted`]) for any event of its sentence: below
/// [`MAX_PLACE_COST`], above a place in the event's own clause.
const FRONTED_PLACE_COST: u32 = 40;

/// Whether a place opens its sentence as a locative phrase ended by a comma ("In Ghazni, ...",
/// "Also in the town of Awja, ..."), so that it sets the scene for the whole sentence.
fn fronted(st: &SentenceTokens, p: &PlaceMention) -> bool {
    // Words of a time: "Last week in Gaza, ...", "In Asmara on Sunday, ..." (between the place and
    // its comma).
    let time_word = |k: usize| {
        let w = st.lower_str(k);
        st.tokens.get(k).is_some_and(|t| t.kind == dyad_text::TokenKind::Number)
            || matches!(w, "on" | "early" | "late" | "last" | "this" | "night" | "morning" | "afternoon" | "evening")
            || matches!(w, "week" | "month" | "year" | "today" | "yesterday" | "overnight")
            || crate::date::weekday_of(w).is_some()
            || crate::date::month_of(w).is_some()
    };
    let comma = (p.end..p.end + 5).find(|&k| !time_word(k));
    if p.start == 0 || p.start > 12 || !comma.is_some_and(|k| st.lower_is(k, ",")) {
        return false;
    }
    (0..p.start).any(|k| is_locative(st.lower_str(k)))
        && (0..p.start).all(|k| {
            let w = st.lower_str(k);
            is_locative(w)
                || is_descriptor(w)
                || is_not_place(st.word(k))
                || matches!(w, "also" | "earlier" | "later" | "meanwhile" | "elsewhere" | "separately" | "and" | "but")
                || time_word(k)
                // "Meanwhile, in Bethlehem, ...", "Back in Tal Afar, ...", "Further south, in Rafah, ..."
                || matches!(w, "," | "back" | "further" | "farther" | "closer" | "nearby")
                || is_compass_point(w)
        })
}

/// What kind of event a place is sought for. Material acts share the place of their scene with
/// each other, protests with protests ("demonstrated in rallies in Corsica"; what a protest is
/// against often happened elsewhere), statements with none.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum SceneKind {
    /// Verbal cooperation or conflict other than protest: said, accused, appealed, threatened.
    Statement,
    /// A statement about something done elsewhere (CAMEO 01x, claims of responsibility among them,
    /// and 111, criticism and condemnation): a place after a noun of what it is about is that
    /// content's place ("condemned the massacre committed on Monday in Idlib").
    Speech,
    /// A material act: attacks, arrests, aid, troop movements.
    Act,
    /// A demonstration, rally, sit-in or hunger strike (CAMEO 14).
    Protest,
}

/// The place an event with its trigger at tokens `[start, end)` happened at: the place closest to
/// it by [`attachment_cost`], unless even that one is far ([`MAX_PLACE_COST`]). The object of the
/// event's own trigger ("captured Kabul") is its place; the object of another trigger ("after the
/// Soviets invaded Poland") is less likely to be. A statement (`verbal`: accusations, appeals,
/// threats) does not take a place from the act it speaks of ("accused Libya of recruiting fighters
/// in Niger" was not said in Niger).
pub(crate) fn place_of(
    lx: &Lexicon,
    st: &SentenceTokens,
    places: &[PlaceMention],
    (start, end): (usize, usize),
    gap: Option<(usize, usize)>,
    kind: SceneKind,
    verbs: &[VerbMatch],
) -> Option<(u32, usize)> {
    let verbal = kind != SceneKind::Act;
    let costs = places.iter().enumerate().filter_map(|(i, p)| {
        // "captured the Old City" (matched as `capture ... city`): the name the pattern's last
        // word ends is the place taken.
        let named_by_pattern = gap.is_some_and(|(gs, _)| gs <= p.start) && p.end == end && p.start > start;
        if p.object_of == Some(start) || named_by_pattern {
            return Some((0, i));
        }
        if p.destination {
            return None;
        }
        let other_object = if p.object_of.is_some() { 40 } else { 0 };
        if verbal && p.start >= end && (end..p.start).any(|k| st.is_trigger_start(k)) {
            return None;
        }
        // "the attacks on Aleppo amount to a war crime, calling for ...": a statement does not take
        // a place of an event noun in the clause before it (but "protested in Kiev, accusing ...").
        let in_event_noun = || {
            verbs.iter().any(|v| {
                v.end <= p.start && p.start - v.end <= 6 && lx.triggers[v.trigger].form == crate::lexicon::Form::Noun
            })
        };
        if matches!(kind, SceneKind::Statement | SceneKind::Speech)
            && p.end <= start
            && !fronted(st, p)
            && (p.end..start).any(|k| st.lower_is(k, ","))
            && in_event_noun()
        {
            return None;
        }
        // "protested against the escalation of the conflict in Bosnia": a whole country or region
        // after a noun of what a protest is against is that content's place, not the protest's (a
        // city there is most often the venue: "against the war in Washington"; and so is a place
        // after a person or a site: "against Bush in California", "around its headquarters in").
        let lead = super::links::phrase_lead(st, p.start);
        let content_noun = lead > 1 && {
            let w = st.lower_str(lead - 2);
            st.tokens[lead - 2].kind == dyad_text::TokenKind::Word
                && !st.is_capitalised(lead - 2)
                && !crate::place_words::is_site_noun(w)
                && !crate::place_words::is_settlement_noun(w)
        };
        if kind == SceneKind::Protest
            && p.start >= end
            && content_noun
            && (start..p.start).any(|k| matches!(st.lower_str(k), "against" | "over"))
            && (super::kind_rank(lx, st, p.start, p.end, true).is_some_and(|r| r >= 4)
                || super::names_country(lx, st, p.start, p.end))
        {
            return None;
        }
        let after_content = content_noun
            && is_locative(st.lower_str(lead - 1))
            && !st.is_trigger_start(lead - 2)
            && !crate::place_words::is_function_word(st.lower_str(lead - 2));
        if kind == SceneKind::Speech && p.start >= end && after_content {
            return None;
        }
        // A place in the gap of a pattern ("captured alive ... in Makhachkala, capital of" matched
        // as `capture ... capital`) is measured from the pattern's first words.
        let in_gap = gap.filter(|&(gs, ge)| gs <= p.start && p.end <= ge);
        let cost = attachment_cost(st, in_gap.map_or((start, end), |(gs, _)| (start, gs)), (p.start, p.end))?;
        // "In Sadr City, a Shiite district of Baghdad, the council head was shot": a place fronted
        // before the first comma sets the scene for the whole sentence.
        let cost = if fronted(st, p) { cost.min(FRONTED_PLACE_COST) } else { cost };
        let reference = if p.broad || reference_point(st, p.start) { REFERENCE_POINT_COST } else { 0 };
        Some((cost + other_object + reference, i))
    });
    let costs: Vec<(u32, usize)> = costs
        .filter(|&(cost, i)| {
            cost <= MAX_PLACE_COST
                || (!verbal && cost <= LONG_REACH && places[i].start >= end && named_settlement(st, &places[i]))
        })
        .collect();
    let mut best = costs.iter().min().copied()?;
    // "South of Baghdad, ten people were killed when a car bomb went off ... in the town of
    // Suwayra": a place named as such, in reach, is where; a reference point before the act only
    // says near what. (After it, "attacked ... west of the T-4 airport" names the target's place.)
    if reference_point(st, places[best.1].start) && places[best.1].end <= start {
        if let Some(&named) = costs.iter().filter(|&&(_, i)| !reference_point(st, places[i].start)).min() {
            best = named;
        }
    }
    // "In Asmara on Sunday, rebels attacked Chad": the scene is more precise than a whole country.
    if places[best.1].broad {
        if let Some(&scene) = costs.iter().filter(|&&(_, i)| fronted(st, &places[i])).min() {
            best = scene;
        }
    }
    // "In Sarajevo, a peacekeeper was shot ... in the suburb of Dobrinja": a place within the
    // fronted one, in reach of the event, is more precise than the scene.
    if fronted(st, &places[best.1]) {
        let within = costs
            .iter()
            .filter(|&&(_, i)| i != best.1 && places[i].start > places[best.1].end)
            .filter(|&&(_, i)| contains(lx, st, &places[best.1], &places[i], true))
            .min();
        if let Some(&inner) = within {
            return Some(inner);
        }
    }
    Some(best)
}

/// How unlikely a phrase at tokens `phrase` (a place, a date) is to modify the event whose trigger is
/// at `trigger`; `None` when they overlap. A phrase after the trigger ("was shot in Nablus") is
/// preferred to one before it ("bombings in Baghdad killed"), and every comma, other trigger or
/// subordinate clause between them makes it less likely ("shot ..., while troops in Gaza...").
pub(crate) fn attachment_cost(st: &SentenceTokens, trigger: (usize, usize), phrase: (usize, usize)) -> Option<u32> {
    let ((start, end), (p_start, p_end)) = (trigger, phrase);
    if p_start < end && p_end > start {
        return None;
    }
    let (from, to, before) = if p_start >= end { (end, p_start, false) } else { (p_end.min(start), start, true) };
    // A phrase just before the trigger ("in Angola demonstrated in Luanda") costs more than one
    // just after it.
    let mut cost = if before { (to - from + 1) as u32 * 3 } else { (to - from) as u32 * 2 };
    // Other triggers count once: "killed and wounded in an attack in Peshawar" is one scene, and so
    // is "captured in a March 23 ambush near Nasiriyah" (an event noun the trigger happened in).
    let mut other_trigger = 0;
    let happened_in = |k: usize| {
        !before
            && matches!(st.lower_str(end), "in" | "during")
            && k - end <= 5
            && (end + 1..k).all(|j| !st.is_trigger_start(j) && st.tokens[j].kind != dyad_text::TokenKind::Punct)
    };
    for k in from..to {
        cost += match st.lower_str(k) {
            _ if st.is_clause_end(k) => 60,
            "," => 12,
            "while" | "whereas" | "but" | "as" | "after" | "before" | "since" | "where" | "which" | "who" => 16,
            // "were killed when a bomb ripped through their convoy in Paktika": the clause says how
            // the act happened, in the same scene.
            "when" => 4,
            // "was captured in 2006 and is believed to be held in the Gaza Strip": a second
            // predicate of the subject, another scene
            "and" if matches!(st.lower_str(k + 1), "is" | "was" | "are" | "were" | "has" | "have" | "had") => 60,
            // "shot and killed": a trigger conjoined to this one is the same act.
            _ if st.is_trigger_start(k)
                && !(k == end + 1 && matches!(st.lower_str(end), "and" | "or"))
                && !happened_in(k) =>
            {
                other_trigger = 30;
                0
            }
            _ => 0,
        };
    }
    Some(cost + other_trigger)
}
