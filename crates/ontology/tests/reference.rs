//! Checks dyad's tables against the reference files in ../shared/reference/cameo.
//!
//! The files are read at test time only. In CI (env CI=true) a missing file fails the test;
//! elsewhere the test prints why and returns.

use std::collections::BTreeMap;
use std::path::PathBuf;

use dyad_ontology::{cameo, plover, PloverType, QuadClass, MANUAL_OVERRIDES};

fn reference(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference/cameo").join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            let in_ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
            assert!(!in_ci, "CI: cannot read {}: {e}", path.display());
            eprintln!("skipping: cannot read {}: {e}", path.display());
            None
        }
    }
}

/// The rows of a TSV file as maps from header name to field.
fn rows(text: &str) -> Vec<BTreeMap<&str, &str>> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("empty file").split('\t').collect();
    lines.map(|l| header.iter().copied().zip(l.split('\t')).collect()).collect()
}

#[test]
fn cameo_codes_match_reference() {
    let Some(text) = reference("cameo_codes.tsv") else {
        return;
    };
    let rows = rows(&text);
    assert!(rows.len() > 300, "only {} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let code = row["code"];
        let Some(ours) = cameo(code) else {
            failures.push(format!("{code}: missing"));
            continue;
        };
        let quad: u8 = row["quad_class"].parse().expect("quad_class");
        if QuadClass::from_number(quad) != Some(ours.quad_class) {
            failures.push(format!("{code}: quad {quad} vs ours {:?}", ours.quad_class));
        }
        // GDELT value; where GDELT has none (1213), the ICEWS one.
        let g = [row["goldstein_gdelt"], row["goldstein_icews"]]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .map(|s| s.trim().parse::<f32>().expect("goldstein"));
        match g {
            Some(g) if (g - ours.goldstein).abs() > 0.001 => {
                failures.push(format!("{code}: goldstein {g} vs ours {}", ours.goldstein))
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}

#[test]
fn plover_map_matches_reference() {
    let Some(text) = reference("cameo2plover.tsv") else {
        return;
    };
    let rows = rows(&text);
    assert!(rows.len() > 250, "only {} rows", rows.len());
    // A code may appear more than once (root 08 is a header for both CONCEDE and RETREAT).
    let mut expected: BTreeMap<&str, Vec<PloverType>> = BTreeMap::new();
    for row in &rows {
        let event = row.get("plover_event").copied().unwrap_or("").trim();
        if event.is_empty() {
            continue;
        }
        let p: PloverType = event.parse().expect("PLOVER type");
        expected.entry(row["cameo_code"]).or_default().push(p);
    }
    let mut failures = Vec::new();
    for (code, types) in &expected {
        if cameo(code).is_none() {
            failures.push(format!("{code}: not a CAMEO code in our table"));
        }
        match plover(code) {
            Some(m) if types.contains(&m.event) => {}
            Some(_) if MANUAL_OVERRIDES.contains(code) => {}
            other => failures.push(format!("{code}: {types:?} vs ours {other:?}")),
        }
    }
    assert!(failures.is_empty(), "mismatches:\n{}", failures.join("\n"));
}
