//! The CAMEO event ontology and the CAMEO -> PLOVER map used by dyad: code names, quad classes,
//! GDELT Goldstein values, PLOVER event types with mode and context, and CAMEO actor sector codes.
//!
//! All tables are dyad's own, written from the facts of the CAMEO 1.1b3 codebook, GDELT's
//! Goldstein scale and the PLOVER manual's CAMEO correspondence. Codes are strings: "010" is not
//! "10".
//!
//! ```
//! use dyad_ontology::{cameo, plover, PloverType, QuadClass};
//!
//! let c = cameo("0841").unwrap();
//! assert_eq!(c.name, "Return, release person(s)");
//! assert_eq!(c.root(), "08");
//! assert_eq!(c.level(), 4);
//! assert_eq!(c.quad_class, QuadClass::MaterialCooperation);
//! assert_eq!(c.quad_class.number(), 2);
//! assert_eq!(c.goldstein, 7.0);
//!
//! // Root 08 splits into CONCEDE and RETREAT on the most specific code.
//! assert_eq!(plover("083").unwrap().event, PloverType::Concede);
//! let m = plover("0841").unwrap();
//! assert_eq!((m.event, m.mode, m.context), (PloverType::Retreat, Some("release"), Some("legal")));
//!
//! // Public statements have no PLOVER type; appeals are requests.
//! assert_eq!(plover("012"), None);
//! assert_eq!(plover("0243").unwrap().event, PloverType::Request);
//! assert_eq!("assault".parse::<PloverType>(), Ok(PloverType::Assault));
//! assert_eq!(PloverType::Assault.to_string(), "ASSAULT");
//! ```
//!
//! Actor sectors:
//!
//! ```
//! use dyad_ontology::is_actor_sector;
//! assert!(is_actor_sector("GOV") && is_actor_sector("REB"));
//! assert!(!is_actor_sector("USA"));
//! ```
#![deny(missing_docs)]

mod codes;
mod plover_map;

pub use plover_map::MANUAL_OVERRIDES;
#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

/// The four CAMEO quad classes. The discriminant is the conventional number (1-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    /// Roots 01-05: statements, appeals, intents, consultations, diplomatic cooperation.
    VerbalCooperation = 1,
    /// Roots 06-09: material cooperation, aid, yielding, investigation.
    MaterialCooperation = 2,
    /// Roots 10-14: demands, disapproval, rejection, threats, protest.
    VerbalConflict = 3,
    /// Roots 15-20: force posture, reduced relations, coercion, assault, fighting, mass violence.
    MaterialConflict = 4,
}

impl QuadClass {
    /// All four classes in numeric order.
    pub const ALL: [QuadClass; 4] = [
        QuadClass::VerbalCooperation,
        QuadClass::MaterialCooperation,
        QuadClass::VerbalConflict,
        QuadClass::MaterialConflict,
    ];

    /// The conventional number, 1-4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The class with number `n` (1-4).
    pub fn from_number(n: u8) -> Option<QuadClass> {
        match n {
            1 => Some(QuadClass::VerbalCooperation),
            2 => Some(QuadClass::MaterialCooperation),
            3 => Some(QuadClass::VerbalConflict),
            4 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }

    /// The class of a CAMEO root given as a number (1-20).
    pub const fn from_root(root: u8) -> Option<QuadClass> {
        match root {
            1..=5 => Some(QuadClass::VerbalCooperation),
            6..=9 => Some(QuadClass::MaterialCooperation),
            10..=14 => Some(QuadClass::VerbalConflict),
            15..=20 => Some(QuadClass::MaterialConflict),
            _ => None,
        }
    }

    /// A readable name, e.g. "Verbal Cooperation".
    pub fn name(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "Verbal Cooperation",
            QuadClass::MaterialCooperation => "Material Cooperation",
            QuadClass::VerbalConflict => "Verbal Conflict",
            QuadClass::MaterialConflict => "Material Conflict",
        }
    }
}

