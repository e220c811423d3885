//! Matching one document's events to its annotations, and the figures that come of it.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;

use dyad_coder::{Event, Status};

use super::{
    chain_matches, date_matches, describe, place_matches, proposition_matches, status_matches, Category, Expected,
    Proposition, Sentences,
};
use crate::ratio;

/// Recall counts for one category (or overall).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CategoryTally {
    /// Expected events.
    pub expected: usize,
    /// Of those, events whose proposition dyad found (sentence, source, type, target).
    pub found: usize,
    /// Of those, events with the right status, negation and claimant too.
    pub matched: usize,
}

impl CategoryTally {
    fn add(&mut self, o: &CategoryTally) {
        self.expected += o.expected;
        self.found += o.found;
        self.matched += o.matched;
    }
    /// matched / expected.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    /// matched / found: how often dyad gets the status right once it has the event.
    pub fn status_accuracy(&self) -> f64 {
        ratio(self.matched, self.found)
    }
}

/// Per-document figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DocTally {
    /// Expected events, found and fully matched.
    pub events: CategoryTally,
    /// False asserted facts in the document.
    pub false_facts: usize,
}

/// How many of the annotated dates, places or chains dyad got right.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Checked {
    /// Found events for which the annotation gives the field.
    pub scored: usize,
    /// Of those, the ones dyad got right.
    pub right: usize,
}

impl Checked {
    fn tick(&mut self, right: bool) {
        self.scored += 1;
        self.right += usize::from(right);
    }
    /// right / scored.
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.scored)
    }
}

/// An expected event dyad missed or got partly wrong.
#[derive(Clone, Debug)]
pub struct Shortfall {
    /// Document id.
    pub doc: String,
    /// The sentence, as dyad split it.
    pub sentence: String,
    /// What was wrong: `missed` (no event states the proposition), `status`, `date`, `place`, `chain`.
    pub what: &'static str,
    /// The expected event, in one line.
    pub expected: String,
    /// dyad's event assigned to it, or every event of the sentence when none was.
    pub got: Vec<String>,
}

/// A dyad event asserted as fact against the annotation.
#[derive(Clone, Debug)]
pub struct FalseFact {
    /// Document id.
    pub doc: String,
    /// The sentence.
    pub sentence: String,
    /// The event, in one line.
    pub event: String,
    /// `forbidden` (a `forbidden_asserted` proposition) or `claimed` (the annotation has it
    /// only claimed, denied or negated).
    pub why: &'static str,
}

/// The article scores.
#[derive(Clone, Debug, Default)]
pub struct ArticleReport {
    /// Recall per category.
    pub by_category: BTreeMap<Category, CategoryTally>,
    /// All expected events.
    pub overall: CategoryTally,
    /// Per document.
    pub by_doc: BTreeMap<String, DocTally>,
    /// False asserted facts: (matching a forbidden proposition, matching a claimed one).
    pub false_facts: (usize, usize),
    /// Dates of found events.
    pub dates: Checked,
    /// Places of found events.
    pub places: Checked,
    /// Attribution chains of found events.
    pub chains: Checked,
    /// Missed and partly wrong expected events (when asked for).
    pub shortfalls: Vec<Shortfall>,
    /// False asserted facts (when asked for).
    pub false_fact_list: Vec<FalseFact>,
}

fn describe_expected(x: &Expected) -> String {
    let p = &x.prop;
    let mut s = format!(
        "{} {} -> {} {:?}",
        p.event_type.as_deref().or(p.cameo.as_deref()).unwrap_or("-"),
        p.source.as_deref().unwrap_or("*"),
        p.target.as_deref().unwrap_or("*"),
        x.status
    );
    if x.negated {
        s.push_str(" negated");
    }
    for (name, v) in [("by", &x.by), ("date", &x.date), ("precision", &x.precision), ("place", &x.place)] {
        if let Some(v) = v {
            s.push_str(&format!(" {name} {v:?}"));
        }
    }
    if let Some(c) = &x.chain {
        s.push_str(&format!(" chain {}", c.join(" > ")));
    }
    s
}

impl ArticleReport {
    /// Total false asserted facts.
    pub fn false_fact_count(&self) -> usize {
        self.false_facts.0 + self.false_facts.1
    }

    /// Recall of one category (0 when it has no expected events).
    pub fn recall(&self, c: Category) -> f64 {
        self.by_category.get(&c).map_or(0.0, CategoryTally::recall)
    }

