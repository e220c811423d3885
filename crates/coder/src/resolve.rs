//! One actor phrase resolved on its own ("Israeli troops", "the Kremlin", "President Putin"),
//! through the same mention finding the coder runs on every sentence: the `dyad actors` command.

use chrono::NaiveDate;

use crate::lexicon::Lexicon;
use crate::mention::{find_mentions, ActorMention};
use crate::sentence::SentenceTokens;

/// What the coder takes an actor phrase to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedActor {
    /// CAMEO-style code (`ISRMIL`, `IGOUNO`).
    pub code: String,
    /// ISO3 country.
    pub country: Option<String>,
    /// CAMEO actor type.
    pub sector: Option<String>,
    /// Canonical name of a known person or organisation.
    pub name: Option<String>,
    /// The dictionary entry that named the actor, when one did (not for a sector noun alone).
    pub entry: Option<EntryRef>,
    /// Every dictionary line that took part, as `file:line` joined by `+` (as in `--explain`).
    pub rule: String,
    /// The words of the phrase the actor covers.
    pub matched: String,
    /// Byte range of `matched` in the phrase.
    pub span: std::ops::Range<usize>,
}

/// A dictionary entry: its canonical name and the `file:line` of the line that matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryRef {
    /// Canonical name of the country, organisation or person.
    pub name: String,
    /// `file:line` of the matching name (or dated role) line.
    pub at: String,
}

/// Resolve `phrase` as the coder would in a document dated `date`; the mention covering the
/// most words wins (the first among equals). `None` when no actor is found.
pub(crate) fn resolve_actor(lx: &Lexicon, phrase: &str, date: Option<NaiveDate>) -> Option<ResolvedActor> {
    let tokens = dyad_text::tokenize(phrase);
    let mut st = SentenceTokens::new(lx, phrase, &tokens);
    // Trigger starts bound names and titles, as in a sentence ("Putin said" vs "President Putin").
    let _ = crate::verbs::find_verbs(lx, &mut st);
    let mentions = find_mentions(lx, &st, date);
    let best = mentions.iter().filter(|m| !m.pronoun).fold(None::<&ActorMention>, |best, m| match best {
        Some(b) if b.end - b.start >= m.end - m.start => Some(b),
        _ => Some(m),
    })?;
    let span = st.span(best.start, best.end);
    Some(ResolvedActor {
        span: span.start as usize..span.end as usize,
        code: best.code.clone(),
        country: best.country.clone(),
        sector: best.sector.clone(),
        name: best.name.clone(),
        entry: entry_of(lx, &best.rule),
        rule: best.rule.clone(),
        matched: span.text(phrase).to_string(),
    })
}

/// The first line of a rule that belongs to a named entry (a name line, or a person's or an
/// organisation's dated role), with that entry's canonical name.
fn entry_of(lx: &Lexicon, rule: &str) -> Option<EntryRef> {
    rule.split('+').find_map(|at| {
        let by_name = lx.name_entries.iter().find(|e| e.origin == at).and_then(|e| e.canonical.as_deref());
        let by_role = || {
            lx.people.iter().find(|p| p.roles.iter().any(|r| r.3 == at)).map(|p| &*p.canonical).or_else(|| {
                lx.name_entries
                    .iter()
                    .find(|e| e.roles.is_some_and(|k| lx.actor_roles[k].iter().any(|r| r.3 == at)))
                    .and_then(|e| e.canonical.as_deref())
            })
        };
        by_name.or_else(by_role).map(|name| EntryRef { name: name.to_string(), at: at.to_string() })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Coder;

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    const DICT: &str = "country ISR Israel\n  adj Israeli\n  capital Jerusalem\n\
        sector MIL Military\n  noun troop\n\
        sector GOV Government\n  title president\n\
        actor AFGREB Taliban\n  country -\n  sector REB\n  role AFGGOV 2021-08-15 -\n\
        person Isaac Herzog\n  name Herzog\n  role ISRGOV 2021-07-07 -\n\
        person Kofi Envoy\n  name Envoy\n  role IGOUNO 2014-07-10 2018-12-31\n";

    fn coder() -> Coder {
        let (dict, diags) = dyad_dict::Dictionary::from_sources(&[("test.txt", DICT)]);
        assert!(diags.is_empty(), "{diags:?}");
        Coder::new(&dict)
    }

    #[test]
    fn composes_a_modifier_and_a_sector_noun() {
        let a = coder().resolve_actor("Israeli troops", None).unwrap();
        assert_eq!((a.code.as_str(), a.country.as_deref(), a.sector.as_deref()), ("ISRMIL", Some("ISR"), Some("MIL")));
        assert_eq!(a.entry, Some(EntryRef { name: "Israel".into(), at: "test.txt:2".into() }));
    }

    #[test]
    fn organisation_status_follows_the_date() {
        let c = coder();
        assert_eq!(c.resolve_actor("the Taliban", day("2015-01-01")).unwrap().code, "AFGREB");
        let now = c.resolve_actor("the Taliban", day("2022-01-01")).unwrap();
        assert_eq!(
            (now.code.as_str(), now.country.as_deref(), now.sector.as_deref()),
            ("AFGGOV", Some("AFG"), Some("GOV"))
        );
        assert_eq!(now.entry.unwrap().name, "Taliban");
    }

    #[test]
    fn person_before_office_is_an_elite_and_unknown_words_are_none() {
        let c = coder();
        assert_eq!(c.resolve_actor("President Herzog", day("2023-01-01")).unwrap().code, "ISRGOV");
        assert_eq!(c.resolve_actor("Herzog", day("2019-01-01")).unwrap().code, "ISRELI");
        assert_eq!(c.resolve_actor("the weather", None), None);
        // Between UN posts, with no national office: an elite of no country.
        let envoy = c.resolve_actor("Kofi Envoy", day("2020-01-01")).unwrap();
        assert_eq!((envoy.code.as_str(), envoy.country, envoy.sector.as_deref()), ("ELI", None, Some("ELI")));
    }
}
