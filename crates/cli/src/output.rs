//! Writing events: JSON Lines (the schema in docs/event-schema.md) or CSV/TSV with GDELT-style columns.

use std::io::Write;

use dyad_coder::Event;

/// Output formats for `dyad code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per event (the event schema).
    Jsonl,
    /// Comma-separated, one row per event, header first.
    Csv,
    /// Tab-separated, one row per event, header first.
    Tsv,
    /// PETRARCH2's tab-separated event lines: date, source, target, code, issues, ids,
    /// source text, target text, verb text (no header).
    Petrarch,
}

/// Columns of the CSV/TSV output; names follow GDELT's event table where the meaning is the same.
pub const COLUMNS: &[&str] = &[
    "GLOBALEVENTID",
    "DocId",
    "SentenceIndex",
    "SQLDATE",
    "DatePrecision",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "PloverType",
    "PloverMode",
    "PloverContext",
    "Status",
    "Negated",
    "AttributionCode",
    "AttributionCue",
    "AttributionChain",
    "Trigger",
    "Rule",
    "Sentence",
];

/// Writes events in one format.
pub enum EventWriter<W: Write> {
    /// The writer, and a buffer reused for each line: one `write_all` per event instead of one
    /// per JSON token.
    Jsonl(W, Vec<u8>),
    Petrarch(W),
    Delimited(Box<csv::Writer<W>>),
}

impl<W: Write> EventWriter<W> {
    pub fn new(format: Format, out: W) -> anyhow::Result<EventWriter<W>> {
        Ok(match format {
            Format::Jsonl => EventWriter::Jsonl(out, Vec::with_capacity(1024)),
            Format::Petrarch => EventWriter::Petrarch(out),
            Format::Csv | Format::Tsv => {
                let mut w = csv::WriterBuilder::new()
                    .delimiter(if format == Format::Tsv { b'\t' } else { b',' })
                    .from_writer(out);
                w.write_record(COLUMNS)?;
                EventWriter::Delimited(Box::new(w))
            }
        })
    }

    pub fn write(&mut self, e: &Event) -> anyhow::Result<()> {
        match self {
            EventWriter::Jsonl(w, line) => {
                line.clear();
                crate::event_json::write_event(line, e);
                line.push(b'\n');
                w.write_all(line)?;
            }
            EventWriter::Petrarch(w) => {
                let code = |a: &Option<dyad_coder::Actor>| a.as_ref().map_or("---".to_string(), |x| x.code.clone());
                let text = |a: &Option<dyad_coder::Actor>| {
                    a.as_ref().map_or(String::new(), |x| x.text.replace(['\t', '\n'], " "))
                };
                let day = e.date.as_deref().map(|d| d.replace('-', "")).unwrap_or_default();
                writeln!(
                    w,
                    "{day}\t{}\t{}\t{}\t\t{}-{}\t{}\t{}\t{}",
                    code(&e.source),
                    code(&e.target),
                    e.cameo,
                    e.doc_id,
                    e.sentence_index + 1,
                    text(&e.source),
                    text(&e.target),
                    e.evidence.trigger.replace(['\t', '\n'], " ")
                )?;
            }
            EventWriter::Delimited(w) => {
                let a = |x: &Option<dyad_coder::Actor>, f: fn(&dyad_coder::Actor) -> Option<String>| {
                    x.as_ref().and_then(f).unwrap_or_default()
                };
                let day = e.date.as_deref().map(|d| d.replace('-', "")).unwrap_or_default();
                let row = [
                    e.event_id.clone(),
                    e.doc_id.clone(),
                    e.sentence_index.to_string(),
                    day,
                    e.date_precision.unwrap_or("").to_string(),
                    a(&e.source, |x| Some(x.code.clone())),
                    a(&e.source, |x| Some(x.text.clone())),
                    a(&e.source, |x| x.country.clone()),
                    a(&e.source, |x| x.sector.clone()),
                    a(&e.target, |x| Some(x.code.clone())),
                    a(&e.target, |x| Some(x.text.clone())),
                    a(&e.target, |x| x.country.clone()),
                    a(&e.target, |x| x.sector.clone()),
                    e.place.as_ref().map(|p| p.text.clone()).unwrap_or_default(),
                    e.place.as_ref().and_then(|p| p.country.clone()).unwrap_or_default(),
                    e.place.as_ref().and_then(|p| p.admin1.clone()).unwrap_or_default(),
                    e.place.as_ref().and_then(|p| p.lat).map(|v| v.to_string()).unwrap_or_default(),
                    e.place.as_ref().and_then(|p| p.lon).map(|v| v.to_string()).unwrap_or_default(),
                    e.place.as_ref().and_then(|p| p.geonameid).map(|v| v.to_string()).unwrap_or_default(),
                    e.cameo.clone(),
                    e.cameo_root.clone(),
                    e.quad_class.to_string(),
                    e.goldstein.to_string(),
                    e.plover.event_type.unwrap_or("").to_string(),
                    e.plover.mode.unwrap_or("").to_string(),
                    e.plover.context.unwrap_or("").to_string(),
                    format!("{:?}", e.status).to_lowercase(),
                    e.negated.to_string(),
                    e.attribution.as_ref().and_then(|x| x.speaker.as_ref()).map(|s| s.code.clone()).unwrap_or_default(),
                    e.attribution.as_ref().map(|x| x.cue.clone()).unwrap_or_default(),
                    e.attribution.as_ref().map(attribution_chain).unwrap_or_default(),
                    e.evidence.trigger.clone(),
                    e.evidence.rule.clone(),
                    e.sentence.clone(),
                ];
                w.write_record(&row)?;
            }
        }
        Ok(())
    }

    /// Write a line of text as is (`--explain` traces, PETRARCH event lines).
    pub fn write_line(&mut self, line: &str) -> anyhow::Result<()> {
        match self {
            EventWriter::Jsonl(w, _) | EventWriter::Petrarch(w) => writeln!(w, "{line}")?,
            // A delimited file holds rows only: the line is one field.
            EventWriter::Delimited(w) => w.write_record([line])?,
        }
        Ok(())
    }

    pub fn flush(&mut self) -> anyhow::Result<()> {
        match self {
            EventWriter::Jsonl(w, _) | EventWriter::Petrarch(w) => w.flush()?,
            EventWriter::Delimited(w) => w.flush()?,
        }
        Ok(())
    }
}

/// The attribution chain as speaker codes, outermost first, joined by `>`; `-` for a speaker the
/// words do not name ("sources"): `TZAMED>RWAGOV`.
fn attribution_chain(a: &dyad_coder::Attribution) -> String {
    let codes: Vec<&str> = a.chain.iter().map(|l| l.speaker.as_ref().map_or("-", |s| s.code.as_str())).collect();
    codes.join(">")
}
