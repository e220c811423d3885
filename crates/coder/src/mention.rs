//! Actor mentions: names, demonyms, capitals, sector nouns and titles, composed into actors.
//!
//! Composition rules, in order of preference at each token:
//! 0. a capitalised name headed by an organisational noun that no dictionary lists
//!    (`the Third World Water Forum` = NGO; see `organisation.rs`);
//! 1. a country modifier (adjective, name + `'s`, or name used as a noun adjunct),
//!    up to three other words, then a sector noun or title: `the Egyptian Foreign
//!    Ministry` = EGYGOV, `Israeli F-35 jets` = ISRMIL, `Poland's parliament` = POLLEG;
//!    `Hungarian and Romanian officials` distributes the noun over both modifiers;
//! 2. a title followed by a capitalised name: `President Bill Clinton`;
//! 3. a sector noun followed by `in|of|from` and a country: `rebels in Sudan` = SDNREB;
//! 4. a name alone: country, capital (a government metonym unless it follows a
//!    place preposition), organisation, person (role by the document date).

mod context_country;
mod dateline;
mod place_use;
pub(crate) use context_country::infer_countries;

use chrono::NaiveDate;

use crate::event::ResolvedFrom;
use crate::lexicon::{Lexicon, NameEntry, NameKind};
use crate::organisation::organisation_at;
use crate::sentence::SentenceTokens;
use place_use::{after_kind_of_place, after_place_preposition};

/// An actor found in a sentence. Token positions are indices into the sentence's tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorMention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// CAMEO-style code (`EGYGOV`).
    pub code: String,
    /// ISO3 country.
    pub country: Option<String>,
    /// CAMEO actor type.
    pub sector: Option<String>,
    /// Canonical name of a known person or organisation.
    pub name: Option<String>,
    /// Dictionary entries that matched, as `file:line`, joined by `+`.
    pub rule: String,
    /// A pronoun standing for an earlier mention.
    pub pronoun: bool,
    /// A place, not an actor ("in Kabul"): used only as a fallback target country.
    pub place: bool,
    /// The earlier mention this one stands for, when coreference resolved it (`coref.rs`).
    pub resolved_from: Option<ResolvedFrom>,
}

impl ActorMention {
    /// Whether the country came from context (`+context-country`, `+sector-country`) rather than the words.
    pub fn country_from_context(&self) -> bool {
        self.rule.contains("+context-country") || self.speaks_for_kin()
    }

    /// A report's speaker placed in the country of an earlier actor of its sector (`infer_countries`).
    pub fn speaks_for_kin(&self) -> bool {
        self.rule.contains("+sector-country")
    }

    /// A place named by the dateline ("CAPE TOWN, May 30 (ANA) -"): where the report was filed.
    pub fn in_dateline(&self) -> bool {
        self.rule.ends_with("+dateline")
    }
}

const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "senior",
    "top",
    "former",
    "new",
    "two",
    "three",
    "several",
    "some",
    "many",
    "other",
    "east",
    "west",
    "north",
    "south",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "neighbouring",
    "neighboring",
    "occupied",
    "besieged",
    "capital",
    "city",
    "town",
    "the capital",
    "of",
];

fn code_of(country_code: &str, sector: Option<&str>) -> String {
    match sector {
        Some(s) => format!("{country_code}{s}"),
        None => country_code.to_string(),
    }
}

