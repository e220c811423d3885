//! `dyad claims` end to end on a small article written for this test (tests/fixtures/claims-article.jsonl):
//! a claim, a second claimant, a denial of "the charge", a counter-claim relayed by a radio,
//! an accusation with its denial, a negated claim, and the same act reported as fact.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

const FIXTURE: &str = "crates/cli/tests/fixtures/claims-article.jsonl";

fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .unwrap()
}

fn ledger() -> Vec<Value> {
    let out = dyad(&["claims", FIXTURE, "--threads", "2"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn claim<'a>(claims: &'a [Value], id: &str) -> &'a Value {
    claims.iter().find(|c| c["claim_id"] == id).unwrap_or_else(|| panic!("no claim {id} in {claims:#?}"))
}

/// The `actor` of each party in a list field, and the events of each.
fn parties(c: &Value, field: &str) -> Vec<(String, Vec<String>)> {
    c[field]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let events = p["events"].as_array().unwrap().iter().map(|e| e.as_str().unwrap().to_string()).collect();
            (p["actor"].as_str().unwrap_or("-").to_string(), events)
        })
        .collect()
}

fn party(actor: &str, events: &[&str]) -> (String, Vec<String>) {
    (actor.to_string(), events.iter().map(|e| e.to_string()).collect())
}

#[test]
fn one_record_per_proposition_sorted_by_claim_id() {
    let claims = ledger();
    let ids: Vec<&str> = claims.iter().map(|c| c["claim_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["BDIMIL|ASSAULT|RWA", "RWAMIL|ASSAULT|BDI", "RWA|SUPPORT|RWAREB"]);
}

#[test]
fn the_shelling_claim_merges_its_claimants_denials_and_the_fact() {
    let claims = ledger();
    let c = claim(&claims, "RWAMIL|ASSAULT|BDI");
    assert_eq!(c["proposition"]["type"], "ASSAULT");
    assert_eq!(c["proposition"]["cameo"], "194");
    assert_eq!(c["proposition"]["places"][0]["text"], "Cibitoke");
    assert_eq!(parties(c, "asserted_by"), [party("BDIMIL", &["lake-1:0:0"])]);
    assert_eq!(parties(c, "backed_by"), [party("UGAGOV", &["lake-1:2:0"])]);
    // "Rwanda denied the charge." and "Kenya's president said Rwandan troops did not shell...".
    assert_eq!(parties(c, "denied_by"), [party("RWA", &["lake-1:1:0"]), party("KENGOV", &["lake-2:2:0"])]);
    assert_eq!(parties(c, "accusations"), [party("BDIMIL", &["lake-1:0:1"])]);
    assert_eq!(c["reported_as_fact"], serde_json::json!(["lake-2:3:0"]));
    assert_eq!((c["first_date"].as_str(), c["last_date"].as_str()), (Some("2024-05-02"), Some("2024-05-04")));
    assert_eq!(c["documents"], 2);
    // The fact's sentence is not behind the claim: four sentences, not five.
    assert_eq!(c["sentences"].as_array().unwrap().len(), 4);
}

#[test]
fn the_counter_claim_names_the_cited_source_and_the_radio_that_relayed_it() {
    let claims = ledger();
    let c = claim(&claims, "BDIMIL|ASSAULT|RWA");
    assert_eq!(parties(c, "asserted_by"), [party("RWAGOV", &["lake-1:3:0"])]);
    assert_eq!(c["asserted_by"][0]["via"], serde_json::json!(["TZAMED"]));
    assert!(c["denied_by"].as_array().unwrap().is_empty());
}

#[test]
fn an_accusation_and_its_denial() {
    let claims = ledger();
    let c = claim(&claims, "RWA|SUPPORT|RWAREB");
    assert_eq!(parties(c, "asserted_by"), [party("BDI", &["lake-2:0:1"])]);
    assert_eq!(parties(c, "accusations"), [party("BDI", &["lake-2:0:0"])]);
    assert_eq!(parties(c, "denied_by"), [party("RWA", &["lake-2:1:0"])]);
}

#[test]
fn the_ledger_is_identical_whatever_the_thread_count() {
    let one = dyad(&["claims", FIXTURE, "--threads", "1"]);
    let four = dyad(&["claims", FIXTURE, "--threads", "4"]);
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn claims_takes_the_same_input_flags_as_code() {
    let dir = std::env::temp_dir().join(format!("dyad-claims-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"id\":\"a\",\"text\":\"Burundi said Rwandan troops shelled Burundian villages.\"}\nnope\n")
        .unwrap();
    let out = dyad(&["claims", "--strict", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let out = dyad(&["claims", bad.to_str().unwrap(), "--date", "2024-05-01"]);
    assert_eq!(out.status.code(), Some(3), "a skipped record is counted, the rest coded");
    let first: Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["first_date"], "2024-05-01");
}
