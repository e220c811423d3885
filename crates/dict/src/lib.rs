//! Parse, check and embed dyad's human-editable actor and event dictionaries.
//!
//! A dictionary is a set of plain text files in the format described in
//! `docs/dictionary-format.md`: entries (`country`, `actor`, `person`, `sector`,
//! `event`, `inflect`, `cue`) start at column 0, their attributes follow on
//! indented lines, and `#` starts a comment. This crate turns such files into
//! plain data ([`Dictionary`]), reports every bad line with its file and line
//! ([`Diagnostic`]), and embeds the default set from `crates/dict/data/*.txt`
//! ([`Dictionary::embedded`]).
//!
//! ```
//! use dyad_dict::Dictionary;
//!
//! let text = "\
//! country EGY Egypt   # a state
//!   name Arab Republic of Egypt
//!   adj Egyptian
//!   capital Cairo
//!
//! actor IGOARL Arab League   # an IGO: no country
//!   name League of Arab States
//!   sector IGO
//! ";
//! let (dict, diagnostics) = Dictionary::from_sources(&[("mini.txt", text)]);
//! assert!(diagnostics.is_empty(), "{diagnostics:?}");
//! assert_eq!(dict.countries[0].iso3, "EGY");
//! assert_eq!(dict.countries[0].names.len(), 2); // the canonical name is a name too
//! assert_eq!(dict.actors[0].sector.as_deref(), Some("IGO"));
//! assert_eq!(dict.actors[0].origin.to_string(), "mini.txt:6");
//!
//! // Bad lines are reported with their file and line; the rest still loads.
//! let (dict, diagnostics) = Dictionary::from_sources(&[("bad.txt", "country egy Egypt\nactor IGOUNO United Nations\n")]);
//! assert_eq!(diagnostics[0].to_string(), "bad.txt:1: error: country code `egy` is not 3 upper-case letters");
//! assert_eq!(dict.actors.len(), 1);
//! ```
#![deny(missing_docs)]

mod check;
mod embedded;
mod inflect;
mod model;
mod origin;
mod parse;

use std::path::Path;
use std::sync::OnceLock;

pub use inflect::{noun_plural, phrase_plural, regular_gerund, regular_past, regular_third, Inflections, Irregular};
pub use model::{
    Actor, Country, Cue, CueKind, EventEntry, Name, Pattern, PatternKind, PatternWord, Person, Role, Sector,
    GAP_TOKENS, NOT_AN_EVENT, TARGET_PREPOSITIONS,
};
pub use origin::{Diagnostic, Origin, Severity};

/// Every entry read from a set of dictionary files, in the order read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dictionary {
    /// `country` entries.
    pub countries: Vec<Country>,
    /// `actor` entries.
    pub actors: Vec<Actor>,
    /// `person` entries.
    pub people: Vec<Person>,
    /// `sector` entries.
    pub sectors: Vec<Sector>,
    /// `event` entries.
    pub events: Vec<EventEntry>,
    /// `cue` entries.
    pub cues: Vec<Cue>,
    /// The irregular verb table from `inflect` entries.
    pub inflections: Inflections,
}

impl Dictionary {
    /// The default dictionaries compiled into the binary.
    ///
    /// # Panics
    ///
    /// If the embedded data has an error (a test guarantees that it does not).
    pub fn embedded() -> Dictionary {
        Dictionary::embedded_shared().clone()
    }

    /// The default dictionaries, parsed once and shared.
    ///
    /// # Panics
    ///
    /// If the embedded data has an error (a test guarantees that it does not).
    pub fn embedded_shared() -> &'static Dictionary {
        static DICT: OnceLock<Dictionary> = OnceLock::new();
        DICT.get_or_init(|| {
            let (dict, diagnostics) = Dictionary::from_sources(Dictionary::embedded_files());
            let errors: Vec<String> = diagnostics.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
            assert!(errors.is_empty(), "the embedded dictionaries have errors:\n{}", errors.join("\n"));
            dict
        })
    }

    /// The embedded data files as (file name, text), in file-name order.
    pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
        &embedded::FILES
    }

    /// Reads every `*.txt` file in `dir`, in file-name order. The file names in
    /// origins are `dir` as given joined with the file name.
    ///
    /// Only I/O failures are errors here; problems in the text are diagnostics.
    pub fn from_dir(dir: &Path) -> Result<(Dictionary, Vec<Diagnostic>), std::io::Error> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") && std::fs::metadata(&path)?.is_file() {
                names.push(entry.file_name());
            }
        }
        names.sort();
        let mut files = Vec::with_capacity(names.len());
        for name in names {
            let path = dir.join(&name);
            let text = std::fs::read_to_string(&path)?;
            files.push((path.to_string_lossy().into_owned(), text));
        }
        let sources: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        Ok(Dictionary::from_sources(&sources))
    }

    /// Parses many (file name, text) pairs as one dictionary. Every good entry is
    /// kept and every bad line is reported; diagnostics come sorted by file (in
    /// the order given) and line.
    pub fn from_sources(files: &[(&str, &str)]) -> (Dictionary, Vec<Diagnostic>) {
        let mut loader = parse::Loader::default();
        for (name, text) in files {
            loader.file(name, text);
        }
        let order: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
        loader.finish(&order);
        (loader.dict, loader.diags)
    }

    /// The country with this ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }
}

/// True when any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}
