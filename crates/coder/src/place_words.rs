//! The word lists of place finding: prepositions, kinds of place, sites and words that are not places.
//!
//! Each list is a `match`, which compiles to length and byte tests; `slice::contains` did a memcmp per
//! entry and place finding runs on every sentence.

/// Prepositions that put what follows at a place. Not "to" or "from": a destination or an origin
/// ("moved his family to London") is not where the event happened.
pub(crate) fn is_locative(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "near"
            | "outside"
            | "around"
            | "across"
            | "inside"
            | "into"
            | "throughout"
            | "within"
            | "along"
            | "over"
            | "above"
            | "through"
            | "off"
    )
}

/// Nouns naming a kind of place: "the town of Kipushi", "Al-Haffah city", "Cesar province".
pub(crate) fn is_settlement_noun(w: &str) -> bool {
    matches!(
        w,
        "city"
            | "resort"
            | "resorts"
            | "cities"
            | "town"
            | "towns"
            | "village"
            | "villages"
            | "provinces"
            | "province"
            | "region"
            | "district"
            | "governorate"
            | "county"
            | "state"
            | "camp"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "commune"
            | "municipality"
            | "enclave"
            | "port"
            | "capital"
            | "border-city"
            | "border-town"
            | "area"
            | "valley"
            | "island"
            | "islands"
            | "peninsula"
            | "strip"
            | "prefecture"
            | "oblast"
            | "township"
            | "borough"
            | "stronghold"
            | "settlement"
            | "settlements"
            | "hometown"
            | "birthplace"
            | "shantytown"
            | "slum"
            | "hamlet"
            | "constituency"
            | "locality"
            | "localities"
            | "districts"
            | "neighborhoods"
            | "neighbourhoods"
    )
}

/// Words between a preposition and a name besides the settlement nouns: "in the northern town of".
pub(crate) const PLACE_DESCRIPTORS: &[&str] = &[
    "the",
    "a",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "border",
    "coastal",
    "besieged",
    "rebel-held",
    "restive",
    "remote",
    "outskirts",
    "suburbs",
    "heart",
    "centre",
    "center",
    "of",
    "occupied",
    "disputed",
    "breakaway",
    "embattled",
    "strategic",
    "nearby",
    "key",
    // "from the former Soviet Union": still an origin
    "former",
    "downtown",
    "suburban",
    // "the hillside of Seddana", "the southern farms of Al-Malaah": the name after "of" is the place
    "countryside",
    "hillside",
    "hilltop",
    "hills",
    "farms",
    "plains",
    "environs",
    "vicinity",
    "edge",
];

/// Capitalised words that are not place names even after a preposition.
pub(crate) fn is_not_place(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "The"
            | "A"
            | "An"
            | "I"
            | "Mr"
            | "Mr."
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Dr."
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            // "a Sept. 17 air strike": abbreviations keep their full stop as one token
            | "Jan."
            | "Feb."
            | "Mar."
            | "Apr."
            | "Jun."
            | "Jul."
            | "Aug."
            | "Sep."
            | "Sept."
            | "Oct."
            | "Nov."
            | "Dec."
    )
        // a sentence's first word ("This region has seen ...")
        || matches!(w, "This" | "That" | "These" | "Those" | "Its" | "Their" | "His" | "Her" | "Our")
        || matches!(w, "Each" | "Every" | "Another" | "Both" | "Such")
}

pub(crate) fn is_descriptor(w: &str) -> bool {
    crate::sentence::one_of(w, PLACE_DESCRIPTORS) || is_settlement_noun(w)
}

/// Nouns that make "in X of" an idiom rather than a place: "in support of", "in the wake of".
pub(crate) fn is_idiom_after_in(w: &str) -> bool {
    matches!(
        w,
        "support"
            | "favour"
            | "favor"
            | "honour"
            | "honor"
            | "memory"
            | "charge"
            | "protest"
            | "defiance"
            | "violation"
            | "spite"
            | "case"
            | "search"
            | "control"
            | "terms"
            | "solidarity"
            | "pursuit"
            | "place"
            | "light"
            | "view"
            | "response"
            | "retaliation"
            | "return"
            | "exchange"
            | "addition"
            | "contact"
            | "touch"
            | "talks"
            | "power"
            | "office"
            | "danger"
            | "need"
            | "line"
            | "connection"
            | "custody"
            | "front"
            // "killed at least nine Muslims"
            | "least"
            | "most"
    )
}

/// Sites named after their owner ("the home of Abed Rabbo"): the name after "of" owns it, unless a known place.
pub(crate) fn is_owned_site(w: &str) -> bool {
    matches!(w, "home" | "homes" | "house" | "houses" | "residence" | "office" | "offices" | "headquarters")
        || matches!(w, "compound" | "compounds" | "venue" | "embassy" | "property" | "premises")
        // "an assault on the defensive positions of Jabhat Al-Nusra": the group's
        || matches!(w, "positions" | "position")
}

