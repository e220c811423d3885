//! Verb inflections (irregular table from `inflect` entries, regular rules otherwise)
//! and regular noun plurals.

use rustc_hash::FxHashMap;

use crate::Origin;

/// One `inflect` entry: the forms of a verb that the regular rules get wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Irregular {
    /// The lemma, lower-cased (`hold`).
    pub lemma: String,
    /// Simple past (`held`).
    pub past: String,
    /// Past participle (`held`).
    pub participle: String,
    /// Third person singular, when given (`holds`); otherwise the regular rule applies.
    pub third: Option<String>,
    /// Gerund, when given (`holding`); otherwise the regular rule applies.
    pub gerund: Option<String>,
    /// The `inflect` line.
    pub origin: Origin,
}

/// The irregular verb table, built from `inflect` entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inflections {
    entries: Vec<Irregular>,
    index: FxHashMap<String, usize>,
}

impl Inflections {
    /// An empty table: every verb follows the regular rules.
    pub fn new() -> Inflections {
        Inflections::default()
    }

    /// Adds an entry. If the lemma is already in the table, the table is left
    /// unchanged and the earlier entry is returned as the error.
    pub fn insert(&mut self, entry: Irregular) -> Result<(), &Irregular> {
        let key = entry.lemma.to_lowercase();
        if let Some(&i) = self.index.get(&key) {
            return Err(&self.entries[i]);
        }
        self.index.insert(key, self.entries.len());
        self.entries.push(entry);
        Ok(())
    }

    /// The `inflect` entry for `lemma` (case-insensitive), if any.
    pub fn get(&self, lemma: &str) -> Option<&Irregular> {
        self.index.get(&lemma.to_lowercase()).map(|&i| &self.entries[i])
    }