/// Find the actor mentions of one sentence.
pub(crate) fn find_mentions(lx: &Lexicon, st: &SentenceTokens, date: Option<NaiveDate>) -> Vec<ActorMention> {
    let n = st.len();
    // Name and sector hits, longest first at each position.
    let mut names: Vec<Option<(usize, &NameEntry)>> = vec![None; n];
    let mut sectors: Vec<Option<(usize, u32)>> = vec![None; n];
    for i in 0..n {
        if let Some(m) = lx.names.longest_at(&st.exact, i, &|_| true) {
            names[i] = Some((m.end, &lx.name_entries[m.value as usize]));
        }
        if let Some(m) = lx.sectors.longest_at(&st.lower, i, &|_| true) {
            sectors[i] = Some((m.end, m.value));
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // 0. an organisation missing from the dictionaries, known by the form of its name
        if let Some(org) = organisation_at(st, &names, i) {
            // "the Foreign Office": a sector noun phrase as a whole is the sector's, not a new organisation.
            if names[i].is_none_or(|(e, _)| e < org.end) && sectors[i].is_none_or(|(e, _)| e < org.end) {
                let country = org.country.clone();
                out.push(ActorMention {
                    start: i,
                    end: org.end,
                    code: code_of(country.as_deref().unwrap_or(""), Some(org.sector)),
                    country,
                    sector: Some(org.sector.to_string()),
                    name: None,
                    rule: format!("organisation-name({})", org.head),
                    pronoun: false,
                    place: false,
                    resolved_from: None,
                });
                i = org.end;
                continue;
            }
        }
        // 1. modifier (+ "and" modifier) + up to 3 words + sector noun
        if let Some((end, entry)) = names[i] {
            if matches!(entry.kind, NameKind::Adjective | NameKind::Country | NameKind::People | NameKind::Capital) {
                let mut mods = vec![(i, end, entry)];
                let mut j = end;
                if st.lower_is(j, "'s") {
                    j += 1;
                }
                // "Hungarian and Romanian officials", "Chadian, Sudanese and Libyan troops":
                // adjectives only, and the list must close with "and" or "or".
                let mut k = j;
                let mut list = Vec::new();
                while entry.kind == NameKind::Adjective
                    && matches!(st.lower_str(k), "and" | "," | "or")
                    && !st.lower_is(i.wrapping_sub(1), "'s")
                {
                    match names.get(k + 1).copied().flatten() {
                        Some((e2, en2)) if en2.kind == NameKind::Adjective => {
                            let closes = matches!(st.lower_str(k), "and" | "or");
                            list.push((k + 1, e2, en2));
                            k = e2;
                            if closes {
                                mods.append(&mut list);
                                j = k;
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                // "Elsewhere in Swaziland heavily armed troops patrolled": a country reached by a place
                // preposition, with words before the sector noun, is where, not whose.
                let placed = |k: usize| {
                    matches!(entry.kind, NameKind::Country | NameKind::Capital)
                        && k > j
                        && j == end
                        && (j..k).all(|x| {
                            !st.is_capitalised(x)
                                && st.tokens[x].kind == dyad_text::TokenKind::Word
                                && !crate::place_words::is_function_word(st.lower_str(x))
                        })
                        && after_place_preposition(st, i)
                };
                if let Some((send, sid, _)) = sector_after(lx, st, &sectors, &names, j).filter(|&(_, _, k)| !placed(k))
                {
                    let s = &lx.sector_entries[sid as usize];
                    let title_end = if s.title { person_name_end(st, send) } else { compound_head_end(&sectors, send) };
                    let person = person_name(lx, st, &names, send, title_end);
                    let many = mods.len() > 1;
                    for (k, (ms, mend, me)) in mods.iter().enumerate() {
                        let mut rule = format!("{}+{}", me.origin, s.origin);
                        let mut sector = Some(s.sector.to_string());
                        let mut code = code_of(&me.code, sector.as_deref());
                        if let Some((pcode, porigin, _)) = person.as_ref().and_then(|p| lx_role(lx, p, date)) {
                            code = pcode.clone();
                            sector = code_parts(&pcode).1;
                            rule = format!("{rule}+{porigin}");
                        }
                        let name = person.as_ref().map(|p| lx.people[p.0].canonical.to_string());
                        // "Hungarian and Romanian officials": each modifier but the last is its own short mention.
                        let end = if many && k + 1 < mods.len() { *mend } else { title_end };
                        if st.lower_is(ms.wrapping_sub(1), "ethnic") {
                            // "ethnic Albanian guerrillas": placed by context (see `infer_countries`).
                            out.push(ActorMention {
                                start: *ms,
                                end,
                                code: sector.clone().unwrap_or_default(),
                                country: None,
                                sector,
                                name,
                                rule: format!("{rule}+ethnic"),
                                pronoun: false,
                                place: false,
                                resolved_from: None,
                            });
                            continue;
                        }
                        out.push(ActorMention {
                            start: *ms,
                            end,
                            code,
                            country: me.country.as_deref().map(str::to_string),
                            sector,
                            name,
                            rule,
                            pronoun: false,
                            place: false,
                            resolved_from: None,
                        });
                    }
                    i = title_end;
                    continue;
                }
            }
        }
        // 2./3. sector noun or title first
        if let Some((send, sid)) = sectors[i] {
            // "multi-party", "anti-government": part of a compound word, not a head noun.
            let in_compound = i > 0 && st.is_joining_hyphen(i - 1);
            if in_compound || is_adjective_use(lx, st, &sectors, i, send) {
                i = send;
                continue;
            }
            if names[i].is_none_or(|(e, _)| e <= send) {
                let s = &lx.sector_entries[sid as usize];
                let mut end = send;
                let mut mention = ActorMention {
                    start: i,
                    end,
                    code: s.sector.to_string(),
                    country: None,
                    sector: Some(s.sector.to_string()),
                    name: None,
                    rule: s.origin.to_string(),
                    pronoun: false,
                    place: false,
                    resolved_from: None,
                };
                if s.title {
                    // With no name after it, a title is a plain sector noun ("the president said").
                    end = person_name_end(st, send);
                    if let Some(p) = person_name(lx, st, &names, send, end) {
                        if let Some((code, origin, country)) = lx_role(lx, &p, date) {
                            mention.code = code.clone();
                            mention.country = country;
                            mention.sector = code_parts(&code).1;
                            mention.rule = format!("{}+{}", mention.rule, origin);
                        }
                        mention.name = Some(lx.people[p.0].canonical.to_string());
                    } else if end > send {
                        if let Some((code, origin, person)) = lx.titled_surname_role(st.word(end - 1), &s.sector, date)
                        {
                            mention.country = code_parts(&code).0;
                            mention.sector = code_parts(&code).1;
                            mention.code = code;
                            mention.rule = format!("{}+surname+{}", mention.rule, origin);
                            mention.name = person.map(|p| lx.people[p].canonical.to_string());
                        }
                    }
                }
                if end == send
                    && (st.lower_is(end, "in") || st.lower_is(end, "of") || st.lower_is(end, "from"))
                    && end + 1 < n
                {
                    // "rebels in Darfur", "the government of Sudan"
                    let k = if st.lower_is(end + 1, "the") { end + 2 } else { end + 1 };
                    if let Some((e2, en2)) = names.get(k).copied().flatten() {
                        if en2.kind != NameKind::Person && en2.kind != NameKind::Organisation {
                            mention.country = en2.country.as_deref().map(str::to_string);
                            mention.code = code_of(&en2.code, mention.sector.as_deref());
                            mention.rule = format!("{}+{}", mention.rule, en2.origin);
                            end = e2;
                        }
                    }
                }
                mention.end = if end == send { compound_head_end(&sectors, end) } else { end };
                let end = mention.end;
                out.push(mention);
                i = end;
                continue;
            }
        }
        // 4. a name alone
        if let Some((end, entry)) = names[i] {
            // "near a U.S. patrol", "in the U.S.-led strikes": a country name used as a modifier
            // is the actor, not the place ("a" never comes before a country used as a place).
            // ("a West Bank settlement" is where: a site noun follows.)
            let modifier = entry.kind == NameKind::Country
                && (matches!(st.lower_str(i.wrapping_sub(1)), "a" | "an")
                    && !(end..end + 3).any(|k| {
                        let w = st.lower_str(k);
                        // a country's base or embassy is its own, not where it stands
                        (crate::place_words::is_site_noun(w) || crate::place_words::is_settlement_noun(w))
                            && !matches!(w, "base" | "embassy" | "headquarters" | "compound")
                    })
                    || (st.is_joining_hyphen(end) && !st.is_capitalised(end + 1)));
            // "near the cities of Al-Mayadeen and Abukamal": after "city of", an organisation's name
            // (here a TV channel's) is the town's.
            if entry.kind == NameKind::Organisation
                && st.lower_is(i.wrapping_sub(1), "of")
                && crate::place_words::is_settlement_noun(st.lower_str(i.wrapping_sub(2)))
            {
                i = end;
                continue;
            }
            // ("the Damascus suburb of eastern Ghouta": a capital before a kind of place is the city)
            let before_kind = !st.is_capitalised(end)
                && (crate::place_words::is_settlement_noun(st.lower_str(end))
                    || crate::place_words::is_part_noun(st.lower_str(end)));
            let named_as_city = entry.kind == NameKind::Capital && (after_kind_of_place(st, i) || before_kind);
            let after_place_prep = !modifier && (named_as_city || after_place_preposition(st, i));
            let m = match entry.kind {
                NameKind::Capital | NameKind::Country if after_place_prep => Some(ActorMention {
                    start: i,
                    end,
                    code: entry.code.to_string(),
                    country: entry.country.as_deref().map(str::to_string),
                    sector: None,
                    name: None,
                    rule: format!("{}+place", entry.origin),
                    pronoun: false,
                    place: true,
                    resolved_from: None,
                }),
                NameKind::Person => {
                    let p = entry.person.unwrap_or(0);
                    let role = lx.person_role(p, date);
                    role.map(|(code, origin)| ActorMention {
                        start: i,
                        end,
                        country: code_parts(&code).0.filter(|c| c.len() == 3 && !c.starts_with("IGO")),
                        sector: code_parts(&code).1,
                        code,
                        name: entry.canonical.as_deref().map(str::to_string),
                        rule: format!("{}+{}", entry.origin, origin),
                        pronoun: false,
                        place: false,
                        resolved_from: None,
                    })
                }
                _ => Some(ActorMention {
                    start: i,
                    end,
                    code: match entry.kind {
                        NameKind::Organisation => entry.code.to_string(),
                        _ => code_of(&entry.code, entry.sector.as_deref()),
                    },
                    country: entry.country.as_deref().map(str::to_string),
                    sector: entry.sector.as_deref().map(str::to_string),
                    name: match entry.kind {
                        NameKind::Organisation => entry.canonical.as_deref().map(str::to_string),
                        _ => None,
                    },
                    // "Croatian extremists": an adjective alone names some group of the country, not the state.
                    rule: if entry.kind == NameKind::Adjective {
                        format!("{}+modifier", entry.origin)
                    } else {
                        entry.origin.to_string()
                    },
                    pronoun: false,
                    place: false,
                    resolved_from: None,
                }),
            };
            if let Some(mut m) = m {
                // "Red Cross officials", "Hamas fighters": members of a named organisation are the organisation.
                if entry.kind == NameKind::Organisation {
                    m.end = compound_head_end(&sectors, end);
                    // "the Taliban" in 2015 = AFGREB, in 2022 = AFGGOV: a dated role, else the entry's code.
                    if let Some((code, origin)) = lx.organisation_role(entry, date) {
                        (m.country, m.sector) = code_parts(&code);
                        m.code = code;
                        m.rule = format!("{}+{origin}", m.rule);
                    }
                }
                // "ethnic Albanians": an ethnic group, placed by context, not the state of that name.
                if st.lower_is(i.wrapping_sub(1), "ethnic")
                    && matches!(entry.kind, NameKind::People | NameKind::Adjective)
                {
                    m.country = None;
                    m.sector = Some("CVL".into());
                    m.code = "CVL".into();
                    m.rule = format!("{}+ethnic", m.rule);
                }
                let end = m.end;
                out.push(m);
                i = end;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    merge_appositives(st, &mut out);
    dateline::mark_dateline(st, &mut out);
    out
}

/// A sector noun within three words after position `j`: (end, sector entry, first word of the noun).
fn sector_after(
    lx: &Lexicon,
    st: &SentenceTokens,
    sectors: &[Option<(usize, u32)>],
    names: &[Option<(usize, &NameEntry)>],
    j: usize,
) -> Option<(usize, u32, usize)> {
    let _ = lx;
    for k in j..(j + 4).min(st.len()) {
        if let Some((end, sid)) = sectors[k] {
            // "Algeria's first multi-party elections": a hyphenated compound is not a head noun.
            if k > 0 && st.word(k - 1) == "-" {
                return None;
            }
            return Some((end, sid, k));
        }
        // Only plain words and hyphenated model numbers may stand between modifier and noun.
        if k > j && names[k].is_some() {
            return None;
        }
        if !st.is_modifier_word(k) || st.is_trigger_start(k) {
            return None;
        }
    }
    None
}

/// End of a capitalised personal name starting at `i` (returns `i` when there is none).
fn person_name_end(st: &SentenceTokens, i: usize) -> usize {
    let mut j = i;
    while j < st.len() && j - i < 4 && st.is_capitalised(j) && !st.is_trigger_start(j) {
        j += 1;
        // Particles inside names: "bin", "al-", "de", "van".
        if j + 1 < st.len()
            && matches!(st.lower_str(j), "bin" | "al" | "de" | "van" | "von" | "ben" | "abu" | "ibn" | "-")
            && st.is_capitalised(j + 1)
        {
            j += 1;
        }
    }
    j
}

/// A known person among the words `[from, to)`.
fn person_name(
    lx: &Lexicon,
    st: &SentenceTokens,
    names: &[Option<(usize, &NameEntry)>],
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    let _ = (lx, st);
    (from..to).find_map(|k| names[k].and_then(|(_, e)| e.person.map(|p| (p, k))))
}

/// (code, origin, country) of a person's role on the date.
fn lx_role(lx: &Lexicon, p: &(usize, usize), date: Option<NaiveDate>) -> Option<(String, String, Option<String>)> {
    let (code, origin) = lx.person_role(p.0, date)?;
    let country = code_parts(&code).0;
    Some((code, origin, country))
}

/// "Blinken, the US secretary of state, said": the second mention describes the first.
fn merge_appositives(st: &SentenceTokens, out: &mut Vec<ActorMention>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let mut gap = a.end;
        let comma = st.lower_is(gap, ",");
        if comma {
            gap += 1;
        }
        while gap < b.start && crate::sentence::one_of(st.lower_str(gap), DETERMINERS) {
            gap += 1;
        }
        let closes = st.lower_is(b.end, ",") || b.end >= st.len() || st.lower_is(b.end, ".");
        if comma && gap == b.start && closes && !st.lower_is(b.start.wrapping_sub(1), "and") {
            let b = out.remove(k + 1);
            let a = &mut out[k];
            if a.country.is_none() || (a.sector.is_none() && b.country == a.country) {
                a.code = b.code;
                a.country = b.country;
                a.sector = b.sector;
            }
            if a.name.is_none() {
                a.name = b.name;
            }
            a.rule = format!("{}+{}", a.rule, b.rule);
            a.end = a.end.max(a.end);
            continue;
        }
        k += 1;
    }
}

/// "Defence Ministry spokesman", "army officials": a sector noun right after another is the
/// head of the same actor; the first, more specific noun keeps its sector.
fn compound_head_end(sectors: &[Option<(usize, u32)>], mut end: usize) -> usize {
    while let Some(Some((e, _))) = sectors.get(end) {
        end = *e;
    }
    end
}

/// Country and sector of a role code: `USAGOV` = (USA, GOV); `IGOUNO` = (none, IGO); `NGOMSF` = (none, NGO);
/// `ELI` = (none, ELI).
pub(crate) fn code_parts(code: &str) -> (Option<String>, Option<String>) {
    // A sector alone ("ELI": an elite of no country).
    if code.len() == 3 && dyad_ontology::is_actor_sector(code) {
        return (None, Some(code.to_string()));
    }
    match code.get(..3) {
        Some(p @ ("IGO" | "NGO")) => (None, Some(p.to_string())),
        Some("IMG") => (None, Some("REB".to_string())),
        Some(c) => (Some(c.to_string()), code.get(3..6).map(str::to_string).filter(|s| !s.is_empty())),
        None => (None, None),
    }
}

/// Sector words that are far more often adjectives: "official contact", "general strike",
/// "military offensive", "major scandal". Followed by a plain lower-case word, they are not actors.
// Not here: "government", "police", "army", "rebel": "a government convoy", "rebel positions" are
// the actor's own assets, which event data codes as the actor.
const ADJECTIVE_LIKE: &[&str] = &[
    "official", "general", "major", "military", "private", "deputy", "civilian", "national", "local", "security",
    "state",
];

/// Function words after which a sector word is still a noun ("the military said", "police in").
const AFTER_NOUN: &[&str] = &[
    "said", "says", "say", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "has", "have",
    "had", "was", "were", "is", "are", "will", "would", "who", "which", "that", "also", "later", "could", "should",
    "did", "does", "do", "can", "may", "might", "must", "as", "than", "into", "after", "before", "near", "but", "not",
    "never", "had", "since", "during",
];

fn is_adjective_use(
    lx: &Lexicon,
    st: &SentenceTokens,
    sectors: &[Option<(usize, u32)>],
    start: usize,
    end: usize,
) -> bool {
    let _ = lx;
    if end != start + 1 || !crate::sentence::one_of(st.lower_str(start), ADJECTIVE_LIKE) {
        return false;
    }
    let next = st.lower_str(end);
    let word_follows =
        st.tokens.get(end).is_some_and(|t| t.kind == dyad_text::TokenKind::Word) && !st.is_capitalised(end);
    // "local police": the adjective gives way to the sector noun after it.
    let noun_follows = sectors.get(end).copied().flatten().is_some();
    noun_follows || (word_follows && !crate::sentence::one_of(next, AFTER_NOUN) && !st.is_trigger_start(end))
}
