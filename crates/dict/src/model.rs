//! The plain data a dictionary is made of: countries, actors, people, sectors, events, cues.

use std::fmt;

use chrono::NaiveDate;

use crate::Origin;

/// A phrase (a name, a noun, a title) with the file and line it was written on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Name {
    /// The phrase as written, with runs of whitespace collapsed to one space.
    pub text: String,
    /// Where it was written.
    pub origin: Origin,
}

impl Name {
    /// A name with its origin.
    pub fn new(text: impl Into<String>, origin: Origin) -> Name {
        Name { text: text.into(), origin }
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A state: `country ISO3 Canonical name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code (`EGY`).
    pub iso3: String,
    /// The canonical name (`Egypt`).
    pub canonical: String,
    /// The CAMEO country code: the `code` attribute, or the ISO3 code.
    pub code: String,
    /// Every name, the canonical name first. Matched case-sensitively.
    pub names: Vec<Name>,
    /// Adjective demonyms (`Egyptian`).
    pub adjectives: Vec<Name>,
    /// Plural demonyms for the people (`Egyptians`).
    pub peoples: Vec<Name>,
    /// Capital cities, used as metonyms for the government (`Cairo`).
    pub capitals: Vec<Name>,
    /// The `country` line.
    pub origin: Origin,
}

/// A named organisation or body: `actor CODE Canonical name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// CAMEO-style actor code (`IGOUNO`, `USAGOV`).
    pub code: String,
    /// The canonical name.
    pub canonical: String,
    /// Every name, the canonical name first. Matched case-sensitively.
    pub names: Vec<Name>,
    /// ISO3 of the actor's country; `None` for IGOs and transnational groups (`country -`).
    pub country: Option<String>,
    /// CAMEO actor type (`GOV`, `IGO`...), if given.
    pub sector: Option<String>,
    /// Dated changes of status: between a role's dates the actor stands for the role's code
    /// (the Taliban are `AFGGOV` from 2021-08-15); outside every role, for `code`.
    pub roles: Vec<Role>,
    /// The `actor` line.
    pub origin: Origin,
}

impl Actor {
    /// The dated role that holds on `date`, if any: among the roles that cover it, the one that
    /// started last. With no date, a role with an open end (the actor's current status).
    /// `None` means the actor stands for its own `code`.
    pub fn role_on(&self, date: Option<NaiveDate>) -> Option<&Role> {
        self.roles.iter().filter(|r| r.covers(date)).rev().max_by_key(|r| r.from)
    }
}

/// The actor code a person or an organisation stands for between two dates (both inclusive; `None` is open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The actor code (`USAGOV`).
    pub code: String,
    /// First day of the role, or `None` when open.
    pub from: Option<NaiveDate>,
    /// Last day of the role, or `None` when it has not ended.
    pub to: Option<NaiveDate>,
    /// The `role` line.
    pub origin: Origin,
}

impl Role {
    /// Whether the role holds on `date` (both ends inclusive).
    ///
    /// With no date, only a role with an open end (still held) covers it.
    pub fn covers(&self, date: Option<NaiveDate>) -> bool {
        match date {
            None => self.to.is_none(),
            Some(d) => self.from.map_or(true, |f| f <= d) && self.to.map_or(true, |t| d <= t),
        }
    }
}

/// A named person: `person Canonical name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The canonical name.
    pub canonical: String,
    /// Every name, the canonical name first. Matched case-sensitively.
    pub names: Vec<Name>,
    /// Date-bounded roles, in the order written.
    pub roles: Vec<Role>,
    /// The `person` line.
    pub origin: Origin,
}

impl Person {
    /// The role the person holds on `date`.
    ///
    /// With a date: among the roles that cover it, the one that started last
    /// (so on a hand-over day the new office wins). With no date: the role with
    /// an open end, or else the role that ended last.
    pub fn role_on(&self, date: Option<NaiveDate>) -> Option<&Role> {
        let covering = self.roles.iter().filter(|r| r.covers(date));
        // `max_by_key` keeps the last of equals; reverse so the first written wins ties.
        let best = covering.rev().max_by_key(|r| r.from);
        match (best, date) {
            (Some(r), _) => Some(r),
            (None, Some(_)) => None,
            (None, None) => self.roles.iter().rev().max_by_key(|r| r.to),
        }
    }
}

