//! Coreference within a document: pronouns, descriptions and short names stand for actors
//! mentioned earlier.
//!
//! A reader of "Antony Blinken met Sergei Lavrov. Blinken urged Russia to withdraw. He said..."
//! knows who urged and who said. [`DocumentActors`] remembers the actors of the sentences coded
//! so far (a few dozen at most) and, run on each sentence after `find_mentions`, turns
//! - pronouns (he, she, it, they, him, them) into mentions of the most salient compatible
//!   antecedent: the sentence's own subjects first, then the previous sentence's focus (its
//!   earliest source or speaker), then the rest of the last two sentences;
//! - possessives before a sector noun ("his government", "its troops") into that antecedent's country;
//! - descriptions ("the ministry", "the rebels", "the mission", "the two sides", "his Russian counterpart",
//!   "the Sudanese side", "the Ethiopians") and repeated short names ("Blinken", "Clinton")
//!   into earlier actors (see `describe.rs`).
//!
//! A resolved mention keeps its own words and span, takes the antecedent's code, country, sector
//! and name, records `resolved_from` (the first mention of the chain, as written) and a rule
//! `coref:KIND->ANTECEDENT-RULE` that `--explain` shows.
//!
//! Conservative by design, because a wrong antecedent is worse than none: pleonastic "it" ("it is
//! expected", "it was not clear") is never resolved, nor is object "it" (mostly a thing, not an
//! actor); a singular pronoun whose best antecedent is one of a pair ("Blinken and Lavrov met. He
//! said") stays unresolved.

use crate::event::ResolvedFrom;
use crate::lexicon::Lexicon;
use crate::mention::ActorMention;
use crate::roles::{Report, Roles};
use crate::sentence::SentenceTokens;
use crate::verbs::{CueMatch, VerbMatch};

mod describe;
mod words;
pub(crate) use words::without_guess;
use words::*;
#[cfg(test)]
mod tests;

/// How many sentences back a pronoun looks: further than that, readers need a name again.
const PRONOUN_REACH: usize = 2;
/// How many sentences back a description ("the ministry", "the two sides") looks.
const DESCRIPTION_REACH: usize = 3;
/// Most antecedents kept: the memory stays small whatever the document's length.
const CAPACITY: usize = 48;

/// Where a chain of mentions starts: the words a reader would point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Root {
    span: [u32; 2],
    sentence: usize,
}

/// One actor mentioned earlier in the document.
#[derive(Debug)]
struct Antecedent {
    /// The mention as coded (its token positions are its own sentence's).
    mention: ActorMention,
    /// Byte span of its own words.
    span: [u32; 2],
    root: Root,
    traits: Traits,
    sentence: usize,
    /// Subject of its clause rather than an object ("Blinken" in "Blinken met Lavrov").
    subject: bool,
    /// The earliest source or speaker of its sentence: the actor the next sentence is most likely about.
    focus: bool,
    /// Members of one compound ("Ethiopia and Eritrea") share a group number; 0 = alone.
    group: u32,
    /// A person's surname as written in a full name ("Clinton" from "Hillary Clinton").
    surname: Option<Box<str>>,
    /// Number of words of the mention: a short name must be shorter than its antecedent.
    words: usize,
    /// Its sentence reports a meeting or talks (CAMEO 04x): where "his counterpart" is found.
    consult: bool,
}

/// The actors of a document so far, most recent last.
#[derive(Debug, Default)]
pub(crate) struct DocumentActors {
    entries: Vec<Antecedent>,
    groups: u32,
    /// Recent sentences that name someone no dictionary lists (see `stranger`).
    strangers: Vec<usize>,
    /// Traits of the mentions resolved in the current sentence, by token span (a pronoun's own
    /// words say nothing about what it stands for).
    resolved: Vec<(usize, usize, Traits)>,
}

/// The sentence being resolved.
pub(crate) struct SentenceView<'s, 'a> {
    pub lx: &'s Lexicon,
    pub st: &'s SentenceTokens<'a>,
    pub si: usize,
    pub verbs: &'s [VerbMatch],
    pub cues: &'s [CueMatch],
}

