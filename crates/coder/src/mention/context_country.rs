//! Sector-only actors placed in a country by the actors around them.

use super::ActorMention;
use crate::sentence::SentenceTokens;
use crate::verbs::CueMatch;
use dyad_dict::CueKind;

/// Sector-only actors take their country from context, as a reader does: "the rebels" in a
/// sentence about Sudan are Sudanese. The nearest actor with a country to the left wins, then
/// to the right (the document's earlier actors come next: `coref::DocumentActors::place_by_context`).
/// The rule shows `+context-country`. An earlier actor of the same sector, of one country only,
/// comes first and is no guess ("Azerbaijani border guards detained ..., the border service
/// said": Azerbaijan's service): the rule shows `+sector-country`.
pub(crate) fn infer_countries(st: &SentenceTokens, cues: &[CueMatch], out: &mut [ActorMention]) {
    for k in 0..out.len() {
        let m = &out[k];
        let sector_only = m.country.is_none()
            && m.name.is_none()
            && m.resolved_from.is_none()
            && m.sector.as_deref().is_some_and(|s| !matches!(s, "IGO" | "NGO"))
            && m.code == m.sector.clone().unwrap_or_default();
        if !sector_only {
            continue;
        }
        // The speaker test first: it is cheap, and most sector nouns are no speaker.
        let kin = if speaker_after(st, cues, m) {
            let explicit = |o: &&ActorMention| o.country.is_some() && !o.pronoun && !o.country_from_context();
            let mut kin = out[..k].iter().filter(explicit).filter(|o| o.sector == m.sector);
            kin.next().filter(|first| kin.all(|o| o.country == first.country))
        } else {
            None
        };
        let left = out[..k].iter().rev().find(|o| o.country.is_some() && !o.pronoun);
        let right = out[k + 1..].iter().find(|o| o.country.is_some() && !o.pronoun);
        let (ctx, how) = match kin {
            Some(o) => (o, "sector-country"),
            None => match left.or(right) {
                Some(o) => (o, "context-country"),
                None => continue,
            },
        };
        let (country, origin) = (ctx.country.clone(), ctx.rule.clone());
        let m = &mut out[k];
        m.code = format!("{}{}", country.as_deref().unwrap_or(""), m.code);
        m.country = country;
        m.rule = format!("{}+{how}({})", m.rule, origin.split('+').next().unwrap_or(""));
    }
}

/// "..., the State Border Service said": a definite description right before a report cue, the
/// speaker of what precedes. Elsewhere an actor of the same sector is as often the other side
/// ("the army said it shot down two drones").
fn speaker_after(st: &SentenceTokens, cues: &[CueMatch], m: &ActorMention) -> bool {
    let the = (0..m.start).rev().take_while(|&i| i + 3 > m.start && st.is_capitalised(i)).last().unwrap_or(m.start);
    st.lower_is(the.wrapping_sub(1), "the") && cues.iter().any(|c| c.start == m.end && c.kind == CueKind::Report)
}
