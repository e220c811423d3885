//! Descriptions and short names that stand for earlier actors (see `coref.rs` for the memory).
//!
//! - a surname alone after the full name ("Clinton" after "Hillary Clinton"); a dictionary short
//!   name ("Blinken") already codes the person, and only records where the name was given in full;
//! - counted descriptions ("the two sides", "both countries", "the three ministers"): the compound
//!   of that many earlier actors, else the last sentence that names exactly that many;
//! - "the ministry", "the rebels", "the president": the nearest earlier actor of the same sector;
//!   "the group": the nearest earlier named or armed group; "the mission", "the alliance", "the bloc":
//!   the nearest earlier named international organisation;
//! - "the Sudanese side", "his Russian counterpart": the earlier actor of that country, else the
//!   country (a counterpart is its government); "his counterpart": the other party of the talks
//!   the possessor held; "the Ethiopians": the earlier Ethiopian actor, when there is one.

use super::*;
use crate::lexicon::NameKind;

/// Plural nouns that count states or their governments ("the two sides").
const STATE_NOUNS: &[&str] = &[
    "sides",
    "countries",
    "nations",
    "states",
    "governments",
    "neighbours",
    "neighbors",
    "parties",
    "delegations",
    "capitals",
    "powers",
    "armies",
];
/// Plural nouns that count people ("the two men").
const PERSON_NOUNS: &[&str] =
    &["men", "women", "leaders", "ministers", "presidents", "premiers", "envoys", "counterparts", "diplomats"];

pub(super) fn count_of(w: &str) -> Option<usize> {
    match w {
        "two" | "both" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        _ => None,
    }
}

/// Sectors one description may stand for: armed groups go by many names.
fn family(sector: Option<&str>) -> Option<&str> {
    match sector {
        Some("REB" | "INS" | "SEP" | "UAF") => Some("REB"),
        s => s,
    }
}

/// How much of the antecedent's actor a description takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Take {
    /// Everything: code, country, sector, name.
    All,
    /// The country only, with the description's own sector ("the government" of a president).
    Country,
}

impl Take {
    /// A description of the same kind as its antecedent (a title for a person, a body for a body)
    /// is that actor; otherwise it is only of the same country.
    pub(super) fn between(own: Traits, antecedent: Traits) -> Take {
        if (own.kind == Kind::Person) == (antecedent.kind == Kind::Person) {
            Take::All
        } else {
            Take::Country
        }
    }
}

/// Give mention `m` the actor of `new`, keeping its own words and span.
fn adopt(m: &mut ActorMention, new: ActorMention) {
    m.code = new.code;
    m.country = new.country;
    m.sector = new.sector;
    m.name = new.name;
    m.rule = format!("{}+{}", m.rule, new.rule);
    m.resolved_from = new.resolved_from;
}

impl DocumentActors {
    /// Surnames and dictionary short names of people named in full earlier.
    pub(super) fn short_names(&mut self, v: &SentenceView, mentions: &mut Vec<ActorMention>) {
        for m in mentions.iter_mut() {
            if m.resolved_from.is_some() || m.name.is_none() || m.end - m.start != 1 {
                continue;
            }
            let full = self
                .entries
                .iter()
                .rev()
                .find(|e| e.mention.name == m.name && e.words > 1 && e.traits.kind == Kind::Person);
            if let Some(e) = full.filter(|_| classify(v.lx, v.st, m).kind == Kind::Person) {
                m.rule = format!("{}+coref:short-name", m.rule);
                m.resolved_from = Some(resolved_from(v.st, e.root));
            }
        }
        if !self.entries.iter().any(|e| e.surname.is_some()) {
            return;
        }
        let st = v.st;
        for i in 0..st.len() {
            let alone = st.is_capitalised(i)
                && !st.is_capitalised(i.wrapping_sub(1))
                && !st.is_capitalised(i + 1)
                && !st.is_trigger_start(i)
                && !mentions.iter().any(|m| m.start <= i && i < m.end);
            if !alone {
                continue;
            }
            let w = st.word(i);
            // "in May", "May 5": a month, not Theresa May.
            let date = crate::sentence::one_of(w, CALENDAR)
                && (crate::sentence::one_of(st.lower_str(i.wrapping_sub(1)), BEFORE_PLACE)
                    || st.tokens.get(i + 1).is_some_and(|t| t.kind == dyad_text::TokenKind::Number));
            if date {
                continue;
            }
            let mut bearers = self.entries.iter().enumerate().filter(|(_, e)| e.surname.as_deref() == Some(w));
            let Some((e, first)) = bearers.next_back() else { continue };
            // Two people of that name ("Bill Clinton", "Hillary Clinton"): the surname is not enough.
            if bearers.any(|(_, o)| o.mention.name != first.mention.name || o.mention.code != first.mention.code) {
                continue;
            }
            let m = self.mention_from(v, mentions, Ante::Past(e), i, i + 1, "short-name");
            let at = mentions.iter().position(|m| m.start > i).unwrap_or(mentions.len());
            mentions.insert(at, m);
        }
    }

