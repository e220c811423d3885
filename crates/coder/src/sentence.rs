//! One sentence's tokens, interned against the lexicon, with the word tests the later stages share.

use std::borrow::Cow;

use dyad_text::{Span, Token, TokenKind};

use crate::lexicon::Lexicon;

/// A sentence's tokens with their dictionary ids (0 = unknown).
pub(crate) struct SentenceTokens<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Case-sensitive ids for names.
    pub exact: Vec<u32>,
    /// Lower-cased ids for nouns, titles, patterns and cues.
    pub lower: Vec<u32>,
    lowered: Vec<Cow<'a, str>>,
    /// Whether each token is a word starting with an upper-case letter.
    capitalised: Vec<bool>,
    /// Tokens where an event trigger starts (set by the verb stage).
    pub trigger_starts: Vec<bool>,
}

impl<'a> SentenceTokens<'a> {
    pub(crate) fn new(lx: &Lexicon, text: &'a str, tokens: &'a [Token]) -> SentenceTokens<'a> {
        let mut exact = Vec::with_capacity(tokens.len());
        let mut lower = Vec::with_capacity(tokens.len());
        let mut lowered = Vec::with_capacity(tokens.len());
        let mut capitalised = Vec::with_capacity(tokens.len());
        for t in tokens {
            let w = t.text(text);
            let ids = lx.vocab.get(w);
            exact.push(ids[0]);
            // Most tokens are already lower-case ASCII: borrow them, and reuse the one lookup.
            // One pass: an upper-case ASCII letter or any non-ASCII byte needs folding.
            let l = if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
                Cow::Owned(fold(w))
            } else {
                Cow::Borrowed(w)
            };
            capitalised.push(
                matches!(l, Cow::Owned(_)) && t.kind == TokenKind::Word && w.starts_with(|c: char| c.is_uppercase()),
            );
            lower.push(if matches!(l, Cow::Borrowed(_)) { ids[1] } else { lx.vocab.get(&l)[1] });
            lowered.push(l);
        }
        SentenceTokens { text, tokens, exact, lower, lowered, capitalised, trigger_starts: vec![false; tokens.len()] }
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lower-cased text of token `i` ("" past the end).
    pub(crate) fn lower_text(&self, i: usize) -> String {
        self.lowered.get(i).map(|c| c.to_string()).unwrap_or_default()
    }

    pub(crate) fn lower_str(&self, i: usize) -> &str {
        self.lowered.get(i).map_or("", |c| c.as_ref())
    }

    pub(crate) fn lower_is(&self, i: usize, w: &str) -> bool {
        self.lower_str(i) == w
    }

    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub(crate) fn span(&self, from: usize, to: usize) -> Span {
        Span { start: self.tokens[from].span.start, end: self.tokens[to - 1].span.end }
    }

    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        // Precomputed: place and name finding ask for every token, several times.
        self.capitalised.get(i).copied().unwrap_or(false)
    }

    /// Words that may stand between a country modifier and a sector noun.
    pub(crate) fn is_modifier_word(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else { return false };
        match t.kind {
            TokenKind::Word => !matches!(
                self.lower_str(i),
                "and"
                    | "or"
                    | "but"
                    | "that"
                    | "which"
                    | "who"
                    | "said"
                    | "says"
                    | "the"
                    | "of"
                    | "in"
                    | "on"
                    | "to"
                    | "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    // a preposition or conjunction ends the phrase ("in Kampala as business stalled")
                    | "as"
                    | "at"
                    | "by"
                    | "for"
                    | "from"
                    | "with"
                    | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "than"
                    | "if"
            ),
            TokenKind::Number => true,
            // A hyphen written inside a word ("T-72"), not a dash ("Kenya -- Armed police").
            TokenKind::Punct => {
                self.word(i) == "-"
                    && i > 0
                    && self.tokens[i - 1].span.end == t.span.start
                    && self.tokens.get(i + 1).is_some_and(|n| n.span.start == t.span.end)
            }
            _ => false,
        }
    }

    /// Whether token `i` is a hyphen written between two words with no space ("U.S.-led",
    /// "state-backed"), not a dash ("Iraq -- including").
    pub(crate) fn is_joining_hyphen(&self, i: usize) -> bool {
        i > 0
            && self.lower_is(i, "-")
            && self.tokens.get(i + 1).is_some_and(|next| {
                next.kind == TokenKind::Word
                    && next.span.start == self.tokens[i].span.end
                    && self.tokens[i].span.start == self.tokens[i - 1].span.end
            })
    }

    pub(crate) fn is_trigger_start(&self, i: usize) -> bool {
        self.trigger_starts.get(i).copied().unwrap_or(false)
    }

    pub(crate) fn is_clause_end(&self, i: usize) -> bool {
        // Checked at every step of every scan: test the kind before comparing strings.
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
            && matches!(self.lower_str(i), ";" | "." | "!" | "?" | ":")
    }
}

/// Whether `w` is one of the words of `list`, compared inline: word lists are tested for most
/// tokens, and `slice::contains` calls `memcmp` for every entry of the same length.
pub(crate) fn one_of(w: &str, list: &[&str]) -> bool {
    let w = w.as_bytes();
    list.iter().any(|x| x.len() == w.len() && x.as_bytes().iter().zip(w).all(|(a, b)| a == b))
}

/// The lower-case form of a word (Unicode lower-casing; diacritics are kept). A typographic
/// apostrophe becomes a straight one, so that "Syria’s" has the possessive "'s" that the word lists
/// name, and "d’Ivoire" matches "d'Ivoire".
pub(crate) fn fold(w: &str) -> String {
    // Nearly every token is ASCII: lower-case bytes, not chars.
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    w.chars().map(|c| if c == '\u{2019}' { '\'' } else { c }).flat_map(char::to_lowercase).collect()
}
