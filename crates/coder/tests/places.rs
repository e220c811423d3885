//! Event places and dates with the embedded dictionaries and gazetteer: sentences written for dyad.

use dyad_coder::{Coder, Document};

mod common;
use common::code;

fn coder() -> Coder {
    Coder::embedded()
}

#[test]
fn places_are_found_by_role_and_geocoded() {
    let place = |text: &str| code(text)[0].place.clone();
    // The object of a territorial act is where it happened, even a capital.
    let kabul = place("The Taliban captured Kabul in 1996.").expect("a place");
    assert_eq!((kabul.text.as_str(), kabul.name.as_deref(), kabul.feature), ("Kabul", Some("Kabul"), Some("capital")));
    assert!(kabul.lat.is_some_and(|lat| (34.0..35.0).contains(&lat)) && kabul.geonameid.is_some());
    // A name in apposition to "the capital", and one modifying a site.
    assert_eq!(
        place("Gunmen shot a minister at his house in the capital, Colombo.").map(|p| p.text),
        Some("Colombo".into())
    );
    assert_eq!(
        place("Soldiers shot a farmer near a West Bank refugee camp.").map(|p| (p.text, p.country)),
        Some(("West Bank".into(), Some("PSE".into())))
    );
    // A homonym takes the country of the sentence's actors.
    let tripoli = place("Lebanese troops attacked gunmen in Tripoli.").expect("a place");
    assert_eq!(tripoli.country.as_deref(), Some("LBN"));
    // "in support of" is not a place preposition.
    assert_eq!(place("Students demonstrated in support of Ahmed Bello."), None);
    // An unknown name keeps its text, with no coordinates.
    let unknown = place("Rebels attacked the village of Kwarandu.").expect("a place");
    assert_eq!((unknown.text.as_str(), unknown.lat), ("Kwarandu", None));
}

#[test]
fn names_used_as_modifiers_are_not_places() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.clone()).map(|p| p.text);
    // A country after "a", or joined by a hyphen, says whose, not where.
    assert_eq!(place("A roadside bomb exploded near a U.S. patrol in the Karrada district."), Some("Karrada".into()));
    assert_eq!(place("Two commanders were killed in a US airstrike."), None);
    assert_eq!(place("Fighters were killed in U.S.-led strikes near Raqqa."), Some("Raqqa".into()));
    // ... but a dash is not a hyphen, and a settlement is a site.
    assert_eq!(place("Warplanes bombed rebel positions in northern Iraq -- officials said."), Some("Iraq".into()));
    assert_eq!(place("A settler shot two farmers in a West Bank settlement."), Some("West Bank".into()));
    // A group adjective before a noun is no place either.
    assert_eq!(place("Soldiers killed four civilians in a Kurdish town."), None);
    assert_eq!(place("Gunmen shot at homes in a Jewish neighborhood of Hebron."), Some("Hebron".into()));
}

#[test]
fn each_event_takes_the_date_nearest_its_trigger() {
    let d = Document {
        id: "d".into(),
        text: "Rebels attacked Goma on Sunday, and the army attacked the rebels on Tuesday.".into(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 26),
        ..Default::default()
    };
    let events = coder().code(&d, false).events;
    let dates: Vec<_> = events.iter().map(|e| (e.cameo.as_str(), e.date.as_deref())).collect();
    assert!(dates.contains(&("190", Some("2026-11-22"))), "{dates:?}");
    assert!(dates.iter().any(|&(_, d)| d == Some("2026-11-24")), "{dates:?}");
}

