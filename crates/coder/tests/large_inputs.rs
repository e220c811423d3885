//! Hostile and oversized documents: each must be coded without a panic, in bounded time,
//! with a plausible number of sentences and every output span valid.
//!
//! The big ones are meant for `cargo test --release` (as CI runs them); in a debug build they
//! skip themselves, saying why.

use std::time::Instant;

use dyad_coder::{Actor, CodedDocument, Coder, Document};

/// One coder for the whole file: compiling the dictionaries once is enough.
fn coder() -> &'static Coder {
    static CODER: std::sync::OnceLock<Coder> = std::sync::OnceLock::new();
    CODER.get_or_init(Coder::embedded)
}

fn skip_in_debug(test: &str) -> bool {
    if cfg!(debug_assertions) {
        eprintln!("{test}: skipped in a debug build (too slow unoptimised); run `cargo test --release`");
        return true;
    }
    false
}

/// Code `text` and check the invariants every output must keep, whatever the input.
fn code_checked(name: &str, text: String) -> (Document, CodedDocument) {
    let doc = Document { id: name.into(), text, ..Default::default() };
    let t = Instant::now();
    let coded = coder().code(&doc, false);
    eprintln!(
        "{name}: {} bytes, {} sentences, {} events in {:.2?}",
        doc.text.len(),
        coded.sentences,
        coded.events.len(),
        t.elapsed()
    );
    check_spans(&doc.text, &coded);
    (doc, coded)
}

fn check_span(text: &str, span: [u32; 2], what: &str) {
    let (start, end) = (span[0] as usize, span[1] as usize);
    assert!(start <= end, "{what}: span {span:?} is reversed");
    assert!(end <= text.len(), "{what}: span {span:?} is past the end ({} bytes)", text.len());
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {span:?} is not on char boundaries"
    );
}

fn check_actor(text: &str, actor: &Actor, what: &str) {
    check_span(text, actor.span, what);
    assert_eq!(&text[actor.span[0] as usize..actor.span[1] as usize], actor.text, "{what}: &text[span] != text");
}

fn check_spans(text: &str, coded: &CodedDocument) {
    for ev in &coded.events {
        assert!(ev.sentence_index < coded.sentences, "{}: sentence_index out of range", ev.event_id);
        for (actor, what) in [(&ev.source, "source"), (&ev.target, "target")] {
            if let Some(a) = actor {
                check_actor(text, a, what);
            }
        }
        if let Some(a) = ev.attribution.as_ref().and_then(|at| at.speaker.as_ref()) {
            check_actor(text, a, "speaker");
        }
        check_span(text, ev.evidence.span, "evidence");
    }
}

/// Deterministic xorshift64*, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// News-like sentences written for this test: titles, abbreviations, quotes, numbers,
/// possessives, reported speech, a question and an exclamation.
const NEWS: [&str; 12] = [
    "Ethiopia accused Eritrea on Tuesday of arming rebels in the northern Tigray region.",
    "The U.S. State Department said it would send an envoy to Khartoum next week.",
    "\"We will not negotiate under fire,\" Israeli Prime Minister Benjamin Netanyahu told reporters in Jerusalem.",
    "Russian troops shelled Ukrainian positions near Kharkiv, killing 12 soldiers and wounding 30, officials said.",
    "Gen. Abdel Fattah al-Burhan met U.N. envoy Volker Perthes in Port Sudan on Monday.",
    "Protesters in Caracas demanded the release of opposition leaders detained since 2019.",
    "China's foreign ministry denied reports that it had supplied drones to the Myanmar military.",
    "Will the talks in Doha resume before the end of the year?",
    "The European Union imposed sanctions on 15 Iranian officials over the crackdown!",
    "According to police, about 3,500 people marched peacefully through central Nairobi.",
    "Turkey's parliament approved a $2.5 billion aid package for Syria's earthquake victims.",
    "Pakistan and India agreed to restore the 2003 ceasefire along the Line of Control.",
];

#[test]
fn fifty_megabyte_document() {
    if skip_in_debug("fifty_megabyte_document") {
        return;
    }
    const TARGET: usize = 50 * 1024 * 1024;
    let block = NEWS.join(" ");
    let per_block = dyad_text::analyze(&block).sentences.len();
    assert!((10..=14).contains(&per_block), "one block of 12 sentences split into {per_block}");
    let mut text = String::with_capacity(TARGET + block.len() + 2);
    let mut blocks = 0;
    while text.len() < TARGET {
        text.push_str(&block);
        // Vary the separators: a space, a newline, a paragraph break.
        text.push_str(["  ", "\n", "\n\n"][blocks % 3]);
        blocks += 1;
    }
    let expected = per_block * blocks;
    let t = Instant::now();
    let (_, coded) = code_checked("fifty_megabyte_document", text);
    let (lo, hi) = (expected * 9 / 10, expected * 11 / 10);
    assert!(
        (lo..=hi).contains(&coded.sentences),
        "{} sentences for {blocks} blocks of {per_block}: expected about {expected}",
        coded.sentences
    );
    assert!(t.elapsed().as_secs() < 60, "50 MB took {:.1?}", t.elapsed());
}

