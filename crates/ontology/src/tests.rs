use super::*;

#[test]
fn table_sorted_unique_and_well_formed() {
    let codes = cameo_codes();
    assert!(codes.windows(2).all(|w| w[0].code < w[1].code), "codes not sorted/unique");
    for c in codes {
        assert!((2..=4).contains(&c.code.len()), "{}", c.code);
        assert!(c.code.bytes().all(|b| b.is_ascii_digit()), "{}", c.code);
        assert!(!c.name.is_empty(), "{}", c.code);
        assert!((-10.0..=10.0).contains(&c.goldstein), "{}", c.code);
        if !c.is_root() {
            assert!(c.parent().is_some(), "{} has no parent", c.code);
        }
    }
    let map = plover_map::PLOVER_MAP;
    assert!(map.windows(2).all(|w| w[0].code < w[1].code), "PLOVER map not sorted/unique");
    for r in map {
        assert!(cameo(r.code).is_some(), "PLOVER row {} is not a CAMEO code", r.code);
    }
}

#[test]
fn code_count() {
    assert_eq!(cameo_codes().len(), 313);
    assert_eq!(cameo_roots().count(), 20);
    let by_level = |n| cameo_codes().iter().filter(|c| c.level() == n).count();
    assert_eq!(by_level(2), 20);
    assert_eq!(by_level(2) + by_level(3) + by_level(4), 313);
}

#[test]
fn lookups() {
    let c = cameo("190").unwrap();
    assert_eq!(c.name, "Use conventional military force, not specified below");
    assert_eq!(c.goldstein, -10.0);
    assert_eq!(cameo("01").unwrap().name, "MAKE PUBLIC STATEMENT");
    assert_eq!(cameo("0874").unwrap().goldstein, 10.0);
    assert_eq!(cameo("016").unwrap().goldstein, -2.0); // GDELT, not ICEWS (-5.0)
    assert_eq!(cameo("164").unwrap().goldstein, -7.0);
    assert_eq!(cameo("165").unwrap().goldstein, -6.5);
    assert_eq!(cameo("022").unwrap().goldstein, 3.2);
    assert!(cameo("10").is_some());
    assert!(cameo("010").is_some());
    assert!(cameo("1").is_none());
    assert!(cameo("21").is_none());
    assert!(cameo("0215").is_none());
    assert!(cameo("").is_none());
    assert!(cameo(" 010").is_none());
}

#[test]
fn roots_levels_parents() {
    let c = cameo("2042").unwrap();
    assert_eq!((c.root(), c.level()), ("20", 4));
    assert_eq!(c.parent().unwrap().code, "204");
    assert_eq!(c.parent().unwrap().parent().unwrap().code, "20");
    assert!(cameo("20").unwrap().parent().is_none());
    assert_eq!(cameo("010").unwrap().root(), "01");
    assert_eq!(cameo("010").unwrap().level(), 3);
    let roots: Vec<&str> = cameo_roots().map(|c| c.code).collect();
    let expected: Vec<String> = (1..=20).map(|n| format!("{n:02}")).collect();
    assert_eq!(roots, expected);
    for c in cameo_codes() {
        assert!(cameo(c.root()).is_some());
    }
}

#[test]
fn quad_classes_by_root() {
    for c in cameo_codes() {
        let root: u8 = c.root().parse().unwrap();
        let expected = match root {
            1..=5 => QuadClass::VerbalCooperation,
            6..=9 => QuadClass::MaterialCooperation,
            10..=14 => QuadClass::VerbalConflict,
            15..=20 => QuadClass::MaterialConflict,
            _ => unreachable!(),
        };
        assert_eq!(c.quad_class, expected, "{}", c.code);
        assert_eq!(quad_class_of(c.code), Some(expected));
    }
    assert_eq!(QuadClass::VerbalCooperation.number(), 1);
    assert_eq!(QuadClass::MaterialConflict.number(), 4);
    for q in QuadClass::ALL {
        assert_eq!(QuadClass::from_number(q.number()), Some(q));
    }
    assert_eq!(QuadClass::from_number(0), None);
    assert_eq!(quad_class_of("21"), None);
    assert_eq!(quad_class_of("x1"), None);
}