    pub(super) fn descriptions(&mut self, v: &SentenceView, mentions: &mut Vec<ActorMention>) {
        self.counted(v, mentions);
        let st = v.st;
        for i in 0..mentions.len() {
            let (start, end) = (mentions[i].start, mentions[i].end);
            let next = st.lower_str(end);
            let the = st.lower_is(start.wrapping_sub(1), "the");
            if mentions[i].rule.ends_with("+modifier") && matches!(next, "side" | "counterpart") {
                self.side(v, mentions, i, next == "counterpart");
            } else if the && mentions[i].resolved_from.is_none() && demonym(v, &mentions[i]) {
                // "the Ethiopians" in a story about Ethiopia's government are that government.
                let country = mentions[i].country.clone();
                // A state actor: "the Turks" are not an earlier "terrorist group" placed in Turkey.
                let fits = |m: &ActorMention, t: Traits, _: [&str; 2]| {
                    m.country == country
                        && t.kind != Kind::Person
                        && matches!(m.sector.as_deref(), None | Some("GOV" | "MIL"))
                        && !m.country_from_context()
                };
                if let Some(a) = self.nearest(v, mentions, i, DESCRIPTION_REACH, fits) {
                    self.take(v, mentions, i, a, "demonym", Take::All);
                }
            } else if the && sector_only(&mentions[i]) {
                if let Some(a) = self.same_sector(v, mentions, i, true) {
                    let how = Take::between(classify(v.lx, st, &mentions[i]), self.traits_of(v, mentions, a));
                    self.take(v, mentions, i, a, "definite", how);
                }
            }
        }
        for p in 1..st.len() {
            let w = st.lower_str(p);
            // The word first (compared inline: this runs for every token): the mention scan is the
            // costlier test and most words are neither.
            if !crate::sentence::one_of(w, &["group", "counterpart", "mission", "bloc", "alliance"])
                || mentions.iter().any(|m| m.start <= p && p < m.end)
            {
                continue;
            }
            let definite = st.lower_is(p - 1, "the")
                || (p >= 2
                    && st.lower_is(p - 2, "the")
                    && matches!(st.lower_str(p - 1), "peacekeeping" | "monitoring"));
            if w != "group" && w != "counterpart" {
                // "the mission", "the bloc", "the alliance": the nearest international organisation.
                if !definite || matches!(st.lower_str(p + 1), "of" | "'s" | "to" | "for") {
                    continue;
                }
                let fits =
                    |m: &ActorMention, _: Traits, _: [&str; 2]| m.sector.as_deref() == Some("IGO") && m.name.is_some();
                if let Some(a) = self.nearest(v, mentions, p, DESCRIPTION_REACH, fits) {
                    let m = self.mention_from(v, mentions, a, p, p + 1, "definite");
                    let at = mentions.iter().position(|m| m.start > p).unwrap_or(mentions.len());
                    mentions.insert(at, m);
                }
            } else if w == "group" && st.lower_is(p - 1, "the") && !matches!(st.lower_str(p + 1), "of" | "'s") {
                // "the group": the nearest named or armed group.
                let fits = |m: &ActorMention, t: Traits, _: [&str; 2]| {
                    t.kind != Kind::Person
                        && t.kind != Kind::Country
                        && (family(m.sector.as_deref()) == Some("REB")
                            || (m.name.is_some() && matches!(m.sector.as_deref(), Some("NGO" | "OPP" | "PTY"))))
                };
                if let Some(a) = self.nearest(v, mentions, p, DESCRIPTION_REACH, fits) {
                    let m = self.mention_from(v, mentions, a, p, p + 1, "definite");
                    let at = mentions.iter().position(|m| m.start > p).unwrap_or(mentions.len());
                    mentions.insert(at, m);
                }
            } else if w == "counterpart" && matches!(st.lower_str(p - 1), "his" | "her") {
                let pron = if st.lower_is(p - 1, "his") { Pronoun::He } else { Pronoun::She };
                if let Some(a) = self.counterpart(v, mentions, p - 1, pron) {
                    let m = self.mention_from(v, mentions, a, p, p + 1, "counterpart");
                    let at = mentions.iter().position(|m| m.start > p).unwrap_or(mentions.len());
                    mentions.insert(at, m);
                }
            }
        }
    }

