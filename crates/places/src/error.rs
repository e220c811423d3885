//! The error of a bad line in a gazetteer file.

use std::fmt;

/// A line of `places.tsv` or `regions.txt` that could not be read, with its file name and line number.
///
/// ```
/// use dyad_places::{ErrorKind, Gazetteer};
///
/// let err = Gazetteer::parse(("places.tsv", ""), ("regions.txt", "Sahel | - | north | 0\n")).unwrap_err();
/// assert_eq!(err.to_string(), "regions.txt:1: bad latitude `north`");
/// assert_eq!((err.file(), err.line()), ("regions.txt", 1));
/// assert!(matches!(err.kind(), ErrorKind::Field { field: "latitude", .. }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    file: String,
    line: usize,
    kind: ErrorKind,
}

/// What was wrong with the line.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The line does not have the fields its file's format asks for.
    Fields {
        /// What the format asks for, in words (`9 tab-separated fields`).
        expected: &'static str,
        /// How many fields the line has.
        found: usize,
    },
    /// A field is empty or cannot be read.
    Field {
        /// The field's name (`latitude`, `country`, `name`...).
        field: &'static str,
        /// Its text.
        text: String,
    },
    /// A country code that no country row of `places.tsv` declares.
    UnknownCountry(String),
}

impl Error {
    pub(crate) fn new(file: &str, line: usize, kind: ErrorKind) -> Error {
        Error { file: file.to_string(), line, kind }
    }

    pub(crate) fn field(file: &str, line: usize, field: &'static str, text: &str) -> Error {
        Error::new(file, line, ErrorKind::Field { field, text: text.to_string() })
    }

    /// The file name the text was given under.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The line number, from 1.
    pub fn line(&self) -> usize {
        self.line
    }

    /// What was wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        match &self.kind {
            ErrorKind::Fields { expected, found } => write!(f, "expected {expected}, found {found}"),
            ErrorKind::Field { field, text } if text.is_empty() => write!(f, "empty {field}"),
            ErrorKind::Field { field, text } => write!(f, "bad {field} `{text}`"),
            ErrorKind::UnknownCountry(code) => write!(f, "unknown country `{code}`"),
        }
    }
}

impl std::error::Error for Error {}
