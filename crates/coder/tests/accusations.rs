//! What an accusation or a denial is about: the act inside it is coded as its own event,
//! claimed by the accuser (or denied by the denier), beside the accusation itself.
//! Uses the embedded dictionary, because the point is how its long accusation patterns
//! ("accuse ... of sending ... troops") interact with the act triggers.

use dyad_coder::{Event, Status};

mod common;
use common::code;

fn codes(e: &Event) -> (String, String) {
    (e.source.as_ref().map_or("-".into(), |a| a.code.clone()), e.target.as_ref().map_or("-".into(), |a| a.code.clone()))
}

fn find<'a>(events: &'a [Event], plover: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.plover.event_type == Some(plover))
        .unwrap_or_else(|| panic!("no {plover} event in {events:#?}"))
}

fn speaker(e: &Event) -> String {
    e.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map_or("-".into(), |s| s.code.clone())
}

#[test]
fn an_accusation_pattern_that_spans_the_act_keeps_both() {
    let events = code("Djibouti accused Eritrea on Friday of sending troops across the frontier.");
    let accuse = find(&events, "ACCUSE");
    assert_eq!(accuse.cameo, "1123", "the specific accusation code stays");
    assert_eq!(codes(accuse), ("DJI".into(), "ERI".into()));
    assert_eq!(accuse.status, Status::Asserted);
    let act = events.iter().find(|e| e.cameo.starts_with("15") || e.cameo.starts_with("19")).expect("the act");
    assert_eq!(codes(act), ("ERI".into(), "DJI".into()), "aimed at the accuser when no one else is named");
    assert_eq!(act.status, Status::Claimed);
    assert_eq!(speaker(act), "DJI");
}

#[test]
fn force_accused_of_is_aimed_at_the_accuser_unless_a_target_is_named() {
    let events = code("Mali accused Algeria of shelling.");
    let act = find(&events, "ASSAULT");
    assert_eq!(codes(act), ("DZA".into(), "MLI".into()));
    assert_eq!(act.status, Status::Claimed);

    let events = code("Chad accused Libya of bombing Sudanese villages.");
    let act = find(&events, "ASSAULT");
    assert_eq!(act.source.as_ref().unwrap().code, "LBY");
    assert_ne!(act.target.as_ref().map(|t| t.code.as_str()), Some("TCD"), "the named target wins");
}

#[test]
fn an_act_that_follows_from_the_accused_act_is_part_of_the_accusation() {
    let events = code("Niger's army accused Malian forces of firing on its posts overnight, wounding three soldiers.");
    for e in events.iter().filter(|e| e.quad_class == 4) {
        assert_eq!(e.status, Status::Claimed, "{e:#?}");
        assert_eq!(speaker(e), "NERMIL");
    }
    assert!(events.iter().any(|e| e.quad_class == 4), "{events:#?}");
}

#[test]
fn blame_for_names_the_accused_from_its_first_gap() {
    let events = code("Kenya blamed the rebels for the ambush.");
    let accuse = find(&events, "ACCUSE");
    assert_eq!(accuse.source.as_ref().unwrap().code, "KEN");
    assert!(accuse.target.as_ref().is_some_and(|t| t.code.ends_with("REB")), "{accuse:#?}");
}

#[test]
fn a_denied_act_is_denied_by_the_denier() {
    let events = code("Uganda denied sending troops into South Sudan.");
    let act = events.iter().find(|e| e.quad_class == 4).expect("the denied act");
    assert_eq!(act.status, Status::Denied);
    assert_eq!(codes(act).0, "UGA");
    assert!(events.iter().any(|e| e.cameo == "016" && codes(e).0 == "UGA"));
}

#[test]
fn a_charge_taken_up_after_a_comma_is_the_repliers_own_act() {
    // The rejection is Eritrea's act, asserted; the arming stays Ethiopia's claim only.
    let events = code("Ethiopia says Eritrea is training gunmen near the border, a charge that Asmara has rejected.");
    let reject = find(&events, "REJECT");
    assert_eq!(codes(reject).0, "ERIGOV");
    assert_eq!(reject.status, Status::Asserted);
    assert!(reject.attribution.is_none(), "{reject:#?}");

    // A denial of the charge denies nothing in the accusation itself, which stays asserted.
    let events = code("Niger accused Mali of shelling its border villages, a charge Bamako denied on Sunday.");
    let accuse = find(&events, "ACCUSE");
    assert_eq!(accuse.status, Status::Asserted);
    let denial = events.iter().find(|e| e.cameo == "016").expect("the denial");
    assert_eq!((codes(denial).0, denial.status), ("MLIGOV".into(), Status::Asserted));
    let shelling = find(&events, "ASSAULT");
    assert_eq!((shelling.status, speaker(shelling)), (Status::Claimed, "NER".into()));
}