    /// Match one document's events to its expected events (each event serves one expected
    /// event), then count false asserted facts. `expected` and `forbidden` carry the sentence
    /// index each reference resolved to.
    pub(super) fn score_document(
        &mut self,
        doc: &str,
        events: &[Event],
        expected: &[(&Expected, Option<usize>)],
        forbidden: &[(&Proposition, Option<usize>)],
        sentences: &Sentences,
        want_details: bool,
    ) {
        let candidates = |x: &Expected, si: Option<usize>| -> Vec<usize> {
            (0..events.len())
                .filter(|&i| Some(events[i].sentence_index) == si && proposition_matches(&events[i], &x.prop))
                .collect()
        };
        let mut used = vec![false; events.len()];
        let mut assigned: Vec<Option<(usize, bool)>> = vec![None; expected.len()];
        // Full matches first, so that a partly right event is not taken from an expected
        // event it fully matches; then the partial matches among what is left.
        for full in [true, false] {
            for (k, &(x, si)) in expected.iter().enumerate() {
                if assigned[k].is_some() {
                    continue;
                }
                let pick =
                    candidates(x, si).into_iter().find(|&i| !used[i] && (!full || status_matches(&events[i], x)));
                if let Some(i) = pick {
                    used[i] = true;
                    assigned[k] = Some((i, full));
                }
            }
        }
        let doc_tally = self.by_doc.entry(doc.to_string()).or_default();
        let mut fully_matched = vec![false; events.len()];
        for (k, &(x, si)) in expected.iter().enumerate() {
            let t = CategoryTally {
                expected: 1,
                found: usize::from(assigned[k].is_some()),
                matched: usize::from(assigned[k].is_some_and(|(_, full)| full)),
            };
            self.by_category.entry(x.category()).or_default().add(&t);
            self.overall.add(&t);
            doc_tally.events.add(&t);
            let sentence = si.map_or("", |i| sentences.text_of(i)).to_string();
            let mut short = |what: &'static str, got: Vec<String>| {
                if want_details {
                    self.shortfalls.push(Shortfall {
                        doc: doc.to_string(),
                        sentence: sentence.clone(),
                        what,
                        expected: describe_expected(x),
                        got,
                    });
                }
            };
            let Some((i, full)) = assigned[k] else {
                short("missed", events.iter().filter(|e| Some(e.sentence_index) == si).map(describe).collect());
                continue;
            };
            let e = &events[i];
            fully_matched[i] |= full;
            if !full {
                short("status", vec![describe(e)]);
            }
            if let Some(d) = &x.date {
                let right = date_matches(e, d, x.precision.as_deref());
                self.dates.tick(right);
                if !right {
                    short("date", vec![describe(e)]);
                }
            }
            if let Some(p) = &x.place {
                let right = place_matches(e, p);
                self.places.tick(right);
                if !right {
                    short("place", vec![describe(e)]);
                }
            }
            if let Some(c) = &x.chain {
                let right = chain_matches(e, c);
                self.chains.tick(right);
                if !right {
                    short("chain", vec![describe(e)]);
                }
            }
        }
        // An asserted, unnegated event is a false fact when it states what the annotation has
        // only as a claim, a denial or a negation, or a forbidden proposition; an event that
        // fully matches an expected event is what the annotation asks for.
        for (i, e) in events.iter().enumerate() {
            if e.status != Status::Asserted || e.negated || fully_matched[i] {
                continue;
            }
            let here = |si: Option<usize>| si == Some(e.sentence_index);
            let why =
                if forbidden.iter().any(|(p, si)| (p.sentence.is_none() || here(*si)) && proposition_matches(e, p)) {
                    self.false_facts.0 += 1;
                    "forbidden"
                } else if expected
                    .iter()
                    .any(|(x, si)| !x.is_asserted_fact() && here(*si) && proposition_matches(e, &x.prop))
                {
                    self.false_facts.1 += 1;
                    "claimed"
                } else {
                    continue;
                };
            self.by_doc.get_mut(doc).expect("entry made above").false_facts += 1;
            if want_details {
                self.false_fact_list.push(FalseFact {
                    doc: doc.to_string(),
                    sentence: e.sentence.clone(),
                    event: describe(e),
                    why,
                });
            }
        }
    }

    /// Print each shortfall and false asserted fact with its sentence.
    pub fn write_details(&self, w: &mut impl Write) -> std::io::Result<()> {
        for s in &self.shortfalls {
            writeln!(w, "== {} {}: {}", s.what, s.doc, s.sentence)?;
            writeln!(w, "   expected: {}", s.expected)?;
            for g in &s.got {
                writeln!(w, "   dyad:     {g}")?;
            }
        }
        for f in &self.false_fact_list {
            writeln!(w, "== false asserted fact ({}) {}: {}", f.why, f.doc, f.sentence)?;
            writeln!(w, "   dyad:     {}", f.event)?;
        }
        Ok(())
    }
}

impl fmt::Display for ArticleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<20} {:>8} {:>6} {:>7} {:>7} {:>10}",
            "expected", "events", "found", "matched", "recall", "status_acc"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, t: &CategoryTally| {
            writeln!(
                f,
                "{:<20} {:>8} {:>6} {:>7} {:>7.3} {:>10.3}",
                name,
                t.expected,
                t.found,
                t.matched,
                t.recall(),
                t.status_accuracy()
            )
        };
        for (c, t) in &self.by_category {
            row(f, c.name(), t)?;
        }
        row(f, "overall", &self.overall)?;
        for (doc, t) in &self.by_doc {
            writeln!(
                f,
                "{:<20} {:>8} {:>6} {:>7} {:>7.3} {:>10.3}  false asserted facts {}",
                format!("  {doc}"),
                t.events.expected,
                t.events.found,
                t.events.matched,
                t.events.recall(),
                t.events.status_accuracy(),
                t.false_facts
            )?;
        }
        writeln!(
            f,
            "false asserted facts: {} ({} forbidden, {} claimed/denied/negated in the annotation)",
            self.false_fact_count(),
            self.false_facts.0,
            self.false_facts.1
        )?;
        for (name, c) in [("date", &self.dates), ("place", &self.places), ("chain", &self.chains)] {
            writeln!(f, "{name} accuracy: {}/{} = {:.3}", c.right, c.scored, c.accuracy())?;
        }
        Ok(())
    }
}
