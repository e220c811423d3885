//! Attribution chains: every source an event passes through, from the outermost inward.
//!
//! "Tanzania's state radio cited an unnamed Rwandan diplomatic source as saying that the Rwandan
//! foreign minister asked his Tanzanian counterpart to reopen the border" gives the request the
//! chain [TZAMED `cited`, RWAGOV `as saying`]: each report whose scope holds the trigger is a link
//! (`roles::governing`, widest first), and an accusation whose content the event is adds an
//! `accuse` link inside them. Chains are built only for events under a report or an accusation,
//! so sentences without one pay nothing.

use dyad_dict::CueKind;

use crate::code::{actor_of, SentenceContext};
use crate::event::{Actor, Attribution, Link, LinkKind};
use crate::mention::ActorMention;
use crate::roles::{governing, Report};
use crate::sentence::SentenceTokens;

/// A link before its speaker and cue are written out: a mention index and a token range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LinkDraft {
    /// Index of the speaker's mention, if the words name one.
    pub speaker: Option<usize>,
    /// Tokens `[from, to)` of the cue.
    pub cue: (usize, usize),
    /// What the speaker does with the content.
    pub kind: LinkKind,
}

fn kind_of(cue: CueKind) -> LinkKind {
    match cue {
        CueKind::Claim => LinkKind::Claim,
        CueKind::Deny => LinkKind::Deny,
        _ => LinkKind::Report,
    }
}

/// Links for the reports `chain` (indices into `reports`, outermost first). Two consecutive reports
/// are one link, with the inner cue, when they have the same speaker ("Zambia said in a statement
/// that") or when their cues touch and at most one names a speaker ("the report said").
pub(crate) fn report_links(reports: &[Report], chain: &[usize]) -> Vec<LinkDraft> {
    let mut links: Vec<LinkDraft> = Vec::with_capacity(chain.len());
    for &r in chain {
        let rep = &reports[r];
        let link = LinkDraft { speaker: rep.speaker, cue: (rep.cue.start, rep.cue.end), kind: kind_of(rep.cue.kind) };
        let Some(last) = links.last_mut() else {
            links.push(link);
            continue;
        };
        let same_speaker = last.speaker.is_some() && last.speaker == link.speaker;
        let touching = link.cue.0 == last.cue.1 || last.cue.0 == link.cue.1;
        if same_speaker || (touching && (last.speaker.is_none() || link.speaker.is_none())) {
            // A denial or claim outranks the plain report it is phrased with.
            let kind = if link.kind == LinkKind::Report { last.kind } else { link.kind };
            *last = LinkDraft { speaker: link.speaker.or(last.speaker), cue: link.cue, kind };
        } else {
            links.push(link);
        }
    }
    links
}

/// The reports around the whole of report `own`, its speaker and its cue, outermost first. Used for
/// the speaker's own acts (a denial, an accusation): "Radio Kigali said Burundi denied ..." makes
/// Burundi's denial the radio's report.
pub(crate) fn links_around(reports: &[Report], mentions: &[ActorMention], own: usize, n: usize) -> Vec<LinkDraft> {
    let rep = &reports[own];
    let Some(s) = rep.speaker else { return Vec::new() };
    let (start, end) = (mentions[s].start.min(rep.cue.start), mentions[s].end.max(rep.cue.end));
    let outer: Vec<usize> = governing(reports, start, end, n).into_iter().filter(|&r| r != own).collect();
    report_links(reports, &outer)
}

/// Links for the reports around tokens `[start, end)` up to and including `innermost`.
pub(crate) fn links_through(
    reports: &[Report],
    start: usize,
    end: usize,
    innermost: usize,
    n: usize,
) -> Vec<LinkDraft> {
    let mut chain = governing(reports, start, end, n);
    if let Some(at) = chain.iter().position(|&r| r == innermost) {
        chain.truncate(at + 1);
    }
    report_links(reports, &chain)
}

