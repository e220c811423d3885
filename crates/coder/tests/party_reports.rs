//! Reports by a party to the act they report are its claims, even when the speaker is only
//! described: "the mission", "the alliance", "the State Border Service". A description of an
//! international organisation stands for the one named before it; a national agency before a
//! report cue belongs to the country of the earlier actor of its sector.

use dyad_coder::{Event, Status};

mod common;
use common::code;

fn act<'a>(events: &'a [Event], cameo_root: &str) -> &'a Event {
    events.iter().find(|e| e.cameo.starts_with(cameo_root)).unwrap_or_else(|| panic!("no {cameo_root} in {events:#?}"))
}

fn speaker(e: &Event) -> String {
    e.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map_or("-".into(), |s| s.code.clone())
}

fn source(e: &Event) -> String {
    e.source.as_ref().map_or("-".into(), |a| a.code.clone())
}

#[test]
fn an_organisation_reporting_an_attack_on_itself_claims_it() {
    let events = code("Militiamen ambushed a United Nations convoy near Bunia on Friday, the mission said.");
    let e = act(&events, "1");
    assert_eq!(e.target.as_ref().map(|t| t.code.as_str()), Some("IGOUNO"), "{e:#?}");
    assert_eq!(speaker(e), "IGOUNO", "the mission is the United Nations named before it");
    assert_eq!(e.status, Status::Claimed, "the side attacked is a party");
}

#[test]
fn the_organisations_own_troops_are_the_organisation() {
    let events = code(
        "Fighting broke out near a United Nations base in Ituri. The mission said its peacekeepers \
         killed four attackers.",
    );
    let e = act(&events, "19");
    assert_eq!(source(e), "IGOUNO", "its peacekeepers: the mission's, not a country's");
    assert_eq!(speaker(e), "IGOUNO");
    assert_eq!(e.status, Status::Claimed, "a party's word on its own use of force");
}

#[test]
fn a_member_state_keeps_its_own_forces() {
    let events = code("Last year Norway, a NATO member, withdrew its forces from the base.");
    let e = events.iter().find(|e| e.cameo.starts_with("087")).expect("the withdrawal");
    let target = e.target.as_ref().map_or("-", |t| t.code.as_str());
    assert!(!target.starts_with("IGO"), "an organisation named as a modifier owns nothing: {e:#?}");
}

#[test]
fn the_alliance_is_the_organisation_named_before() {
    let events = code("NATO aircraft struck two rebel depots overnight, the alliance said.");
    let e = act(&events, "1");
    assert_eq!(speaker(e), "IGONAT");
    assert_eq!(e.status, Status::Claimed);
}

#[test]
fn a_national_agency_speaks_for_its_own_sector() {
    let events = code("Kyrgyz border guards detained two Tajik herders near Batken, the State Border Service said.");
    let e = act(&events, "17");
    assert_eq!(source(e), "KGZCOP");
    assert_eq!(speaker(e), "KGZCOP", "the border service of the guards' country, not the herders'");
    assert_eq!(e.status, Status::Claimed);
}

#[test]
fn an_agency_that_is_not_speaking_takes_no_kin() {
    // The drones' country is not the army's: only a speaker is placed by its sector.
    let events = code("The Chadian army said it had shot down two drones near Abeche.");
    assert!(events.iter().any(|e| e.cameo.starts_with("19")), "the act is not dropped as self-directed: {events:#?}");
}

#[test]
fn police_reporting_a_crime_are_not_its_party() {
    let events = code("A policeman was shot and wounded by gunmen in Kano on Monday, police said.");
    let e = act(&events, "19");
    assert_eq!(e.status, Status::Asserted, "{e:#?}");
}