#[test]
fn first_level_regions_are_geocoded() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.clone()).expect("a place");
    // A region with its type word: the whole name, geocoded to the oblast, not left unknown.
    let oblast = place("Russian forces shelled towns in Donetsk Oblast on Monday.");
    assert_eq!(oblast.text, "Donetsk Oblast");
    assert_eq!(
        (oblast.country.as_deref(), oblast.feature, oblast.admin1.as_deref()),
        (Some("UKR"), Some("admin1"), Some("05"))
    );
    assert!(oblast.lat.is_some_and(|lat| (46.0..50.0).contains(&lat)), "{oblast:?}");
    // A province named without its type word; no GeoNames id in the sources.
    let punjab = place("Police arrested protesters in Punjab.");
    assert_eq!((punjab.name.as_deref(), punjab.country.as_deref()), (Some("Punjab"), Some("PAK")));
    assert_eq!((punjab.feature, punjab.geonameid), (Some("admin1"), None));
    // A region named like its own city is the city.
    let city = place("Government troops shelled Kirkuk on Monday.");
    assert_eq!((city.feature, city.country.as_deref()), (Some("city"), Some("IRQ")));
}

#[test]
fn the_most_precise_place_of_a_phrase_is_the_event_place() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.clone()).map(|p| p.text);
    // A name the gazetteer does not know, taken by storm or captured from someone, is where.
    assert_eq!(place("Government troops stormed Kafr Hamra on Tuesday."), Some("Kafr Hamra".into()));
    assert_eq!(place("Soldiers captured Ahmed Salem on Friday."), None);
    assert_eq!(place("Government troops stormed Tellhamra on Tuesday."), Some("Tellhamra".into()));
    assert_eq!(place("The militia captured Dorbaye from the army on Friday."), Some("Dorbaye".into()));
    // ... but "captured" takes people as often: a bare surname captured by police is not a place;
    // one captured by an army or rebels is a town more often than a person.
    assert_eq!(place("Police captured Malemba on Friday."), None);
    assert_eq!(place("Rebel fighters captured Malemba on Friday."), Some("Malemba".into()));
    // A passive subject: an unknown name that only a besieging verb or an apposition shows to be a
    // place; a region named by a compass word; not a person captured by an army.
    assert_eq!(place("Torvana and Kesh were encircled by government troops."), Some("Torvana".into()));
    assert_eq!(place("Dorbaye, the main town of the district, was captured by the rebels."), Some("Dorbaye".into()));
    assert_eq!(place("Eastern Torvana was captured by rebel fighters in May."), Some("Eastern Torvana".into()));
    assert_eq!(place("Malemba was captured by government troops on Friday."), None);
    // A settlement named by its kind, and a facility named by its head word.
    assert_eq!(place("In the province of Kirkuk, militants shelled the settlement of Bashir."), Some("Bashir".into()));
    assert_eq!(place("Gunmen stormed the Ibn Rushd Hospital on Monday."), Some("Ibn Rushd Hospital".into()));
    // A second name that only says where the first is: the first stays.
    assert_eq!(
        place("A mob killed three traders in the town of Gidan Waya in northern Nigeria."),
        Some("Gidan Waya".into())
    );
    assert_eq!(place("Rebels captured Bunia, the capital of Ituri province, on Sunday."), Some("Bunia".into()));
    // ... unless the first is a reference point: "north of Baghdad in Samarra".
    assert_eq!(place("Two soldiers were killed in an ambush north of Baghdad in Samarra."), Some("Samarra".into()));
    // "the Ghat area of Doda district" names the area; "the Baghdad neighbourhood of X" the neighbourhood.
    assert_eq!(place("Soldiers shot two militants in the Garhi area of Doda district."), Some("Garhi".into()));
    assert_eq!(place("A car bomb killed six people in the Baghdad neighbourhood of Zayouna."), Some("Zayouna".into()));
    assert_eq!(place("A bomb killed nine people in Pakistan's largest city, Karachi."), Some("Karachi".into()));
    assert_eq!(place("Thousands of people demonstrated in the Shati refugee camp on Friday."), Some("Shati".into()));
    // "the Belarus capital Minsk": the city.
    assert_eq!(place("Thousands demonstrated in the Belarus capital Minsk on Sunday."), Some("Minsk".into()));
    // A place fronted before the first comma sets the scene for the sentence.
    assert_eq!(
        place("In Kirkuk, a city claimed by both Kurds and Arabs, two policemen were shot on Friday."),
        Some("Kirkuk".into())
    );
    // An origin is not where: the demonstration was in Tbilisi.
    assert_eq!(
        place("Refugees from the region of Abkhazia demonstrated in Tbilisi on Thursday."),
        Some("Tbilisi".into())
    );
    // A group adjective before the name; a site named after the place.
    assert_eq!(place("A police sergeant shot a man in Catholic west Belfast on Friday."), Some("Belfast".into()));
    assert_eq!(place("Rebels detonated a tunnel bomb near the Ramouseh axis at dawn."), Some("Ramouseh".into()));
    // Names with hyphenated joiners; a passive subject with an adverb before the participle.
    assert_eq!(place("Rebels attacked a base near Mazar-e-Sharif on Sunday."), Some("Mazar-e-Sharif".into()));
    assert_eq!(place("Kandahar was heavily shelled by the rebels on Monday."), Some("Kandahar".into()));
    // A dash after a place is no hyphenated adjective; "on" names a place before a road.
    assert_eq!(place("Students demonstrated in Istanbul -- and in Izmir."), Some("Istanbul".into()));
    assert_eq!(place("Gunmen opened fire on Haifa Street, wounding two policemen."), Some("Haifa Street".into()));
}

