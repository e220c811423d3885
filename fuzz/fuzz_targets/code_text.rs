//! Feed arbitrary bytes (lossy UTF-8) to the embedded coder and check span invariants.
#![no_main]

use std::sync::OnceLock;

use dyad_coder::{Actor, Coder, Document};
use libfuzzer_sys::fuzz_target;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(Coder::embedded)
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
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document { id: "fuzz".into(), text, ..Default::default() };
    let explain = data.first().is_some_and(|b| b & 1 == 1);
    let coded = coder().code(&doc, explain);
    let text = doc.text.as_str();
    for ev in &coded.events {
        assert!(ev.sentence_index < coded.sentences, "sentence_index {} >= {}", ev.sentence_index, coded.sentences);
        if let Some(a) = &ev.source {
            check_actor(text, a, "source");
        }
        if let Some(a) = &ev.target {
            check_actor(text, a, "target");
        }
        if let Some(Some(a)) = ev.attribution.as_ref().map(|at| at.speaker.as_ref()) {
            check_actor(text, a, "speaker");
        }
        check_span(text, ev.evidence.span, "evidence");
    }
});
