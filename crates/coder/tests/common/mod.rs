//! What the integration tests share: one embedded coder per test binary.

use dyad_coder::{Coder, Document, Event};

/// The events of `text` coded as one document by the embedded coder (built once per test binary).
pub fn code(text: &str) -> Vec<Event> {
    static CODER: std::sync::OnceLock<Coder> = std::sync::OnceLock::new();
    let coder = CODER.get_or_init(Coder::embedded);
    coder.code(&Document { id: "t".into(), text: text.into(), ..Default::default() }, false).events
}