/// An antecedent found for a mention: in the current sentence or in the memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ante {
    Here(usize),
    Past(usize),
}

impl DocumentActors {
    /// Resolve the descriptions and short names of one sentence against the actors mentioned
    /// before them. Runs before the sentence's own context places sector nouns, which a
    /// description overrides ("The ministry said Israel..." is not Israel's ministry).
    pub(crate) fn resolve(&mut self, v: &SentenceView, mentions: &mut Vec<ActorMention>) {
        self.resolved.clear();
        self.short_names(v, mentions);
        self.descriptions(v, mentions);
    }

    /// Pronouns and possessives left to right, so that a later one may stand for an earlier one.
    /// Runs last, once every actor they may stand for has its country. Mentions stay ordered.
    pub(crate) fn pronouns(&mut self, v: &SentenceView, mentions: &mut Vec<ActorMention>) {
        let st = v.st;
        for p in 0..st.len() {
            let Some((pron, case)) = pronoun_of(st.lower_str(p)) else { continue };
            if mentions.iter().any(|m| m.start <= p && p < m.end) {
                continue;
            }
            let case = match case {
                Case::Either => either_case(v, mentions, p, pron),
                c => Some(c),
            };
            match case {
                Some(Case::Possessive) => self.possessive(v, mentions, p, pron),
                Some(Case::Subject) if pron == Pronoun::It && pleonastic(st, p) => {}
                // Object "it" is mostly a thing ("rejected it"); "them" may be weapons or talks.
                Some(Case::Object) if pron == Pronoun::It => {}
                Some(Case::Object) if pron == Pronoun::They && thing_between(v, mentions, p) => {}
                Some(case) => {
                    let Some(found) = self.antecedent(v, mentions, p, pron, case == Case::Object) else { continue };
                    let at = mentions.iter().position(|m| m.start > p).unwrap_or(mentions.len());
                    for (k, a) in found.iter().enumerate() {
                        let m = self.mention_from(v, mentions, *a, p, p + 1, "pronoun");
                        mentions.insert(at + k, m);
                    }
                }
                None => {}
            }
        }
    }

    /// "his government", "its troops": a sector noun with no country takes the possessor's.
    fn possessive(&mut self, v: &SentenceView, mentions: &mut [ActorMention], p: usize, pron: Pronoun) {
        let st = v.st;
        let Some(mi) = (p + 1..(p + 4).min(st.len()))
            .take_while(|&k| k == p + 1 || (st.is_modifier_word(k - 1) && !st.is_trigger_start(k - 1)))
            .find_map(|k| mentions.iter().position(|m| m.start == k))
        else {
            return;
        };
        // A country guessed from the sentence or the last sentences gives way to the possessor's.
        let m = &mentions[mi];
        let guessed = m.country_from_context() || m.rule.contains("+coref:context");
        if !(sector_only(m) || (guessed && m.name.is_none())) {
            return;
        }
        let Some(found) = self.antecedent(v, mentions, p, pron, false) else { return };
        let countries: Vec<Option<String>> = found.iter().map(|&a| self.actor(mentions, a).country.clone()).collect();
        // "The mission said its troops ...": an international organisation's own forces are it, when
        // it speaks or acts right there (not "Germany, another Nato member, ... its forces").
        let organisation = match found[..] {
            [Ante::Here(i)] => {
                let owner = &mentions[i];
                let acts = v.cues.iter().any(|c| c.start == owner.end) || st.is_trigger_start(owner.end);
                acts && owner.country.is_none() && owner.sector.as_deref() == Some("IGO") && owner.name.is_some()
            }
            _ => false,
        };
        let one_country = countries[0].clone().filter(|_| countries.iter().all(|c| *c == countries[0]));
        if !organisation && one_country.is_none() {
            return;
        }
        let root = self.root_of(v, mentions, found[0]);
        let owner = self.actor(mentions, found[0]);
        let (origin, owner_code, owner_name) =
            (origin(&owner.rule).to_string(), owner.code.clone(), owner.name.clone());
        let m = &mut mentions[mi];
        if organisation {
            (m.code, m.country, m.sector, m.name) = (owner_code, None, Some("IGO".into()), owner_name);
        } else if let Some(country) = one_country {
            m.code = format!("{country}{}", m.sector.as_deref().unwrap_or(""));
            m.country = Some(country);
        }
        m.rule = format!("{}+coref:possessive->{origin}", without_guess(&m.rule));
        m.resolved_from = Some(resolved_from(v.st, root));
    }

