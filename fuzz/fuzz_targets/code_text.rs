//! Feed arbitrary bytes (lossy UTF-8) as a document to the coder and check span invariants.
//!
//! Two coders, each built once: the embedded dictionaries (what `dyad code` uses), and the
//! small test dictionary `crates/coder/benches/events.dict.txt`, whose verbs and cues make
//! the role, claim and event-building code run even while the embedded set is incomplete.
//! The first input byte picks the coder, whether to ask for the `--explain` trace and
//! whether the document has a date (which turns on relative dates and dated roles).
#![no_main]

use std::sync::OnceLock;

use dyad_coder::{Actor, Coder, Document};
use dyad_dict::Dictionary;
use libfuzzer_sys::fuzz_target;

const TEST_DICT: &str = include_str!("../../crates/coder/benches/events.dict.txt");

fn embedded() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(Coder::embedded)
}

fn small() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| {
        let (dict, diags) = Dictionary::from_sources(&[("events.dict.txt", TEST_DICT)]);
        assert!(!dyad_dict::has_errors(&diags), "events.dict.txt: {diags:?}");
        Coder::new(&dict)
    })
}

fn check_span(text: &str, span: [u32; 2], what: &str) {
    let (start, end) = (span[0] as usize, span[1] as usize);
    assert!(start <= end, "{what}: span {span:?} is reversed");
    assert!(end <= text.len(), "{what}: span {span:?} past the end ({} bytes)", text.len());
    assert!(text.is_char_boundary(start), "{what}: span start {start} not on a char boundary");
    assert!(text.is_char_boundary(end), "{what}: span end {end} not on a char boundary");
}

fn check_actor(text: &str, actor: &Actor, what: &str) {
    check_span(text, actor.span, what);
    let slice = &text[actor.span[0] as usize..actor.span[1] as usize];
    assert_eq!(slice, actor.text, "{what}: &text[span] differs from the actor's text");
}

fuzz_target!(|data: &[u8]| {
    let mode = data.first().copied().unwrap_or(0);
    let coder = if mode & 2 == 0 { small() } else { embedded() };
    let explain = mode & 1 == 1;
    let text = String::from_utf8_lossy(data).into_owned();
    // A date near the end of a month and year, so relative dates cross both.
    let date = (mode & 4 != 0).then(|| chrono::NaiveDate::from_ymd_opt(2023, 12, 31).unwrap());
    let doc = Document { id: "fuzz".into(), text, date, ..Default::default() };
    let coded = coder.code(&doc, explain);
    let text = doc.text.as_str();
    for ev in &coded.events {
        assert!(ev.sentence_index < coded.sentences, "sentence_index {} >= {}", ev.sentence_index, coded.sentences);
        if let Some(a) = &ev.source {
            check_actor(text, a, "source");
        }
        if let Some(a) = &ev.target {
            check_actor(text, a, "target");
        }
        if let Some(a) = ev.attribution.as_ref().and_then(|at| at.speaker.as_ref()) {
            check_actor(text, a, "speaker");
        }
        check_span(text, ev.evidence.span, "evidence");
    }
});
