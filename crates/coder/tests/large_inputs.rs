//! Hostile and oversized documents: each must be coded without a panic, in bounded time,
//! with a plausible number of sentences and every output span valid.
//!
//! The big ones are meant for `cargo test --release` (as CI runs them); in a debug build they
//! skip themselves, saying why.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Instant;

use dyad_coder::{Actor, CodedDocument, Coder, Document};
use dyad_dict::Dictionary;

/// Counts the heap bytes live on each thread, and their peak, so a test can bound the memory
/// one `Coder::code` call takes (tests run on parallel threads; the coder is single-threaded).
/// While a case runs it also enforces a hard cap: an allocation past it fails, which aborts
/// the test binary ("memory allocation of N bytes failed") instead of letting a quadratic
/// blow-up eat the machine's memory and get the OOM killer to pick a victim.
struct CountingAlloc;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    /// Live bytes allowed on this thread; 0 for no cap.
    static CAP: Cell<isize> = const { Cell::new(0) };
    /// The case being coded, for the message when the cap is hit.
    static CASE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Whether growing this thread's heap by `delta` stays under its cap (says why on stderr if not).
fn may_grow(delta: isize) -> bool {
    let over = CAP.try_with(|cap| cap.get() > 0 && LIVE.with(Cell::get) + delta > cap.get()).unwrap_or(false);
    if over {
        use std::io::Write;
        let mut err = std::io::stderr();
        let _ = err.write_all(b"\nlarge_inputs: heap cap exceeded while coding ");
        let _ = CASE.try_with(|c| c.try_borrow().map(|c| err.write_all(c.as_bytes())));
        let _ = err.write_all(b": the coder's memory is not linear in its input\n");
        CAP.with(|cap| cap.set(0));
    }
    !over
}

fn track(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !may_grow(layout.size() as isize) {
            return std::ptr::null_mut();
        }
        let p = System.alloc(layout);
        if !p.is_null() {
            track(layout.size() as isize);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if !may_grow(layout.size() as isize) {
            return std::ptr::null_mut();
        }
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            track(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        track(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !may_grow(new_size as isize - layout.size() as isize) {
            return std::ptr::null_mut();
        }
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            track(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

/// Run `f` as case `name` under a hard heap cap of `cap` extra bytes; return its result with
/// the peak extra heap (bytes) it took on this thread.
fn peak_heap<T>(name: &str, cap: usize, f: impl FnOnce() -> T) -> (T, usize) {
    CASE.with(|c| *c.borrow_mut() = name.to_string());
    let start = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start));
    CAP.with(|c| c.set(start + cap as isize));
    let out = f();
    CAP.with(|c| c.set(0));
    (out, (PEAK.with(Cell::get) - start).max(0) as usize)
}

/// Heap one `code` call may take for `len` bytes of input: tokens, mentions, events and their
/// copies of the sentence stay within a fixed multiple of the input.
fn heap_bound(len: usize) -> usize {
    64 * 1024 * 1024 + 256 * len
}

/// The embedded coder, built once for the whole file.
fn embedded() -> &'static Coder {
    static CODER: std::sync::OnceLock<Coder> = std::sync::OnceLock::new();
    CODER.get_or_init(Coder::embedded)
}

/// A coder over the small dictionary written for these tests (`benches/events.dict.txt`), so
/// triggers, roles and claims are exercised whatever the state of the embedded dictionaries.
fn small() -> &'static Coder {
    static CODER: std::sync::OnceLock<Coder> = std::sync::OnceLock::new();
    CODER.get_or_init(|| {
        let src = include_str!("../benches/events.dict.txt");
        let (dict, diags) = Dictionary::from_sources(&[("events.dict.txt", src)]);
        assert!(!dyad_dict::has_errors(&diags), "events.dict.txt: {diags:?}");
        Coder::new(&dict)
    })
}

/// Both coders, to run each hostile input through.
fn coders() -> [(&'static str, &'static Coder); 2] {
    [("embedded", embedded()), ("small", small())]
}

fn skip_in_debug(test: &str) -> bool {
    if cfg!(debug_assertions) {
        eprintln!("{test}: skipped in a debug build (too slow unoptimised); run `cargo test --release`");
        return true;
    }
    false
}

/// Code `text` with `coder` and check the invariants every output must keep, whatever the input.
fn code_checked(coder: &Coder, name: &str, text: String) -> (Document, CodedDocument) {
    let date = chrono::NaiveDate::from_ymd_opt(2023, 12, 31);
    let doc = Document { id: name.into(), text, date, ..Default::default() };
    let t = Instant::now();
    // Hard cap: 4 times the bound the test asserts, at most 4 GiB (tests run 2 at a time).
    let cap = (4 * heap_bound(doc.text.len())).min(4 << 30);
    let (coded, heap) = peak_heap(name, cap, || coder.code(&doc, false));
    let elapsed = t.elapsed();
    eprintln!(
        "{name}: {} bytes, {} sentences, {} events in {elapsed:.2?}, peak heap {:.1} MB",
        doc.text.len(),
        coded.sentences,
        coded.events.len(),
        heap as f64 / (1024.0 * 1024.0)
    );
    check_spans(&doc.text, &coded);
    if !cfg!(debug_assertions) {
        // 20 s plus 1 s per 2.5 MB: far slower than the throughput target, so this only catches blow-ups.
        let budget = 20.0 + doc.text.len() as f64 / 2.5e6;
        assert!(elapsed.as_secs_f64() < budget, "{name}: {elapsed:.1?} for {} bytes", doc.text.len());
    }
    assert!(
        heap <= heap_bound(doc.text.len()),
        "{name}: coding {} bytes took {heap} bytes of heap (bound {})",
        doc.text.len(),
        heap_bound(doc.text.len())
    );
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
    let (_, coded) = code_checked(embedded(), "fifty_megabyte_document", text);
    let (lo, hi) = (expected * 9 / 10, expected * 11 / 10);
    assert!(
        (lo..=hi).contains(&coded.sentences),
        "{} sentences for {blocks} blocks of {per_block}: expected about {expected}",
        coded.sentences
    );
}

#[test]
fn ten_megabyte_document_with_events() {
    if skip_in_debug("ten_megabyte_document_with_events") {
        return;
    }
    // The small dictionary knows most actors and triggers in NEWS: every block yields events.
    let block = NEWS.join(" ");
    let (_, one) = code_checked(small(), "one_block", block.clone());
    assert!(one.events.len() >= 5, "one block gave {} events: {:#?}", one.events.len(), one.events);
    let blocks = 10 * 1024 * 1024 / (block.len() + 1);
    let text = vec![block.as_str(); blocks].join("\n");
    let (_, coded) = code_checked(small(), "ten_megabyte_document_with_events", text);
    assert_eq!(coded.sentences, one.sentences * blocks);
    assert_eq!(coded.events.len(), one.events.len() * blocks, "the same block must code the same everywhere");
    // Event ids are unique.
    let mut ids: Vec<&str> = coded.events.iter().map(|e| e.event_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), coded.events.len(), "duplicate event ids");
}

