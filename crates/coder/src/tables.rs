//! The dictionaries compiled for matching: interned tokens, one phrase trie per kind of entry, and
//! what each match stands for. Plain data with no tie to the gazetteer, so that `build.rs` can
//! compile the embedded dictionaries with this very code and store the result (see `store.rs`).

use std::borrow::Cow;

use chrono::NaiveDate;
use dyad_dict::{CueKind, Dictionary, Pattern, PatternKind, PatternWord};
use rustc_hash::FxHashMap;

use crate::store::{Reader, Writer};
use crate::trie::{Trie, GAP};

/// Interns token texts to two id spaces, case-sensitive (names) and lower-cased (phrases);
/// id 0 means "not in any dictionary". One map holds both, so a lower-case token, the
/// common case, costs one hash lookup for both ids.
#[derive(Default, Debug)]
pub(crate) struct Vocab {
    map: FxHashMap<Text, [u32; 2]>,
    counts: [u32; 2],
}

impl Vocab {
    /// `[exact id, lower-case id]` of a token text.
    pub(crate) fn get(&self, s: &str) -> [u32; 2] {
        self.map.get(s).copied().unwrap_or([0, 0])
    }

    fn intern(&mut self, s: &str, space: usize) -> u32 {
        let ids = self.map.entry(Cow::Owned(s.to_string())).or_insert([0, 0]);
        if ids[space] == 0 {
            self.counts[space] += 1;
            ids[space] = self.counts[space];
        }
        ids[space]
    }

    fn intern_exact(&mut self, s: &str) -> u32 {
        self.intern(s, 0)
    }

    fn intern_lower(&mut self, s: &str) -> u32 {
        self.intern(s, 1)
    }

    /// Writes the vocabulary sorted by text (see `store.rs`).
    #[cfg_attr(not(test), allow(dead_code))] // used by build.rs and the round-trip test
    pub(crate) fn encode(&self, w: &mut Writer) {
        self.counts.iter().for_each(|&n| w.u32(n));
        let mut tokens: Vec<_> = self.map.iter().collect();
        tokens.sort_unstable();
        w.usize(tokens.len());
        for (text, [exact, lower]) in tokens {
            w.str(text);
            w.u32(*exact);
            w.u32(*lower);
        }
    }

    pub(crate) fn decode(r: &mut Reader<'static>) -> Vocab {
        let counts = [r.u32(), r.u32()];
        let n = r.usize();
        let mut map = FxHashMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let text = r.str();
            map.insert(Cow::Borrowed(text), [r.u32(), r.u32()]);
        }
        Vocab { map, counts }
    }
}

/// A text of a compiled entry: borrowed from the stored tables when they are the embedded ones
/// (decoding them then allocates nothing per string), owned when compiled at run time (`--dict`).
pub(crate) type Text = Cow<'static, str>;

/// What a name in the name trie stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameKind {
    Country,
    Adjective,
    People,
    Capital,
    Organisation,
    Person,
}

/// A compiled name: what it resolves to and where it came from.
#[derive(Clone, Debug)]
pub(crate) struct NameEntry {
    pub kind: NameKind,
    /// Actor code for countries (CAMEO country code) and organisations.
    pub code: Text,
    pub country: Option<Text>,
    pub sector: Option<Text>,
    pub canonical: Option<Text>,
    /// Index into [`Tables::people`] for persons.
    pub person: Option<usize>,
    /// Index into [`Tables::actor_roles`] for organisations whose status changed with time.
    pub roles: Option<usize>,
    pub origin: Text,
}

/// A compiled sector word.
#[derive(Clone, Debug)]
pub(crate) struct SectorEntry {
    pub sector: Text,
    pub title: bool,
    pub origin: Text,
}

/// Which inflection of its verb a trigger's first word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    Base,
    Third,
    Past,
    Gerund,
    Noun,
}

/// A compiled event trigger.
#[derive(Clone, Debug)]
pub(crate) struct Trigger {
    pub cameo: Text,
    pub pattern: Text,
    pub origin: Text,
    pub form: Form,
    /// The pattern ends in a preposition that introduces the target.
    pub prep_target: bool,
}

/// A compiled cue.
#[derive(Clone, Debug)]
pub(crate) struct CueEntry {
    pub kind: CueKind,
    pub origin: Text,
}

/// A dated role as compiled: (code, from, to, `file:line` of the `role` line).
pub(crate) type DatedRole = (Text, Option<NaiveDate>, Option<NaiveDate>, Text);

/// A person's dated roles.
#[derive(Clone, Debug)]
pub(crate) struct PersonRoles {
    pub canonical: Text,
    pub roles: Vec<DatedRole>,
}