/// Nouns for a site that a place name can modify: "a West Bank refugee camp", "his Jaffna home".
pub(crate) fn is_site_noun(w: &str) -> bool {
    matches!(
        w,
        "camp"
            | "border"
            | "university"
            | "hospital"
            | "restaurant"
            | "home"
            | "house"
            | "market"
            | "mosque"
            | "church"
            | "checkpoint"
            | "airport"
            | "headquarters"
            | "prison"
            | "hotel"
            | "school"
            | "station"
            | "base"
            | "frontier"
            | "outskirts"
            | "suburb"
            | "highway"
            | "road"
            | "bridge"
            | "square"
            | "embassy"
            | "compound"
            | "cafe"
            | "café"
            | "nightclub"
            | "club"
            | "bar"
            | "shop"
            | "store"
            | "supermarket"
            | "mall"
            | "universities"
            | "center"
            | "centre"
            | "site"
            | "crossing"
            | "residence"
            | "apartment"
            | "factory"
            | "stadium"
            | "park"
            | "streets"
            | "street"
            | "peninsula"
            | "harbour"
            | "harbor"
            | "port"
            | "shrine"
            | "museum"
            | "refinery"
            | "barracks"
            | "axis"
            | "village"
            | "town"
            | "city"
            | "district"
            | "province"
            | "region"
            | "settlement"
            | "settlements"
    ) || matches!(w, "river" | "waterway" | "canal" | "lake") // "on the Tigris river", "the Shatt al-Arab waterway"
        || matches!(w, "airbase" | "airstrip" | "airfield" | "wharf" | "pier" | "junction" | "tower" | "hill" | "depot")
        || matches!(w, "college" | "plant" | "terminal" | "corridor")
}

/// Capitalised words that end the name of a site: "Ja'ouneh Street", "the Jazal Mountains".
pub(crate) fn is_site_head(w: &str) -> bool {
    matches!(
        w,
        "Street"
            | "Road"
            | "Square"
            | "Mountains"
            | "Mountain"
            | "Hills"
            | "Hill"
            | "Valley"
            | "Checkpoint"
            | "Airport"
            | "Airbase"
            | "Base"
            | "Quarter"
            | "District"
            | "Camp"
            | "Farms"
            | "Plain"
            | "Plains"
            | "Heights"
            | "Bridge"
            | "Dam"
            | "Crossing"
            | "Village"
            | "Town"
            | "City"
            | "Province"
            | "Governorate"
            | "Region"
            | "Neighborhood"
            | "Neighbourhood"
            | "Avenue"
            | "Avenida"
            | "Boulevard"
            | "Peninsula"
            | "Island"
            // facilities: gold and analysts place an attack on "the Heart Hospital" there, not in its city
            | "Hospital"
            | "Plant"
            | "Museum"
            | "University"
            | "Mosque"
            | "Shrine"
            | "Field"
            | "Fields"
            | "Station"
            | "Stadium"
            | "Hotel"
            | "Market"
            | "Prison"
            | "Palace"
            | "Refinery"
            | "Barracks"
            | "Roundabout"
            | "Junction"
            | "Highway"
            | "Orchards"
            | "Oilfield"
            | "Oilfields"
            | "Compound"
            | "Cathedral"
            | "Temple"
    ) || matches!(w, "Tower" | "College" | "School" | "Airstrip" | "Airfield" | "Depot" | "Terminal" | "Port" | "Gate")
        || matches!(w, "Jail" | "River" | "Lake" | "Bay" | "Sea" | "Ocean" | "Strait" | "Straits" | "Canal" | "Gorge")
}

/// Words between a territorial trigger and the place it takes: "captured the airport of", "much of".
pub(crate) fn object_lead(w: &str) -> bool {
    matches!(w, "the" | "much" | "most" | "half" | "all" | "of" | "control" | "western" | "eastern")
        || matches!(w, "northern" | "southern" | "central" | "key" | "strategic" | "town" | "city" | "village")
        || matches!(w, "east" | "west" | "north" | "south" | "entire" | "whole" | "villages" | "towns" | "settlement")
        // "captured about 70 percent of Bosnia", "more than a third of Croatia", "Arab east Jerusalem"
        || matches!(w, "percent" | "third" | "thirds" | "quarter" | "one-third" | "two-thirds" | "about" | "over" | "a")
        // "one-third of Croatia": the hyphen is a token of its own ("one" before it, see object_start)
        || w == "-"
        || matches!(w, "arab" | "rural" | "mostly")
        // "captured more than half of Zaire", "seized large swathes of"
        || matches!(w, "more" | "than" | "nearly" | "almost" | "large")
        // "storming the northern perimeter of Saraf", "the strategic hilltop of Tal Taranjeh"
        || matches!(w, "farms" | "axis" | "rest")
        // "patrolled downtown Khartoum"
        || w == "downtown"
        || is_part_of_place(w)
        || w.bytes().all(|b| b.is_ascii_digit())
}

