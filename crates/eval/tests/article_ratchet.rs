//! The annotated-article ratchet: dyad's recall on the hand-annotated conflict articles in
//! `examples/` may not fall below the figures recorded in `ratchet.json`, nor the number of
//! correct dates, places and attribution chains, and false asserted facts may not rise above
//! it. The articles are coded deterministically, so recall is recorded as measured, rounded
//! down, with no further tolerance. Raise the figures when the coder improves.
//!
//! Dates, places and chains are ratcheted as counts, not as accuracies: their accuracy is taken
//! over the events dyad finds, so it can fall when the coder finds more events, which is no
//! regression. Status accuracy is left out for the same reason; recall already counts status.
//!
//! `conflict-heldout` is an article kept out of coder development: its figures say whether
//! improvements made on the misses of `conflict-reports` carry over.

use std::path::{Path, PathBuf};

use dyad_eval::article::{self, ArticleReport, Category};

fn examples(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").join(file)
}

fn score(set: &str) -> ArticleReport {
    let open = |f: &str| std::io::BufReader::new(std::fs::File::open(examples(f)).unwrap());
    let articles = article::parse_articles(open(&format!("{set}.jsonl")), set).unwrap();
    let ann = article::parse_annotations(open(&format!("{set}.annotations.jsonl")), set).unwrap();
    let report = article::score_articles(&dyad_coder::Coder::embedded(), &articles, &ann, false)
        .unwrap_or_else(|e| panic!("{set}: the annotations do not fit the articles:\n{e}"));
    println!("{set}\n{report}");
    report
}

fn check(set: &str) {
    let report = score(set);
    let ratchet: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ratchet.json")).unwrap(),
    )
    .unwrap();
    let want = &ratchet[set];
    let got = [
        ("recall", report.overall.recall()),
        ("speech_recall", report.recall(Category::Speech)),
        ("claimed_recall", report.recall(Category::Claimed)),
        ("reported_recall", report.recall(Category::Reported)),
        ("dates_right", report.dates.right as f64),
        ("places_right", report.places.right as f64),
        ("chains_right", report.chains.right as f64),
    ];
    let mut failures = Vec::new();
    for (name, value) in got {
        let floor = want[name].as_f64().unwrap_or_else(|| panic!("ratchet.json: {set}.{name} missing"));
        if value < floor {
            failures.push(format!("{name} fell to {value:.3}, below the recorded {floor:.3}"));
        }
    }
    let ceiling = want["false_asserted_facts"].as_u64().expect("ratchet.json: false_asserted_facts missing") as usize;
    if report.false_fact_count() > ceiling {
        failures
            .push(format!("false asserted facts rose to {}, above the recorded {ceiling}", report.false_fact_count()));
    }
    assert!(failures.is_empty(), "{set}:\n{}", failures.join("\n"));
}

#[test]
fn conflict_articles_do_not_regress() {
    check("conflict-reports");
}

#[test]
fn held_out_article_does_not_regress() {
    check("conflict-heldout");
}

#[test]
fn every_article_has_annotations_and_forbidden_propositions() {
    for set in ["conflict-reports", "conflict-heldout"] {
        let report = score(set);
        let open = |f: &str| std::io::BufReader::new(std::fs::File::open(examples(f)).unwrap());
        let articles = article::parse_articles(open(&format!("{set}.jsonl")), set).unwrap();
        let ann = article::parse_annotations(open(&format!("{set}.annotations.jsonl")), set).unwrap();
        for a in &articles {
            assert!(report.by_doc[&a.id].events.expected >= 15, "{}: too few expected events", a.id);
            assert!(ann.forbidden.iter().any(|(d, _)| *d == a.id), "{}: no forbidden_asserted line", a.id);
            let words = a.text.split_whitespace().count();
            assert!((290..=600).contains(&words), "{}: {words} words", a.id);
        }
    }
}