/// A CAMEO actor type and the words that mark it: `sector CODE Description`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sector {
    /// The CAMEO actor type (`GOV`, `MIL`...).
    pub code: String,
    /// The description.
    pub description: String,
    /// Noun phrases naming members of the sector, as written (the regular plural
    /// of the last word also matches: see [`crate::phrase_plural`]).
    pub nouns: Vec<Name>,
    /// Titles put before a person's name, as written.
    pub titles: Vec<Name>,
    /// The `sector` line.
    pub origin: Origin,
}

/// Whether a pattern's first word is a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PatternKind {
    /// The first word is a verb lemma and matches every inflection.
    Verb,
    /// The first word is a noun and also matches its regular plural (in an event),
    /// or the whole phrase matches as written (a cue `phrase`).
    Noun,
}

/// One word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PatternWord {
    /// A word to match, lower-cased.
    Word(String),
    /// `...`: a gap of up to [`GAP_TOKENS`] tokens.
    Gap,
}

/// How many tokens a `...` gap may span.
pub const GAP_TOKENS: usize = 6;

/// Words that, as a pattern's last word, introduce the target.
pub const TARGET_PREPOSITIONS: &[&str] = &["with", "on", "against", "to", "for", "from", "of", "between", "into"];

/// A verb or noun pattern (`verb accuse ... of`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Verb or noun.
    pub kind: PatternKind,
    /// The pattern as written (whitespace collapsed).
    pub text: String,
    /// The words, lower-cased, split on whitespace, with `...` as [`PatternWord::Gap`].
    pub words: Vec<PatternWord>,
    /// The pattern's line.
    pub origin: Origin,
}

impl Pattern {
    /// The first word (never a gap in a checked pattern).
    pub fn head(&self) -> Option<&str> {
        match self.words.first() {
            Some(PatternWord::Word(w)) => Some(w),
            _ => None,
        }
    }

    /// The last word when it is a preposition that introduces the target (`with`, `on`...).
    pub fn target_preposition(&self) -> Option<&str> {
        match self.words.last() {
            Some(PatternWord::Word(w)) if self.words.len() > 1 && TARGET_PREPOSITIONS.contains(&w.as_str()) => Some(w),
            _ => None,
        }
    }
}

/// The code of an `event` entry whose phrases are not political events ("captured her second title",
/// "shot a film"): they stop the shorter trigger inside them ("captured", "shot") from matching.
pub const NOT_AN_EVENT: &str = "---";

/// An event code and the phrases that trigger it: `event CAMEO Short description`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEntry {
    /// The CAMEO event code (`112`, `0311`).
    pub cameo: String,
    /// The short description.
    pub description: String,
    /// Verb and noun patterns, in the order written.
    pub patterns: Vec<Pattern>,
    /// The `event` line.
    pub origin: Origin,
}

/// What a [`Cue`] does to the syntax around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueKind {
    /// Reporting and speech verbs (`say`, `according to`).
    Report,
    /// Denial verbs (`deny`).
    Deny,
    /// Claim and allegation verbs (`claim`, `allegedly`).
    Claim,
    /// Words that make the act after them an intention (`will`, `vow to`).
    Intent,
    /// Negators (`not`, `never`).
    Negation,
}

impl CueKind {
    /// Every kind, in the order of the format document.
    pub const ALL: [CueKind; 5] = [CueKind::Report, CueKind::Deny, CueKind::Claim, CueKind::Intent, CueKind::Negation];

    /// The keyword used in dictionary files (`report`).
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Report => "report",
            CueKind::Deny => "deny",
            CueKind::Claim => "claim",
            CueKind::Intent => "intent",
            CueKind::Negation => "negation",
        }
    }

    /// Whether `verb` lines are allowed (every kind but `negation`).
    pub fn takes_verbs(self) -> bool {
        self != CueKind::Negation
    }
}

