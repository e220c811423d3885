//! The ledger's output: one [`Claim`] record per proposition (docs/claims.md lists every field).

use serde::Serialize;

/// One proposition and everyone who took a stance on it, across sentences and documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// `source|type|target`, `-` for a missing actor: `RWAMIL|ASSAULT|BDI`. Unique in a ledger.
    pub claim_id: String,
    /// What is claimed: who did what to whom, and where.
    pub proposition: Proposition,
    /// The claimants who first asserted it: every actor asserting it in the earliest sentence that does.
    pub asserted_by: Vec<Party>,
    /// Claimants who asserted it after its first claimants: corroboration by another actor.
    pub backed_by: Vec<Party>,
    /// Who denies it, or claims it did not happen.
    pub denied_by: Vec<Party>,
    /// Accusations whose content it is: the accuser and the ACCUSE events.
    pub accusations: Vec<Party>,
    /// Events in which the report itself states the proposition as fact (status `asserted`).
    pub reported_as_fact: Vec<String>,
    /// Earliest event date among `events` (YYYY-MM-DD), null when none is dated.
    pub first_date: Option<String>,
    /// Latest event date among `events`.
    pub last_date: Option<String>,
    /// Ids of every event behind the claim: assertions, denials and accusations, in input order.
    pub events: Vec<String>,
    /// The sentences of those events, in input order, each once.
    pub sentences: Vec<SentenceRef>,
    /// How many documents the events come from.
    pub documents: usize,
}

/// Who did what to whom, and where.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Proposition {
    /// Who is said to have acted, or null.
    pub source: Option<ActorRef>,
    /// PLOVER event type, null for CAMEO 01x statements (then `cameo_root` keys the claim).
    #[serde(rename = "type")]
    pub plover_type: Option<String>,
    /// The most specific CAMEO code among the claim's events (the longest; the earliest on a tie).
    pub cameo: String,
    /// Its two-digit root.
    pub cameo_root: String,
    /// Every CAMEO code the claim's events were coded with, sorted.
    pub cameo_codes: Vec<String>,
    /// Who is said to have been acted upon, or null.
    pub target: Option<ActorRef>,
    /// Every place the claim's events name, sorted (not part of the key: see docs/claims.md).
    pub places: Vec<PlaceRef>,
}

/// An actor of the proposition: its code and the words that named it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActorRef {
    /// CAMEO-style actor code.
    pub code: String,
    /// The words as written, each once, sorted.
    pub names: Vec<String>,
}

/// One actor's stance, with the events that show it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Party {
    /// The actor's code, null for a source the words do not name ("sources said").
    pub actor: Option<String>,
    /// The words as written, each once, sorted.
    pub names: Vec<String>,
    /// Named sources the stance came through (outer links of the attribution chain), each once, sorted.
    pub via: Vec<String>,
    /// Event ids, in input order.
    pub events: Vec<String>,
}

/// A place named for one of the claim's events.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct PlaceRef {
    /// The name as written.
    pub text: String,
    /// ISO 3166-1 alpha-3, when known.
    pub country: Option<String>,
}

/// A sentence behind a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceRef {
    /// The document's id.
    pub doc_id: String,
    /// Index of the sentence in the document, from 0.
    pub sentence_index: usize,
    /// The sentence as written.
    pub text: String,
}