    /// The antecedent(s) of a pronoun at `p`: one actor, or the members of a compound for "they".
    fn antecedent(
        &self,
        v: &SentenceView,
        mentions: &[ActorMention],
        p: usize,
        pron: Pronoun,
        object: bool,
    ) -> Option<Vec<Ante>> {
        let st = v.st;
        if cataphora(v, mentions, p, pron) {
            return None;
        }
        // The current sentence: subjects first, nearest first; an object pronoun skips the
        // subject of its own clause ("Blinken met Lavrov and urged him": him = Lavrov).
        let before: Vec<usize> =
            (0..mentions.len()).rev().filter(|&i| mentions[i].end <= p && !mentions[i].place).collect();
        let subject: Vec<bool> = before.iter().map(|&i| is_subject(v, mentions[i].start)).collect();
        let local_subject = object.then(|| before.iter().zip(&subject).find(|(_, s)| **s).map(|(i, _)| *i)).flatten();
        let excluded: Vec<usize> = local_subject.map(|s| compound(st, mentions, s)).unwrap_or_default();
        // "he" and "she" may stand for a person no dictionary lists: after one, resolve nothing.
        let personal = matches!(pron, Pronoun::He | Pronoun::She);
        let tiers: [bool; 2] = if object { [false, true] } else { [true, false] };
        for tier in tiers {
            for (&i, _) in before.iter().zip(&subject).filter(|(_, s)| **s == tier) {
                if excluded.contains(&i) {
                    continue;
                }
                if personal && stranger(v.lx, st, mentions, 0, p) {
                    return None;
                }
                let members = compound(st, mentions, i);
                if let Some(found) = self.pick(
                    mentions,
                    pron,
                    members.iter().map(|&k| (Ante::Here(k), self.traits_here(v, mentions, k))),
                    Ante::Here(i),
                ) {
                    return found;
                }
            }
        }
        if personal && stranger(v.lx, st, mentions, 0, p) {
            return None;
        }
        // "them" is resolved within its sentence only: across sentences it is too often a thing.
        let reach = if object && pron == Pronoun::They { 0 } else { PRONOUN_REACH.min(v.si) };
        // Earlier sentences, most recent first: the focus, then subjects, then the others.
        for back in 1..=reach {
            let s = v.si - back;
            if personal && self.strangers.contains(&s) {
                return None;
            }
            let mut order: Vec<usize> = (0..self.entries.len()).filter(|&e| self.entries[e].sentence == s).collect();
            order.sort_by_key(|&e| (!self.entries[e].focus, !self.entries[e].subject));
            for e in order {
                let g = self.entries[e].group;
                let members = (0..self.entries.len())
                    .filter(|&k| k == e || (g != 0 && self.entries[k].group == g))
                    .map(|k| (Ante::Past(k), self.entries[k].traits));
                if let Some(found) = self.pick(mentions, pron, members, Ante::Past(e)) {
                    return found;
                }
            }
        }
        None
    }