#[test]
fn one_megabyte_word() {
    if skip_in_debug("one_megabyte_word") {
        return;
    }
    // Letters only, no spaces and no punctuation: one token, one sentence.
    let word: String = (0..1024 * 1024).map(|i| (b'a' + (i % 26) as u8) as char).collect();
    let (_, coded) = code_checked("one_megabyte_word", word);
    assert_eq!(coded.sentences, 1);
    assert!(coded.events.is_empty());

    // Capitalised name-like chunks glued together ("EthiopiaAccusedEritrea..."), with inner
    // apostrophes and dots, still without a single space.
    let parts = ["Ethiopia", "accused", "Eritrea", "U.S.", "d'Ivoire", "Kyiv's", "42nd", "n't"];
    let mut glued = String::new();
    let mut i = 0;
    while glued.len() < 1024 * 1024 {
        glued.push_str(parts[i % parts.len()]);
        i += 1;
    }
    let (doc, coded) = code_checked("one_megabyte_glued_word", glued);
    assert!(coded.sentences >= 1 && coded.sentences <= doc.text.len() / 2, "{} sentences", coded.sentences);
}

#[test]
fn one_megabyte_of_punctuation_and_unicode() {
    if skip_in_debug("one_megabyte_of_punctuation_and_unicode") {
        return;
    }
    let pool: Vec<char> = concat!(
        ".,;:!?…-–—()[]{}<>/\\|@#$%^&*_+=~`",
        "\"'“”‘’«»‹›„‚「」『』",
        " \t\r\n\u{a0}\u{2028}\u{2029}\u{200b}\u{200d}\u{feff}",
        "\u{301}\u{308}\u{20dd}", // combining marks, possibly with no base
        "ÉéßøØıİﬁ", // case mapping that changes length
        "Мосваהשלוםمرحبا中国日本語한국어",
        "😀🇺🇦👩‍👩‍👧🏳️‍🌈",
        "0123456789",
        "Mr.Dr.U.S.",
    )
    .chars()
    .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut text = String::with_capacity(1024 * 1024 + 8);
    while text.len() < 1024 * 1024 {
        match rng.below(10) {
            // Any scalar value from the whole range, surrogates excepted.
            0 => text.push(char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}')),
            // A short English word now and then, so words meet quotes and stops.
            1 => text.push_str(["Ethiopia", "said", "the", "\"", "'", "Mr", "accused", "U.S"][rng.below(8)]),
            _ => text.push(pool[rng.below(pool.len())]),
        }
    }
    let tokens = dyad_text::analyze(&text).tokens.len();
    let (doc, coded) = code_checked("one_megabyte_of_punctuation_and_unicode", text);
    assert!(coded.sentences >= 1, "1 MB of text gave no sentence");
    assert!(coded.sentences <= tokens, "{} sentences for {tokens} tokens", coded.sentences);
    assert!(coded.sentences <= doc.text.len());
}

#[test]
fn one_megabyte_of_lone_quotes_and_stops() {
    if skip_in_debug("one_megabyte_of_lone_quotes_and_stops") {
        return;
    }
    // Each pattern alone, repeated to 1 MB: the splitter and the quote logic see the worst case.
    for (name, unit) in [
        ("quotes", "\""),
        ("curly_quotes", "“"),
        ("apostrophes", "'"),
        ("stops", "."),
        ("ellipses", "... "),
        ("open_quote_sentences", "\"Ethiopia accused Eritrea. "),
        ("unclosed_parens", "(Ethiopia said "),
        ("newlines", "\n"),
    ] {
        let text = unit.repeat(1024 * 1024 / unit.len());
        let (doc, coded) = code_checked(name, text);
        assert!(coded.sentences <= doc.text.len(), "{name}: {} sentences", coded.sentences);
    }
}

#[test]
fn tiny_and_empty_documents() {
    for text in ["", " ", "\n\n", ".", "\"", "'", "“", "\u{feff}", "\u{301}", "Ethiopia", "Ethiopia accused", "'s", "n't"] {
        let (_, coded) = code_checked("tiny", text.to_string());
        assert!(coded.sentences <= 1, "{text:?}: {} sentences", coded.sentences);
        if text.trim().is_empty() {
            assert_eq!(coded.sentences, 0, "{text:?} has no sentence");
        }
    }
}
