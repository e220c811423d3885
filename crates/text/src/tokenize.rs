//! Word-level tokenization with byte spans.
//!
//! Rules, chosen for news wire text:
//! - letters and digits form words; a hyphen, slash or other symbol splits them
//!   (`F-35` = `F` `-` `35`, `U.S.-Soviet` = `U.S.` `-` `Soviet`);
//! - initialisms keep their dots (`U.S.`, `U.N.`), and so do known abbreviations (`Gen.`, `Sept.`);
//! - `'s`, a plural possessive `'` and `n't` are tokens of their own (`Egypt's`, `didn't`);
//!   other inner apostrophes stay in the word (`d'Ivoire`, `N'Djamena`, `Sana'a`);
//! - numbers keep inner `,` and `.` (`12,000`, `3.5`).
//!
//! The scan is one pass over the text (ASCII letters byte by byte): time and memory are linear in it.

use crate::{Span, Token, TokenKind};

/// Abbreviations that keep their final dot; matched case-sensitively without the dot.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "Adm", "Ald", "Apr", "Aug", "Brig", "Capt", "Cdr", "Cmdr", "Co", "Col", "Comdr", "Corp", "Cpl", "Dec", "Dept",
    "Dr", "Feb", "Fig", "Fla", "Fr", "Ft", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj",
    "Mar", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Pres", "Prof", "Rep", "Reps", "Rev", "Sen", "Sens",
    "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "Vol", "vs", "etc", "approx", "est", "al", "Nos", "ca",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{AD}' || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '`' | '\u{2018}')
}

/// Split `text` into tokens. Whitespace separates tokens and is never part of one.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    // The character at byte `p` (text is valid UTF-8 and `p` always a char boundary).
    let char_at = |p: usize| -> Option<char> {
        match bytes.get(p) {
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => text[p..].chars().next(),
            None => None,
        }
    };
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            // Scan a run of word characters with inner apostrophes, dots and commas.
            let mut end = start;
            let mut i = start;
            loop {
                // Most words are ASCII letters and digits: skip them byte by byte.
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                end = end.max(i);
                let Some(ch) = char_at(i) else { break };
                if is_word_char(ch) {
                    i += ch.len_utf8();
                    end = i;
                    continue;
                }
                // A joiner stays inside when a word character follows it.
                let joiner = is_apostrophe(ch) || ch == '.' || ch == ',';
                if joiner {
                    if let Some(n) = char_at(i + ch.len_utf8()).filter(|n| is_word_char(*n)) {
                        if ch == ',' && !(bytes[i - 1].is_ascii_digit() && n.is_ascii_digit()) {
                            break;
                        }
                        if ch == '.' && !dot_joins(&text[start..i], n) {
                            break;
                        }
                        i += ch.len_utf8();
                        end = i;
                        continue;
                    }
                }
                break;
            }
            push_word(text, start, end, &mut tokens);
            pos = end;
            // A final dot belongs to initialisms (U.S.) and known abbreviations (Gen.).
            if bytes.get(pos) == Some(&b'.') && keeps_final_dot(&text[start..end]) {
                pos += 1;
                if let Some(last) = tokens.last_mut() {
                    last.span.end = pos as u32;
                }
            }
            continue;
        }
        let end = start + c.len_utf8();
        pos = end;
        // Possessive and negation clitics after a word: 's, ', n't.
        if is_apostrophe(c) && follows_word(&tokens, start) {
            let rest = &text[end..];
            let s_len = rest.chars().next().filter(|n| *n == 's' || *n == 'S').map(char::len_utf8);
            if let Some(len) = s_len {
                let after = rest[len..].chars().next();
                if after.is_none_or(|a| !is_word_char(a)) {
                    tokens.push(Token { span: Span::new(start, end + len), kind: TokenKind::Clitic });
                    pos = end + len;
                    continue;
                }
            }
            let prev_s = tokens.last().is_some_and(|t| matches!(bytes[t.span.end as usize - 1], b's' | b'S'));
            if prev_s && rest.chars().next().is_none_or(|n| !is_word_char(n)) {
                tokens.push(Token { span: Span::new(start, end), kind: TokenKind::Clitic });
                continue;
            }
        }
        let kind = if is_quote(c) || is_apostrophe(c) { TokenKind::Quote } else { TokenKind::Punct };
        // `` and '' are one quote token each.
        if (c == '`' || c == '\'') && text[end..].starts_with(c) {
            pos = end + 1;
            tokens.push(Token { span: Span::new(start, end + 1), kind: TokenKind::Quote });
            continue;
        }
        tokens.push(Token { span: Span::new(start, end), kind });
    }
    tokens
}

