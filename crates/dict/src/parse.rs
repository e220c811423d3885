//! Line-level parsing: entries, attributes, and the checks that need only one line.
//!
//! Checks that need every file (unknown ISO3 codes, duplicate names and patterns)
//! are in [`crate::check`].

use std::sync::Arc;

use chrono::NaiveDate;

use crate::{
    Actor, Country, Cue, CueKind, Diagnostic, Dictionary, EventEntry, Irregular, Name, Origin, Pattern, PatternKind,
    PatternWord, Person, Role, Sector,
};

/// Strips a comment: `#` at the start of the line or after whitespace.
pub(crate) fn strip_comment(line: &str) -> &str {
    let mut after_space = true;
    for (i, c) in line.char_indices() {
        if c == '#' && after_space {
            return &line[..i];
        }
        after_space = c.is_whitespace();
    }
    line
}

/// Whether `code` is three ASCII upper-case letters.
pub(crate) fn is_iso3(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// `-` (open) or a `YYYY-MM-DD` date.
fn parse_date(s: &str) -> Result<Option<NaiveDate>, String> {
    if s == "-" {
        return Ok(None);
    }
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let date = shape
        .then(|| NaiveDate::from_ymd_opt(s[..4].parse().ok()?, s[5..7].parse().ok()?, s[8..].parse().ok()?))
        .flatten();
    match date {
        Some(d) => Ok(Some(d)),
        None => Err(format!("bad date `{s}` (expected YYYY-MM-DD, or `-` for open)")),
    }
}

/// Parses a pattern value; `value` has its whitespace collapsed already.
pub(crate) fn parse_pattern(kind: PatternKind, value: &str, origin: Origin) -> Result<Pattern, String> {
    let words: Vec<PatternWord> = value
        .split_whitespace()
        .map(|w| match w {
            "..." | "\u{2026}" => PatternWord::Gap,
            w => PatternWord::Word(w.to_lowercase()),
        })
        .collect();
    match words.first() {
        None => Err("empty pattern".to_string()),
        Some(PatternWord::Gap) => Err(format!("pattern `{value}` starts with a gap `...`")),
        Some(PatternWord::Word(_)) => Ok(Pattern { kind, text: value.to_string(), words, origin }),
    }
}

/// An entry being read, before its attributes are all in.
enum Entry {
    Country(Country),
    Actor(Actor, Option<(String, Origin)>),
    Person(Person),
    Sector(Sector),
    Event(EventEntry),
    Cue(Option<CueKind>, Cue),
    Inflect(Option<Irregular>),
}

impl Entry {
    fn keyword(&self) -> &'static str {
        match self {
            Entry::Country(_) => "country",
            Entry::Actor(..) => "actor",
            Entry::Person(_) => "person",
            Entry::Sector(_) => "sector",
            Entry::Event(_) => "event",
            Entry::Cue(..) => "cue",
            Entry::Inflect(_) => "inflect",
        }
    }

    fn keys(&self) -> &'static str {
        match self {
            Entry::Country(_) => "name, adj, people, capital, code",
            Entry::Actor(..) => "name, country, sector, role",
            Entry::Person(_) => "name, role",
            Entry::Sector(_) => "noun, title",
            Entry::Event(_) => "verb, noun",
            Entry::Cue(Some(CueKind::Negation), _) => "phrase",
            Entry::Cue(..) => "verb, phrase",
            Entry::Inflect(_) => "none: `inflect` takes no attributes",
        }
    }
}

/// What the lines that follow belong to.
enum Open {
    /// No entry yet in this file.
    Nothing,
    /// An unknown kind: its attributes cannot be checked and are skipped quietly.
    Unknown,
    /// An entry; `valid` is false when its header line had an error.
    Entry { entry: Box<Entry>, valid: bool },
}

/// The entry kinds, for messages.
const KINDS: &str = "country, actor, person, sector, event, inflect, cue";

