//! Word-level tests for coreference: what kind of actor a mention is, which pronoun it may
//! answer to, whether it is a subject, and when "it" stands for nothing.

use super::SentenceView;
use crate::lexicon::{Lexicon, NameKind};
use crate::mention::ActorMention;
use crate::sentence::SentenceTokens;

const MALE: &[&str] = &["mr", "king", "prince", "sir", "spokesman", "emir", "sultan"];
const FEMALE: &[&str] = &["mrs", "ms", "miss", "queen", "princess", "spokeswoman", "madam", "chairwoman"];

/// What kind of thing an actor is, as far as pronouns care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A named person or a title ("the foreign minister"): he, she.
    Person,
    /// A country named alone: it.
    Country,
    /// A singular organisation, government or body ("the ministry", "the UN"): it.
    Body,
    /// A plural group ("rebels", "Libyans", "Ukrainian forces"): they.
    Group,
    /// Civilians or refugees named by a common noun ("children", "residents", "families"): too vague, and
    /// too often not the "they" meant, for any pronoun to stand for them.
    Crowd,
}

/// Grammatical gender, known only from a few titles ("Mrs", "spokeswoman").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Unknown,
    Male,
    Female,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Traits {
    pub kind: Kind,
    pub gender: Gender,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pronoun {
    He,
    She,
    It,
    They,
}

/// How a pronoun stands in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    Subject,
    Object,
    Possessive,
    /// "it" and "her": decided by the words around them.
    Either,
}

pub(super) fn pronoun_of(w: &str) -> Option<(Pronoun, Case)> {
    Some(match w {
        "he" => (Pronoun::He, Case::Subject),
        "him" => (Pronoun::He, Case::Object),
        "his" => (Pronoun::He, Case::Possessive),
        "she" => (Pronoun::She, Case::Subject),
        "her" => (Pronoun::She, Case::Either),
        "it" => (Pronoun::It, Case::Either),
        "its" => (Pronoun::It, Case::Possessive),
        "they" => (Pronoun::They, Case::Subject),
        "them" => (Pronoun::They, Case::Object),
        "their" => (Pronoun::They, Case::Possessive),
        _ => return None,
    })
}

impl Pronoun {
    /// Whether an actor of these traits could be meant, worth resolving to or not (a crowd is
    /// "they" too).
    pub(super) fn could_be(self, t: Traits) -> bool {
        self.fits(t) || (self == Pronoun::They && t.kind == Kind::Crowd)
    }

    pub(super) fn fits(self, t: Traits) -> bool {
        match self {
            Pronoun::He => t.kind == Kind::Person && t.gender != Gender::Female,
            Pronoun::She => t.kind == Kind::Person && t.gender != Gender::Male,
            Pronoun::It => matches!(t.kind, Kind::Country | Kind::Body),
            Pronoun::They => t.kind == Kind::Group,
        }
    }
}

/// Words that open a clause: a pronoun or an actor right after one is a subject.
pub(super) const OPENERS: &[&str] = &[
    ",",
    ";",
    ":",
    "(",
    "\"",
    "``",
    "''",
    "\u{201c}",
    "\u{201d}",
    "and",
    "but",
    "that",
    "while",
    "as",
    "when",
    "after",
    "before",
    "since",
    "because",
    "although",
    "though",
    "so",
    "if",
    "unless",
    "whereas",
    "where",
    "once",
    "meanwhile",
    "also",
    "then",
];
/// Words after a subject "it": auxiliaries and modals.
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "was", "has", "had", "have", "will", "would", "could", "should", "may", "might", "must", "can", "did",
    "does", "'s", "also", "had", "not", "never", "still", "now", "later", "then", "already", "first",
];
/// Prepositions: the coder's one list (roles.rs). "after" also opens a clause ("after Ethiopia
/// attacked"), so before a subject it is not counted (see `is_preposition`).
fn is_preposition(w: &str) -> bool {
    w != "after" && crate::sentence::one_of(w, crate::roles::PREPOSITIONS)
}
/// Verbs whose object is the person addressed, not the subject of what follows.
pub(super) const ADDRESS_VERBS: &[&str] = &["told", "tells", "tell", "telling", "informed", "assured", "reminded"];