/// Every dictionary compiled for matching (the `Lexicon` less the gazetteer).
///
/// `pub` only so that `Lexicon` may deref to it; the module is private.
#[derive(Debug)]
pub struct Tables {
    pub(crate) vocab: Vocab,
    pub(crate) names: Trie,
    pub(crate) name_entries: Vec<NameEntry>,
    pub(crate) sectors: Trie,
    pub(crate) sector_entries: Vec<SectorEntry>,
    pub(crate) events: Trie,
    pub(crate) noun_events: Trie,
    pub(crate) triggers: Vec<Trigger>,
    pub(crate) cues: Trie,
    pub(crate) cue_entries: Vec<CueEntry>,
    pub(crate) people: Vec<PersonRoles>,
    /// Dated status changes of organisations (`role` lines of `actor` entries), as (code, from, to, origin).
    pub(crate) actor_roles: Vec<Vec<DatedRole>>,
    /// Last word of each person's names -> the people who bear it ("Bush" -> both Presidents Bush),
    /// for titled surnames ("President Bush"); a surname alone is never enough.
    pub(crate) surnames: FxHashMap<Text, Vec<usize>>,
}

const PREPOSITIONS: &[&str] =
    &["with", "on", "against", "to", "for", "from", "of", "between", "into", "at", "over", "toward", "towards", "upon"];

fn phrase_tokens(phrase: &str) -> Vec<&str> {
    dyad_text::tokenize(phrase).into_iter().map(|t| t.text(phrase)).collect()
}

impl Tables {
    /// Compile a dictionary.
    pub(crate) fn compile(dict: &Dictionary) -> Tables {
        let mut lx = Tables {
            vocab: Vocab::default(),
            names: Trie::new(),
            name_entries: Vec::new(),
            sectors: Trie::new(),
            sector_entries: Vec::new(),
            events: Trie::new(),
            noun_events: Trie::new(),
            triggers: Vec::new(),
            cues: Trie::new(),
            cue_entries: Vec::new(),
            people: Vec::new(),
            actor_roles: Vec::new(),
            surnames: FxHashMap::default(),
        };
        for c in &dict.countries {
            let base = |kind, sector: Option<&str>, origin: &dyad_dict::Origin| NameEntry {
                kind,
                code: c.code.clone().into(),
                country: Some(c.iso3.clone().into()),
                sector: sector.map(|s| s.to_string().into()),
                canonical: Some(c.canonical.clone().into()),
                person: None,
                roles: None,
                origin: origin.to_string().into(),
            };
            for n in &c.names {
                lx.add_name(&n.text, base(NameKind::Country, None, &n.origin));
            }
            for n in &c.adjectives {
                lx.add_name(&n.text, base(NameKind::Adjective, None, &n.origin));
            }
            for n in &c.peoples {
                lx.add_name(&n.text, base(NameKind::People, Some("CVL"), &n.origin));
            }
            for n in &c.capitals {
                lx.add_name(&n.text, base(NameKind::Capital, Some("GOV"), &n.origin));
            }
        }
        for a in &dict.actors {
            let roles = (!a.roles.is_empty()).then(|| {
                lx.actor_roles.push(
                    a.roles
                        .iter()
                        .map(|r| (r.code.clone().into(), r.from, r.to, r.origin.to_string().into()))
                        .collect(),
                );
                lx.actor_roles.len() - 1
            });
            for n in &a.names {
                let entry = NameEntry {
                    kind: NameKind::Organisation,
                    code: a.code.clone().into(),
                    country: a.country.clone().map(Cow::Owned),
                    sector: a.sector.clone().map(Cow::Owned),
                    canonical: Some(a.canonical.clone().into()),
                    person: None,
                    roles,
                    origin: n.origin.to_string().into(),
                };
                lx.add_name(&n.text, entry);
            }
        }
        for p in &dict.people {
            let idx = lx.people.len();
            lx.people.push(PersonRoles {
                canonical: p.canonical.clone().into(),
                roles: p
                    .roles
                    .iter()
                    .map(|r| (r.code.clone().into(), r.from, r.to, r.origin.to_string().into()))
                    .collect(),
            });
            for n in std::iter::once(&p.canonical).chain(p.names.iter().map(|n| &n.text)) {
                let words = phrase_tokens(n);
                if let [_, .., last] = words.as_slice() {
                    let ids = lx.surnames.entry(Cow::Owned(last.to_string())).or_default();
                    if !ids.contains(&idx) {
                        ids.push(idx);
                    }
                }
            }
            for n in &p.names {
                let entry = NameEntry {
                    kind: NameKind::Person,
                    code: Cow::Borrowed(""),
                    country: None,
                    sector: None,
                    canonical: Some(p.canonical.clone().into()),
                    person: Some(idx),
                    roles: None,
                    origin: n.origin.to_string().into(),
                };
                lx.add_name(&n.text, entry);
            }
        }
        // Titles first: a word that is both ("president") acts as a title when a name follows.
        for pass in [true, false] {
            for s in &dict.sectors {
                for (list, title) in [(&s.titles, true), (&s.nouns, false)] {
                    if title != pass {
                        continue;
                    }
                    for n in list.iter() {
                        let entry =
                            SectorEntry { sector: s.code.clone().into(), title, origin: n.origin.to_string().into() };
                        let id = lx.sector_entries.len() as u32;
                        lx.sector_entries.push(entry);
                        let words = phrase_tokens(&n.text);
                        let key: Vec<u32> = words.iter().map(|w| lx.vocab.intern_lower(&w.to_lowercase())).collect();
                        lx.sectors.insert(&key, id);
                        if !title {
                            if let Some((last, rest)) = words.split_last() {
                                let mut key: Vec<u32> =
                                    rest.iter().map(|w| lx.vocab.intern_lower(&w.to_lowercase())).collect();
                                key.push(lx.vocab.intern_lower(&dyad_dict::noun_plural(&last.to_lowercase())));
                                lx.sectors.insert(&key, id);
                            }
                        }
                    }
                }
            }
        }
        for e in &dict.events {
            for p in &e.patterns {
                let pattern = p.text.clone();
                let prep_target =
                    matches!(p.words.last(), Some(PatternWord::Word(w)) if PREPOSITIONS.contains(&w.as_str()));
                for (key, form) in lx.pattern_keys(p, dict) {
                    let id = lx.triggers.len() as u32;
                    lx.triggers.push(Trigger {
                        cameo: e.cameo.clone().into(),
                        pattern: pattern.clone().into(),
                        origin: p.origin.to_string().into(),
                        form,
                        prep_target,
                    });
                    match p.kind {
                        PatternKind::Verb => lx.events.insert(&key, id),
                        PatternKind::Noun => lx.noun_events.insert(&key, id),
                    }
                }
            }
        }
        for c in &dict.cues {
            for p in &c.patterns {
                for (key, _) in lx.pattern_keys(p, dict) {
                    let id = lx.cue_entries.len() as u32;
                    lx.cue_entries.push(CueEntry { kind: c.kind, origin: p.origin.to_string().into() });
                    lx.cues.insert(&key, id);
                }
            }
        }
        lx
    }

