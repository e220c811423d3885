//! `dyad dict lookup PHRASE`: every dictionary entry that could match some words of a phrase,
//! and why the coder's resolution (the same as `dyad actors`) picks the one it does.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::NaiveDate;
use dyad_coder::{Coder, ResolvedActor};
use dyad_dict::{Dictionary, Role};

/// One entry whose name, noun or title equals some words of the phrase.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    /// Byte range of the words in the phrase.
    pub span: std::ops::Range<usize>,
    /// What kind of line matched: country name, adjective, people, capital, actor, person, noun, title.
    pub kind: &'static str,
    /// The entry: canonical name (or a sector's description) and its code.
    pub entry: String,
    pub code: String,
    /// `file:line` of the matching line.
    pub at: String,
    /// For people and organisations with dated roles: the role on the date, if any.
    pub role: Option<String>,
}

/// A name line: (kind, canonical name, code, `file:line`, dated roles of its entry).
type NameHit<'d> = (&'static str, String, String, String, &'d [Role]);
/// A sector noun or title line: (kind, sector description, sector code, `file:line`).
type WordHit = (&'static str, String, String, String);
/// A bearer of a surname: (canonical name, `file:line` of the `person` line, roles).
type Bearer<'d> = (String, String, &'d [Role]);

/// Dictionary phrases by token key: names exactly as written, nouns and titles lower-cased.
struct Index<'d> {
    names: HashMap<Vec<String>, Vec<NameHit<'d>>>,
    words: HashMap<Vec<String>, Vec<WordHit>>,
    /// Last word of a person's names -> (canonical, `person` line, roles): "President Bush".
    surnames: HashMap<String, Vec<Bearer<'d>>>,
}

fn key(text: &str, lower: bool) -> Vec<String> {
    dyad_text::tokenize(text)
        .iter()
        .map(|t| if lower { t.text(text).to_lowercase() } else { t.text(text).to_string() })
        .collect()
}