    /// "the Sudanese side", "his Russian counterpart": an adjective alone plus the noun.
    fn side(&mut self, v: &SentenceView, mentions: &mut [ActorMention], i: usize, counterpart: bool) {
        let country = mentions[i].country.clone();
        let fits = |m: &ActorMention, t: Traits, _: [&str; 2]| {
            m.country == country && ((t.kind == Kind::Person) == counterpart)
        };
        let found = self.nearest(v, mentions, i, DESCRIPTION_REACH, fits);
        let word = if counterpart { "counterpart" } else { "side" };
        match found {
            Some(a) => self.take(v, mentions, i, a, word, Take::All),
            None => {
                let m = &mut mentions[i];
                let c = country.as_deref().unwrap_or("");
                // A counterpart is an officeholder: the country's government.
                m.sector = counterpart.then(|| "GOV".to_string());
                m.code = format!("{c}{}", m.sector.as_deref().unwrap_or(""));
                m.rule = format!("{}+{word}", m.rule);
            }
        }
        mentions[i].end += 1;
    }

    /// "his counterpart": the other party of the talks the possessor held in the last sentences.
    fn counterpart(&self, v: &SentenceView, mentions: &[ActorMention], p: usize, pron: Pronoun) -> Option<Ante> {
        let found = self.antecedent(v, mentions, p, pron, false)?;
        let who = self.actor(mentions, *found.first()?);
        let same = |m: &ActorMention| m.code == who.code && m.name == who.name;
        for back in 1..=DESCRIPTION_REACH.min(v.si) {
            let s = v.si - back;
            let talks: Vec<usize> =
                (0..self.entries.len()).filter(|&e| self.entries[e].sentence == s && self.entries[e].consult).collect();
            if !talks.iter().any(|&e| same(&self.entries[e].mention)) {
                continue;
            }
            let mut others = talks.into_iter().filter(|&e| {
                let m = &self.entries[e].mention;
                !same(m) && m.country.is_some() && m.country != who.country
            });
            let first = others.next()?;
            let one = &self.entries[first].mention;
            if others.any(|e| self.entries[e].mention.code != one.code || self.entries[e].mention.name != one.name) {
                return None;
            }
            return Some(Ante::Past(first));
        }
        None
    }

    /// "the two sides", "both countries", "the three ministers": that many earlier actors, as a compound.
    fn counted(&mut self, v: &SentenceView, mentions: &mut Vec<ActorMention>) {
        let st = v.st;
        let mut p = 0;
        while p < st.len() {
            let w = st.lower_str(p);
            // Compared inline first: this runs for every token.
            let counted = crate::sentence::one_of(w, &["two", "both", "three", "four"])
                && (w == "both" || st.lower_is(p.wrapping_sub(1), "the"));
            let Some(n) = counted.then(|| count_of(w)).flatten() else {
                p += 1;
                continue;
            };
            let noun = (p + 1..(p + 3).min(st.len())).find(|&k| {
                let w = st.lower_str(k);
                crate::sentence::one_of(w, STATE_NOUNS) || crate::sentence::one_of(w, PERSON_NOUNS)
            });
            // "both sides of the river": a place, not the parties.
            let Some(noun) = noun
                .filter(|&k| k == p + 1 || (!st.is_capitalised(p + 1) && st.is_modifier_word(p + 1)))
                .filter(|&k| !st.lower_is(k + 1, "of"))
            else {
                p += 1;
                continue;
            };
            let word = st.lower_str(noun);
            let persons = crate::sentence::one_of(word, PERSON_NOUNS);
            let Some(found) = self.counted_antecedents(v, mentions, p, n, persons) else {
                p = noun + 1;
                continue;
            };
            let (code_sector, whole) = match word {
                "governments" | "capitals" | "delegations" => (Some("GOV"), false),
                "armies" => (Some("MIL"), false),
                _ => (None, !persons),
            };
            let mut new = Vec::with_capacity(n);
            for a in found {
                let mut m = self.mention_from(v, mentions, a, p, noun + 1, "count");
                if let (false, Some(c)) = (persons, m.country.clone()) {
                    if code_sector.is_some() || whole {
                        m.sector = code_sector.map(str::to_string);
                        m.code = format!("{c}{}", code_sector.unwrap_or(""));
                        m.name = None;
                    }
                }
                new.push(m);
            }
            mentions.retain(|m| m.end <= p || m.start > noun);
            let at = mentions.iter().position(|m| m.start > p).unwrap_or(mentions.len());
            mentions.splice(at..at, new);
            p = noun + 1;
        }
    }

