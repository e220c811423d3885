//! Coreference on short articles written for these tests, coded with the embedded dictionaries.

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::{Actor, Coder, Document, Event};

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(Coder::embedded)
}

fn code(text: &str, date: &str) -> Vec<Event> {
    let doc = Document {
        id: "t".into(),
        text: text.into(),
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        ..Default::default()
    };
    coder().code(&doc, false).events
}

/// The events of sentence `si`.
fn in_sentence(events: &[Event], si: usize) -> Vec<&Event> {
    events.iter().filter(|e| e.sentence_index == si).collect()
}

/// (text, code, antecedent text and sentence) of an actor.
type Resolved<'a> = (&'a str, &'a str, Option<(&'a str, usize)>);

fn resolved(a: &Option<Actor>) -> Option<Resolved<'_>> {
    let a = a.as_ref()?;
    Some((a.text.as_str(), a.code.as_str(), a.resolved_from.as_ref().map(|r| (r.text.as_str(), r.sentence_index))))
}

#[test]
fn a_short_name_points_at_the_full_name() {
    let text = "Antony Blinken met Sergei Lavrov in Geneva on Monday. Blinken urged Russia to withdraw its troops.";
    let ev = code(text, "2022-01-10");
    let urge = in_sentence(&ev, 1).into_iter().find(|e| e.cameo.starts_with("025")).expect("a request");
    assert_eq!(resolved(&urge.source), Some(("Blinken", "USAGOV", Some(("Antony Blinken", 0)))));
    let from = urge.source.as_ref().unwrap().resolved_from.as_ref().unwrap();
    assert_eq!(&text[from.span[0] as usize..from.span[1] as usize], "Antony Blinken");
    assert_eq!(urge.source.as_ref().unwrap().name.as_deref(), Some("Antony Blinken"));
}

#[test]
fn a_shared_surname_resolves_only_after_the_full_name() {
    let ev =
        code("Hillary Clinton met Sergei Lavrov in Geneva. Clinton criticised Russia over the arrests.", "2010-03-01");
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("Clinton", "USAGOV", Some(("Hillary Clinton", 0)))));
    assert_eq!(e.source.as_ref().unwrap().name.as_deref(), Some("Hillary Clinton"));
    // With two Clintons in the story the surname is not enough.
    let ev = code(
        "Bill Clinton and Hillary Clinton arrived in Moscow. Clinton criticised Russia over the arrests.",
        "2010-03-01",
    );
    assert!(in_sentence(&ev, 1).iter().all(|e| e.source.is_none()), "{ev:#?}");
}

#[test]
fn an_unlisted_name_given_in_apposition_recurs_as_a_surname() {
    let ev = code(
        "The Eritrean information minister, Tesfay Ghebru, arrived in Cairo. Ghebru criticised Ethiopia.",
        "2022-01-10",
    );
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("Ghebru", "ERIGOV", Some(("Eritrean information minister", 0)))));
}

#[test]
fn he_and_she_stand_for_the_last_person() {
    let ev = code("Antony Blinken arrived in Kyiv on Monday. He criticised Russia over the build-up.", "2022-01-10");
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("He", "USAGOV", Some(("Antony Blinken", 0)))));
    // "she" never stands for a man named by a title.
    let ev = code("The Kenyan foreign minister, Mr Odhiambo, arrived in Kampala. She criticised Uganda.", "2022-01-10");
    assert!(in_sentence(&ev, 1).iter().all(|e| e.source.is_none()), "{ev:#?}");
}

#[test]
fn a_pronoun_inside_the_sentence_takes_its_subject() {
    let ev = code("Russia condemned the sanctions and said it would respond.", "2022-01-10");
    assert!(ev.iter().all(|e| e.source.as_ref().is_some_and(|s| s.code == "RUS")), "{ev:#?}");
    // "told Ukraine it would": the speaker, not the addressee.
    let ev = code("Russia told Ukraine it would retaliate against any attack.", "2022-01-10");
    let it = ev.iter().find_map(|e| e.source.as_ref().filter(|s| s.text == "it")).expect("it is a source");
    assert_eq!(it.code, "RUS");
    assert_eq!(it.resolved_from.as_ref().map(|r| r.text.as_str()), Some("Russia"));
}

#[test]
fn an_object_pronoun_skips_the_subject_of_its_clause() {
    let ev = code("Sergei Lavrov arrived in Geneva on Monday. Antony Blinken criticised him.", "2022-01-10");
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("Antony Blinken", "USAGOV", None)));
    assert_eq!(resolved(&e.target), Some(("him", "RUSGOV", Some(("Sergei Lavrov", 0)))));
}

#[test]
fn they_stands_for_a_compound() {
    let ev =
        code("Ethiopia and Eritrea signed a peace agreement. They also accused Sudan of arming rebels.", "2022-01-10");
    // (The accused act, Sudan arming rebels, is an event of its own with Sudan as source.)
    let accusations: Vec<_> =
        in_sentence(&ev, 1).into_iter().filter(|e| e.plover.event_type == Some("ACCUSE")).collect();
    let sources: Vec<_> = accusations.iter().filter_map(|e| resolved(&e.source)).collect();
    assert_eq!(sources, [("They", "ETH", Some(("Ethiopia", 0))), ("They", "ERI", Some(("Eritrea", 0)))]);
}