impl<'d> Index<'d> {
    /// In the order the coder compiles them, so that among equal names the first listed is the one that wins.
    fn new(dict: &'d Dictionary) -> Index<'d> {
        let mut ix = Index { names: HashMap::new(), words: HashMap::new(), surnames: HashMap::new() };
        for c in &dict.countries {
            for (kind, list) in
                [("country", &c.names), ("adjective", &c.adjectives), ("people", &c.peoples), ("capital", &c.capitals)]
            {
                for n in list {
                    let v = (kind, c.canonical.clone(), c.code.clone(), n.origin.to_string(), &[][..]);
                    ix.names.entry(key(&n.text, false)).or_default().push(v);
                }
            }
        }
        for a in &dict.actors {
            for n in &a.names {
                let v = ("actor", a.canonical.clone(), a.code.clone(), n.origin.to_string(), &a.roles[..]);
                ix.names.entry(key(&n.text, false)).or_default().push(v);
            }
        }
        for p in &dict.people {
            for n in &p.names {
                let v = ("person", p.canonical.clone(), String::new(), n.origin.to_string(), &p.roles[..]);
                let k = key(&n.text, false);
                if let [_, .., last] = &k[..] {
                    let bearers = ix.surnames.entry(last.clone()).or_default();
                    if !bearers.iter().any(|b| b.0 == p.canonical) {
                        bearers.push((p.canonical.clone(), p.origin.to_string(), &p.roles[..]));
                    }
                }
                ix.names.entry(k).or_default().push(v);
            }
        }
        for (kind, title) in [("title", true), ("noun", false)] {
            for s in &dict.sectors {
                for n in if title { &s.titles } else { &s.nouns } {
                    let v = (kind, s.description.clone(), s.code.clone(), n.origin.to_string());
                    let mut k = key(&n.text, true);
                    ix.words.entry(k.clone()).or_default().push(v.clone());
                    if !title {
                        if let Some(last) = k.last_mut() {
                            *last = dyad_dict::noun_plural(last);
                            ix.words.entry(k).or_default().push(v);
                        }
                    }
                }
            }
        }
        ix
    }
}

/// The role on the date, as written in the dictionary: `USAGOV 2021-01-20 2025-01-20 (file:line)`.
fn role_on(roles: &[Role], date: Option<NaiveDate>) -> Option<String> {
    let r = roles.iter().filter(|r| r.covers(date)).rev().max_by_key(|r| r.from)?;
    let d = |d: Option<NaiveDate>| d.map_or("-".to_string(), |d| d.to_string());
    Some(format!("{} {} {} ({})", r.code, d(r.from), d(r.to), r.origin))
}

/// Every entry matching a run of the phrase's words.
pub(crate) fn candidates(dict: &Dictionary, phrase: &str, date: Option<NaiveDate>) -> Vec<Candidate> {
    let ix = Index::new(dict);
    let tokens = dyad_text::tokenize(phrase);
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        for j in i + 1..=tokens.len().min(i + 12) {
            let span = tokens[i].span.start as usize..tokens[j - 1].span.end as usize;
            let words: Vec<&str> = tokens[i..j].iter().map(|t| t.text(phrase)).collect();
            let exact: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            for (kind, entry, code, at, roles) in ix.names.get(&exact).into_iter().flatten() {
                let role = if roles.is_empty() { None } else { role_on(roles, date) };
                let (entry, code, at) = (entry.clone(), code.clone(), at.clone());
                out.push(Candidate { span: span.clone(), kind, entry, code, at, role });
            }
            if let [word] = &words[..] {
                for (entry, at, roles) in ix.surnames.get(*word).into_iter().flatten() {
                    if !ix.names.get(&exact).into_iter().flatten().any(|n| &n.1 == entry) {
                        let (entry, at, role) = (entry.clone(), at.clone(), role_on(roles, date));
                        out.push(Candidate {
                            span: span.clone(),
                            kind: "surname",
                            entry,
                            code: String::new(),
                            at,
                            role,
                        });
                    }
                }
            }
            let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
            for (kind, entry, code, at) in ix.words.get(&lower).into_iter().flatten() {
                let (entry, code, at) = (entry.clone(), code.clone(), at.clone());
                out.push(Candidate { span: span.clone(), kind, entry, code, at, role: None });
            }
        }
    }
    out
}

/// Why a candidate did or did not make the resolution.
pub(crate) fn verdict(c: &Candidate, earlier: &[Candidate], winner: Option<&ResolvedActor>) -> String {
    let Some(w) = winner else { return "no actor resolved from the phrase".into() };
    let used = w.rule.split('+').any(|at| at == c.at);
    if used {
        return "used: part of the resolution".into();
    }
    if c.kind == "surname" {
        let bearer = w.name.as_deref() == Some(c.entry.as_str());
        return match &c.role {
            Some(_) if bearer => "used: the titled surname's bearer on the date".into(),
            Some(_) => "a bearer of the surname; after a title, the one in office with the title's sector wins".into(),
            None => "a bearer of the surname".into(),
        };
    }
    let sector_word = |k: &str| k == "noun" || k == "title";
    let same_words = |o: &&Candidate| o.span == c.span && sector_word(o.kind) == sector_word(c.kind);
    if let Some(first) = earlier.iter().find(same_words) {
        if first.kind == "title" && c.kind == "noun" {
            return format!("the title reading ({}) wins when a name follows, this noun otherwise", first.at);
        }
        return format!("shadowed: the same words are listed first at {}", first.at);
    }
    if c.span.start >= w.span.start && c.span.end <= w.span.end {
        if c.span.len() < w.span.len() {
            return "inside the longer match".into();
        }
        return "the same words resolved through another line (see rule)".into();
    }
    if c.span.start < w.span.end && w.span.start < c.span.end {
        return "overlaps the winning words, which cover more of the phrase".into();
    }
    "outside the winning words (the mention covering the most words wins)".into()
}