    /// Every entry, in the order read.
    pub fn entries(&self) -> &[Irregular] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every form of a verb, lower-cased and deduplicated, in this order: lemma,
    /// third person singular, past, past participle, gerund.
    ///
    /// The irregular table comes first; otherwise (and for a third person or gerund
    /// the entry leaves out) the regular rules apply. Spelling variants such as
    /// British `-ise` and American `-ize` are not generated: write both lemmas.
    pub fn verb_forms(&self, lemma: &str) -> Vec<String> {
        let lemma = lemma.to_lowercase();
        let forms = match self.get(&lemma) {
            Some(irr) => [
                lemma.clone(),
                irr.third.clone().unwrap_or_else(|| regular_third(&lemma)),
                irr.past.to_lowercase(),
                irr.participle.to_lowercase(),
                irr.gerund.clone().unwrap_or_else(|| regular_gerund(&lemma)),
            ],
            None => [
                lemma.clone(),
                regular_third(&lemma),
                regular_past(&lemma),
                regular_past(&lemma),
                regular_gerund(&lemma),
            ],
        };
        let mut out: Vec<String> = Vec::with_capacity(7);
        for f in forms {
            let f = f.to_lowercase();
            if !out.contains(&f) {
                out.push(f);
            }
        }
        // British spelling doubles a final l after a single vowel: cancelled, labelling.
        let b = lemma.as_bytes();
        if self.get(&lemma).is_none()
            && b.len() >= 3
            && b[b.len() - 1] == b'l'
            && is_vowel(b[b.len() - 2])
            && !is_vowel(b[b.len() - 3])
        {
            for f in [format!("{lemma}led"), format!("{lemma}ling")] {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
        out
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether `word` ends in a consonant followed by `y` (`deny`, `ministry`; not `play`).
fn consonant_y(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 2
        && b[b.len() - 1].eq_ignore_ascii_case(&b'y')
        && b[b.len() - 2].is_ascii_alphabetic()
        && !is_vowel(b[b.len() - 2])
}

fn ends_sibilant(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    ["s", "sh", "ch", "x", "z"].iter().any(|e| w.ends_with(e))
}

/// Regular third person singular: `-es` after s, sh, ch, x, z, o; `-ies` after a
/// consonant + y; `-s` otherwise.
pub fn regular_third(lemma: &str) -> String {
    if consonant_y(lemma) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else if ends_sibilant(lemma) || lemma.to_ascii_lowercase().ends_with('o') {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

/// Regular past and past participle: `-d` after e, `-ied` after a consonant + y,
/// `-ed` otherwise.
pub fn regular_past(lemma: &str) -> String {
    if lemma.to_ascii_lowercase().ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y(lemma) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    }
}

/// Regular gerund: `-ing`, dropping a final silent e but keeping `ee`, `ye`, `oe`.
pub fn regular_gerund(lemma: &str) -> String {
    let l = lemma.to_ascii_lowercase();
    if l.ends_with('e') && !["ee", "ye", "oe"].iter().any(|e| l.ends_with(e)) {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    }
}

/// Regular noun plural: `-es` after s, sh, ch, x, z; `-ies` after a consonant + y;
/// `-s` otherwise (`ministry` → `ministries`, `militia` → `militias`, `box` → `boxes`).
pub fn noun_plural(word: &str) -> String {
    if consonant_y(word) {
        format!("{}ies", &word[..word.len() - 1])
    } else if ends_sibilant(word) {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// A phrase with its last word made plural by [`noun_plural`]
/// (`defence ministry` → `defence ministries`).
pub fn phrase_plural(phrase: &str) -> String {
    let phrase = phrase.trim_end();
    let start = phrase.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    format!("{}{}", &phrase[..start], noun_plural(&phrase[start..]))
}

#[cfg(test)]
mod british_l_tests {
    use super::*;

    #[test]
    fn final_l_doubles_in_british_spelling() {
        let inf = Inflections::default();
        let forms = inf.verb_forms("cancel");
        assert!(forms.contains(&"canceled".to_string()) && forms.contains(&"cancelled".to_string()), "{forms:?}");
        assert!(forms.contains(&"cancelling".to_string()));
        assert!(!inf.verb_forms("appeal").contains(&"appealled".to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn irr(lemma: &str, past: &str, part: &str, third: Option<&str>, ger: Option<&str>) -> Irregular {
        Irregular {
            lemma: lemma.into(),
            past: past.into(),
            participle: part.into(),
            third: third.map(Into::into),
            gerund: ger.map(Into::into),
            origin: Origin::new("inflections.txt", 1),
        }
    }

    #[test]
    fn regular_verbs() {
        let t = Inflections::new();
        assert_eq!(t.verb_forms("accuse"), ["accuse", "accuses", "accused", "accusing"]);
        assert_eq!(t.verb_forms("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(t.verb_forms("play"), ["play", "plays", "played", "playing"]);
        assert_eq!(t.verb_forms("attack"), ["attack", "attacks", "attacked", "attacking"]);
        assert_eq!(t.verb_forms("push"), ["push", "pushes", "pushed", "pushing"]);
        assert_eq!(t.verb_forms("reach"), ["reach", "reaches", "reached", "reaching"]);
        assert_eq!(t.verb_forms("fix"), ["fix", "fixes", "fixed", "fixing"]);
        assert_eq!(t.verb_forms("veto"), ["veto", "vetoes", "vetoed", "vetoing"]);
        assert_eq!(t.verb_forms("agree"), ["agree", "agrees", "agreed", "agreeing"]);
        assert_eq!(t.verb_forms("dye"), ["dye", "dyes", "dyed", "dyeing"]);
        assert_eq!(t.verb_forms("toe"), ["toe", "toes", "toed", "toeing"]);
        assert_eq!(t.verb_forms("pass"), ["pass", "passes", "passed", "passing"]);
        assert_eq!(t.verb_forms("Criticize"), ["criticize", "criticizes", "criticized", "criticizing"]);
    }

    #[test]
    fn ise_ize_not_generated() {
        let forms = Inflections::new().verb_forms("criticise");
        assert!(forms.iter().all(|f| !f.contains("iz")));
    }

    #[test]
    fn irregular_table_first() {
        let mut t = Inflections::new();
        t.insert(irr("hold", "held", "held", None, None)).unwrap();
        t.insert(irr("ban", "banned", "banned", Some("bans"), Some("banning"))).unwrap();
        t.insert(irr("meet", "met", "met", Some("meets"), None)).unwrap();
        assert_eq!(t.verb_forms("hold"), ["hold", "holds", "held", "holding"]);
        assert_eq!(t.verb_forms("ban"), ["ban", "bans", "banned", "banning"]);
        assert_eq!(t.verb_forms("meet"), ["meet", "meets", "met", "meeting"]);
        assert_eq!(t.len(), 3);
        assert!(t.get("HOLD").is_some());
        let dup = t.insert(irr("hold", "holded", "holded", None, None)).unwrap_err();
        assert_eq!(dup.past, "held");
        assert_eq!(t.verb_forms("hold")[2], "held");
    }

    #[test]
    fn irregular_forms_deduplicated() {
        let mut t = Inflections::new();
        t.insert(irr("put", "put", "put", None, Some("putting"))).unwrap();
        assert_eq!(t.verb_forms("put"), ["put", "puts", "putting"]);
    }

    #[test]
    fn noun_plurals() {
        assert_eq!(noun_plural("ministry"), "ministries");
        assert_eq!(noun_plural("militia"), "militias");
        assert_eq!(noun_plural("box"), "boxes");
        assert_eq!(noun_plural("church"), "churches");
        assert_eq!(noun_plural("bush"), "bushes");
        assert_eq!(noun_plural("bus"), "buses");
        assert_eq!(noun_plural("blitz"), "blitzes");
        assert_eq!(noun_plural("soldier"), "soldiers");
        assert_eq!(noun_plural("envoy"), "envoys");
        assert_eq!(noun_plural("hero"), "heros");
        assert_eq!(phrase_plural("defence ministry"), "defence ministries");
        assert_eq!(phrase_plural("soldier"), "soldiers");
        assert_eq!(phrase_plural("air  strike"), "air  strikes");
        assert_eq!(phrase_plural("air\tstrike "), "air\tstrikes");
    }
}
