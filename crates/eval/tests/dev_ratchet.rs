//! The dev-set ratchet: the figures on ../shared/gold/plover-gsr/dev.jsonl and
//! ../shared/gold/event-location/dev.jsonl may not fall more than 0.01 below those recorded in
//! `ratchet.json`. Raise the recorded figures when they improve.

use std::path::PathBuf;

fn ratchet(key: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ratchet.json")).unwrap();
    serde_json::from_str::<serde_json::Value>(&text).unwrap()[key].clone()
}

fn check(want: &serde_json::Value, got: &[(&str, f64)]) {
    for &(name, value) in got {
        let recorded = want[name].as_f64().unwrap();
        assert!(value >= recorded - 0.01, "{name} fell to {value:.3}, below the recorded {recorded:.3} - 0.01");
    }
}

fn shared(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(path);
    if p.exists() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("CI: missing reference file {}", p.display());
    }
    eprintln!("skipping: {} not found", p.display());
    None
}

#[test]
fn dev_set_does_not_regress() {
    let Some(path) = shared("gold/plover-gsr/dev.jsonl") else { return };
    let file = std::fs::File::open(&path).unwrap();
    let records = dyad_eval::parse_gold(std::io::BufReader::new(file), "dev.jsonl").unwrap();
    let report = dyad_eval::score(&dyad_coder::Coder::embedded(), &records, false);
    println!("{report}");
    check(
        &ratchet("plover-gsr-dev"),
        &[
            ("type_recall", report.overall.type_recall()),
            ("triple_recall", report.overall.triple_recall()),
            ("type_precision", report.overall.type_precision()),
        ],
    );
}

#[test]
fn event_locations_do_not_regress() {
    let Some(path) = shared("gold/event-location/dev.jsonl") else { return };
    let file = std::fs::File::open(&path).unwrap();
    let records = dyad_eval::location::parse_locations(std::io::BufReader::new(file), "dev.jsonl").unwrap();
    let report = dyad_eval::location::score_locations(&dyad_coder::Coder::embedded(), &records, false);
    println!("{report}");
    check(
        &ratchet("event-location-dev"),
        &[("coverage", report.overall.coverage()), ("accuracy", report.overall.accuracy())],
    );
}