impl std::str::FromStr for CueKind {
    type Err = String;

    fn from_str(s: &str) -> Result<CueKind, String> {
        CueKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown cue kind `{s}` (expected report, deny, claim, intent or negation)"))
    }
}

impl fmt::Display for CueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Words that shape the syntax: `cue KIND`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// What the words do.
    pub kind: CueKind,
    /// `verb` lines as [`PatternKind::Verb`] (first word inflects); `phrase`
    /// lines as [`PatternKind::Noun`], matched as written with no inflection.
    pub patterns: Vec<Pattern>,
    /// The `cue` line.
    pub origin: Origin,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn role(code: &str, from: Option<&str>, to: Option<&str>) -> Role {
        Role { code: code.into(), from: from.map(d), to: to.map(d), origin: Origin::new("p.txt", 1) }
    }

    #[test]
    fn role_covers_inclusive_range() {
        let r = role("USAGOV", Some("2021-01-20"), Some("2025-01-20"));
        assert!(r.covers(Some(d("2021-01-20"))));
        assert!(r.covers(Some(d("2025-01-20"))));
        assert!(!r.covers(Some(d("2021-01-19"))));
        assert!(!r.covers(Some(d("2025-01-21"))));
        assert!(!r.covers(None));
        let open = role("USAGOV", Some("2025-01-20"), None);
        assert!(open.covers(None));
        assert!(open.covers(Some(d("2030-01-01"))));
        assert!(!open.covers(Some(d("2020-01-01"))));
        assert!(role("X", None, None).covers(Some(d("1900-01-01"))));
    }

    #[test]
    fn role_on_picks_by_date() {
        let p = Person {
            canonical: "Joe Biden".into(),
            names: vec![],
            roles: vec![
                role("USALEG", Some("1973-01-03"), Some("2009-01-15")),
                role("USAGOV", Some("2009-01-20"), Some("2017-01-20")),
                role("USAELI", Some("2017-01-21"), Some("2021-01-19")),
                role("USAGOV", Some("2021-01-20"), Some("2025-01-20")),
            ],
            origin: Origin::new("p.txt", 1),
        };
        assert_eq!(p.role_on(Some(d("2000-05-05"))).unwrap().code, "USALEG");
        assert_eq!(p.role_on(Some(d("2018-05-05"))).unwrap().code, "USAELI");
        assert!(p.role_on(Some(d("2009-01-17"))).is_none());
        // No date, no open role: the latest role.
        assert_eq!(p.role_on(None).unwrap().from, Some(d("2021-01-20")));
    }

    #[test]
    fn role_on_prefers_open_role_and_newest_on_handover() {
        let p = Person {
            canonical: "A".into(),
            names: vec![],
            roles: vec![
                role("USALEG", Some("2010-01-01"), Some("2020-01-01")),
                role("USAGOV", Some("2020-01-01"), None),
            ],
            origin: Origin::new("p.txt", 1),
        };
        assert_eq!(p.role_on(None).unwrap().code, "USAGOV");
        assert_eq!(p.role_on(Some(d("2020-01-01"))).unwrap().code, "USAGOV");
        assert_eq!(p.role_on(Some(d("2019-12-31"))).unwrap().code, "USALEG");
    }

    #[test]
    fn cue_kind_parses() {
        for k in CueKind::ALL {
            assert_eq!(k.as_str().parse::<CueKind>(), Ok(k));
        }
        assert!("Report".parse::<CueKind>().is_err());
        assert!(!CueKind::Negation.takes_verbs());
    }

    #[test]
    fn pattern_helpers() {
        let p = Pattern {
            kind: PatternKind::Verb,
            text: "accuse ... of".into(),
            words: vec![PatternWord::Word("accuse".into()), PatternWord::Gap, PatternWord::Word("of".into())],
            origin: Origin::new("v.txt", 2),
        };
        assert_eq!(p.head(), Some("accuse"));
        assert_eq!(p.target_preposition(), Some("of"));
        let single = Pattern { words: vec![PatternWord::Word("to".into())], ..p };
        assert_eq!(single.target_preposition(), None);
    }
}