#[test]
fn plover_types() {
    for p in PloverType::ALL {
        assert_eq!(p.as_str().parse::<PloverType>(), Ok(p));
        assert_eq!(p.as_str().to_lowercase().parse::<PloverType>(), Ok(p));
        assert_eq!(p.to_string(), p.as_str());
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, format!("\"{}\"", p.as_str()));
        let back: PloverType = serde_json::from_str(&json.to_lowercase()).unwrap();
        assert_eq!(back, p);
    }
    assert_eq!(" Retreat ".parse::<PloverType>(), Ok(PloverType::Retreat));
    assert!("YIELD".parse::<PloverType>().is_err());
    assert!(serde_json::from_str::<PloverType>("\"YIELD\"").is_err());
}

#[test]
fn plover_mapping() {
    use PloverType::*;
    let ev = |c: &str| plover(c).map(|m| m.event);
    // 01x: no PLOVER type, whatever the depth.
    for c in ["01", "010", "016", "019"] {
        assert_eq!(ev(c), None, "{c}");
    }
    // 02x: appeals are requests.
    for c in cameo_codes().iter().filter(|c| c.root() == "02") {
        assert_eq!(ev(c.code), Some(Request), "{}", c.code);
    }
    // Root 08 splits on the most specific code.
    assert_eq!(ev("08"), Some(Concede));
    assert_eq!(ev("081"), Some(Concede));
    assert_eq!(ev("0811"), Some(Concede));
    assert_eq!(ev("0813"), Some(Concede));
    assert_eq!(ev("0814"), Some(Retreat));
    assert_eq!(ev("083"), Some(Concede));
    assert_eq!(ev("084"), Some(Retreat));
    assert_eq!(ev("0871"), Some(Retreat));
    // Codes that leave their root's type.
    assert_eq!(ev("163"), Some(Sanction));
    assert_eq!(ev("175"), Some(Assault));
    assert_eq!(ev("1712"), Some(Assault));
    assert_eq!(ev("191"), Some(Coerce));
    assert_eq!(ev("192"), Some(Coerce));
    assert_eq!(ev("193"), Some(Assault));
    assert_eq!(ev("09"), Some(Accuse));
    assert_eq!(ev("15"), Some(Mobilize));
    let m = plover("041").unwrap();
    assert_eq!((m.event, m.mode, m.context), (Consult, Some("phone"), None));
    assert_eq!(cameo("1385").unwrap().plover().unwrap().context, Some("cbrn"));
    // Every code from 02 on has a type.
    for c in cameo_codes().iter().filter(|c| c.root() != "01") {
        assert!(plover(c.code).is_some(), "{}", c.code);
    }
}

#[test]
fn plover_fallbacks() {
    use PloverType::*;
    // Unlisted 4-digit codes fall back to the 3-digit parent ...
    assert_eq!(plover("0875"), plover("087"));
    assert_eq!(plover("0875").unwrap().event, Retreat);
    assert_eq!(plover("0815").unwrap().event, Concede);
    assert_eq!(plover("1929").unwrap().event, Coerce);
    // ... then to the root.
    assert_eq!(plover("199").unwrap().event, Assault);
    assert_eq!(plover("1999"), plover("19"));
    assert_eq!(plover("089").unwrap().event, Concede);
    assert_eq!(plover("0199"), None);
    // Not a CAMEO code shape.
    for bad in ["", "1", "21", "00", "99", "12345", "08a", "x08", "-08"] {
        assert_eq!(plover(bad), None, "{bad:?}");
    }
}

#[test]
fn actor_sectors() {
    for code in [
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "MED", "CVL", "BUS", "IGO", "NGO", "REF", "EDU",
        "HLH", "LAB", "ELI", "PTY", "REL", "SPY", "UAF", "CRM", "AGR", "ENV", "MNC", "IMG", "MOD", "RAD",
    ] {
        assert!(is_actor_sector(code), "{code}");
    }
    assert!(!is_actor_sector("gov"));
    assert!(!is_actor_sector("USA"));
    assert_eq!(actor_sector_name("GOV"), Some("Government"));
    let mut seen: Vec<&str> = ACTOR_SECTORS.iter().map(|(c, _)| *c).collect();
    seen.sort_unstable();
    let n = seen.len();
    seen.dedup();
    assert_eq!(seen.len(), n, "duplicate sector code");
    assert!(ACTOR_SECTORS.iter().all(|(c, n)| c.len() == 3 && !n.is_empty()));
}