    /// Whether candidate `at` (one of `members`, its compound) is the pronoun's antecedent:
    /// `None` when it cannot be (go on searching); `Some(None)` when it is the likely referent
    /// but not one to resolve to (a crowd, an actor with no country or name, one of a pair), so
    /// the search stops; `Some(Some(..))` the actor(s).
    fn pick(
        &self,
        mentions: &[ActorMention],
        pron: Pronoun,
        members: impl Iterator<Item = (Ante, Traits)>,
        at: Ante,
    ) -> Option<Option<Vec<Ante>>> {
        let members: Vec<(Ante, Traits)> = members.collect();
        let own = members.iter().find(|(a, _)| *a == at).map(|(_, t)| *t)?;
        // "Iranian sites": an adjective is no antecedent.
        if self.actor(mentions, at).rule.ends_with("+modifier") {
            return None;
        }
        let worthy = |a: Ante, t: Traits| {
            let m = self.actor(mentions, a);
            t.kind != Kind::Crowd && (m.country.is_some() || m.name.is_some())
        };
        if pron == Pronoun::They && members.len() > 1 {
            let all = members.iter().all(|&(a, t)| worthy(a, t));
            return Some(all.then(|| members.iter().map(|(a, _)| *a).collect()));
        }
        // "The government said they...": a collective may be "they" too; unresolved, it stops the search.
        let m = self.actor(mentions, at);
        if pron == Pronoun::They && own.kind == Kind::Body && m.sector.is_some() && m.name.is_none() {
            return Some(None);
        }
        if !pron.could_be(own) {
            return None;
        }
        let partner_fits = members.iter().any(|(a, t)| *a != at && pron.could_be(*t));
        Some((worthy(at, own) && !partner_fits).then(|| vec![at]))
    }

    fn actor<'m>(&'m self, mentions: &'m [ActorMention], a: Ante) -> &'m ActorMention {
        match a {
            Ante::Here(i) => &mentions[i],
            Ante::Past(e) => &self.entries[e].mention,
        }
    }

    fn traits_here(&self, v: &SentenceView, mentions: &[ActorMention], i: usize) -> Traits {
        let m = &mentions[i];
        self.resolved
            .iter()
            .find(|(s, e, _)| *s == m.start && *e == m.end)
            .map_or_else(|| classify(v.lx, v.st, m), |(_, _, t)| *t)
    }

    fn root_of(&self, v: &SentenceView, mentions: &[ActorMention], a: Ante) -> Root {
        match a {
            Ante::Past(e) => self.entries[e].root,
            Ante::Here(i) => match &mentions[i].resolved_from {
                Some(r) => Root { span: r.span, sentence: r.sentence_index },
                None => {
                    let span = v.st.span(mentions[i].start, mentions[i].end);
                    Root { span: [span.start, span.end], sentence: v.si }
                }
            },
        }
    }

    /// A new mention over tokens `[start, end)` standing for antecedent `a`.
    fn mention_from(
        &mut self,
        v: &SentenceView,
        mentions: &[ActorMention],
        a: Ante,
        start: usize,
        end: usize,
        why: &str,
    ) -> ActorMention {
        let traits = match a {
            Ante::Here(i) => self.traits_here(v, mentions, i),
            Ante::Past(e) => self.entries[e].traits,
        };
        self.resolved.push((start, end, traits));
        let root = self.root_of(v, mentions, a);
        let from = self.actor(mentions, a);
        ActorMention {
            start,
            end,
            code: from.code.clone(),
            country: from.country.clone(),
            sector: from.sector.clone(),
            name: from.name.clone(),
            // The antecedent's own words, not how its country was guessed: the guess was about it.
            rule: format!("coref:{why}->{}", origin(&from.rule)),
            pronoun: why == "pronoun",
            place: false,
            resolved_from: Some(resolved_from(v.st, root)),
        }
    }