impl fmt::Display for QuadClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The sixteen PLOVER event types. Written and serialized in upper case ("AGREE").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PloverType {
    /// Agree to, offer or promise cooperation.
    Agree,
    /// Meetings, visits and consultations.
    Consult,
    /// Verbal support, praise, endorsement, signing agreements.
    Support,
    /// Material cooperation (economic, military, judicial, intelligence).
    Cooperate,
    /// Provide aid.
    Aid,
    /// Withdraw, release, ease sanctions, de-escalate.
    Retreat,
    /// Concede: ease restrictions, accede to demands.
    Concede,
    /// Requests, appeals and demands.
    Request,
    /// Accuse, disapprove, investigate.
    Accuse,
    /// Reject or refuse.
    Reject,
    /// Threaten.
    Threaten,
    /// Demonstrations, strikes, riots and other protest.
    Protest,
    /// Reduce relations, withdraw, expel, discontinue.
    Sanction,
    /// Mobilize police or armed forces.
    Mobilize,
    /// Seize, restrict, arrest, deport, repress.
    Coerce,
    /// Physical violence, fighting, mass violence.
    Assault,
}

impl PloverType {
    /// Every PLOVER type, in the manual's order (cooperation to conflict).
    pub const ALL: [PloverType; 16] = [
        PloverType::Agree,
        PloverType::Consult,
        PloverType::Support,
        PloverType::Cooperate,
        PloverType::Aid,
        PloverType::Retreat,
        PloverType::Concede,
        PloverType::Request,
        PloverType::Accuse,
        PloverType::Reject,
        PloverType::Threaten,
        PloverType::Protest,
        PloverType::Sanction,
        PloverType::Mobilize,
        PloverType::Coerce,
        PloverType::Assault,
    ];

    /// The upper-case name, e.g. "AGREE".
    pub fn as_str(self) -> &'static str {
        match self {
            PloverType::Agree => "AGREE",
            PloverType::Consult => "CONSULT",
            PloverType::Support => "SUPPORT",
            PloverType::Cooperate => "COOPERATE",
            PloverType::Aid => "AID",
            PloverType::Retreat => "RETREAT",
            PloverType::Concede => "CONCEDE",
            PloverType::Request => "REQUEST",
            PloverType::Accuse => "ACCUSE",
            PloverType::Reject => "REJECT",
            PloverType::Threaten => "THREATEN",
            PloverType::Protest => "PROTEST",
            PloverType::Sanction => "SANCTION",
            PloverType::Mobilize => "MOBILIZE",
            PloverType::Coerce => "COERCE",
            PloverType::Assault => "ASSAULT",
        }
    }
}

impl fmt::Display for PloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing a string that names no PLOVER type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPloverType(pub String);

impl fmt::Display for UnknownPloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown PLOVER event type {:?}", self.0)
    }
}

impl std::error::Error for UnknownPloverType {}

impl FromStr for PloverType {
    type Err = UnknownPloverType;

    /// Case-insensitive: "assault", "Assault" and "ASSAULT" all parse; surrounding spaces are
    /// ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        PloverType::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(t))
            .ok_or_else(|| UnknownPloverType(s.to_string()))
    }
}

impl serde::Serialize for PloverType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PloverType {
    /// Accepts the name in any case.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One CAMEO event code.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameoCode {
    /// The code, 2 to 4 digits ("01", "010", "0211").
    pub code: &'static str,
    /// The name; roots are in upper case ("MAKE PUBLIC STATEMENT").
    pub name: &'static str,
    /// The quad class, fixed by the root.
    pub quad_class: QuadClass,
    /// The GDELT Goldstein value, -10 (most conflictual) to +10 (most cooperative).
    pub goldstein: f32,
}

impl CameoCode {
    /// The 2-digit root ("08" for "0841").
    pub fn root(&self) -> &'static str {
        &self.code[..2]
    }

    /// The number of digits: 2 for a root, 3 for a base code, 4 for a sub-code.
    pub fn level(&self) -> u8 {
        self.code.len() as u8
    }

    /// Whether this is one of the 20 roots.
    pub fn is_root(&self) -> bool {
        self.code.len() == 2
    }

    /// The code one level up ("084" for "0841", "08" for "084"); `None` for a root.
    pub fn parent(&self) -> Option<&'static CameoCode> {
        if self.is_root() {
            None
        } else {
            cameo(&self.code[..self.code.len() - 1])
        }
    }

    /// The PLOVER mapping of this code (see [`plover`]).
    pub fn plover(&self) -> Option<PloverMapping> {
        plover(self.code)
    }
}

/// The PLOVER reading of a CAMEO code: event type with optional mode and context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PloverMapping {
    /// The PLOVER event type.
    pub event: PloverType,
    /// The PLOVER mode (how), e.g. "release", "visit".
    pub mode: Option<&'static str>,
    /// The PLOVER context (why/area), e.g. "legal", "economic"; several are joined by "; ".
    pub context: Option<&'static str>,
}