/// A sector noun with no country, name or antecedent: "the ministry", "officials".
pub(super) fn sector_only(m: &ActorMention) -> bool {
    m.country.is_none()
        && m.name.is_none()
        && m.resolved_from.is_none()
        && !m.place
        && m.sector.as_deref().is_some_and(|s| !matches!(s, "IGO" | "NGO"))
        && Some(m.code.as_str()) == m.sector.as_deref()
}

/// Kind and gender of a mention from its words and the dictionaries.
pub(super) fn classify(lx: &Lexicon, st: &SentenceTokens, m: &ActorMention) -> Traits {
    // The words of the mention, the one before it ("Mrs May") and an apposition (", Mr Odhiambo,").
    let apposition = if st.lower_is(m.end, ",") { m.end + 1 } else { m.start };
    let gender = (m.start.saturating_sub(1)..m.end)
        .chain([apposition])
        .find_map(|k| {
            let w = st.lower_str(k).trim_end_matches('.');
            if crate::sentence::one_of(w, MALE) {
                Some(Gender::Male)
            } else if crate::sentence::one_of(w, FEMALE) {
                Some(Gender::Female)
            } else {
                None
            }
        })
        .unwrap_or(Gender::Unknown);
    let head = m.end - 1;
    let head_word = st.lower_str(head);
    let plural_head = (!st.is_capitalised(head) || head == 0 || head == m.start) && plural_word(head_word);
    let mut person = false;
    let mut people = false;
    for k in m.start..m.end {
        if let Some(h) = lx.names.longest_at(&st.exact, k, &|_| true) {
            match lx.name_entries[h.value as usize].kind {
                NameKind::Person => person = true,
                NameKind::People if k == m.start && h.end == m.end => people = true,
                _ => {}
            }
        }
        if let Some(h) = lx.sectors.longest_at(&st.lower, k, &|_| true) {
            if lx.sector_entries[h.value as usize].title && h.end == m.end && !plural_head {
                person = true;
            }
        }
    }
    let kind = if person && !plural_head {
        Kind::Person
    } else if !people && m.name.is_none() && matches!(m.sector.as_deref(), Some("CVL" | "REF")) {
        Kind::Crowd
    } else if people || (plural_head && m.name.is_none()) {
        Kind::Group
    } else if m.sector.is_none() && m.country.is_some() && m.name.is_none() {
        Kind::Country
    } else {
        Kind::Body
    };
    Traits { kind, gender }
}

/// A plural noun: "officials", "troops", "police", "men".
pub(super) fn plural_word(w: &str) -> bool {
    matches!(w, "men" | "women" | "people" | "police" | "children" | "militiamen" | "personnel" | "clergy")
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The surname in a person's full name as written ("Hillary Clinton", "President Yoweri Museveni";
/// "the Eritrean information minister, Yemane Gebremeskel,").
pub(super) fn surname_of<'a>(lx: &Lexicon, st: &SentenceTokens<'a>, m: &ActorMention) -> Option<&'a str> {
    // A capitalised word that is no title or sector word, nor a name of anything but a person.
    let proper = |k: usize| {
        st.is_capitalised(k)
            && lx.sectors.longest_at(&st.lower, k, &|_| true).is_none()
            && lx
                .names
                .longest_at(&st.exact, k, &|_| true)
                .is_none_or(|h| lx.name_entries[h.value as usize].kind == NameKind::Person)
    };
    let last = m.end - 1;
    if m.end - m.start >= 2 && proper(last) && st.is_capitalised(last - 1) {
        return Some(st.word(last));
    }
    // An unlisted name in apposition: ", Cap Cap,".
    if st.lower_is(m.end, ",") {
        let end = (m.end + 1..(m.end + 5).min(st.len())).take_while(|&k| st.is_capitalised(k)).last()?;
        if end > m.end + 1 && st.lower_is(end + 1, ",") && proper(end) {
            return Some(st.word(end));
        }
    }
    None
}

