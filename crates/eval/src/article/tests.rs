//! The matcher on tiny hand-made events: no coder involved except where a test says so.

use super::*;
use dyad_coder::{Attribution, Evidence, Place, Plover};

const TEXT: &str = "Ethiopia says Eritrea is arming rebels. Eritrea denied it. Rebels attacked Adigrat on Sunday.";

fn actor(code: &str) -> Actor {
    let (country, sector) = match code {
        c if c.starts_with("IGO") => (None, Some("IGO".to_string())),
        c if c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()) && c != "REB" => (Some(c.to_string()), None),
        "REB" => (None, Some("REB".to_string())),
        c => (Some(c[..3].to_string()), Some(c[3..].to_string())),
    };
    Actor { text: code.into(), code: code.into(), country, sector, name: None, span: [0, 0], resolved_from: None }
}

/// An event in sentence `si`: `what` is "CAMEO TYPE", actors are codes ("" for none).
fn ev(si: usize, what: &'static str, source: &str, target: &str, status: Status) -> Event {
    let (cameo, ty) = what.split_once(' ').unwrap();
    let opt = |c: &str| (!c.is_empty()).then(|| actor(c));
    Event {
        event_id: format!("d:{si}:0"),
        doc_id: "d".into(),
        sentence_index: si,
        sentence: String::new(),
        date: None,
        date_precision: None,
        place: None,
        source: opt(source),
        target: opt(target),
        cameo: cameo.into(),
        cameo_root: cameo[..2].into(),
        quad_class: 3,
        goldstein: 0.0,
        plover: Plover { event_type: (ty != "-").then_some(ty), mode: None, context: None },
        status,
        negated: false,
        attribution: None,
        evidence: Evidence { trigger: String::new(), span: [0, 0], rule: String::new() },
    }
}

fn said_by(mut e: Event, speaker: &str) -> Event {
    e.attribution = Some(Attribution { speaker: Some(actor(speaker)), cue: "says".into(), chain: Vec::new() });
    e
}

fn annotations(lines: &str) -> Annotations {
    parse_annotations(lines.as_bytes(), "inline").unwrap()
}

/// Score one document of TEXT with hand-made events.
fn score(events: &[Event], lines: &str) -> ArticleReport {
    let ann = annotations(lines);
    let sentences = Sentences::new(TEXT);
    let expected: Vec<_> =
        ann.expected.iter().map(|x| (x, x.prop.sentence.as_ref().and_then(|r| sentences.resolve(r)))).collect();
    let forbidden: Vec<_> =
        ann.forbidden.iter().map(|(_, p)| (p, p.sentence.as_ref().and_then(|r| sentences.resolve(r)))).collect();
    let mut report = ArticleReport::default();
    report.score_document("d", events, &expected, &forbidden, &sentences, true);
    report
}

#[test]
fn actor_patterns_match_country_sector_organisation_and_alternatives() {
    let gov = actor("ETHGOV");
    assert!(actor_matches(Some(&gov), "ETH"));
    assert!(actor_matches(Some(&gov), "ETHGOV"));
    assert!(!actor_matches(Some(&gov), "ETHMIL"));
    assert!(actor_matches(Some(&gov), "ERIMIL|ETHGOV"));
    assert!(actor_matches(Some(&actor("ERIREB")), "*REB"));
    assert!(actor_matches(Some(&actor("REB")), "*REB"));
    assert!(!actor_matches(Some(&actor("ETH")), "ETHGOV"), "a whole country is not its government");
    assert!(actor_matches(Some(&actor("IGOAFU")), "IGOAFU"));
    assert!(actor_matches(Some(&actor("IGOAFU")), "IGO"));
    assert!(!actor_matches(Some(&actor("IGOUNO")), "IGOAFU"));
    assert!(actor_matches(Some(&actor("CODGOV")), "ZAR"), "legacy CAMEO codes are normalised");
    assert!(!actor_matches(None, "ETH"));
}

#[test]
fn a_denial_matches_a_negated_claim_and_nothing_else() {
    assert_eq!(stance(Status::Denied, false), stance(Status::Claimed, true));
    assert_ne!(stance(Status::Denied, false), stance(Status::Claimed, false));
    assert_ne!(stance(Status::Asserted, true), stance(Status::Claimed, true));
}