/// Whether the token before `pos` ends exactly at `pos` and is a word.
fn follows_word(tokens: &[Token], pos: usize) -> bool {
    tokens.last().is_some_and(|t| t.span.end as usize == pos && matches!(t.kind, TokenKind::Word | TokenKind::Number))
}

/// A dot inside a word joins initialisms (`U.S`, `e.g`) and decimals (`3.5`), not sentences (`end.The`).
fn dot_joins(before: &str, next: char) -> bool {
    let last_segment = before.rsplit('.').next().unwrap_or(before);
    let digits = last_segment.chars().all(|c| c.is_ascii_digit() || c == ',') && next.is_ascii_digit();
    let initial = last_segment.chars().count() == 1;
    digits || initial
}

fn keeps_final_dot(word: &str) -> bool {
    // Initialisms: single letters joined by dots (U.S, U.N, e.g).
    if word.contains('.') && word.split('.').all(|seg| seg.chars().count() == 1) {
        return true;
    }
    // A lone capital initial (John F. Kennedy).
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase();
    }
    ABBREVIATIONS.contains(&word)
}

/// Push a word, splitting a trailing `n't` into its own clitic token.
fn push_word(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let word = &text[start..end];
    let kind = if word.starts_with(|c: char| c.is_ascii_digit()) { TokenKind::Number } else { TokenKind::Word };
    // Every word ends here: test the last byte before the suffixes.
    let last = word.as_bytes().last().copied().unwrap_or(0);
    if !matches!(last, b't' | b'T' | b's' | b'S') {
        tokens.push(Token { span: Span::new(start, end), kind });
        return;
    }
    for suffix in ["n't", "n\u{2019}t", "N'T"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            let cut = end - suffix.len();
            tokens.push(Token { span: Span::new(start, cut), kind });
            tokens.push(Token { span: Span::new(cut, end), kind: TokenKind::Clitic });
            return;
        }
    }
    // Inner possessive: "Egypt's" was scanned as one word because a letter follows the apostrophe.
    for ap in ["'s", "\u{2019}s", "'S"] {
        if word.len() > ap.len() && word.ends_with(ap) {
            let cut = end - ap.len();
            tokens.push(Token { span: Span::new(start, cut), kind });
            tokens.push(Token { span: Span::new(cut, end), kind: TokenKind::Clitic });
            return;
        }
    }
    tokens.push(Token { span: Span::new(start, end), kind });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_clitics_and_punctuation() {
        assert_eq!(words("Egypt's army didn't fire."), ["Egypt", "'s", "army", "did", "n't", "fire", "."]);
        assert_eq!(words("the rebels' base"), ["the", "rebels", "'", "base"]);
        assert_eq!(words("Côte d'Ivoire, N'Djamena"), ["Côte", "d'Ivoire", ",", "N'Djamena"]);
    }

    #[test]
    fn keeps_initialisms_numbers_and_abbreviations() {
        assert_eq!(words("U.S.-Soviet talks"), ["U.S.", "-", "Soviet", "talks"]);
        assert_eq!(
            words("Gen. Ali paid $12,000.50 in 3.5 days."),
            ["Gen.", "Ali", "paid", "$", "12,000.50", "in", "3.5", "days", "."]
        );
        assert_eq!(words("Israeli F-35 jets"), ["Israeli", "F", "-", "35", "jets"]);
        assert_eq!(words("John F. Kennedy"), ["John", "F.", "Kennedy"]);
    }

    #[test]
    fn quotes_are_tokens() {
        assert_eq!(words("``special law'' \"no\""), ["``", "special", "law", "''", "\"", "no", "\""]);
        assert_eq!(words("“we will,” he said"), ["“", "we", "will", ",", "”", "he", "said"]);
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "  Kyiv\t said:\n“no”";
        for t in tokenize(text) {
            assert!(!t.text(text).trim().is_empty());
            assert_eq!(t.text(text).trim(), t.text(text));
        }
    }

    #[test]
    fn long_word_is_one_token() {
        let text = "a".repeat(100_000);
        assert_eq!(tokenize(&text).len(), 1);
        let dots = "a.".repeat(50_000);
        assert!(!tokenize(&dots).is_empty());
    }
}
