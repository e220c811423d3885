//! Patrols, marches and the places of acts named inside patterns and actors, with the embedded
//! dictionaries and gazetteer: sentences written for dyad.

mod common;
use common::code;

/// (CAMEO code, trigger, place) of each event.
fn coded(text: &str) -> Vec<(String, String, Option<String>)> {
    code(text).into_iter().map(|e| (e.cameo, e.evidence.trigger, e.place.map(|p| p.text))).collect()
}

fn one(cameo: &str, trigger: &str, place: Option<&str>) -> Vec<(String, String, Option<String>)> {
    vec![(cameo.into(), trigger.into(), place.map(str::to_string))]
}

#[test]
fn a_patrol_is_a_show_of_force_where_it_patrols() {
    // CAMEO 150: a military or police move short of force. The place patrolled is where.
    assert_eq!(coded("Armed police patrolled downtown Kigali on Monday."), one("150", "patrolled", Some("Kigali")));
    assert_eq!(
        coded("Peacekeepers have been patrolling the streets of Bangui since the mutiny."),
        one("150", "patrolling", Some("Bangui"))
    );
    assert_eq!(
        coded("Riot police patrolled the main markets in Lusaka as traders stayed at home."),
        one("150", "patrolled", Some("Lusaka"))
    );
    // A patrol phrase ending in "of" names the place patrolled.
    assert_eq!(
        coded("Marines patrolled the docks and warehouses of Mombasa overnight."),
        one("150", "patrolled", Some("Mombasa"))
    );
    // A capital "over" or "above" which jets patrol is a place, and so is a passive subject with
    // "still" before its participle.
    assert_eq!(coded("NATO jets patrolled the skies over Belgrade."), one("150", "patrolled", Some("Belgrade")));
    assert_eq!(coded("Kosovo is still patrolled by NATO troops."), one("150", "patrolled", Some("Kosovo")));
    // A patrol after "a" or "an" is the unit, not the act.
    let events = coded("A roadside bomb exploded near a passing Iraqi army patrol in the Karrada district.");
    assert!(events.iter().all(|(cameo, _, _)| cameo != "150"), "{events:?}");
}

#[test]
fn a_march_is_a_demonstration_but_the_month_is_not() {
    assert_eq!(
        coded("Thousands of students marched through central Nairobi to the parliament."),
        one("141", "marched", Some("Nairobi"))
    );
    assert_eq!(
        coded("Opposition supporters marched through Rio de Janeiro on Sunday."),
        one("141", "marched", Some("Rio de Janeiro"))
    );
    // "March" with a capital is the month.
    assert!(code("In March, the Kenyan government closed two mills.").is_empty());
    assert!(code("NAIROBI, March 14 -- Kenya's finance minister resigned.").iter().all(|e| e.cameo != "141"));
}

#[test]
fn a_kind_of_place_after_a_locative_is_where_not_what_was_taken() {
    // `capture ... town` is a town taken; people captured in a town are arrested there.
    assert_eq!(coded("Rebels captured the town of Kurmuk."), one("192", "captured ... town", Some("Kurmuk")));
    assert_eq!(
        coded("Soldiers captured two rebels in the town of Kurmuk on Sunday."),
        one("173", "captured", Some("Kurmuk"))
    );
    assert_eq!(
        coded("Three gunmen were captured by police at two Mexico City hotels."),
        one("173", "captured", Some("Mexico City"))
    );
    // "over" before a number is a quantity, not a place.
    assert_eq!(code("The army captured over 20 villages from the rebels.")[0].cameo, "192");
    // A sentence's first word is no place ("This region ... Cesar province").
    let events = code("This region has seen the army capture a dozen villages from the rebels.");
    assert!(events.iter().all(|e| e.place.is_none()), "{events:?}");
    // A title stays no event, capitalised or not.
    assert!(code("Kenya captured the Nations Cup in Nairobi.").is_empty());
}

#[test]
fn a_city_police_act_with_no_place_happened_in_its_city() {
    assert_eq!(
        coded("Nairobi police shot dead two suspected robbers on Friday."),
        one("193", "shot dead", Some("Nairobi"))
    );
    // Not the city of the victim's police.
    let victim = code("A former Mombasa police chief was shot dead on Friday.");
    assert!(victim.iter().all(|e| e.place.is_none()), "{victim:?}");
    // A place in reach comes first.
    assert_eq!(
        coded("Nairobi police shot dead two suspected robbers in Thika on Friday."),
        one("193", "shot dead", Some("Thika"))
    );
}

#[test]
fn a_capital_being_shelled_is_the_place() {
    assert_eq!(coded("Kabul is being shelled from the hills."), one("194", "shelled", Some("Kabul")));
}