/// Reads files one after another into a [`Dictionary`].
#[derive(Default)]
pub(crate) struct Loader {
    pub(crate) dict: Dictionary,
    pub(crate) diags: Vec<Diagnostic>,
    /// Actor `country` attributes to check once every file is read: (actor index, ISO3, line).
    pub(crate) actor_countries: Vec<(usize, String, Origin)>,
}

impl Loader {
    /// Parses one file.
    pub(crate) fn file(&mut self, name: &str, text: &str) {
        let file: Arc<str> = Arc::from(name);
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut open = Open::Nothing;
        for (i, raw) in text.lines().enumerate() {
            let origin = Origin { file: file.clone(), line: u32::try_from(i + 1).unwrap_or(u32::MAX) };
            let line = strip_comment(raw);
            let mut words = line.split_whitespace();
            let Some(first) = words.next() else { continue };
            let args: Vec<&str> = words.collect();
            if line.starts_with(char::is_whitespace) {
                self.attribute(&mut open, first, &args, origin);
            } else {
                self.close(std::mem::replace(&mut open, Open::Nothing));
                open = self.header(first, &args, origin);
            }
        }
        self.close(open);
    }

    fn error(&mut self, origin: &Origin, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(origin.clone(), message));
    }

    /// Parses an entry line.
    fn header(&mut self, kind: &str, args: &[&str], origin: Origin) -> Open {
        let rest = args.join(" ");
        let tail = if args.len() > 1 { args[1..].join(" ") } else { String::new() };
        let mut errors: Vec<String> = Vec::new();
        let missing = |what: &str| format!("missing argument: `{kind}` needs {what}");
        let entry = match kind {
            "country" => {
                if args.len() < 2 {
                    errors.push(missing("an ISO3 code and a name (`country EGY Egypt`)"));
                }
                let iso3 = args.first().copied().unwrap_or_default();
                if !iso3.is_empty() && !is_iso3(iso3) {
                    errors.push(format!("country code `{iso3}` is not 3 upper-case letters"));
                }
                Entry::Country(Country {
                    iso3: iso3.to_string(),
                    canonical: tail.clone(),
                    code: iso3.to_string(),
                    names: vec![Name::new(tail, origin.clone())],
                    adjectives: vec![],
                    peoples: vec![],
                    capitals: vec![],
                    origin: origin.clone(),
                })
            }
            "actor" => {
                if args.len() < 2 {
                    errors.push(missing("an actor code and a name (`actor IGOUNO United Nations`)"));
                }
                Entry::Actor(
                    Actor {
                        code: args.first().copied().unwrap_or_default().to_string(),
                        canonical: tail.clone(),
                        names: vec![Name::new(tail, origin.clone())],
                        country: None,
                        sector: None,
                        roles: vec![],
                        origin: origin.clone(),
                    },
                    None,
                )
            }
            "person" => {
                if args.is_empty() {
                    errors.push(missing("a name (`person Antony Blinken`)"));
                }
                Entry::Person(Person {
                    canonical: rest.clone(),
                    names: vec![Name::new(rest, origin.clone())],
                    roles: vec![],
                    origin: origin.clone(),
                })
            }
            "sector" => {
                if args.len() < 2 {
                    errors.push(missing("a CAMEO actor type and a description (`sector MIL Military`)"));
                }
                let code = args.first().copied().unwrap_or_default();
                if !code.is_empty() && !dyad_ontology::is_actor_sector(code) {
                    errors.push(format!("sector code `{code}` is not a CAMEO actor type"));
                }
                Entry::Sector(Sector {
                    code: code.to_string(),
                    description: tail,
                    nouns: vec![],
                    titles: vec![],
                    origin: origin.clone(),
                })
            }
            "event" => {
                if args.len() < 2 {
                    errors.push(missing("a CAMEO event code and a description (`event 112 Accuse`)"));
                }
                let code = args.first().copied().unwrap_or_default();
                if !code.is_empty() && code != crate::NOT_AN_EVENT && dyad_ontology::cameo(code).is_none() {
                    errors.push(format!("`{code}` is not a CAMEO event code"));
                }
                Entry::Event(EventEntry {
                    cameo: code.to_string(),
                    description: tail,
                    patterns: vec![],
                    origin: origin.clone(),
                })
            }
            "cue" => {
                let kind = match args {
                    [] => {
                        errors.push(missing("a kind (report, deny, claim, intent or negation)"));
                        None
                    }
                    [k] => match k.parse::<CueKind>() {
                        Ok(k) => Some(k),
                        Err(e) => {
                            errors.push(e);
                            None
                        }
                    },
                    _ => {
                        errors.push(format!("`cue` takes one kind, not `{rest}`"));
                        None
                    }
                };
                Entry::Cue(
                    kind,
                    Cue { kind: kind.unwrap_or(CueKind::Report), patterns: vec![], origin: origin.clone() },
                )
            }
            "inflect" => {
                let forms: Vec<String> = args.iter().map(|w| w.to_lowercase()).collect();
                let irr = match forms.len() {
                    0..=2 => {
                        errors.push(format!(
                            "`inflect` needs at least 3 forms (LEMMA PAST PARTICIPLE [THIRD-PERSON GERUND]), got {}",
                            forms.len()
                        ));
                        None
                    }
                    3..=5 => Some(Irregular {
                        lemma: forms[0].clone(),
                        past: forms[1].clone(),
                        participle: forms[2].clone(),
                        third: forms.get(3).cloned(),
                        gerund: forms.get(4).cloned(),
                        origin: origin.clone(),
                    }),
                    n => {
                        errors.push(format!("`inflect` takes at most 5 forms, got {n}"));
                        None
                    }
                };
                Entry::Inflect(irr)
            }
            _ => {
                let hint = if matches!(
                    kind,
                    "name"
                        | "adj"
                        | "people"
                        | "capital"
                        | "code"
                        | "sector"
                        | "role"
                        | "noun"
                        | "title"
                        | "verb"
                        | "phrase"
                ) {
                    " (attribute lines must be indented)"
                } else {
                    ""
                };
                self.error(&origin, format!("unknown entry kind `{kind}`{hint}; expected one of {KINDS}"));
                return Open::Unknown;
            }
        };
        let valid = errors.is_empty();
        for e in errors {
            self.error(&origin, e);
        }
        Open::Entry { entry: Box::new(entry), valid }
    }

    /// Parses an indented attribute line into the open entry.
    fn attribute(&mut self, open: &mut Open, key: &str, args: &[&str], origin: Origin) {
        let entry = match open {
            Open::Nothing => return self.error(&origin, "attribute line before any entry"),
            Open::Unknown => return,
            Open::Entry { entry, .. } => &mut **entry,
        };
        let value = args.join(" ");
        let known = match (&*entry, key) {
            (Entry::Country(_), "name" | "adj" | "people" | "capital" | "code") => true,
            (Entry::Actor(..), "name" | "country" | "sector" | "role") => true,
            (Entry::Person(_), "name" | "role") => true,
            (Entry::Sector(_), "noun" | "title") => true,
            (Entry::Event(_), "verb" | "noun") => true,
            (Entry::Cue(kind, _), "verb") => kind.map_or(true, CueKind::takes_verbs),
            (Entry::Cue(..), "phrase") => true,
            _ => false,
        };
        if !known {
            let (kw, keys) = (entry.keyword(), entry.keys());
            return self.error(&origin, format!("unknown key `{key}` for a `{kw}` entry (expected {keys})"));
        }
        if value.is_empty() {
            let what = if matches!(entry, Entry::Event(_) | Entry::Cue(..)) {
                "empty pattern: "
            } else {
                "missing argument: "
            };
            return self.error(&origin, format!("{what}`{key}` needs a value"));
        }
        let name = |v: &str| Name::new(v, origin.clone());
        match entry {
            Entry::Country(c) => match key {
                "name" => c.names.push(name(&value)),
                "adj" => c.adjectives.push(name(&value)),
                "people" => c.peoples.push(name(&value)),
                "capital" => c.capitals.push(name(&value)),
                _ if is_iso3(&value) => c.code = value,
                _ => self.error(&origin, format!("CAMEO country code `{value}` is not 3 upper-case letters")),
            },
            Entry::Actor(a, country) => match key {
                "name" => a.names.push(name(&value)),
                "country" if value == "-" => *country = None,
                "country" if is_iso3(&value) => *country = Some((value, origin)),
                "country" => self.error(&origin, format!("unknown country `{value}`: not an ISO3 code or `-`")),
                "role" => match role(args, &origin) {
                    Ok(r) => a.roles.push(r),
                    Err(e) => self.error(&origin, e),
                },
                _ if dyad_ontology::is_actor_sector(&value) => a.sector = Some(value),
                _ => self.error(&origin, format!("sector `{value}` is not a CAMEO actor type")),
            },
            Entry::Person(p) => match key {
                "name" => p.names.push(name(&value)),
                _ => match role(args, &origin) {
                    Ok(r) => p.roles.push(r),
                    Err(e) => self.error(&origin, e),
                },
            },
            Entry::Sector(s) => match key {
                "noun" => s.nouns.push(name(&value)),
                _ => s.titles.push(name(&value)),
            },
            Entry::Event(e) => {
                let kind = if key == "verb" { PatternKind::Verb } else { PatternKind::Noun };
                match parse_pattern(kind, &value, origin.clone()) {
                    Ok(p) => e.patterns.push(p),
                    Err(m) => self.error(&origin, m),
                }
            }
            Entry::Cue(_, c) => {
                let kind = if key == "verb" { PatternKind::Verb } else { PatternKind::Noun };
                match parse_pattern(kind, &value, origin.clone()) {
                    Ok(p) => c.patterns.push(p),
                    Err(m) => self.error(&origin, m),
                }
            }
            Entry::Inflect(_) => unreachable!("inflect has no keys"),
        }
    }

    /// Stores a finished entry, unless its header line had an error.
    fn close(&mut self, open: Open) {
        let Open::Entry { entry, valid: true } = open else {
            return;
        };
        match *entry {
            Entry::Country(c) => self.dict.countries.push(c),
            Entry::Actor(mut a, country) => {
                if let Some((iso3, origin)) = country {
                    a.country = Some(iso3.clone());
                    self.actor_countries.push((self.dict.actors.len(), iso3, origin));
                }
                self.dict.actors.push(a);
            }
            Entry::Person(p) => self.dict.people.push(p),
            Entry::Sector(s) => self.dict.sectors.push(s),
            Entry::Event(e) => self.dict.events.push(e),
            Entry::Cue(_, c) => self.dict.cues.push(c),
            Entry::Inflect(Some(irr)) => {
                let origin = irr.origin.clone();
                if let Err(first) = self.dict.inflections.insert(irr) {
                    let msg =
                        format!("`inflect {}` is given twice; the first, at {}, is kept", first.lemma, first.origin);
                    self.diags.push(Diagnostic::warning(origin, msg));
                }
            }
            Entry::Inflect(None) => {}
        }
    }
}

/// `role CODE FROM TO`.
fn role(args: &[&str], origin: &Origin) -> Result<Role, String> {
    let [code, from, to] = args else {
        return Err(if args.len() < 3 {
            "missing argument: `role` needs CODE FROM TO (dates YYYY-MM-DD or `-`)".to_string()
        } else {
            format!("`role` takes CODE FROM TO, got {} words", args.len())
        });
    };
    let (from, to) = (parse_date(from)?, parse_date(to)?);
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(format!("role starts ({f}) after it ends ({t})"));
        }
    }
    Ok(Role { code: code.to_string(), from, to, origin: origin.clone() })
}

#[cfg(test)]
mod tests;
