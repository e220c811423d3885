//! Checks that need every file: unknown ISO3 codes, duplicate countries, names and patterns.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::parse::Loader;
use crate::{Diagnostic, Origin, PatternKind};

impl Loader {
    /// Runs the cross-file checks, then sorts the diagnostics by file (in the order
    /// read) and line.
    pub(crate) fn finish(&mut self, file_order: &[&str]) {
        self.check_actor_countries();
        self.check_duplicate_countries();
        self.check_duplicate_names();
        self.check_duplicate_patterns();
        self.check_duplicate_sector_words();
        let rank: FxHashMap<&str, usize> = file_order.iter().enumerate().map(|(i, f)| (*f, i)).collect();
        self.diags.sort_by_key(|d| (rank.get(&*d.origin.file).copied().unwrap_or(usize::MAX), d.origin.line));
    }

    /// An actor's `country` must be `-` or defined by some `country` entry.
    fn check_actor_countries(&mut self) {
        let known: FxHashSet<&str> = self.dict.countries.iter().map(|c| c.iso3.as_str()).collect();
        let mut unknown = Vec::new();
        for (i, iso3, origin) in &self.actor_countries {
            if !known.contains(iso3.as_str()) {
                unknown.push(*i);
                self.diags.push(Diagnostic::error(
                    origin.clone(),
                    format!("unknown country `{iso3}`: no `country {iso3}` entry defines it"),
                ));
            }
        }
        for i in unknown {
            self.dict.actors[i].country = None;
        }
        self.actor_countries.clear();
    }

    /// The same ISO3 code given to two `country` entries.
    fn check_duplicate_countries(&mut self) {
        let mut seen: FxHashMap<&str, &Origin> = FxHashMap::default();
        for c in &self.dict.countries {
            if let Some(first) = seen.insert(&c.iso3, &c.origin) {
                self.diags.push(Diagnostic::warning(
                    c.origin.clone(),
                    format!("country {} is defined twice (also at {first})", c.iso3),
                ));
                seen.insert(&c.iso3, first);
            }
        }
    }

    /// The same name (or adjective, people, capital) given to two different
    /// countries or actors. Actors that share a code are the same actor.
    fn check_duplicate_names(&mut self) {
        let mut seen: FxHashMap<&str, (String, &Origin)> = FxHashMap::default();
        let mut warnings = Vec::new();
        let countries = self.dict.countries.iter().map(|c| {
            let names = c.names.iter().chain(&c.adjectives).chain(&c.peoples).chain(&c.capitals);
            (format!("country {}", c.iso3), names.collect::<Vec<_>>())
        });
        let actors = self.dict.actors.iter().map(|a| (format!("actor {}", a.code), a.names.iter().collect::<Vec<_>>()));
        for (owner, names) in countries.chain(actors) {
            for n in names {
                match seen.get(n.text.as_str()) {
                    None => {
                        seen.insert(&n.text, (owner.clone(), &n.origin));
                    }
                    Some((first, at)) if *first != owner => warnings.push(Diagnostic::warning(
                        n.origin.clone(),
                        format!("name `{}` is given to {owner} and to {first} (at {at})", n.text),
                    )),
                    Some(_) => {}
                }
            }
        }
        self.diags.extend(warnings);
    }

    /// The exact same pattern (same kind, same words) under two different event codes.
    fn check_duplicate_patterns(&mut self) {
        let mut seen: FxHashMap<(PatternKind, String), (&str, &Origin)> = FxHashMap::default();
        let mut warnings = Vec::new();
        for e in &self.dict.events {
            for p in &e.patterns {
                let key = (p.kind, p.text.to_lowercase());
                match seen.get(&key) {
                    None => {
                        seen.insert(key, (&e.cameo, &p.origin));
                    }
                    Some((code, at)) if *code != e.cameo => {
                        let kw = if p.kind == PatternKind::Verb { "verb" } else { "noun" };
                        warnings.push(Diagnostic::warning(
                            p.origin.clone(),
                            format!(
                                "pattern `{kw} {}` is under event {} and also under event {code} (at {at})",
                                p.text, e.cameo
                            ),
                        ));
                    }
                    Some(_) => {}
                }
            }
        }
        self.diags.extend(warnings);
    }

    /// The same noun or title (case-insensitive) under two different sectors.
    fn check_duplicate_sector_words(&mut self) {
        let mut seen: FxHashMap<(&str, String), (&str, &Origin)> = FxHashMap::default();
        let mut warnings = Vec::new();
        for s in &self.dict.sectors {
            let words = s.nouns.iter().map(|n| ("noun", n)).chain(s.titles.iter().map(|t| ("title", t)));
            for (kw, n) in words {
                match seen.get(&(kw, n.text.to_lowercase())) {
                    None => {
                        seen.insert((kw, n.text.to_lowercase()), (&s.code, &n.origin));
                    }
                    Some((code, at)) if *code != s.code => warnings.push(Diagnostic::warning(
                        n.origin.clone(),
                        format!("{kw} `{}` is under sector {} and also under sector {code} (at {at})", n.text, s.code),
                    )),
                    Some(_) => {}
                }
            }
        }
        self.diags.extend(warnings);
    }
}