/// `dyad dict lookup`: one report per phrase on stdout.
pub(crate) fn run(
    phrases: &[String],
    date: Option<NaiveDate>,
    dir: Option<&std::path::PathBuf>,
) -> anyhow::Result<std::process::ExitCode> {
    let dict = match dir {
        None => Dictionary::embedded(),
        Some(dir) => {
            let (d, diags) = Dictionary::from_dir(dir)?;
            diags.iter().for_each(|d| eprintln!("{d}"));
            d
        }
    };
    // The embedded dictionaries' tables were compiled at build time: only others are compiled here.
    let coder = if dir.is_some() { Coder::new(&dict) } else { Coder::embedded() };
    for p in phrases {
        print!("{}", report(&coder, &dict, p, date));
    }
    Ok(std::process::ExitCode::SUCCESS)
}

/// The text `dyad dict lookup` prints.
pub(crate) fn report(coder: &Coder, dict: &Dictionary, phrase: &str, date: Option<NaiveDate>) -> String {
    let winner = coder.resolve_actor(phrase, date);
    let cands = candidates(dict, phrase, date);
    let mut out = String::new();
    let on = date.map_or("no date (current roles)".to_string(), |d| d.to_string());
    let _ = writeln!(out, "{phrase:?} on {on}");
    match &winner {
        Some(w) => {
            let _ = writeln!(
                out,
                "resolves to {} (country {}, sector {}{}) from {:?} by {}",
                w.code,
                w.country.as_deref().unwrap_or("-"),
                w.sector.as_deref().unwrap_or("-"),
                w.name.as_ref().map(|n| format!(", name {n}")).unwrap_or_default(),
                w.matched,
                w.rule
            );
        }
        None => {
            let _ = writeln!(out, "resolves to no actor");
        }
    }
    if cands.is_empty() {
        let _ = writeln!(out, "no dictionary line matches any of its words");
    }
    for (k, c) in cands.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {:?} {} {}{} at {}{}: {}",
            &phrase[c.span.clone()],
            c.kind,
            c.entry,
            if c.code.is_empty() { String::new() } else { format!(" {}", c.code) },
            c.at,
            c.role.as_ref().map(|r| format!(", role on the date {r}")).unwrap_or_default(),
            verdict(c, &cands[..k], winner.as_ref())
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "country GEO Georgia\n  adj Georgian\n\
        actor USAGOV Georgia state government\n  name Georgia\n  country USA\n  sector GOV\n\
        sector MIL Military\n  noun soldier\n\
        person Mikheil Saakashvili\n  name Saakashvili\n  role GEOGOV 2004-01-25 2013-11-17\n\
        country USA United States\n";

    fn setup() -> (Coder, Dictionary) {
        let (dict, diags) = Dictionary::from_sources(&[("t.txt", DICT)]);
        // The checker warns that two entries share the name "Georgia": the case lookup explains.
        assert!(!dyad_dict::has_errors(&diags), "{diags:?}");
        (Coder::new(&dict), dict)
    }

    #[test]
    fn lists_every_matching_entry_and_the_shadowed_one() {
        let (coder, dict) = setup();
        let r = report(&coder, &dict, "Georgia", None);
        assert!(r.contains("resolves to GEO "), "{r}");
        assert!(r.contains("country Georgia GEO at t.txt:1: used"), "{r}");
        assert!(r.contains("actor Georgia state government USAGOV at t.txt:4: shadowed: the same words are listed first at t.txt:1"), "{r}");
    }

    #[test]
    fn composition_and_dated_roles_are_explained() {
        let (coder, dict) = setup();
        let r = report(&coder, &dict, "Georgian soldiers", None);
        assert!(r.contains("resolves to GEOMIL"), "{r}");
        assert!(r.contains("\"soldiers\" noun Military MIL at t.txt:8: used"), "{r}");
        let d = NaiveDate::from_ymd_opt(2010, 1, 1);
        let r = report(&coder, &dict, "Saakashvili", d);
        assert!(r.contains("role on the date GEOGOV 2004-01-25 2013-11-17 (t.txt:11)"), "{r}");
    }

    #[test]
    fn unknown_words_say_so() {
        let (coder, dict) = setup();
        let r = report(&coder, &dict, "the weather", None);
        assert!(r.contains("resolves to no actor") && r.contains("no dictionary line matches"), "{r}");
    }
}