/// A speaker as an actor. A country that `infer_countries` guessed from the sentence's other actors
/// is dropped: "Zambian troops attacked..., diplomats said" does not make the diplomats Zambian.
/// One of their own sector's is kept ("Azerbaijani border guards detained..., the border service said").
fn speaker_actor(st: &SentenceTokens, m: &ActorMention, ctx: &SentenceContext) -> Actor {
    let mut actor = actor_of(st, m, ctx);
    if m.country_from_context() && !m.pronoun && !m.speaks_for_kin() {
        actor.country = None;
        actor.code = actor.sector.clone().unwrap_or_default();
    }
    actor
}

/// The event's attribution: the chain written out, its last link repeated as `speaker` and `cue`.
pub(crate) fn attribution(
    st: &SentenceTokens,
    mentions: &[ActorMention],
    links: &[LinkDraft],
    ctx: &SentenceContext,
) -> Option<Attribution> {
    let chain: Vec<Link> = links
        .iter()
        .map(|l| Link {
            speaker: l.speaker.map(|m| speaker_actor(st, &mentions[m], ctx)),
            cue: st.span(l.cue.0, l.cue.1.max(l.cue.0 + 1)).text(ctx.doc_text).to_string(),
            kind: l.kind,
        })
        .collect();
    let last = chain.last()?;
    Some(Attribution { speaker: last.speaker.clone(), cue: last.cue.clone(), chain })
}

#[cfg(test)]
mod tests {
    use crate::{Coder, Document, Event, LinkKind, Status};

    fn code(text: &str) -> Vec<Event> {
        let doc = Document { id: "t".into(), text: text.into(), ..Default::default() };
        Coder::embedded().code(&doc, false).events
    }

    /// `(speaker code or "-", cue, kind)` for each link of the first event of PLOVER `kind`.
    fn chain(events: &[Event], plover: &str) -> Vec<(String, String, LinkKind)> {
        let e = events.iter().find(|e| e.plover.event_type == Some(plover)).expect("event of that type");
        let a = e.attribution.as_ref().expect("attribution");
        let last = a.chain.last().unwrap();
        assert_eq!((&a.speaker, &a.cue), (&last.speaker, &last.cue), "speaker and cue are the innermost link");
        a.chain
            .iter()
            .map(|l| (l.speaker.as_ref().map_or("-".into(), |s| s.code.clone()), l.cue.clone(), l.kind))
            .collect()
    }

    fn link(code: &str, cue: &str, kind: LinkKind) -> (String, String, LinkKind) {
        (code.into(), cue.into(), kind)
    }

    #[test]
    fn a_cited_source_is_a_link_inside_the_medium_that_cites_it() {
        let events = code(
            "Tanzania's state radio cited an unnamed Rwandan diplomatic source as saying that the Rwandan \
             foreign minister asked his Tanzanian counterpart to reopen the border.",
        );
        let request = events.iter().find(|e| e.plover.event_type == Some("REQUEST")).unwrap();
        assert_eq!(request.source.as_ref().unwrap().code, "RWAGOV");
        assert_eq!(request.target.as_ref().unwrap().code, "TZAGOV");
        assert_eq!(
            chain(&events, "REQUEST"),
            [link("TZAMED", "cited", LinkKind::Report), link("RWAGOV", "as saying", LinkKind::Report)]
        );
    }

    #[test]
    fn quoted_as_saying_with_an_unnamed_source_keeps_a_link_without_speaker() {
        let events = code("A Somali newspaper quoted sources as saying that Kenyan troops shelled Somali villages.");
        assert_eq!(
            chain(&events, "ASSAULT"),
            [link("SOMMED", "quoted", LinkKind::Report), link("-", "as saying", LinkKind::Report)]
        );
        // A named source outside makes the unnamed one's content a claim, not a fact.
        assert_eq!(events[0].status, Status::Claimed);
    }

