//! The dictionaries compiled for matching ([`Tables`]) with the gazetteer, and the dated-role
//! queries the coding rules ask of them.

use std::ops::Deref;

use chrono::NaiveDate;
use dyad_dict::Dictionary;

pub(crate) use crate::tables::{Form, NameEntry, NameKind, Tables};

/// Every dictionary compiled for matching. Built once, shared by all threads.
#[derive(Debug)]
pub struct Lexicon {
    tables: Tables,
    /// The embedded gazetteer, for event places (loaded once per process, shared).
    pub(crate) gazetteer: &'static dyad_places::Gazetteer<'static>,
    /// For each trigger: the word after its gap is a kind of place (`capture ... town`, a town
    /// taken) and it is an event, so that a locative in the gap makes that place where the act
    /// happened (`verbs::longest_outside_places`). Computed once here, not per match.
    pub(crate) place_after_gap: Vec<bool>,
}

/// The embedded dictionaries as compiled by `build.rs` (the numbers and text of `store::encode`).
static EMBEDDED: (&[u8], &str) =
    (include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin")), include_str!(concat!(env!("OUT_DIR"), "/lexicon.txt")));

/// The rules read the tables' fields through the lexicon (`lx.names`, `lx.people`).
impl Deref for Lexicon {
    type Target = Tables;

    fn deref(&self) -> &Tables {
        &self.tables
    }
}

impl Lexicon {
    /// Compile a dictionary.
    pub fn compile(dict: &Dictionary) -> Lexicon {
        Lexicon::with_tables(Tables::compile(dict))
    }

    /// The embedded dictionaries, compiled at build time: the same tables as
    /// `compile(Dictionary::embedded())` (a test checks it) without parsing or compiling at start-up.
    pub fn embedded() -> Lexicon {
        Lexicon::with_tables(crate::store::decode(EMBEDDED.0, EMBEDDED.1))
    }

    fn with_tables(tables: Tables) -> Lexicon {
        let place_after_gap = tables
            .triggers
            .iter()
            .map(|t| {
                // (a byte scan: a substring searcher per trigger costs a millisecond of start-up)
                let p = t.pattern.as_bytes();
                let gap_end = p.iter().position(|&b| b == b'.').map_or(p.len(), |k| (k + 4).min(p.len()));
                let after_gap = t.pattern.get(gap_end..).and_then(|s| s.split(' ').next()).unwrap_or("");
                t.cameo != dyad_dict::NOT_AN_EVENT
                    && (crate::place_words::is_settlement_noun(after_gap)
                        || crate::place_words::is_site_noun(after_gap))
            })
            .collect();
        Lexicon { tables, gazetteer: dyad_places::Gazetteer::embedded(), place_after_gap }
    }

    /// The role code a person holds on `date` (or their latest role, as an elite, when out of office).
    pub(crate) fn person_role(&self, person: usize, date: Option<NaiveDate>) -> Option<(String, String)> {
        let p = &self.people[person];
        let covering = p.roles.iter().find(|(_, from, to, _)| match date {
            Some(d) => from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t),
            None => to.is_none(),
        });
        if let Some((code, _, _, origin)) = covering {
            return Some((code.to_string(), origin.to_string()));
        }
        // Out of office on that date: the country of the latest national role, as an elite; someone
        // who served only IGOs (a UN envoy between posts) is an elite of no country.
        let (_, _, _, origin) = p.roles.last()?;
        let national = p.roles.iter().rev().map(|r| &r.0).find(|c| !matches!(c.get(..3), Some("IGO" | "NGO" | "IMG")));
        match national {
            Some(code) => Some((format!("{}ELI", &code[..3.min(code.len())]), origin.to_string())),
            None => Some(("ELI".to_string(), origin.to_string())),
        }
    }

    /// The code an organisation stands for on `date` when one of its dated roles covers it
    /// (the latest-starting; with no date, an open-ended one): (code, origin of the `role` line).
    pub(crate) fn organisation_role(&self, entry: &NameEntry, date: Option<NaiveDate>) -> Option<(String, String)> {
        let roles = &self.actor_roles[entry.roles?];
        let covers = |from: &Option<NaiveDate>, to: &Option<NaiveDate>| match date {
            Some(d) => from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t),
            None => to.is_none(),
        };
        let (code, _, _, origin) = roles.iter().filter(|(_, f, t, _)| covers(f, t)).rev().max_by_key(|r| r.1)?;
        Some((code.to_string(), origin.to_string()))
    }

    /// The role a titled surname stands for on the date ("President Bush"): a bearer of the surname
    /// in office with the title's sector then; else, if every bearer served one country, that
    /// country with the title's sector. Returns (code, origin, person if only one fits).
    pub(crate) fn titled_surname_role(
        &self,
        surname: &str,
        title_sector: &str,
        date: Option<NaiveDate>,
    ) -> Option<(String, String, Option<usize>)> {
        let ids = self.surnames.get(surname)?;
        if let Some(d) = date {
            for &p in ids {
                for (code, from, to, origin) in &self.people[p].roles {
                    let covers = from.is_none_or(|f| f <= d) && to.is_none_or(|t| d <= t);
                    if covers && code.get(3..) == Some(title_sector) {
                        return Some((code.to_string(), origin.to_string(), Some(p)));
                    }
                }
            }
        }
        let mut countries = ids.iter().flat_map(|&p| &self.people[p].roles).map(|r| r.0.get(..3).unwrap_or(""));
        let first = countries.next()?;
        if first.len() != 3 || first == "IGO" || first == "NGO" || countries.any(|c| c != first) {
            return None;
        }
        let (_, _, _, origin) = self.people[ids[0]].roles.first()?;
        let person = if ids.len() == 1 { Some(ids[0]) } else { None };
        Some((format!("{first}{title_sector}"), origin.to_string(), person))
    }

    /// Whether the dictionary has any event patterns at all.
    pub fn has_events(&self) -> bool {
        !self.events.is_empty() || !self.noun_events.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    #[test]
    fn embedded_tables_are_the_compiled_embedded_dictionaries() {
        // What build.rs stored is what compiling the embedded dictionaries now gives...
        let embedded = (EMBEDDED.0.to_vec(), EMBEDDED.1.to_string());
        let compiled = store::encode(&Tables::compile(Dictionary::embedded_shared()));
        assert!(compiled == embedded, "lexicon.bin differs from the compiled embedded dictionaries");
        // ...and decoding loses nothing of it.
        let decoded = store::encode(&store::decode(EMBEDDED.0, EMBEDDED.1));
        assert!(decoded == embedded, "decoding lexicon.bin loses something");
    }
}