/// Whether the actor starting at `start` is the subject of its clause rather than an object:
/// it is not after a preposition, inside a pattern's gap, right after a trigger, or after "told".
pub(super) fn is_subject(v: &SentenceView, start: usize) -> bool {
    let st = v.st;
    let mut k = start;
    // Skip determiners and numbers, then at most one modifier that is no verb form ("local",
    // "senior"; not "holding", "accused").
    while k > 0
        && (crate::sentence::one_of(st.lower_str(k - 1), DETERMINERS)
            || st.tokens[k - 1].kind == dyad_text::TokenKind::Number)
    {
        k -= 1;
    }
    let w = st.lower_str(k.wrapping_sub(1));
    let modifier = k > 0
        && st.tokens[k - 1].kind == dyad_text::TokenKind::Word
        && !st.is_capitalised(k - 1)
        && !w.ends_with("ing")
        && !w.ends_with("ed")
        && !crate::sentence::one_of(w, OPENERS)
        && !is_preposition(w)
        && !st.is_trigger_start(k - 1)
        && !v.verbs.iter().any(|vm| vm.end == k)
        && !v.cues.iter().any(|c| c.end == k);
    if modifier {
        k -= 1;
        while k > 0 && crate::sentence::one_of(st.lower_str(k - 1), DETERMINERS) {
            k -= 1;
        }
    }
    // "Pakistan, a key U.S. ally, ...": inside an indefinite noun phrase, no subject.
    if (k..start).any(|j| matches!(st.lower_str(j), "a" | "an")) {
        return false;
    }
    if k == 0 {
        return true;
    }
    // A subject needs a clause opening before it: the sentence start, a comma or quote, a
    // conjunction, or a reporting verb ("says Eritrea is arming").
    let w = st.lower_str(k - 1);
    let after_cue = v.cues.iter().any(|c| c.end == k && !matches!(c.kind, dyad_dict::CueKind::Negation))
        && !crate::sentence::one_of(w, ADDRESS_VERBS);
    (crate::sentence::one_of(w, OPENERS) || after_cue) && !v.verbs.iter().any(|vm| vm.start < start && start < vm.end)
}

/// Words that may open a noun phrase before its actor ("the two", "their").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "some", "all", "both", "several", "many",
    "two", "three", "four", "five", "'s",
];

/// Subject, object or possessive for "it" and "her".
pub(super) fn either_case(v: &SentenceView, mentions: &[ActorMention], p: usize, pron: Pronoun) -> Option<Case> {
    let st = v.st;
    let next = st.lower_str(p + 1);
    if pron == Pronoun::She {
        // "her government" (possessive) or "told her" (object).
        if mentions.iter().any(|m| m.start > p && m.start <= p + 3)
            && st.tokens.get(p + 1).is_some_and(|t| t.kind == dyad_text::TokenKind::Word)
        {
            return Some(Case::Possessive);
        }
        let closes = p + 1 >= st.len()
            || st.tokens[p + 1].kind != dyad_text::TokenKind::Word
            || is_preposition(next)
            || next == "that";
        return closes.then_some(Case::Object);
    }
    let prev = if p == 0 { "," } else { st.lower_str(p - 1) };
    let after_cue = v.cues.iter().any(|c| c.end == p && !matches!(c.kind, dyad_dict::CueKind::Negation));
    let verb_follows = crate::sentence::one_of(next, AUXILIARIES)
        || st.is_trigger_start(p + 1)
        || v.cues.iter().any(|c| c.start == p + 1);
    if crate::sentence::one_of(prev, OPENERS) || after_cue || (verb_follows && !is_preposition(prev)) {
        Some(Case::Subject)
    } else {
        Some(Case::Object)
    }
}

