//! The event record's place: a place mention as written and as the gazetteer resolves it.

use super::PlaceMention;
use crate::lexicon::Lexicon;
use crate::mention::ActorMention;
use crate::sentence::SentenceTokens;

/// The event record's place for a place mention: as written, and as the gazetteer resolves it.
/// Homonyms ("Tripoli") take the place's own country, else the first country among the sentence's
/// actors that has a place of that name.
pub(crate) fn geocode(lx: &Lexicon, st: &SentenceTokens, p: &PlaceMention, mentions: &[ActorMention]) -> crate::Place {
    let span = st.span(p.start, p.end);
    let text = span.text(st.text);
    let gaz = lx.gazetteer;
    let ids = gaz.lookup(text);
    // A sizeable city of that name in the country of one of the sentence's actors ("Lebanese troops
    // ... in Tripoli"); a small homonym there does not count (US actors and Paris, Texas).
    let sizeable_in =
        |c: &str| ids.iter().any(|&id| gaz.place(id).country == Some(c) && gaz.place(id).population >= 50_000);
    let hint = mentions
        .iter()
        .filter(|m| !(m.start <= p.start && p.start < m.end))
        .filter_map(|m| m.country.as_deref())
        .find(|c| sizeable_in(c))
        .or(p.country.as_deref());
    let found = gaz.best(ids, hint).map(|id| gaz.place(id));
    crate::Place {
        text: text.to_string(),
        name: found.map(|f| f.name.to_string()),
        country: found.and_then(|f| f.country.map(str::to_string)).or_else(|| p.country.clone()),
        admin1: found.and_then(|f| f.admin1.map(str::to_string)),
        feature: found.map(|f| f.feature.as_str()),
        lat: found.map(|f| f.lat),
        lon: found.map(|f| f.lon),
        geonameid: found.and_then(|f| f.geonameid),
        span: [span.start, span.end],
    }
}