    fn add_name(&mut self, text: &str, entry: NameEntry) {
        let words = phrase_tokens(text);
        if words.is_empty() {
            return;
        }
        let id = self.name_entries.len() as u32;
        self.name_entries.push(entry);
        let key: Vec<u32> = words.iter().map(|w| self.vocab.intern_exact(w)).collect();
        self.names.insert(&key, id);
        // Headlines and datelines in capitals: "EGYPT", "UNITED NATIONS".
        let upper: Vec<u32> = words.iter().map(|w| self.vocab.intern_exact(&w.to_uppercase())).collect();
        self.names.insert(&upper, id);
    }

    /// Token-id keys for a pattern: one per inflection of its first word.
    fn pattern_keys(&mut self, p: &Pattern, dict: &Dictionary) -> Vec<(Vec<u32>, Form)> {
        let mut rest: Vec<u32> = Vec::new();
        let mut first: Option<&str> = None;
        for w in &p.words {
            match w {
                PatternWord::Gap => rest.push(GAP),
                PatternWord::Word(word) => {
                    for t in phrase_tokens(word) {
                        if first.is_none() && rest.is_empty() {
                            first = Some(t);
                            continue;
                        }
                        rest.push(self.vocab.intern_lower(&t.to_lowercase()));
                    }
                }
            }
        }
        let Some(first) = first else { return Vec::new() };
        let first = first.to_lowercase();
        let forms: Vec<(String, Form)> = match p.kind {
            PatternKind::Verb => dict
                .inflections
                .verb_forms(&first)
                .into_iter()
                .map(|f| {
                    let form = if f == first {
                        Form::Base
                    } else if f.ends_with("ing") && !first.ends_with("ing") {
                        Form::Gerund
                    } else if f.ends_with('s') && !f.ends_with("ss") && f.len() <= first.len() + 2 && !f.ends_with("ed")
                    {
                        Form::Third
                    } else {
                        Form::Past
                    };
                    (f, form)
                })
                .collect(),
            PatternKind::Noun => {
                let plural = dyad_dict::noun_plural(&first);
                let mut v = vec![(first.clone(), Form::Noun)];
                if plural != first && !p.words.is_empty() {
                    v.push((plural, Form::Noun));
                }
                v
            }
        };
        forms
            .into_iter()
            .map(|(f, form)| {
                let mut key = vec![self.vocab.intern_lower(&f)];
                key.extend_from_slice(&rest);
                (key, form)
            })
            .collect()
    }
}