#[test]
fn phrases_that_are_not_political_events_make_none() {
    let events = |text: &str| code(text).len();
    // Sport and figures of speech use event verbs; the `---` entries of verbs.txt take those words.
    assert_eq!(events("The Kenyan runner captured her third world title in Doha on Sunday."), 0);
    assert_eq!(events("Fuel prices shot up in Harare as the strike went on."), 0);
    assert_eq!(events("The survey demonstrated that voters in Kano want change."), 0);
    assert_eq!(events("The Swiss skier captured the giant slalom in Kranjska Gora on Sunday."), 0);
    assert_eq!(events("The Kenyan runner captured the silver in Doha on Sunday."), 0);
    assert_eq!(events("A Dutch crew captured footage of the flooding in Mopti."), 0);
    assert_eq!(events("The Kenyan boxer captured the WBA and WBC belts in Nairobi."), 0);
    assert_eq!(events("The Nigerian driver captured his second race of the season in Abuja."), 0);
    assert_eq!(events("The robbery was captured by surveillance cameras in Lagos."), 0);
    assert_eq!(events("The opposition leader shot back that the minister in Lome was lying."), 0);
    assert_eq!(events("The blackout demonstrated the weakness of the grid in Accra."), 0);
    // A demonstration is never done to something: a passive "demonstrated" is "shown".
    assert_eq!(events("The strength of the union was demonstrated in Durban last week."), 0);
    // The same verbs still code political acts.
    assert_eq!(events("Rebels captured the town of Walikale on Sunday."), 1);
    assert_eq!(events("Police shot two protesters in Harare."), 1);
    assert_eq!(events("Troops shot back at the gunmen in Gao."), 1);
    assert_eq!(events("Thousands of teachers demonstrated in Accra on Monday."), 1);
    // Words of those phrases elsewhere in a political sentence keep it.
    assert_eq!(events("Rebels captured Kurmuk in a major victory for the movement."), 1);
    assert_eq!(events("Rebels captured the hill in a bid to win control of the road."), 1);
    assert_eq!(events("Troops captured the town at an early stage of the offensive."), 1);
    assert_ne!(events("Thousands demonstrated in Accra urging the government to resolve the strike."), 0);
    assert_eq!(events("Students demonstrated in Kano against the weakness of the naira."), 1);
    assert_eq!(events("Gunmen captured two traders at the market in Gao."), 1);
    assert_eq!(events("Thousands of teachers demonstrated in Lagos to stress the need for reform."), 1);
    assert_eq!(events("The Ghanaian police demonstrated their commitment to reform in Accra."), 0);
}

