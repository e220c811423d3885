//! Reading documents: JSON Lines files, plain-text files, or JSON Lines on stdin.
//!
//! Bad records are reported (file, line, reason) and counted, never fatal unless
//! `--strict`; invalid UTF-8 is decoded lossily with a warning naming the byte offset.

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use dyad_coder::Document;
mod record;
use record::{Field, Record};

/// A record that was not coded, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: skipped: {}", self.file, self.line, self.reason)
    }
}

/// Print a warning about a record that was coded with something left out.
pub fn warn(w: &Skipped) {
    eprintln!("{}:{}: warning: {}", w.file, w.line, w.reason);
}

/// One input source.
pub enum Source {
    Stdin,
    File(std::path::PathBuf),
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".into(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn is_text_file(&self) -> bool {
        matches!(self, Source::File(p) if p.extension().is_some_and(|e| e == "txt"))
    }

    fn is_xml_file(&self) -> bool {
        matches!(self, Source::File(p) if p.extension().is_some_and(|e| e == "xml"))
    }
}

/// Read a whole source as text, lossily, warning about invalid UTF-8.
pub fn read_text(src: &Source) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    match src {
        Source::Stdin => {
            std::io::stdin().lock().read_to_end(&mut bytes)?;
        }
        Source::File(p) => {
            bytes = std::fs::read(p)?;
        }
    }
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            eprintln!("{}: warning: invalid UTF-8 at byte {offset}; decoded with replacement characters", src.name());
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    })
}

/// The sources named on the command line: the paths, or stdin when there are none.
pub fn sources(paths: &[String]) -> Vec<Source> {
    if paths.is_empty() {
        vec![Source::Stdin]
    } else {
        paths.iter().map(|p| source_for(p)).collect()
    }
}

/// Read and parse one source for `dyad code`/`dyad claims`: skipped records are named on stderr
/// (and the first fails the run under `strict`), the first 20 warnings too; all are counted.
pub fn read_documents(
    src: &Source,
    default_date: Option<NaiveDate>,
    strict: bool,
    skipped: &mut Vec<Skipped>,
    warnings: &mut Vec<Skipped>,
) -> anyhow::Result<Vec<Document>> {
    use anyhow::Context;
    let text = read_text(src).with_context(|| format!("reading {}", src.name()))?;
    let (before, before_warnings) = (skipped.len(), warnings.len());
    let docs = documents(src, &text, default_date, skipped, warnings);
    // Many bad dates in one file: name the first few, count the rest in the summary.
    for w in warnings[before_warnings..].iter().take(20) {
        warn(w);
    }
    for s in &skipped[before..] {
        eprintln!("{s}");
    }
    if strict && skipped.len() > before {
        anyhow::bail!("--strict: stopped at the first bad record ({})", skipped[before]);
    }
    Ok(docs)
}

/// Parse a source into documents; bad records go to `skipped`.
pub fn documents(
    src: &Source,
    text: &str,
    default_date: Option<NaiveDate>,
    skipped: &mut Vec<Skipped>,
    warnings: &mut Vec<Skipped>,
) -> Vec<Document> {
    let name = src.name();
    if src.is_text_file() {
        let id = match src {
            Source::File(p) => p.file_name().map_or(name.clone(), |f| f.to_string_lossy().into_owned()),
            Source::Stdin => name.clone(),
        };
        return vec![Document { id, text: text.to_string(), date: default_date, ..Default::default() }];
    }
    if src.is_xml_file() {
        return xml_documents(&name, text, default_date, skipped, warnings);
    }
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_record(line, default_date) {
            Ok((mut d, warning)) => {
                if let Some(reason) = warning {
                    warnings.push(Skipped { file: name.clone(), line: i + 1, reason });
                }
                if d.id.is_empty() {
                    d.id = format!("{}:{}", name, i + 1);
                }
                docs.push(d);
            }
            Err(reason) => skipped.push(Skipped { file: name.clone(), line: i + 1, reason }),
        }
    }
    docs
}