#[test]
fn pleonastic_it_is_left_alone() {
    for text in [
        "Russia attacked Ukraine on Thursday. It is expected that Poland will condemn the attack.",
        "Russia shelled Kharkiv on Thursday. It was not clear whether Ukraine would retaliate.",
        "Russia shelled Kharkiv on Thursday. It seems that Poland will condemn the attack.",
    ] {
        let ev = code(text, "2022-01-10");
        let texts: Vec<_> = ev.iter().flat_map(|e| [&e.source, &e.target]).flatten().map(|a| a.text.as_str()).collect();
        assert!(!texts.contains(&"It"), "{text}: {ev:#?}");
    }
    // Object "it" is mostly a thing.
    let ev = code("Russia criticised the plan and rejected it.", "2022-01-10");
    assert!(ev.iter().all(|e| e.target.is_none()), "{ev:#?}");
}

#[test]
fn no_antecedent_no_actor() {
    let ev = code("It criticised Russia over the arrests.", "2022-01-10");
    assert!(ev.iter().all(|e| e.source.is_none()), "{ev:#?}");
    // A pair of people: "he" could be either.
    let ev =
        code("Antony Blinken and Sergei Lavrov met in Geneva. He criticised Russia over the arrests.", "2022-01-10");
    assert!(in_sentence(&ev, 1).iter().all(|e| e.source.is_none()), "{ev:#?}");
    // "it" does not stand for a person, nor "he" for a country.
    let ev = code("Antony Blinken arrived in Kyiv. It criticised Russia.", "2022-01-10");
    assert!(in_sentence(&ev, 1).iter().all(|e| e.source.is_none()), "{ev:#?}");
    let ev = code("Poland closed its border. He criticised Russia.", "2022-01-10");
    assert!(in_sentence(&ev, 1).iter().all(|e| e.source.is_none()), "{ev:#?}");
}

#[test]
fn definite_descriptions_take_the_earlier_actor() {
    let ev = code(
        "The Egyptian Foreign Ministry condemned Israel on Sunday. The ministry also criticised Iran.",
        "2022-01-10",
    );
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("ministry", "EGYGOV", Some(("Egyptian Foreign Ministry", 0)))));
    let ev = code(
        "The Sudanese government held talks with Chad on Sunday. The Sudanese side later criticised Chad.",
        "2022-01-10",
    );
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("Sudanese side", "SDNGOV", Some(("Sudanese government", 0)))));
    let ev = code("Ethiopia accused Egypt of blocking the talks. The Egyptians rejected the accusation.", "2022-01-10");
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("Egyptians", "EGY", Some(("Egypt", 0)))));
}

#[test]
fn counted_descriptions_are_compounds() {
    let ev =
        code("Antony Blinken met Sergei Lavrov in Geneva on Friday. The two men agreed to resume talks.", "2022-01-10");
    let sources: Vec<_> = in_sentence(&ev, 1).iter().filter_map(|e| resolved(&e.source)).collect();
    assert!(sources.contains(&("two men", "USAGOV", Some(("Antony Blinken", 0)))), "{sources:?}");
    assert!(sources.contains(&("two men", "RUSGOV", Some(("Sergei Lavrov", 0)))), "{sources:?}");
    let ev = code(
        "Armenian forces shelled Azerbaijani positions on Sunday. The United Nations urged both sides to halt the fighting.",
        "2022-01-10",
    );
    let targets: Vec<_> =
        in_sentence(&ev, 1).iter().filter_map(|e| e.target.as_ref().map(|t| t.code.as_str())).collect();
    assert_eq!(targets, ["ARM", "AZE"]);
}

#[test]
fn counterparts() {
    let ev = code("Antony Blinken met his Russian counterpart in Geneva.", "2022-01-10");
    assert_eq!(resolved(&ev[0].target), Some(("Russian counterpart", "RUSGOV", None)));
    let ev =
        code("Antony Blinken met Sergei Lavrov in Geneva. Blinken later criticised his counterpart.", "2022-01-10");
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.target), Some(("counterpart", "RUSGOV", Some(("Sergei Lavrov", 0)))));
}

#[test]
fn possessives_give_their_country() {
    let ev = code("Antony Blinken said his government would impose sanctions on Russia.", "2022-01-10");
    let e = ev.iter().find(|e| e.source.as_ref().is_some_and(|s| s.text == "government")).expect("an event");
    assert_eq!(resolved(&e.source), Some(("government", "USAGOV", Some(("Antony Blinken", 0)))));
}

#[test]
fn a_description_needs_the_word_used_for_the_actor() {
    // "the prince" is not the president named before; the sentence's own context places it.
    let ev = code("President Bill Clinton arrived in Moscow. The prince later criticised Russia.", "1998-06-01");
    let e = in_sentence(&ev, 1)[0];
    assert!(e.source.as_ref().is_some_and(|s| s.resolved_from.is_none() && s.code != "USAGOV"), "{ev:#?}");
    let ev = code("President Bill Clinton arrived in Moscow. The president later criticised Russia.", "1998-06-01");
    let e = in_sentence(&ev, 1)[0];
    assert_eq!(resolved(&e.source), Some(("president", "USAGOV", Some(("President Bill Clinton", 0)))));
}

#[test]
fn a_pronoun_before_its_subject_is_left_alone() {
    let ev =
        code("Iran closed its embassy in Ankara. As it withdrew its troops, Turkey criticised Iran.", "2022-01-10");
    let texts: Vec<_> = ev.iter().flat_map(|e| [&e.source, &e.target]).flatten().map(|a| a.text.as_str()).collect();
    assert!(!texts.contains(&"it"), "{ev:#?}");
}