/// Words that may follow a place name without making it an adjective: "in Iraq on Saturday".
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "and"
            | "or"
            | "but"
            | "to"
            | "for"
            | "with"
            | "of"
            | "by"
            | "from"
            | "near"
            | "over"
            | "under"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "amid"
            | "despite"
            | "because"
            | "where"
            | "which"
            | "who"
            | "that"
            | "as"
            | "when"
            | "while"
            | "today"
            | "yesterday"
            | "tonight"
            | "last"
            | "this"
            | "earlier"
            | "late"
            | "early"
            | "overnight"
            | "is"
            | "was"
            | "were"
            | "are"
            | "has"
            | "have"
            | "had"
            | "said"
            | "says"
            | "the"
            | "a"
            | "an"
            | "into"
            | "against"
            | "along"
            | "between"
    ) || matches!(w, "within" | "around" | "inside" | "outside" | "through" | "across" | "toward" | "towards")
}

/// Kinds of place that are parts of a town or region: "the Ghat area of Doda".
pub(crate) fn is_part_noun(w: &str) -> bool {
    matches!(w, "area" | "district" | "neighborhood" | "neighbourhood" | "quarter" | "suburb" | "camp" | "locality")
}

/// Words for a part of a place, which only a place has: "the outskirts of X", "parts of X".
pub(crate) fn is_part_of_place(w: &str) -> bool {
    matches!(w, "outskirts" | "part" | "parts" | "perimeter" | "hilltop" | "flank" | "countryside" | "entrance")
        || matches!(w, "suburbs" | "swathes" | "swaths" | "areas" | "fringes" | "heart" | "centre" | "center")
        || matches!(w, "streets" | "slums")
}

/// How large a kind of place is, for "the X district of Y province": smaller first.
pub(crate) fn settlement_rank(w: &str) -> Option<u8> {
    Some(match w {
        "camp" | "neighbourhood" | "neighborhood" | "suburb" | "borough" => 0,
        "village" | "villages" | "township" | "commune" | "resort" | "resorts" | "hamlet" | "settlement"
        | "settlements" | "locality" | "localities" => 1,
        "town" | "towns" | "port" | "city" | "cities" | "municipality" => 2,
        "district" | "county" | "prefecture" | "constituency" => 3,
        "province" | "provinces" | "governorate" | "oblast" | "state" | "region" => 4,
        _ => return None,
    })
}

/// Adjectives of ethnic, religious and regional groups that the dictionaries do not code as
/// countries ("the Kurdish town", "a Jewish neighborhood"): before a noun they say whose, not where.
const GROUP_ADJECTIVES: &[&str] = &[
    "kurdish",
    "jewish",
    "arab",
    "muslim",
    "christian",
    "islamic",
    "islamist",
    "shiite",
    "shi'ite",
    "shi'i",
    "shia",
    "sunni",
    "alawite",
    "druze",
    "yazidi",
    "pashtun",
    "baluch",
    "baloch",
    "tamil",
    "sinhalese",
    "hindu",
    "sikh",
    "buddhist",
    "catholic",
    "orthodox",
    "protestant",
    "coptic",
    "bosniak",
    "turkmen",
    "uighur",
    "uyghur",
    "rohingya",
    "hutu",
    "tutsi",
    "tuareg",
    "fulani",
    "amhara",
    "oromo",
    "tigrayan",
    "berber",
    "bedouin",
    "zionist",
    "western",
    "european",
    "african",
    "asian",
    "arabic",
    "persian",
    "ethnic",
];

/// Whether a lower-case word is one of [`GROUP_ADJECTIVES`].
pub(crate) fn is_group_adjective(w: &str) -> bool {
    crate::sentence::one_of(w, GROUP_ADJECTIVES)
}

/// A unit of distance: "30 km from Goma", "about 200 miles northwest of Mogadishu".
pub(crate) fn is_distance_unit(w: &str) -> bool {
    matches!(w, "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" | "miles" | "mile" | "meters" | "metres")
}

/// A compass point: "north of Baghdad" (a reference point), "Thailand's restive South" (no name).
pub(crate) fn is_compass_point(w: &str) -> bool {
    matches!(w, "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest")
}

/// A compass point or its adjective: "north", "northern", "central" ("in north and central Aceh").
pub(crate) fn is_compass_adjective(w: &str) -> bool {
    is_compass_point(w)
        || matches!(
            w,
            "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
        )
}