    #[test]
    fn nested_reports_give_one_link_each_outermost_first() {
        let events = code(
            "A senior Burundian official said that the Kenyan president had told him that Uganda attacked the rebels.",
        );
        assert_eq!(
            chain(&events, "ASSAULT"),
            [link("BDIGOV", "said", LinkKind::Report), link("KENGOV", "told", LinkKind::Report)]
        );
    }

    #[test]
    fn two_cues_of_one_speaker_are_one_link() {
        let events = code("Zambia said in a statement that Malawi had shelled its border posts.");
        assert_eq!(chain(&events, "ASSAULT"), [link("ZMB", "in a statement", LinkKind::Report)]);
    }

    #[test]
    fn a_denial_inside_a_claim_inside_a_report() {
        let events = code("US denies Syrian claim of deadly airstrike on regime troops, the report said.");
        assert_eq!(
            chain(&events, "ASSAULT"),
            [
                link("-", "said", LinkKind::Report),
                link("USA", "denies", LinkKind::Deny),
                link("SYR", "claim", LinkKind::Claim)
            ]
        );
    }

    #[test]
    fn according_to_is_never_the_subject_and_bare_diplomats_have_no_country() {
        let events =
            code("According to Malawi's army, Zambian troops attacked a village near the border, diplomats said.");
        let assault: Vec<&Event> = events.iter().filter(|e| e.plover.event_type == Some("ASSAULT")).collect();
        assert_eq!(assault.len(), 1, "{assault:?}");
        assert_eq!(assault[0].source.as_ref().unwrap().code, "ZMBMIL");
        assert_eq!(
            chain(&events, "ASSAULT"),
            [link("GOV", "said", LinkKind::Report), link("MWIMIL", "According to", LinkKind::Report)]
        );
    }

    #[test]
    fn it_said_after_a_quotation_is_the_previous_source_not_an_actor_inside() {
        let events = code(
            "Kenya's foreign ministry summoned the Ugandan envoy on Monday. \
             \"We will not negotiate with the rebels,\" it said.",
        );
        let reject = events.iter().find(|e| e.sentence_index == 1).expect("an event in the quotation");
        assert_eq!(reject.source.as_ref().unwrap().code, "KENGOV", "'we' is the speaker");
        assert_eq!(chain(&events[1..], reject.plover.event_type.unwrap()), [link("KENGOV", "said", LinkKind::Report)]);
    }

    #[test]
    fn an_accusation_is_the_innermost_link_of_what_it_accuses() {
        let events = code("Rwandan state radio said Burundi accused Rwanda of supporting the rebels.");
        let support = events.iter().find(|e| e.plover.event_type == Some("SUPPORT")).unwrap();
        assert_eq!(support.status, Status::Claimed);
        assert_eq!(
            chain(&events, "SUPPORT"),
            [link("RWAMED", "said", LinkKind::Report), link("BDI", "accused", LinkKind::Accuse)]
        );
        // The accusation itself is the radio's report.
        assert_eq!(chain(&events, "ACCUSE"), [link("RWAMED", "said", LinkKind::Report)]);
    }

    #[test]
    fn a_denial_keeps_the_reports_around_it() {
        let events = code("Rwandan state radio said Burundi denied shelling the border.");
        let denial = events.iter().find(|e| e.cameo == "016").expect("the denial");
        let chain = &denial.attribution.as_ref().expect("the radio's report").chain;
        assert_eq!(chain.len(), 1);
        assert_eq!(chain[0].speaker.as_ref().unwrap().code, "RWAMED");
        let shelling = events.iter().find(|e| e.plover.event_type == Some("ASSAULT")).unwrap();
        assert_eq!(shelling.status, Status::Denied);
    }

    #[test]
    fn unattributed_events_have_no_attribution() {
        let events = code("Ethiopian troops shelled Eritrean positions.");
        assert!(events.iter().all(|e| e.attribution.is_none()));
    }
}