/// PETRARCH XML (`<Sentences><Sentence date= id=><Text>`): one document per `<Sentence>`, its
/// `date` YYYYMMDD; a record without text is skipped with its line.
fn xml_documents(
    name: &str,
    text: &str,
    default_date: Option<NaiveDate>,
    skipped: &mut Vec<Skipped>,
    warnings: &mut Vec<Skipped>,
) -> Vec<Document> {
    let read = dyad_petrarch::xml::read_records(text, name);
    skipped.extend(read.skipped.into_iter().map(|w| Skipped { file: w.file, line: w.line, reason: w.reason }));
    warnings.extend(read.warnings.into_iter().map(|w| Skipped { file: w.file, line: w.line, reason: w.reason }));
    read.records
        .into_iter()
        .map(|r| Document {
            id: if r.id.is_empty() { format!("{name}:{}", r.line) } else { r.id },
            text: r.text,
            date: r
                .date
                .and_then(|d| NaiveDate::from_ymd_opt((d / 10000) as i32, d / 100 % 100, d % 100))
                .or(default_date),
            ..Default::default()
        })
        .collect()
}

/// One JSON Lines record: `id`, `text`, optional `date` (YYYY-MM-DD), `title`, `source`, `url`.
/// A date that cannot be read is not fatal: the record is coded without it and a warning returned.
pub fn parse_record(line: &str, default_date: Option<NaiveDate>) -> Result<(Document, Option<String>), String> {
    let record: Record = serde_json::from_str(line).map_err(|e| match e.classify() {
        // The record's own fields accept any JSON value, so a type error is the record's.
        serde_json::error::Category::Data => "not a JSON object".to_string(),
        _ => format!("not JSON: {e}"),
    })?;
    let text = match record.text {
        Some(Field::Str(s)) => s.into_owned(),
        Some(_) => return Err("`text` is not a string".into()),
        None => return Err("no `text` field".into()),
    };
    let id = match record.id {
        Some(Field::Str(s)) => s.into_owned(),
        Some(Field::Number(n)) => n,
        _ => String::new(),
    };
    let mut warning = None;
    let date = match &record.date {
        Some(Field::Str(s)) if !s.is_empty() => {
            let s: &str = s;
            let day = s.get(..10).unwrap_or(s);
            // YYYY-MM-DD (a time may follow), YYYYMMDD, or "Tuesday, 16 August 2016 17:52".
            let parsed = NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(s.get(..8).unwrap_or(s), "%Y%m%d"))
                .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%A, %d %B %Y %H:%M").map(|t| t.date()));
            match parsed {
                Ok(d) => Some(d),
                Err(_) => {
                    warning = Some(format!("`date` {s:?} is not YYYY-MM-DD; coded without a document date"));
                    default_date
                }
            }
        }
        _ => default_date,
    };
    let opt = |f: Option<Field>| match f {
        Some(Field::Str(s)) => Some(s.into_owned()),
        _ => None,
    };
    let (title, source, url) = (opt(record.title), opt(record.source), opt(record.url));
    Ok((Document { id, text, date, title, source, url }, warning))
}

/// Whether a path names a directory-free regular input.
pub fn source_for(arg: &str) -> Source {
    if arg == "-" {
        Source::Stdin
    } else {
        Source::File(Path::new(arg).to_path_buf())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_records_are_named() {
        let text = "{\"id\":\"a\",\"text\":\"Kenya agreed.\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"x\",\"date\":\"2024-13-01\"}\n";
        let (mut skipped, mut warnings) = (Vec::new(), Vec::new());
        let docs = documents(&Source::File("in.jsonl".into()), text, None, &mut skipped, &mut warnings);
        assert_eq!(docs.len(), 2);
        assert_eq!(skipped.iter().map(|s| s.line).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(warnings[0].line, 4);
        assert_eq!(docs[1].date, None);
        assert!(skipped[1].reason.contains("no `text`"));
        assert!(skipped[0].to_string().starts_with("in.jsonl:2: skipped: not JSON"));
    }
}