    /// Remember the actors of a coded sentence; `roles` and `reports` tell its focus.
    pub(crate) fn remember(
        &mut self,
        v: &SentenceView,
        mentions: &[ActorMention],
        roles: &[Roles],
        reports: &[Report],
    ) {
        let st = v.st;
        let focus = roles
            .iter()
            .flat_map(|r| r.sources.iter())
            .chain(reports.iter().filter_map(|r| r.speaker.as_ref()))
            .copied()
            .filter(|&m| !mentions[m].place)
            .min_by_key(|&m| mentions[m].start);
        let consult = v.verbs.iter().any(|m| v.lx.triggers[m.trigger].cameo.starts_with("04"));
        let first = self.entries.len();
        for (i, m) in mentions.iter().enumerate().filter(|(_, m)| !m.place) {
            let traits = self.traits_here(v, mentions, i);
            let root = self.root_of(v, mentions, Ante::Here(i));
            let surname = (traits.kind == Kind::Person && m.resolved_from.is_none())
                .then(|| surname_of(v.lx, st, m))
                .flatten()
                .map(Box::from);
            let words = st.span(m.start, m.end);
            self.entries.push(Antecedent {
                mention: m.clone(),
                span: [words.start, words.end],
                root,
                traits,
                sentence: v.si,
                subject: is_subject(v, m.start),
                focus: focus == Some(i),
                group: 0,
                surname,
                words: m.end - m.start,
                consult,
            });
        }
        // Compounds: "Ethiopia and Eritrea" are one antecedent for "they", two for "the two sides".
        let here: Vec<usize> = (0..mentions.len()).filter(|&i| !mentions[i].place).collect();
        for (k, &i) in here.iter().enumerate() {
            let g = compound(st, mentions, i);
            if g.len() > 1 && self.entries[first + k].group == 0 {
                self.groups += 1;
                for j in g {
                    if let Some(pos) = here.iter().position(|&h| h == j) {
                        self.entries[first + pos].group = self.groups;
                    }
                }
            }
        }
        if stranger(v.lx, st, mentions, 0, st.len()) {
            self.strangers.push(v.si);
        }
        self.strangers.retain(|&s| s + PRONOUN_REACH > v.si);
        // Forget old sentences, but keep the people named in full: their surnames recur.
        let keep_from = v.si.saturating_sub(DESCRIPTION_REACH);
        self.entries.retain(|e| e.sentence >= keep_from || e.surname.is_some());
        if self.entries.len() > CAPACITY {
            self.entries.drain(..self.entries.len() - CAPACITY);
        }
        self.resolved.clear();
    }

    /// The most recent focus: a sector noun with no country anywhere in its sentence is placed by it.
    fn focus(&self) -> Option<&Antecedent> {
        self.entries.iter().rev().find(|e| e.focus)
    }
}

fn resolved_from(st: &SentenceTokens, root: Root) -> ResolvedFrom {
    ResolvedFrom {
        text: st.text.get(root.span[0] as usize..root.span[1] as usize).unwrap_or("").to_string(),
        span: root.span,
        sentence_index: root.sentence,
    }
}

impl DocumentActors {
    /// A sector noun left without a country by its own sentence ("officials said") is placed by
    /// the document: the nearest earlier actor of the same sector, else the last focus's country,
    /// as the previous sentence's source used to (rule `+context-country`).
    pub(crate) fn place_by_context(&mut self, v: &SentenceView, mentions: &mut [ActorMention]) {
        for i in 0..mentions.len() {
            if !sector_only(&mentions[i]) {
                continue;
            }
            // "four soldiers", "a policeman": a new actor, not one met before.
            let indefinite = v.st.tokens.get(mentions[i].start.wrapping_sub(1)).is_some_and(|t| {
                t.kind == dyad_text::TokenKind::Number
                    || describe::count_of(v.st.lower_str(mentions[i].start - 1)).is_some()
                    || matches!(
                        v.st.lower_str(mentions[i].start - 1),
                        "a" | "an" | "some" | "several" | "many" | "five" | "dozens" | "hundreds" | "thousands"
                    )
            });
            let placed = self.same_sector(v, mentions, i, false).filter(|&a| self.actor(mentions, a).country.is_some());
            if let Some(a) = placed.filter(|_| !indefinite) {
                // Only the country: "officials" after "the White House" are not the White House.
                self.take(v, mentions, i, a, "context", describe::Take::Country);
                continue;
            }
            let Some(focus) = self.focus().filter(|f| f.mention.country.is_some()) else { continue };
            let (country, origin) = (focus.mention.country.clone(), focus.mention.rule.clone());
            let m = &mut mentions[i];
            m.code = format!("{}{}", country.as_deref().unwrap_or(""), m.code);
            m.country = country;
            m.rule = format!("{}+context-country({})", m.rule, words::origin(&origin).split('+').next().unwrap_or(""));
        }
    }
}