#[test]
fn a_place_captured_is_territory_taken_not_a_person_detained() {
    let first = |text: &str| code(text).into_iter().next().expect("an event");
    let town = first("Rebels captured Birao from the army on Sunday.");
    assert_eq!((town.cameo.as_str(), town.place.map(|p| p.text)), ("192", Some("Birao".into())));
    assert!(town.evidence.rule.ends_with("+place-object"), "{}", town.evidence.rule);
    assert_eq!(first("Police captured two suspects on Sunday.").cameo, "173");
    // A part of a place shows that the name after it is one, of two words too; a hyphen joins
    // two words into one.
    let place = |text: &str| first(text).place.map(|p| p.text);
    assert_eq!(place("The opposition captured parts of Wardak on Monday."), Some("Wardak".into()));
    assert_eq!(place("Militias seized the outskirts of Tel Barak on Monday."), Some("Tel Barak".into()));
    assert_eq!(place("The army stormed Al-Qusayrah at dawn."), Some("Al-Qusayrah".into()));
    assert_eq!(place("Police captured Omar Haddad on Monday."), None);
}

#[test]
fn a_settlement_named_by_its_kind_is_reached_from_further_away() {
    let places =
        |text: &str| -> Vec<Option<String>> { code(text).into_iter().map(|e| e.place.map(|p| p.text)).collect() };
    // Past a "when" clause and a trailing report: a settlement a locative phrase names by its kind.
    assert_eq!(
        places(
            "Three traders were killed and eleven others were wounded late on Friday, witnesses said, when a crowded \
             minibus struck a landmine near a checkpoint in the northern town of Dolo."
        ),
        vec![Some("Dolo".to_string())]
    );
    // Not the object of another act, which may have happened elsewhere.
    assert_eq!(
        places(
            "Two aid workers were abducted near the border on Monday, hours after armed men had attacked the \
             eastern village of Kurmali."
        ),
        vec![None]
    );
}

#[test]
fn scenes_possessives_and_reference_points() {
    let places =
        |text: &str| -> Vec<Option<String>> { code(text).into_iter().map(|e| e.place.map(|p| p.text)).collect() };
    let first = |text: &str| places(text).into_iter().next().flatten();
    // Acts sharing a subject are one scene: the place of one is the place of all.
    assert_eq!(
        places(
            "Soldiers shot and killed Hassan Omar, 40, and wounded his brother Ali Omar, 35, while they were camping \
             on a farm in eastern Darfur last week."
        ),
        vec![Some("Darfur".to_string()); 3]
    );
    // A "when" clause tells how the act happened, in the same scene.
    assert_eq!(
        first(
            "Four soldiers were killed and one seriously injured on Tuesday evening when insurgents fired rockets at \
             their convoy near the southern town of Kismayo."
        ),
        Some("Kismayo".into())
    );
    // A name after a possessive place is the more precise one; a compass point alone is none.
    assert_eq!(first("Police fired on protesters in Kampala's Owino market."), Some("Owino".into()));
    assert_eq!(first("Police attacked the protesters in Uganda's restive North."), Some("Uganda".into()));
    // A reference point does not stand for the place it locates.
    assert_eq!(
        first("Militants killed 12 villagers in the Medea province to the south of Algiers."),
        Some("Medea".into())
    );
    // A fronted place gives way to a place within it, in reach of the event.
    assert_eq!(
        first("In Somalia, a soldier was shot in the leg while driving through the town of Baidoa on Friday."),
        Some("Baidoa".into())
    );
    // Shares lead to the place taken; origins and month abbreviations are no places.
    assert_eq!(first("Rebels captured more than half of Chad in the offensive."), Some("Chad".into()));
    assert_eq!(first("Hundreds of refugees from across Kenya demonstrated in the camp."), None);
    assert_eq!(first("Jets bombed a convoy in a Jan. 5 raid."), None);
}