    /// `n` distinct actors for a counted description at `p`: a compound of exactly `n` (in this
    /// sentence or earlier), else the most recent earlier sentence naming exactly `n`.
    fn counted_antecedents(
        &self,
        v: &SentenceView,
        mentions: &[ActorMention],
        p: usize,
        n: usize,
        persons: bool,
    ) -> Option<Vec<Ante>> {
        let fits = |m: &ActorMention, t: Traits| if persons { t.kind == Kind::Person } else { m.country.is_some() };
        let key = |m: &ActorMention| {
            if persons {
                (m.name.clone(), m.code.clone())
            } else {
                (None, m.country.clone().unwrap_or_default())
            }
        };
        let distinct = |ms: &[(Ante, &ActorMention)]| {
            let mut keys: Vec<_> = ms.iter().map(|(_, m)| key(m)).collect();
            keys.sort();
            keys.dedup();
            keys.len() == ms.len()
        };
        // A compound of exactly n, here first.
        for i in (0..mentions.len()).rev().filter(|&i| mentions[i].end <= p && !mentions[i].place) {
            let g = compound(v.st, mentions, i);
            let ms: Vec<(Ante, &ActorMention)> = g.iter().map(|&k| (Ante::Here(k), &mentions[k])).collect();
            if g.len() == n && g.iter().all(|&k| fits(&mentions[k], self.traits_here(v, mentions, k))) && distinct(&ms)
            {
                return Some(g.into_iter().map(Ante::Here).collect());
            }
        }
        for back in 1..=DESCRIPTION_REACH.min(v.si) {
            let s = v.si - back;
            let here: Vec<usize> = (0..self.entries.len()).filter(|&e| self.entries[e].sentence == s).collect();
            for &e in here.iter().rev() {
                let g = self.entries[e].group;
                let members: Vec<usize> =
                    here.iter().copied().filter(|&k| g != 0 && self.entries[k].group == g).collect();
                let ms: Vec<(Ante, &ActorMention)> =
                    members.iter().map(|&k| (Ante::Past(k), &self.entries[k].mention)).collect();
                if members.len() == n
                    && members.iter().all(|&k| fits(&self.entries[k].mention, self.entries[k].traits))
                    && distinct(&ms)
                {
                    return Some(members.into_iter().map(Ante::Past).collect());
                }
            }
            // Else the sentence's distinct fitting actors, if exactly n.
            let mut picked: Vec<(Ante, &ActorMention)> = Vec::new();
            for &e in &here {
                let en = &self.entries[e];
                if fits(&en.mention, en.traits) && !picked.iter().any(|(_, m)| key(m) == key(&en.mention)) {
                    picked.push((Ante::Past(e), &en.mention));
                }
            }
            match picked.len() {
                0 => continue,
                k if k == n => return Some(picked.into_iter().map(|(a, _)| a).collect()),
                _ => return None,
            }
        }
        None
    }

