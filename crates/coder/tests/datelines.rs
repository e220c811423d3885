//! Datelines ("NAIROBI, March 3 (Reuters) -"): the place a report was filed from and the agency
//! that filed it. Neither is an actor of the events that follow, and the place is not theirs.

use dyad_coder::Event;

mod common;
use common::code;

fn actors(events: &[Event]) -> Vec<String> {
    events.iter().flat_map(|e| [&e.source, &e.target]).flatten().map(|a| a.code.clone()).collect()
}

#[test]
fn a_capital_and_an_agency_in_a_dateline_are_no_actors() {
    let events = code("NAIROBI, March 3 (Reuters) - Kenyan police arrested two men suspected of smuggling weapons.");
    assert!(events.iter().any(|e| e.cameo == "173"), "{events:#?}");
    let codes = actors(&events);
    assert!(!codes.iter().any(|c| c == "KENGOV" || c.ends_with("MED")), "{codes:?}");
}

#[test]
fn a_dateline_with_a_country_and_a_long_dash() {
    let events = code("KHARTOUM, Sudan (AP) — Gunmen attacked a market in Omdurman on Friday.");
    let e = events.iter().find(|e| e.cameo.starts_with("19")).expect("the attack");
    assert!(!actors(&events).iter().any(|c| c == "SDNGOV"), "{events:#?}");
    assert_eq!(e.place.as_ref().map(|p| p.text.as_str()), Some("Omdurman"));
}

#[test]
fn a_dateline_with_two_hyphens() {
    let events = code("BOGOTA -- Rebels ambushed an army patrol in Cauca province.");
    assert!(events.iter().any(|e| e.cameo.starts_with("19")), "{events:#?}");
    assert!(!actors(&events).iter().any(|c| c == "COLGOV"), "{events:#?}");
}

#[test]
fn a_dateline_is_not_where_the_event_was() {
    let events = code("ADDIS ABABA, Ethiopia (AP) — Rebels attacked a convoy overnight, officials said.");
    let e = events.iter().find(|e| e.cameo.starts_with("19")).expect("the attack");
    assert!(e.place.is_none(), "{:?}", e.place);
}

#[test]
fn capitals_before_a_hyphen_are_no_dateline_without_an_agency_or_a_date() {
    let events = code("Ugandan troops - backed by US advisers - attacked rebel camps near Gulu.");
    let e = events.iter().find(|e| e.cameo.starts_with("19")).expect("a verb after a spaced dash is a verb");
    assert_eq!(e.source.as_ref().map(|a| a.code.as_str()), Some("UGAMIL"), "{events:#?}");
}

#[test]
fn a_capitalised_word_after_a_dateline_dash_opens_a_noun_phrase() {
    // "Riot" and "Armed" describe the police and the guards; "shot" is the act.
    let events = code("ABUJA, Nigeria -- Riot police fired tear gas at protesters outside the assembly.");
    assert!(events.iter().all(|e| !e.cameo.starts_with("14")), "no riot: {events:#?}");
    let e = events.iter().find(|e| e.cameo == "175").expect("the tear gas");
    assert_eq!(e.source.as_ref().map(|a| a.code.as_str()), Some("NGACOP"), "the dash joins no country to the police");
    let events = code("NAIROBI, Kenya -- Armed police shot a farmer near Nakuru.");
    let e = events.iter().find(|e| e.cameo.starts_with("19")).expect("the shooting");
    assert_eq!(e.source.as_ref().map(|a| a.text.as_str()), Some("police"), "{events:#?}");
}