#[test]
fn names_modifying_sites_and_the_words_before_a_place() {
    let places =
        |text: &str| -> Vec<Option<String>> { code(text).into_iter().map(|e| e.place.map(|p| p.text)).collect() };
    let first = |text: &str| places(text).into_iter().next().flatten();
    // A capital before a site, across a modifier or two, is where the site is; an agency's name
    // before its headquarters is not.
    assert_eq!(first("Gunmen shot a trader in another southwestern Nairobi neighborhood."), Some("Nairobi".into()));
    assert_eq!(first("A man was shot dead as he walked off a west Dublin football field."), Some("Dublin".into()));
    assert_eq!(first("Gunmen attacked the UNHCR regional headquarters on Monday."), None);
    // An unknown name before a site noun names the site's place.
    assert_eq!(first("Militants killed six guards at Korima police station."), Some("Korima".into()));
    // Lower-case hyphenated adjectives, joined compass words and a possessive kind of place.
    assert_eq!(first("Rebels shelled a market in government-held Aleppo."), Some("Aleppo".into()));
    assert_eq!(first("Troops killed four rebels in north and central Aceh."), Some("Aceh".into()));
    assert_eq!(first("Gunmen killed two traders in the capital's Bakara market."), Some("Bakara".into()));
    // A demonstration in rallies shares the rallies' place; what a protest is against does not
    // give it a place.
    assert_eq!(
        places("Thousands of workers demonstrated in two rallies in Corsica on Thursday."),
        vec![Some("Corsica".to_string()); 2]
    );
    assert_eq!(first("Students protested against the detention of a lawyer in Hakkari province."), None);
    // A statement does not take the place of an event noun in the clause before it, unless that
    // place opens the sentence.
    assert_eq!(places("The rebel attacks on Aleppo amount to a war crime, calling for sanctions.")[1], None);
    assert_eq!(first("Meanwhile, in Geneva, the minister accused Chad of arming the rebels."), Some("Geneva".into()));
}

#[test]
fn reference_points_owners_and_the_size_of_places() {
    let places =
        |text: &str| -> Vec<Option<String>> { code(text).into_iter().map(|e| e.place.map(|p| p.text)).collect() };
    let first = |text: &str| places(text).into_iter().next().flatten();
    // With nothing more precise named, a reference point is the nearest place known; a town it
    // locates, or a place in the event's clause, is more precise; a destination's is none.
    assert_eq!(first("Two policemen were wounded north of Mosul on Sunday."), Some("Mosul".into()));
    assert_eq!(first("Soldiers destroyed six rebel bunkers close to Jaffna."), Some("Jaffna".into()));
    assert_eq!(
        first("Gunmen killed a farmer in Balad, about 80 kilometers (50 miles) north of Baghdad."),
        Some("Balad".into())
    );
    assert_eq!(first("Gunmen killed five traders in attacks north of Tikrit in Baiji."), Some("Baiji".into()));
    assert_eq!(first("The agency delivered tents to Kutum, west of El Fasher."), None);
    // A country bombed or attacked is where; a fronted place is more precise; a possessive is whose.
    assert_eq!(first("Coalition jets bombed Yemen for a month."), Some("Yemen".into()));
    assert_eq!(first("In Asmara on Sunday, rebels attacked Chad."), Some("Asmara".into()));
    assert_eq!(first("On Monday evening in Asmara, rebels attacked Chad."), Some("Asmara".into()));
    assert_eq!(first("Jets attacked Syria's air defences on Friday."), None);
    assert_eq!(first("Rebels captured one-third of Chad in 2008."), Some("Chad".into()));
    // A site of a known place, through its possessive; a country's embassy is abroad.
    assert_eq!(first("A bomb destroyed one of Kabul's main bridges."), Some("Kabul".into()));
    assert_eq!(first("Students demonstrated outside the Kenyan embassy in Kampala."), Some("Kampala".into()));
    // The owner of a site, parties between whom a clash happened and "at least" are no places.
    assert_eq!(first("Gunmen shot at the home of Omar Tarbush in the night."), None);
    assert_eq!(first("Five herders were killed in a clash between the Dinka and Nuer near Bor."), Some("Bor".into()));
    assert_eq!(first("Gunmen killed at least nine Sunni Muslims on Friday."), None);
    // The size of a kind of place: "Dumbi town of Kaduna State" is the town.
    assert_eq!(first("Gunmen attacked Dumbi town of Kaduna State, killing nine."), Some("Dumbi".into()));
    // An event noun the act happened in does not separate it from the place after it.
    assert_eq!(
        first("Five soldiers stationed at Camp Tarin, Texas, were captured in an ambush near Kirkuk."),
        Some("Kirkuk".into())
    );
    // A capital off which a ship was taken, the entrance to a town, and a passive subject shown to
    // be a place by a distance in apposition.
    assert_eq!(first("A Greek ship with 25 crew was captured off Mogadishu on Monday."), Some("Mogadishu".into()));
    assert_eq!(first("Hundreds of villagers demonstrated at the entrance to Hebron."), Some("Hebron".into()));
    assert_eq!(
        first("Kurmuk Bora, about 60 miles (96 kilometers) south of Damazin, was captured by rebels in March."),
        Some("Kurmuk Bora".into())
    );
    // Two compass words share one name; typographic apostrophes are possessives too.
    assert_eq!(
        first("Rebels captured towns in the North and South Darfur provinces."),
        Some("North and South Darfur".into())
    );
    assert_eq!(first("Russian jets bombed Syria’s Idlib province."), Some("Idlib".into()));
}