#[test]
fn a_claimed_act_coded_as_asserted_is_found_but_not_matched_and_is_a_false_fact() {
    let lines = r#"{"doc": "d", "sentence": "Eritrea is arming", "source": "ERI", "type": "AID", "target": "*REB", "status": "claimed", "by": "ETH"}"#;
    let asserted = ev(0, "072 AID", "ERI", "ERIREB", Status::Asserted);
    let r = score(std::slice::from_ref(&asserted), lines);
    assert_eq!(r.overall, CategoryTally { expected: 1, found: 1, matched: 0 });
    assert_eq!(r.false_facts, (0, 1));
    assert_eq!(r.shortfalls[0].what, "status");
    // The same act as claimed by Ethiopia matches and is no false fact.
    let mut claimed = said_by(asserted, "ETH");
    claimed.status = Status::Claimed;
    let r = score(&[claimed.clone()], lines);
    assert_eq!((r.overall.matched, r.false_fact_count()), (1, 0));
    assert_eq!(r.recall(Category::Claimed), 1.0);
    // Claimed by the wrong speaker: found, status wrong.
    let wrong = said_by(ev(0, "072 AID", "ERI", "ERIREB", Status::Claimed), "SDN");
    assert_eq!(score(&[wrong], lines).overall.matched, 0);
    // Another sentence does not count.
    let elsewhere = said_by(ev(2, "072 AID", "ERI", "ERIREB", Status::Claimed), "ETH");
    assert_eq!(score(&[elsewhere], lines).overall.found, 0);
}

#[test]
fn a_denied_act_matches_a_negated_claim_by_the_same_speaker() {
    let lines = r#"{"doc": "d", "sentence": 1, "source": "ERI", "type": "ASSAULT", "status": "claimed", "negated": true, "by": "ERI"}"#;
    let denied = said_by(ev(1, "190 ASSAULT", "ERIMIL", "", Status::Denied), "ERIGOV");
    let r = score(&[denied], lines);
    assert_eq!(r.overall.matched, 1);
    assert_eq!(r.by_category[&Category::Claimed].expected, 1);
}

#[test]
fn each_event_serves_one_expected_event_and_full_matches_come_first() {
    let lines = [
        r#"{"doc": "d", "sentence": 0, "source": "ETH", "type": "ACCUSE", "target": "ERI"}"#,
        r#"{"doc": "d", "sentence": 0, "source": "ETH", "type": "ACCUSE", "target": "ERI"}"#,
    ]
    .join("\n");
    let r = score(&[ev(0, "112 ACCUSE", "ETH", "ERI", Status::Asserted)], &lines);
    assert_eq!(r.overall, CategoryTally { expected: 2, found: 1, matched: 1 });
    assert_eq!(r.recall(Category::Speech), 0.5);
    // Two expected: one claimed, one asserted. The asserted event goes to the asserted one
    // even though the claimed one comes first in the file.
    let lines = [
        r#"{"doc": "d", "sentence": 2, "source": "REB", "type": "ASSAULT", "status": "claimed"}"#,
        r#"{"doc": "d", "sentence": 2, "source": "REB", "type": "ASSAULT"}"#,
    ]
    .join("\n");
    let r = score(&[ev(2, "190 ASSAULT", "REB", "", Status::Asserted)], &lines);
    assert_eq!((r.overall.found, r.overall.matched), (1, 1));
    assert_eq!(r.false_fact_count(), 0, "an event that fully matches is not a false fact");
}

#[test]
fn forbidden_propositions_count_asserted_events_only_in_their_sentence() {
    let lines = r#"{"doc": "d", "forbidden_asserted": [{"source": "ERI", "type": "AID|SUPPORT"}, {"sentence": "Rebels attacked", "type": "ASSAULT"}]}"#;
    let events = [
        ev(0, "072 AID", "ERI", "REB", Status::Asserted),
        ev(0, "072 AID", "ERI", "REB", Status::Claimed),
        ev(1, "190 ASSAULT", "REB", "", Status::Asserted),
        ev(2, "190 ASSAULT", "REB", "", Status::Asserted),
    ];
    let r = score(&events, lines);
    assert_eq!(r.false_facts, (2, 0));
    assert_eq!(r.false_fact_list.iter().map(|f| f.why).collect::<Vec<_>>(), ["forbidden", "forbidden"]);
    assert_eq!(r.by_doc["d"].false_facts, 2);
}