#[test]
fn a_place_patrolled_or_stormed_may_carry_modifiers() {
    // Lower-case adjectives, hyphenated ones too, stand between the verb and the place it takes.
    assert_eq!(coded("Marines patrolled coastal Kismayo on Tuesday."), one("150", "patrolled", Some("Kismayo")));
    assert_eq!(
        coded("Troops stormed the rebel-held Kamboni Springs near Kismayo."),
        vec![("190".into(), "stormed".into(), Some("Kamboni Springs".into()))]
    );
    assert_eq!(coded("Police patrolled the walled Old Town of Lamu."), one("150", "patrolled", Some("Lamu")));
    // A day after an unknown name does not make it a longer name; only a verb that never takes
    // people makes it a place ("captured Odhiambo Monday" is a man).
    assert_eq!(
        coded("Soldiers were patrolling Garbatulla Saturday night."),
        one("150", "patrolling", Some("Garbatulla"))
    );
    assert_eq!(coded("Troops captured Odhiambo Monday in Kenya."), one("173", "captured", Some("Kenya")));
}

#[test]
fn a_reference_point_is_a_place_not_an_actor() {
    // "north of Nairobi" locates the act; it is not Kenya's government.
    let events = code("Two soldiers were wounded north of Nairobi.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].place.as_ref().map(|p| p.text.as_str()), Some("Nairobi"));
    assert!(events[0].source.is_none() && events[0].target.as_ref().is_none_or(|t| t.sector.as_deref() != Some("GOV")));
    // Measured by a distance, it says the act happened that far away: not at Nairobi.
    let events = code("Two soldiers were wounded 30 km north of Nairobi.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].place, None);
    assert!(events[0].source.is_none() && events[0].target.as_ref().is_none_or(|t| t.sector.as_deref() != Some("GOV")));
    // A reference point before the act only says near what; the town named after it is where.
    let events =
        code("West of Nairobi, six people were killed when a bomb went off near a bank in the town of Naivasha.");
    assert!(events.iter().all(|e| e.place.as_ref().is_some_and(|p| p.text == "Naivasha")), "{events:?}");
}

#[test]
fn the_owner_of_the_patient_is_the_place_when_none_is_named() {
    assert_eq!(coded("Kenya's deputy police chief was shot dead on Sunday."), one("193", "shot dead", Some("Kenya")));
    // Not a part of something the place owns, nor its embassy, which is abroad.
    for text in ["A senior member of Kenya's largest gang was captured.", "Kenya's embassy was bombed on Friday."] {
        let events = code(text);
        assert!(events.iter().all(|e| e.place.is_none()), "{text}: {events:?}");
    }
    // A religious group's quarter names no place; the town it is in does.
    assert_eq!(
        code("Gunmen killed four people in a largely Shia quarter in the town of Hilla.")[0]
            .place
            .as_ref()
            .map(|p| p.text.as_str()),
        Some("Hilla")
    );
}

#[test]
fn a_movement_happened_where_it_went() {
    assert_eq!(
        coded("The foreign minister travelled to Addis Ababa on Monday."),
        one("042", "travelled to", Some("Addis Ababa"))
    );
    assert_eq!(coded("Thousands of students marched to Uhuru Park."), one("141", "marched", Some("Uhuru Park")));
    // The destination is the movement's alone: "urged" does not take it.
    let events = code("The father of a girl who travelled to Syria urged the government to help her.");
    assert!(events.iter().filter(|e| e.cameo != "042").all(|e| e.place.is_none()), "{events:?}");
}

#[test]
fn a_participle_with_its_agent_after_a_comma_is_passive() {
    // "X, captured by Y," is a reduced relative clause: X was taken, by Y.
    let events = code("Under the accord, Eastern Equatoria, captured by the rebels in 1995, returns to Juba.");
    let taken = events.iter().find(|e| e.evidence.trigger.starts_with("captured")).expect("captured");
    assert_eq!(taken.place.as_ref().map(|p| p.text.as_str()), Some("Eastern Equatoria"));
    assert_eq!(taken.source.as_ref().map(|a| a.sector.as_deref()), Some(Some("REB")));
}

#[test]
fn a_stronghold_a_share_of_a_country_and_the_streets_of_a_town_are_places() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.as_ref().map(|p| p.text.clone()));
    assert_eq!(place("The army captured the rebel stronghold of Kapoeta last year.").as_deref(), Some("Kapoeta"));
    assert_eq!(place("Rebel forces have captured more than a third of Zaire.").as_deref(), Some("Zaire"));
    assert_eq!(place("Opposition supporters took to the streets of Kisumu on Monday.").as_deref(), Some("Kisumu"));
    // After "a", a name says who: "killed a Somali lawmaker" was not in the Somali region.
    let events = code("Gunmen killed a Somali lawmaker in a drive-by shooting.");
    assert!(events.iter().all(|e| e.place.is_none()), "{events:?}");
}

#[test]
fn events_publications_and_foreign_bases_name_no_place() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.as_ref().map(|p| p.text.clone()));
    assert_eq!(place("Veterans marched in the Jamhuri Day Parade in Nairobi.").as_deref(), Some("Nairobi"));
    assert_eq!(place("As reported in the Standard Times, police shot two robbers.").as_deref(), None);
    // A country's base is abroad; the town it stands at is the place.
    assert_eq!(place("Two soldiers were killed near a U.S. base at Baidoa.").as_deref(), Some("Baidoa"));
}