#[test]
fn which_of_two_names_in_a_phrase_is_the_place() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.clone()).map(|p| p.text);
    // A part of a district named like a town abroad (Ghat in Libya) is the local name; a city ten
    // times the other's size is the city meant.
    assert_eq!(place("Troops shot dead three militants near the Ghat area of Doda district."), Some("Ghat".into()));
    assert_eq!(place("Gunmen killed a police chief in the Tijuana district of La Presa."), Some("La Presa".into()));
    // A reference point after a site's name does not swallow it.
    assert_eq!(
        place("Hundreds of students demonstrated at Minya University south of Cairo on Monday."),
        Some("Minya University".into())
    );
    // A name modifying a facility only says which one; the place is the town it stands in. A
    // site's own name, or a district's, is a place of its own.
    assert_eq!(
        place("A suicide bomber detonated a truck bomb at the busy Sadriya market in central Baghdad."),
        Some("Baghdad".into())
    );
    assert_eq!(place("Gunmen attacked the BSF company headquarters in Magam town."), Some("Magam".into()));
    assert_eq!(
        place("A car bomb exploded outside the Kindi Hospital in Aleppo, killing six."),
        Some("Kindi Hospital".into())
    );
    assert_eq!(
        place("Gunmen killed two policemen in the Amiriyah district in western Baghdad."),
        Some("Amiriyah".into())
    );
    // A river, a road or a waterway reached by "on" or "in".
    assert_eq!(place("Soldiers shot at fishing boats on the Tigris river."), Some("Tigris".into()));
    assert_eq!(place("Guerrillas detonated a bomb on the Beit Yahoun-Kaunin road."), Some("Beit Yahoun-Kaunin".into()));
    assert_eq!(
        place("Iranian gunboats captured eight sailors in the Shatt al-Arab waterway."),
        Some("Shatt al-Arab".into())
    );
}