/// The CAMEO event code `code` (exact string, e.g. "0841"), if it exists.
pub fn cameo(code: &str) -> Option<&'static CameoCode> {
    codes::CODES.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &codes::CODES[i])
}

/// Every CAMEO event code, including the 20 roots, sorted by code string.
pub fn cameo_codes() -> &'static [CameoCode] {
    codes::CODES
}

/// The 20 CAMEO roots, "01" to "20".
pub fn cameo_roots() -> impl Iterator<Item = &'static CameoCode> {
    codes::CODES.iter().filter(|c| c.is_root())
}

/// The quad class of any code string by its root (the first two digits), without a table
/// lookup; `None` if the string does not start with a root 01-20.
pub fn quad_class_of(code: &str) -> Option<QuadClass> {
    let b = code.as_bytes();
    if b.len() < 2 || !b[0].is_ascii_digit() || !b[1].is_ascii_digit() {
        return None;
    }
    QuadClass::from_root((b[0] - b'0') * 10 + (b[1] - b'0'))
}

/// The PLOVER mapping of a CAMEO code.
///
/// `None` for 01x (public statements have no PLOVER type) and for strings that are not 2 to 4
/// digits with a root 01-20. Appeals (02x) map to REQUEST. Root 08 splits into CONCEDE and
/// RETREAT, so the most specific code decides. A code absent from the map (e.g. an unlisted
/// 4-digit code) falls back to its 3-digit parent, then to its root.
pub fn plover(code: &str) -> Option<PloverMapping> {
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    quad_class_of(code)?;
    (2..=code.len()).rev().find_map(|n| {
        let prefix = &code[..n];
        plover_map::PLOVER_MAP.binary_search_by(|r| r.code.cmp(prefix)).ok().map(|i| plover_map::PLOVER_MAP[i].mapping)
    })
}

/// CAMEO actor type (sector/role) codes and their names: the state roles (GOV, MIL, ...), the
/// social sectors (BUS, MED, ...), the organization types (IGO, NGO, MNC, ...), and a few
/// specific organizations that CAMEO codes as types (AMN, IRC, GRP, UNO).
pub const ACTOR_SECTORS: &[(&str, &str)] = &[
    // Primary (state and armed) roles.
    ("GOV", "Government"),
    ("MIL", "Military"),
    ("COP", "Police forces"),
    ("JUD", "Judiciary"),
    ("LEG", "Legislature"),
    ("SPY", "State intelligence"),
    ("OPP", "Political opposition"),
    ("PTY", "Political party"),
    ("REB", "Rebels"),
    ("INS", "Insurgents"),
    ("SEP", "Separatist rebels"),
    ("UAF", "Unaligned armed forces"),
    ("PKO", "Peacekeepers"),
    ("UIS", "Unidentified state actor"),
    // Secondary (social) sectors.
    ("AGR", "Agriculture"),
    ("BUS", "Business"),
    ("CRM", "Criminal"),
    ("CVL", "Civilian"),
    ("DEV", "Development"),
    ("EDU", "Education"),
    ("ELI", "Elites"),
    ("ENV", "Environmental"),
    ("HLH", "Health"),
    ("HRI", "Human rights"),
    ("LAB", "Labor"),
    ("MED", "Media"),
    ("REF", "Refugees"),
    ("REL", "Religious"),
    ("SET", "Settlers"),
    // Attributes.
    ("MOD", "Moderate"),
    ("RAD", "Radical"),
    // Organization types.
    ("IGO", "Inter-governmental organization"),
    ("NGO", "Non-governmental organization"),
    ("NGM", "Non-governmental movement"),
    ("MNC", "Multinational corporation"),
    ("IMG", "International militarized group"),
    ("INT", "International or transnational, generic"),
    // Organizations CAMEO codes as types.
    ("AMN", "Amnesty International"),
    ("IRC", "Red Cross"),
    ("GRP", "Greenpeace"),
    ("UNO", "United Nations"),
];

/// Whether `code` is one of the [`ACTOR_SECTORS`] codes (exact, upper case).
pub fn is_actor_sector(code: &str) -> bool {
    actor_sector_name(code).is_some()
}

/// The name of an actor sector code, e.g. "Government" for "GOV".
pub fn actor_sector_name(code: &str) -> Option<&'static str> {
    ACTOR_SECTORS.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}