#[test]
fn a_new_clause_with_its_own_subject_ends_a_leading_report() {
    let events = code("Somalia says Kenya is arming the militias, and Mogadishu accused Nairobi of shelling Gedo.");
    let aid = find(&events, "AID");
    assert_eq!((aid.status, speaker(aid)), (Status::Claimed, "SOM".into()));
    // The second accusation is the writer's report of Mogadishu's act, not Somalia's claim,
    // and the militias are not part of its accuser.
    let second: Vec<&Event> = events.iter().filter(|e| e.cameo.starts_with("112") && codes(e).0 == "SOMGOV").collect();
    assert_eq!(second.len(), 1, "{events:#?}");
    assert_eq!((second[0].status, second[0].attribution.is_none()), (Status::Asserted, true));
    assert!(events.iter().filter(|e| e.cameo.starts_with("112")).all(|e| !codes(e).0.ends_with("UAF")));
    // A list of subjects before the verb is still one subject.
    let events = code("Egypt, Qatar and Turkey condemned the bombing.");
    let sources: Vec<String> = events.iter().map(|e| codes(e).0).collect();
    assert_eq!(sources, ["EGY", "QAT", "TUR"]);
}

#[test]
fn a_negated_quotation_before_its_speaker_is_a_negated_claim() {
    let events =
        code("\"Kenyan soldiers have not taken part in the fighting,\" the defence ministry said in a statement.");
    let act = find(&events, "ASSAULT");
    assert!(act.negated, "{act:#?}");
    assert_eq!(act.status, Status::Claimed);
    assert!(speaker(act).ends_with("MIL"));
}

#[test]
fn a_gap_does_not_run_into_the_next_act_of_a_list() {
    // "violate ... international law" must not reach across ", ignoring": the claimed act is
    // "violating" alone, with the accused as its source.
    let events = code("Kenya accused Somalia of violating its airspace twice, ignoring international law.");
    let act = events.iter().find(|e| e.status == Status::Claimed).expect("a claimed act");
    assert_eq!(act.evidence.trigger, "violating ... airspace", "{events:#?}");
    let events = code("Kenya accused Somalia of violating fishing rules, ignoring international law.");
    let act = events.iter().find(|e| e.status == Status::Claimed).expect("a claimed act");
    assert_eq!(act.evidence.trigger, "violating", "{events:#?}");
    assert_eq!(codes(act).0, "SOM");
}

#[test]
fn a_cue_word_inside_a_name_is_no_cue() {
    // "State" in "the State Border Service" is part of the name, not the verb "state".
    let events = code("Armenian border guards detained a farmer on Monday, the State Border Service said.");
    let chain = &events[0].attribution.as_ref().expect("a report").chain;
    let cues: Vec<&str> = chain.iter().map(|l| l.cue.as_str()).collect();
    assert_eq!(cues, ["said"], "{events:#?}");
}

#[test]
fn a_gap_does_not_swallow_a_fixed_phrase() {
    // "open fire" is the act; "open ... border" would read it as opening the border.
    let events = code("Armenian units did not open fire at any point along the border.");
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!((events[0].cameo.as_str(), events[0].negated), ("193", true), "{events:#?}");
}

#[test]
fn an_army_reporting_rebel_force_accuses_the_rebels() {
    let events = code("The Sudanese army said rebels attacked the town of Babanusa on Sunday.");
    let accuse = find(&events, "ACCUSE");
    assert_eq!(codes(accuse), ("SDNMIL".to_string(), "SDNREB".to_string()), "{events:#?}");
    // A hyphenated "state-" is no reporting verb.
    let events = code("State-backed militias attacked the town of Babanusa on Sunday.");
    assert!(events.iter().all(|e| e.attribution.is_none()), "{events:#?}");
}

#[test]
fn a_participle_clause_shares_the_subject_of_the_clause_verb_not_of_a_noun() {
    // "killing dozens" belongs to the army's shelling, not to the rebel attack named inside it.
    let events = code("Sudanese troops fought off an RSF attack on Babanusa, killing dozens of fighters.");
    let killing = events.iter().find(|e| e.evidence.trigger == "killing").expect("the killing");
    assert_eq!(codes(killing).0, "SDNMIL", "{events:#?}");
}

#[test]
fn state_as_a_country_or_province_reports_nothing() {
    // "states of the union", "the state of Assam": a noun, not the reporting verb of "Ethiopia states that".
    let met = code("Ministers of the member states of the union met the rebels in Addis Ababa.");
    assert!(met.iter().all(|e| e.status == Status::Asserted && e.attribution.is_none()), "{met:#?}");
    let stated = code("Ethiopia states that Eritrean troops attacked the town.");
    assert_eq!(find(&stated, "ASSAULT").status, Status::Claimed);
}
