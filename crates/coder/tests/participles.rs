//! Past participles used as adjectives are no events, with the embedded dictionaries: sentences
//! written for dyad.

use dyad_coder::{Coder, Document};

fn triggers(text: &str) -> Vec<String> {
    static CODER: std::sync::OnceLock<Coder> = std::sync::OnceLock::new();
    let coder = CODER.get_or_init(Coder::embedded);
    let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
    coder.code(&doc, false).events.into_iter().map(|e| format!("{} {}", e.cameo, e.evidence.trigger)).collect()
}

#[test]
fn attributive_participles_are_not_events() {
    // Opening the sentence before a noun, after "other", and "heavily armed".
    assert!(!triggers("Armed police guarded the Kenyan parliament on Monday.").iter().any(|t| t.ends_with("Armed")));
    assert!(triggers("Kenya said it would not talk to other armed groups.").iter().all(|t| !t.ends_with("armed")));
    assert!(triggers("Heavily armed Kenyan police stood outside the court.").iter().all(|t| !t.ends_with("armed")));
    // The verb itself still is one, and so is "heavily" before another verb.
    assert!(triggers("Eritrea armed the rebels in 2019.").iter().any(|t| t.ends_with("armed")));
    assert!(triggers("Ethiopian troops heavily shelled Eritrean positions.").iter().any(|t| t.ends_with("shelled")));
}