#[test]
fn a_town_bombed_shelled_or_invaded_is_where_but_a_demonym_is_not() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.clone()).map(|p| p.text);
    assert_eq!(place("Government jets bombed Kadugli on Tuesday."), Some("Kadugli".into()));
    assert_eq!(place("Rebels shelled Dabbit with mortars, killing two."), Some("Dabbit".into()));
    assert_eq!(place("Armed herdsmen invaded Gidan Sule, a small village, at dawn."), Some("Gidan Sule".into()));
    // "Chechen" and "Indian" say whose forces and posts, not where.
    assert_eq!(
        place("Russian warplanes bombed Chechen separatist forces near the village of Roshni Chu."),
        Some("Roshni Chu".into())
    );
    assert_eq!(
        place("Pakistani troops shelled several Indian border posts in the Noushera area."),
        Some("Noushera".into())
    );
}

#[test]
fn sites_named_by_their_kind_and_parts_of_places_patrolled() {
    let place = |text: &str| code(text).first().and_then(|e| e.place.clone()).map(|p| p.text);
    // Airstrips, junctions, hills and colleges are sites a name can modify.
    assert_eq!(place("Rebels shot down a cargo plane at the Palali airstrip on Saturday."), Some("Palali".into()));
    assert_eq!(
        place("The militants captured the Al-Dahr Al-Aswad hill after heavy clashes."),
        Some("Al-Dahr Al-Aswad".into())
    );
    // A site is more precise than a whole country.
    assert_eq!(
        place("A suicide bomber detonated his explosives at Umm al-Fahm junction in northern Israel."),
        Some("Umm al-Fahm".into())
    );
    // "the X of (the) Y" after a patrol names Y, across an article or an adjective.
    assert_eq!(place("Border police patrolled the gates and alleys of the Old City."), Some("Old City".into()));
    assert_eq!(place("Spanish troops patrolled the tense frontline of southwestern Mostar."), Some("Mostar".into()));
    // An apposition naming the kind of place after a region says where the first name is.
    assert_eq!(place("In Hebron, the largest West Bank town, soldiers shot two youths."), Some("Hebron".into()));
    // A demonym the gazetteer also lists as another name of a town is no place.
    assert_eq!(place("Two soldiers were killed near the Thai border."), None);
    // A second predicate of the subject ("and is believed to be held in ...") is another scene.
    assert_eq!(place("The corporal was captured by gunmen in June and is believed to be held in Gaza."), None);
    // A name the gazetteer knows as a small town elsewhere is a place when the pattern says so
    // (`capture ... city`), and after a capitalised adjective that leads to an object.
    assert_eq!(place("In 1967 the army captured the Old City."), Some("Old City".into()));
    assert_eq!(place("Israel captured and annexed Arab East Jerusalem in 1967."), Some("East Jerusalem".into()));
    // A passive subject after a fronted phrase, across a modal or perfect.
    assert_eq!(place("Since April, Fallujah has been patrolled by Iraqi police."), Some("Fallujah".into()));
    // A constituency is a kind of place; a jail is a site.
    assert_eq!(place("Troops are patrolling streets in the Landhi constituency."), Some("Landhi".into()));
    assert_eq!(
        place("Troops patrolled the fences of Karachi Central Jail on Monday."),
        Some("Karachi Central Jail".into())
    );
    // A road or street is named, but where it runs is the town; "downtown" links the two.
    assert_eq!(place("Insurgents detonated a bomb on the Yala-Betong Road in Thanto district."), Some("Thanto".into()));
    assert_eq!(place("Rebels detonated a bomb on Bagmati bridge in downtown Kathmandu."), Some("Kathmandu".into()));
    // Rivers, oceans and gorges end a name reached by "on" or another weak preposition.
    assert_eq!(place("Pirates on the Amazon River shot and killed a sailor."), Some("Amazon River".into()));
    // A village's kind of place stands between it and the area that locates it; a region of a
    // governorate is the region.
    assert_eq!(place("Gunmen invaded Maitsaba village in Zurmi LGA, killing 22 people."), Some("Maitsaba".into()));
    assert_eq!(
        place("Fighters ambushed a convoy in the Jaroud Qa'a region of the Beqaa Governorate on Thursday."),
        Some("Jaroud Qa'a".into())
    );
    // "into" is where only as a trigger's own word; else it says whither.
    assert_eq!(place("Border guards shot a smuggler trying to cross into Turkey."), None);
    assert_eq!(place("Israeli troops staged an incursion into Shijaia on Monday."), Some("Shijaia".into()));
    // After "the plural kind of place", the names in apposition are the places.
    assert_eq!(place("Rebels captured two eastern towns, Rasai and Menza, on Sunday."), Some("Rasai".into()));
    // What is near a place is not within it, however large the place.
    assert_eq!(
        place("Airstrikes on the rebel-held eastern Ghouta district near Damascus killed dozens."),
        Some("Ghouta".into())
    );
    // A country or region after a noun of what a protest is against is the content's place; a
    // place after a person or a site is the venue.
    assert_eq!(place("Students protested against the military operation in Somalia on Friday."), None);
    assert_eq!(place("Thousands marched against Museveni in Uganda on Saturday."), Some("Uganda".into()));
    // A country or capital after a place preposition does not join a sector noun across adverbs
    // and participles: "in central Harare questioning people" is where, not "Harare people".
    assert_eq!(place("Police were patrolling in central Harare questioning people."), Some("Harare".into()));
    assert_eq!(place("Elsewhere in Swaziland heavily armed troops patrolled roads."), Some("Swaziland".into()));
    // A facility a country owns, in a town: "at Iraq's key oil terminal in the city of Basra".
    assert_eq!(
        place("Two sailors were killed at Iraq's key oil terminal in the southern city of Basra."),
        Some("Basra".into())
    );
    // An opening quote written for the Arabic ayn starts a name.
    assert_eq!(
        place("Troops detonated their explosives outside of \u{2018}Ibta at nightfall."),
        Some("\u{2018}Ibta".into())
    );
    // What an attack is on is where; the owner of positions attacked is not.
    assert_eq!(place("Forty civilians died in an army attack on al-Latmana on Friday."), Some("al-Latmana".into()));
    assert_eq!(place("Rebels launched an assault on the defensive positions of Jabhat Al-Nusra."), None);
    assert_eq!(place("Hezbollah launched a surprise attack on JFS\u{2019} positions at dawn."), None);
    // "patrolled downtown sections of X": the phrase's part of a place need not open with "the".
    assert_eq!(place("Soldiers patrolled downtown sections of Kenya's capital on Friday."), Some("Kenya".into()));
    // A capital before a kind of place is the city, and its named part is the place; what a
    // shelling is of is where.
    assert_eq!(
        place("Jets bombed rebel positions in the Damascus suburb of eastern Ghouta on Monday."),
        Some("Ghouta".into())
    );
    assert_eq!(place("Nine civilians were killed in the shelling of Aziziyah on Monday."), Some("Aziziyah".into()));
    // A condemnation or a claim of responsibility does not take the place of what it is about.
    assert_eq!(place("The minister condemned the massacre committed on Monday night in Gao."), None);
    assert_eq!(place("The group claimed responsibility for three car bombings in Mogadishu."), None);
    // Where a report's source is, is not where the act happened.
    assert_eq!(place("According to a military source in Homs, the army killed 50 fighters."), None);
    assert_eq!(
        place(
            "A bodyguard was wounded in the ambush, according to a statement from the Foreign Ministry in Abu Dhabi."
        ),
        None
    );
    // Where an actor is based is not where it acts; two compass adjectives share one name.
    assert_eq!(place("The vessels, based in Cyprus, have been patrolling the coast."), None);
    assert_eq!(place("Allied planes patrol southern and northern Iraq every day."), Some("Iraq".into()));
    // After "the city of", a name the dictionaries know as a TV channel is the town.
    assert_eq!(
        place("Jets struck several sites near the cities of Al-Mayadeen and Abukamal."),
        Some("Al-Mayadeen".into())
    );
}