#[test]
fn dates_places_and_chains_are_scored_on_found_events() {
    let lines = r#"{"doc": "d", "sentence": "Rebels attacked", "source": "*REB", "type": "ASSAULT", "date": "2026-03-08", "precision": "day", "place": "Adigrat|Tigray", "chain": ["ETH"]}"#;
    let mut e = ev(2, "190 ASSAULT", "REB", "", Status::Asserted);
    e.date = Some("2026-03-08".into());
    e.date_precision = Some("day");
    e.place = Some(Place {
        text: "Adigrat".into(),
        name: None,
        country: None,
        admin1: None,
        feature: None,
        lat: None,
        lon: None,
        geonameid: None,
        span: [0, 0],
    });
    let r = score(&[said_by(e.clone(), "ETHGOV")], lines);
    assert_eq!((r.dates.right, r.places.right, r.chains.right), (1, 1, 1));
    e.date_precision = Some("week");
    e.place = None;
    let r = score(&[e], lines);
    assert_eq!(
        (r.dates, r.places, r.chains),
        (Checked { scored: 1, right: 0 }, Checked { scored: 1, right: 0 }, Checked { scored: 1, right: 0 })
    );
    assert_eq!(r.shortfalls.iter().map(|s| s.what).collect::<Vec<_>>(), ["date", "place", "chain"]);
}

#[test]
fn an_empty_place_asks_for_no_place() {
    let lines = r#"{"doc": "d", "sentence": 1, "source": "ERI", "type": "DENY", "place": ""}"#;
    let r = score(&[ev(1, "016 -", "ERI", "", Status::Asserted)], lines);
    assert_eq!((r.overall.matched, r.places.right), (1, 1));
}

#[test]
fn a_snippet_across_a_sentence_break_belongs_to_the_sentence_it_starts_in() {
    let s = Sentences::new(TEXT);
    assert_eq!(s.resolve(&SentenceRef::Text("denied   it".into())), Some(1));
    assert_eq!(s.resolve(&SentenceRef::Text("denied it. Rebels".into())), Some(1));
    assert_eq!(s.resolve(&SentenceRef::Text("Kenya".into())), None);
    assert_eq!(s.resolve(&SentenceRef::Index(3)), None);
}

#[test]
fn hand_written_lines_with_mistakes_are_errors_naming_the_line() {
    let bad = [
        (r#"{"doc": "d", "sentence": 0, "source": "ETH", "typ": "ACCUSE"}"#, "unknown field"),
        (r#"{"doc": "d", "source": "ETH", "type": "ACCUSE"}"#, "needs `sentence`"),
        (r#"{"doc": "d", "sentence": 0, "source": "ETH"}"#, "`type` or `cameo`"),
        (r#"{"doc": "d", "sentence": 0, "type": "AID", "status": "alleged"}"#, "`status`"),
        (r#"{"doc": "d", "sentence": 0, "type": "AID", "date": "8 March"}"#, "`date`"),
        (r#"{"doc": "d", "source": "ETH", "forbidden_asserted": [{"type": "AID"}]}"#, "only `doc`"),
        (r#"{"doc": "d", "forbidden_asserted": [{"source": "ETH"}]}"#, "`type` or `cameo`"),
    ];
    for (line, want) in bad {
        let text = format!("\n{line}\n");
        let err = parse_annotations(text.as_bytes(), "a.jsonl").unwrap_err();
        assert_eq!(err.line, 2, "{line}");
        assert!(err.reason.contains(want), "{line}: {}", err.reason);
    }
}

#[test]
fn unknown_documents_and_sentences_are_errors_not_misses() {
    let coder = Coder::embedded();
    let articles = parse_articles(
        r#"{"id": "a1", "date": "2026-03-11", "text": "Ethiopia accused Eritrea of arming the rebels."}"#.as_bytes(),
        "inline",
    )
    .unwrap();
    let ann = annotations(
        r#"{"doc": "a1", "sentence": "accused Eritrea", "source": "ETH", "type": "ACCUSE", "target": "ERI", "date": "2026-03-11"}"#,
    );
    let r = score_articles(&coder, &articles, &ann, false).unwrap();
    assert_eq!((r.overall.matched, r.dates.right), (1, 1));
    let ann = annotations(
        r#"{"doc": "a2", "sentence": 0, "type": "ACCUSE"}
{"doc": "a1", "sentence": "Kenya said", "type": "ACCUSE"}"#,
    );
    let err = score_articles(&coder, &articles, &ann, false).unwrap_err();
    assert!(err.contains("\"a2\"") && err.contains("Kenya said"), "{err}");
}
