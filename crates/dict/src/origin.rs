//! Where a piece of dictionary text came from, and what the checker says about it.

use std::fmt;
use std::sync::Arc;

/// A file and a 1-based line number. Cheap to clone: the file name is shared.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    /// The file name as given to the loader (for example `countries.txt` or `dict/countries.txt`).
    pub file: Arc<str>,
    /// The 1-based line number in that file.
    pub line: u32,
}

impl Origin {
    /// An origin in `file` at `line`.
    pub fn new(file: impl Into<Arc<str>>, line: u32) -> Origin {
        Origin { file: file.into(), line }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The line or entry was skipped; the dictionary is wrong as written.
    Error,
    /// Everything was loaded, but something looks like a mistake.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found while reading dictionaries, with the file and line it is about.
///
/// Displays as `file:line: error: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file and line at fault.
    pub origin: Origin,
    /// Error (the line or entry was skipped) or warning (loaded anyway).
    pub severity: Severity,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Diagnostic {
    /// An error at `origin`.
    pub fn error(origin: Origin, message: impl Into<String>) -> Diagnostic {
        Diagnostic { origin, severity: Severity::Error, message: message.into() }
    }

    /// A warning at `origin`.
    pub fn warning(origin: Origin, message: impl Into<String>) -> Diagnostic {
        Diagnostic { origin, severity: Severity::Warning, message: message.into() }
    }

    /// True for [`Severity::Error`].
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.origin, self.severity, self.message)
    }
}

impl std::error::Error for Diagnostic {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_displays_file_and_line() {
        let o = Origin::new("countries.txt", 12);
        assert_eq!(o.to_string(), "countries.txt:12");
        let o2 = o.clone();
        assert!(Arc::ptr_eq(&o.file, &o2.file));
    }

    #[test]
    fn diagnostic_displays_severity() {
        let e = Diagnostic::error(Origin::new("a.txt", 3), "unknown entry kind `x`");
        assert_eq!(e.to_string(), "a.txt:3: error: unknown entry kind `x`");
        assert!(e.is_error());
        let w = Diagnostic::warning(Origin::new("b.txt", 4), "duplicate");
        assert_eq!(w.to_string(), "b.txt:4: warning: duplicate");
        assert!(!w.is_error());
    }
}
