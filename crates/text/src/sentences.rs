//! Sentence splitting over tokens.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after
//! it) when the next token can start a sentence, and at a blank line. Abbreviations
//! keep their dot inside the token (see the tokenizer), so `Gen. Smith` never
//! splits; an initialism that ends a sentence (`in the U.S. The talks`) splits
//! only before a word that usually starts one.

use crate::{Sentence, Span, Token, TokenKind};

/// Words that begin sentences far more often than they follow "U.S." or "Gen." in a name.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
    "However",
    "Meanwhile",
    "After",
    "Before",
    "When",
    "While",
    "Officials",
    "Both",
    "Some",
    "Many",
    "No",
    "As",
];

fn is_titlelike(word: &str) -> bool {
    crate::tokenize::ABBREVIATIONS.contains(&word.trim_end_matches('.'))
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Longest sentence, in tokens. Real sentences stay far below it; longer runs (tables,
/// lists, text without punctuation) are cut here so that later stages, which look
/// around each token within its sentence, stay linear in the document's length.
pub const MAX_SENTENCE_TOKENS: usize = 250;

/// Group `tokens` (from [`crate::tokenize`] over the same `text`) into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let mut end_here = false;
        let mut last = i;
        // Most tokens end in neither: test the last byte before taking the text.
        let final_byte = text.as_bytes()[t.span.end as usize - 1];
        if t.kind == TokenKind::Punct && matches!(final_byte, b'.' | b'!' | b'?') && t.span.end == t.span.start + 1 {
            // Take closing quotes and brackets with the sentence.
            while last + 1 < tokens.len()
                && closes(tokens[last + 1].text(text))
                && tokens[last + 1].kind != TokenKind::Word
            {
                last += 1;
            }
            end_here = last + 1 >= tokens.len() || can_start(tokens[last + 1], text);
        } else if t.kind == TokenKind::Word && final_byte == b'.' && i + 1 < tokens.len() {
            // An initialism or abbreviation that may end the sentence.
            let word = t.text(text);
            let next = tokens[i + 1].text(text);
            end_here = !is_titlelike(word) && SENTENCE_STARTERS.contains(&next);
        }
        if !end_here && i + 1 < tokens.len() && blank_line_between(text, t, tokens[i + 1]) {
            end_here = true;
        }
        if !end_here && last + 1 - start >= MAX_SENTENCE_TOKENS {
            end_here = true;
        }
        if end_here {
            sentences.push(make(tokens, start, last + 1));
            start = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    if start < tokens.len() {
        sentences.push(make(tokens, start, tokens.len()));
    }
    sentences
}

fn make(tokens: &[Token], from: usize, to: usize) -> Sentence {
    Sentence { span: Span { start: tokens[from].span.start, end: tokens[to - 1].span.end }, tokens: from..to }
}

fn closes(word: &str) -> bool {
    matches!(word, "\"" | "''" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "\u{00BB}")
}

fn can_start(t: Token, text: &str) -> bool {
    let w = t.text(text);
    match t.kind {
        TokenKind::Word => w.chars().next().is_some_and(|c| c.is_uppercase()),
        TokenKind::Number | TokenKind::Quote => true,
        TokenKind::Punct => matches!(w, "(" | "[" | "-" | "\u{2014}"),
        TokenKind::Clitic => false,
    }
}

fn blank_line_between(text: &str, a: Token, b: Token) -> bool {
    // Asked between every two tokens, and most are one space apart or none.
    let (from, to) = (a.span.end as usize, b.span.start as usize);
    to >= from + 2 && text.as_bytes()[from..to].iter().filter(|&&c| c == b'\n').count() >= 2
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn sents(text: &str) -> Vec<&str> {
        analyze(text).sentences.iter().map(|s| s.span.text(text)).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(sents("Kenya agreed. Uganda refused! Why?"), ["Kenya agreed.", "Uganda refused!", "Why?"]);
    }

    #[test]
    fn keeps_titles_and_initialisms_inside() {
        assert_eq!(
            sents("Gen. Ali met Dr. Musa in the U.S. capital on Sept. 3."),
            ["Gen. Ali met Dr. Musa in the U.S. capital on Sept. 3."]
        );
    }

    #[test]
    fn splits_after_initialism_before_a_starter() {
        assert_eq!(
            sents("Talks were held in the U.S. The next round is in Doha."),
            ["Talks were held in the U.S.", "The next round is in Doha."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        assert_eq!(
            sents("He said: \"We will fight.\" Then he left."),
            ["He said: \"We will fight.\"", "Then he left."]
        );
    }

    #[test]
    fn blank_lines_split_headlines() {
        assert_eq!(
            sents("Ceasefire holds\n\nThe truce held on Sunday."),
            ["Ceasefire holds", "The truce held on Sunday."]
        );
    }

    #[test]
    fn overlong_runs_are_cut() {
        let text = "word ".repeat(1000);
        let doc = analyze(&text);
        assert_eq!(doc.sentences.len(), 4);
        assert!(doc.sentences.iter().all(|s| s.tokens.len() <= super::MAX_SENTENCE_TOKENS));
    }

    #[test]
    fn lower_case_after_dot_does_not_split() {
        assert_eq!(sents("It rose 3 p.m. yesterday. ok."), ["It rose 3 p.m. yesterday. ok."]);
    }
}