/// Words that may stand between "it" and its verb: modals, auxiliaries, negation, adverbs.
const BEFORE_VERB: &[&str] = &[
    "would", "will", "could", "may", "might", "should", "must", "can", "has", "had", "have", "not", "n't", "also",
    "still", "now", "already",
];
/// Verbs whose "it" is impersonal: "it seems", "it emerged that", "it remains to be seen".
const IMPERSONAL_VERBS: &[&str] = &[
    "seems", "seemed", "appears", "appeared", "emerged", "remains", "remained", "turned", "follows", "matters",
    "mattered", "means", "meant", "happened", "took", "takes", "looks", "looked", "became", "becomes",
];
const BE: &[&str] = &["is", "was", "be", "been", "'s", "being", "isn"];
const DEGREE: &[&str] = &[
    "been",
    "not",
    "n't",
    "also",
    "still",
    "now",
    "already",
    "very",
    "too",
    "so",
    "far",
    "more",
    "less",
    "quite",
    "highly",
    "widely",
    "generally",
    "always",
];
/// After "it is": words saying what an actor is doing or is ready to do ("it is ready to",
/// "it was attacked"); anything else after "it is" is most often impersonal.
const AGENTIVE: &[&str] = &[
    "ready",
    "prepared",
    "willing",
    "unwilling",
    "determined",
    "committed",
    "keen",
    "eager",
    "open",
    "responsible",
    "behind",
    "involved",
    "planning",
    "considering",
    "seeking",
    "trying",
    "working",
    "preparing",
    "negotiating",
    "holding",
    "sending",
    "deploying",
    "pushing",
    "pressing",
    "calling",
    "demanding",
    "refusing",
    "offering",
    "studying",
    "examining",
    "reviewing",
    "investigating",
    "monitoring",
    "withdrawing",
    "accused",
    "blamed",
    "attacked",
    "targeted",
    "sanctioned",
];

/// "It is expected that...", "it was not clear whether...", "it seems": an "it" that stands for nothing.
pub(super) fn pleonastic(st: &SentenceTokens, p: usize) -> bool {
    let mut k = p + 1;
    while crate::sentence::one_of(st.lower_str(k), BEFORE_VERB) {
        k += 1;
    }
    let w = st.lower_str(k);
    // "when it comes to sexual violence"
    if crate::sentence::one_of(w, IMPERSONAL_VERBS) || (matches!(w, "comes" | "came") && st.lower_is(k + 1, "to")) {
        return true;
    }
    if !crate::sentence::one_of(w, BE) {
        return false;
    }
    k += 1;
    while crate::sentence::one_of(st.lower_str(k), DEGREE) {
        k += 1;
    }
    !crate::sentence::one_of(st.lower_str(k), AGENTIVE)
}

/// "seized the weapons and destroyed them": a plural thing stands between the last plural actor
/// and "them", so "them" is not resolved.
pub(super) fn thing_between(v: &SentenceView, mentions: &[ActorMention], p: usize) -> bool {
    let st = v.st;
    let from = mentions.iter().rev().find(|m| m.end <= p).map_or(0, |m| m.end);
    (from..p).any(|k| {
        matches!(st.lower_str(k.wrapping_sub(1)), "the" | "their" | "its" | "these" | "those" | "his" | "her")
            && plural_word(st.lower_str(k))
    })
}

/// Days and months: capitalised, but never a person.
pub(super) use dyad_text::CALENDAR_NAMES as CALENDAR;
/// Words before a capitalised place or date ("in Geneva", "on Monday").
pub(super) const BEFORE_PLACE: &[&str] =
    &["in", "at", "near", "from", "to", "into", "across", "outside", "on", "of", "since", "until", "by", "via"];