#[test]
fn one_megabyte_word() {
    if skip_in_debug("one_megabyte_word") {
        return;
    }
    // Letters only, no spaces and no punctuation: one token, one sentence.
    let word: String = (0..1024 * 1024).map(|i| (b'a' + (i % 26) as u8) as char).collect();
    for (which, coder) in coders() {
        let (_, coded) = code_checked(coder, &format!("one_megabyte_word/{which}"), word.clone());
        assert_eq!(coded.sentences, 1);
        assert!(coded.events.is_empty());
    }

    // Capitalised name-like chunks glued together ("EthiopiaAccusedEritrea..."), with inner
    // apostrophes and dots, still without a single space.
    let parts = ["Ethiopia", "accused", "Eritrea", "U.S.", "d'Ivoire", "Kyiv's", "42nd", "n't"];
    let mut glued = String::new();
    let mut i = 0;
    while glued.len() < 1024 * 1024 {
        glued.push_str(parts[i % parts.len()]);
        i += 1;
    }
    for (which, coder) in coders() {
        let (doc, coded) = code_checked(coder, &format!("one_megabyte_glued_word/{which}"), glued.clone());
        assert!(coded.sentences >= 1 && coded.sentences <= doc.text.len() / 2, "{} sentences", coded.sentences);
    }
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
        "ÉéßøØıİﬁ",               // case mapping that changes length
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
    for (which, coder) in coders() {
        let (doc, coded) =
            code_checked(coder, &format!("one_megabyte_of_punctuation_and_unicode/{which}"), text.clone());
        assert!(coded.sentences >= 1, "1 MB of text gave no sentence");
        assert!(coded.sentences <= tokens, "{} sentences for {tokens} tokens", coded.sentences);
        assert!(coded.sentences <= doc.text.len());
    }
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
        ("reports_inside_reports", "Ethiopia said that "),
        ("gap_patterns", "accused accused of of "),
    ] {
        let text = unit.repeat(1024 * 1024 / unit.len());
        for (which, coder) in coders() {
            let (doc, coded) = code_checked(coder, &format!("{name}/{which}"), text.clone());
            assert!(coded.sentences <= doc.text.len(), "{name}: {} sentences", coded.sentences);
        }
    }
}

#[test]
fn tiny_and_empty_documents() {
    for text in
        ["", " ", "\n\n", ".", "\"", "'", "“", "\u{feff}", "\u{301}", "Ethiopia", "Ethiopia accused", "'s", "n't"]
    {
        for (_, coder) in coders() {
            let (_, coded) = code_checked(coder, "tiny", text.to_string());
            assert!(coded.sentences <= 1, "{text:?}: {} sentences", coded.sentences);
            if text.trim().is_empty() {
                assert_eq!(coded.sentences, 0, "{text:?} has no sentence");
            }
        }
    }
}

/// Regression test (found by these tests). One long run made of
/// actors and triggers: "Ethiopia accused Eritrea Russian troops shelled ..." repeated to
/// 64 KB gives one sentence with ~2,700 events, and every event copies the whole sentence
/// into `Event::sentence` (`build_events`, code.rs), so the heap grows as events × sentence
/// length, O(n²): it took ~180 MB here (bound 80 MB) before the fix.
///
/// Fixed by capping sentences at `dyad_text::MAX_SENTENCE_TOKENS` tokens.
#[test]
fn long_sentence_with_many_events_stays_bounded() {
    if skip_in_debug("long_sentence_with_many_events_stays_bounded") {
        return;
    }
    let text = "Ethiopia accused Eritrea Russian troops shelled ".repeat(64 * 1024 / 48);
    let (doc, coded) = code_checked(small(), "long_sentence_with_many_events", text);
    assert!(coded.events.len() >= 2, "the reproducer no longer produces events: rewrite it");
    let copied: usize = coded.events.iter().map(|e| e.sentence.len()).sum();
    eprintln!("long_sentence_with_many_events: events hold {copied} bytes of sentence copies");
    assert!(coded.sentences <= doc.text.len());
}
