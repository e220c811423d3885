//! Per-stage benchmarks over the reference sentence corpus (`../shared/corpus/sentences.jsonl`).
//!
//! - `stage1/analyze`: `dyad_text::analyze` over every sentence record;
//! - `pipeline/code`: the full `Coder::code` over every record, one thread;
//! - `pipeline/code_test_dict`: the same with the small dictionary `benches/events.dict.txt`,
//!   so role assignment and event building are measured whatever the embedded set holds;
//! - `startup/embedded`: `Coder::embedded()` (decoding the tables `build.rs` compiled from the
//!   embedded dictionaries).
//!
//! Throughput is reported in sentences (as counted by stage 1). Each iteration checks its
//! result against the count taken before measuring, so a change that breaks the pipeline
//! fails the bench instead of getting faster.
//!
//! Run: `cargo bench -p dyad-coder --bench pipeline`. The corpus is read at bench time from
//! the repository's sibling `shared/` folder; when it is missing the bench is skipped, unless
//! `CI=true`, where that is a failure.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use dyad_coder::{Coder, Document};

/// `../shared/corpus/<name>` relative to the workspace root.
fn corpus_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus").join(name)
}

/// Read the corpus, or explain why not: `None` means skip (outside CI).
fn load_documents(name: &str) -> Option<Vec<Document>> {
    let path = corpus_path(name);
    let raw = match std::fs::read_to_string(&path) {
        Ok(raw) => raw,
        Err(e) => {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("CI=true and the benchmark corpus {} cannot be read: {e}", path.display());
            }
            eprintln!("pipeline bench skipped: cannot read {} ({e}); set up ../shared to run it", path.display());
            return None;
        }
    };
    let mut docs = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: bad JSON: {e}", path.display(), n + 1));
        let id = match &v["id"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let text = v["text"].as_str().unwrap_or_default().to_string();
        // The corpus has dates that are not YYYY-MM-DD ("NA", "20080806"): code those undated.
        let date = v["date"].as_str().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        docs.push(Document { id, text, date, ..Default::default() });
    }
    assert!(!docs.is_empty(), "{} holds no documents", path.display());
    Some(docs)
}

fn analyze_all(docs: &[Document]) -> usize {
    docs.iter().map(|d| dyad_text::analyze(black_box(&d.text)).sentences.len()).sum()
}

fn code_all(coder: &Coder, docs: &[Document]) -> (usize, usize) {
    let mut sentences = 0;
    let mut events = 0;
    for d in docs {
        let coded = coder.code(black_box(d), false);
        sentences += coded.sentences;
        events += coded.events.len();
    }
    (sentences, events)
}

fn main() {
    let Some(docs) = load_documents("sentences.jsonl") else { return };

    // Reference counts, taken once before measuring; every iteration must reproduce them.
    let coder = Coder::embedded();
    let sentences = analyze_all(&docs);
    let (coded_sentences, events) = code_all(&coder, &docs);
    assert_eq!(coded_sentences, sentences, "Coder::code and dyad_text::analyze disagree on the sentence count");
    assert!(
        sentences >= docs.len() * 9 / 10,
        "only {sentences} sentences in {} sentence records: the splitter is broken",
        docs.len()
    );
    let (dict, diags) = dyad_dict::Dictionary::from_sources(&[("events.dict.txt", include_str!("events.dict.txt"))]);
    assert!(!dyad_dict::has_errors(&diags), "benches/events.dict.txt: {diags:?}");
    let small = Coder::new(&dict);
    let (_, small_events) = code_all(&small, &docs);
    eprintln!(
        "pipeline bench: {} records, {sentences} sentences, {events} events ({small_events} with the test dictionary)",
        docs.len()
    );

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();

    {
        let mut g = c.benchmark_group("stage1");
        g.throughput(Throughput::Elements(sentences as u64));
        g.bench_function("analyze", |b| {
            b.iter(|| {
                let n = analyze_all(&docs);
                assert_eq!(n, sentences);
                n
            })
        });
        g.finish();
    }
    {
        let mut g = c.benchmark_group("pipeline");
        g.throughput(Throughput::Elements(sentences as u64));
        g.bench_function("code", |b| {
            b.iter(|| {
                let got = code_all(&coder, &docs);
                assert_eq!(got, (sentences, events), "(sentences, events) changed between runs");
                got
            })
        });
        g.bench_function("code_test_dict", |b| {
            b.iter(|| {
                let got = code_all(&small, &docs);
                assert_eq!(got, (sentences, small_events), "(sentences, events) changed between runs");
                got
            })
        });
        g.finish();
    }
    {
        let probe = Document {
            id: "probe".into(),
            text: "Ethiopia accused Eritrea of arming the rebels.".into(),
            ..Default::default()
        };
        let mut g = c.benchmark_group("startup");
        g.throughput(Throughput::Elements(1));
        g.bench_function("embedded", |b| {
            b.iter(|| {
                let coder = Coder::embedded();
                assert_eq!(coder.code(&probe, false).sentences, 1);
                coder
            })
        });
        g.finish();
    }

    c.final_summary();
}