/// Whether tokens `[from, to)` hold a capitalised word that no dictionary knows and that is no
/// place or date: most likely a person the dictionaries do not list ("Jumah Hamdan said he..."),
/// whom a "he" or "she" after it may stand for.
pub(super) fn stranger(lx: &Lexicon, st: &SentenceTokens, mentions: &[ActorMention], from: usize, to: usize) -> bool {
    (from.max(1)..to.min(st.len())).any(|i| {
        st.is_capitalised(i)
            && (st.tokens[i - 1].kind == dyad_text::TokenKind::Word || st.word(i - 1) == ",")
            && !crate::sentence::one_of(st.lower_str(i - 1), BEFORE_PLACE)
            && !(st.is_capitalised(i - 1) && i - 1 == 0)
            && !crate::sentence::one_of(st.word(i), CALENDAR)
            && !mentions.iter().any(|m| m.start <= i && i < m.end)
            // "the Eritrean information minister, Yemane Gebremeskel,": the same person, named.
            && !mentions.iter().any(|m| st.lower_is(m.end, ",") && m.end < i && (m.end + 1..=i).all(|j| st.is_capitalised(j)))
            && lx.names.longest_at(&st.exact, i, &|_| true).is_none()
            && lx.sectors.longest_at(&st.lower, i, &|_| true).is_none()
    })
}

/// The rule an antecedent was found by, without the coreference steps that led to it:
/// `coref:pronoun->coref:short-name->people.txt:12+...` = `people.txt:12+...`.
pub(super) fn origin(rule: &str) -> &str {
    let mut r = rule;
    while let Some(rest) = r.strip_prefix("coref:").and_then(|x| x.split_once("->")).map(|(_, rest)| rest) {
        r = rest;
    }
    // (A search for '+' then a prefix test: a substring searcher costs more to set up than this
    // short rule takes to scan.)
    let end = r
        .match_indices('+')
        .map(|(i, _)| i)
        .find(|&i| r[i..].starts_with("+coref:") || r[i..].starts_with("+context-country"))
        .unwrap_or(r.len());
    &r[..end]
}

/// A mention's own rule without a country guessed from context (`+context-country`,
/// `+sector-country`, `+coref:context`): what its words alone said.
pub(crate) fn without_guess(rule: &str) -> &str {
    ["+context-country", "+sector-country", "+coref:context"]
        .iter()
        .fold(rule, |r, guess| r.split(guess).next().unwrap_or(""))
}

/// Members of the compound that mention `i` belongs to, joined by "and" or a comma ("Ethiopia
/// and Eritrea") or standing for one description ("the two sides"); adjacent names ("UK's
/// ambassador") are no compound.
pub(super) fn compound(st: &SentenceTokens, mentions: &[ActorMention], i: usize) -> Vec<usize> {
    let g = crate::roles::group(st, mentions, i);
    let explicit = g.windows(2).all(|w| {
        let (a, b) = (&mentions[w[0]], &mentions[w[1]]);
        (a.start == b.start && a.end == b.end) || a.end < b.start
    });
    if explicit {
        g
    } else {
        vec![i]
    }
}

/// Words that open a fronted subordinate clause ("As it expanded, Isis...").
const SUBORDINATORS: &[&str] = &[
    "as", "when", "while", "after", "before", "although", "though", "if", "since", "because", "once", "despite",
    "until",
];

/// "As it expanded, Isis began to overreach": a pronoun in a fronted clause may stand for the
/// subject that follows it; with a fitting actor after the comma, it is not resolved.
pub(super) fn cataphora(v: &SentenceView, mentions: &[ActorMention], p: usize, pron: Pronoun) -> bool {
    let st = v.st;
    if !crate::sentence::one_of(st.lower_str(0), SUBORDINATORS) || mentions.iter().any(|m| m.end <= p && !m.place) {
        return false;
    }
    let Some(comma) = (p + 1..st.len()).find(|&k| st.lower_is(k, ",")) else { return false };
    mentions.iter().filter(|m| m.start > comma && !m.place).any(|m| pron.could_be(classify(v.lx, st, m)))
}