    /// The nearest earlier actor of the same sector as the description at `i`, in the last
    /// sentences (`here`: a definite description) or the previous one only (a bare noun). A title
    /// ("the president") needs a person.
    pub(super) fn same_sector(
        &self,
        v: &SentenceView,
        mentions: &[ActorMention],
        i: usize,
        here: bool,
    ) -> Option<Ante> {
        let own = classify(v.lx, v.st, &mentions[i]);
        let sector = family(mentions[i].sector.as_deref()).map(str::to_string);
        // Not a crowd ("the family" is no earlier "people"), nor an actor whose own country was a guess.
        if own.kind == Kind::Crowd {
            return None;
        }
        // "the ministry" = "the Egyptian Foreign Ministry", "the president" = "President Trump", but
        // "the prince" is not Trump nor "the regime" Moscow: the head noun must have been used for
        // the actor (armed groups go by their names: "the rebels" = "the SPLA"; not "the jihadist group").
        let head = v.st.lower_str(mentions[i].end - 1);
        let stem = head.strip_suffix('s').unwrap_or(head);
        let one_word = mentions[i].end == mentions[i].start + 1;
        let named_by = |words: [&str; 2]| {
            (sector.as_deref() == Some("REB") && one_word)
                || words.iter().any(|w| {
                    w.split(|c: char| !c.is_alphanumeric()).any(|x| {
                        let x = x.to_lowercase();
                        x == head || x == stem || x.strip_suffix('s') == Some(stem)
                    })
                })
        };
        let fits = |m: &ActorMention, t: Traits, words: [&str; 2]| {
            family(m.sector.as_deref()) == sector.as_deref()
                && (m.country.is_some() || m.name.is_some())
                && (own.kind != Kind::Person || t.kind == Kind::Person)
                && t.kind != Kind::Crowd
                && !m.country_from_context()
                && !m.rule.contains("+coref:context")
                && named_by(words)
        };
        if here {
            // Not an actor of the same sentence: "US officials said that would reward the regime".
            self.nearest(v, &[], 0, DESCRIPTION_REACH, fits)
        } else {
            // A bare noun ("officials said") is as often a new actor: only the previous sentence.
            self.nearest(v, &[], 0, 1, fits)
        }
    }

    /// The nearest actor before token `p` (this sentence first, then the memory, most recent
    /// first) that `fits`, given its traits and its words as written (its own and its chain's first).
    fn nearest(
        &self,
        v: &SentenceView,
        mentions: &[ActorMention],
        p: usize,
        reach: usize,
        fits: impl Fn(&ActorMention, Traits, [&str; 2]) -> bool,
    ) -> Option<Ante> {
        let text = |span: [u32; 2]| v.st.text.get(span[0] as usize..span[1] as usize).unwrap_or("");
        let here = (0..mentions.len()).rev().filter(|&k| mentions[k].end <= p && !mentions[k].place);
        for k in here {
            let m = &mentions[k];
            let own = v.st.span(m.start, m.end).text(v.st.text);
            let first = m.resolved_from.as_ref().map_or(own, |r| r.text.as_str());
            if fits(m, self.traits_here(v, mentions, k), [own, first]) {
                return Some(Ante::Here(k));
            }
        }
        let oldest = v.si.saturating_sub(reach);
        (0..self.entries.len())
            .rev()
            .filter(|&e| self.entries[e].sentence >= oldest && self.entries[e].sentence < v.si)
            .find(|&e| {
                let en = &self.entries[e];
                fits(&en.mention, en.traits, [text(en.span), text(en.root.span)])
            })
            .map(Ante::Past)
    }

    pub(super) fn traits_of(&self, v: &SentenceView, mentions: &[ActorMention], a: Ante) -> Traits {
        match a {
            Ante::Here(k) => self.traits_here(v, mentions, k),
            Ante::Past(e) => self.entries[e].traits,
        }
    }

    /// Mention `i` becomes the antecedent's actor, or takes only its country (`Take::Country`).
    pub(super) fn take(
        &mut self,
        v: &SentenceView,
        mentions: &mut [ActorMention],
        i: usize,
        a: Ante,
        why: &str,
        how: Take,
    ) {
        let (start, end) = (mentions[i].start, mentions[i].end);
        let mut new = self.mention_from(v, mentions, a, start, end, why);
        // The description keeps its own traits ("the government" of a president is no person).
        self.resolved.pop();
        if how == Take::Country {
            new.sector = mentions[i].sector.clone();
            new.code = format!("{}{}", new.country.as_deref().unwrap_or(""), new.sector.as_deref().unwrap_or(""));
            new.name = None;
        }
        adopt(&mut mentions[i], new);
    }
}

/// "Ethiopians", "Libyans": a people's name, alone.
fn demonym(v: &SentenceView, m: &ActorMention) -> bool {
    v.lx.names
        .longest_at(&v.st.exact, m.start, &|_| true)
        .is_some_and(|h| h.end == m.end && v.lx.name_entries[h.value as usize].kind == NameKind::People)
}
