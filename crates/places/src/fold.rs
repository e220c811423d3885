//! Name folding: the one key under which a place name is stored and looked up.
//!
//! The rules (mirrored by `scripts/gazetteer/build.py`, which uses them to pick and de-duplicate names):
//! - ASCII letters and digits are lower-cased; `'`, `` ` `` and `.` are dropped (`Sana'a` = `Sanaa`, `St.` = `St`);
//! - Latin letters with diacritics lose them (`Erdoğan` = `erdogan`, `Ḩudaydah` = `hudaydah`, `ß` = `ss`), by the
//!   generated table in `fold_table.rs`; combining marks (U+0300–U+036F) and apostrophe-like marks (`’ ʻ ʿ`) are
//!   dropped;
//! - other letters and digits are lower-cased as they are;
//! - anything else (spaces, hyphens, slashes, commas...) separates words: runs of separators become one space,
//!   and there is none at either end (`Nagorno-Karabakh` = `nagorno karabakh`).

use crate::fold_table::FOLD;

/// Fold `text` to the key the gazetteer stores names under: lower case, Latin diacritics and apostrophes
/// removed, words separated by single spaces.
///
/// ```
/// use dyad_places::fold;
///
/// assert_eq!(fold("Erdoğan"), "erdogan");
/// assert_eq!(fold("Sana'a"), fold("Sanaa"));
/// assert_eq!(fold("  Nagorno-Karabakh "), "nagorno karabakh");
/// assert_eq!(fold("Ḩudaydah"), "hudaydah");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Append the folded form of `text` to `out`. A space is put between what `out` held and the new words,
/// unless `out` was empty or `text` folds to nothing.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    let gap = !out.is_empty();
    fold_after(text, out, 0, gap);
}

/// Append the folded form of `text` to `out` as a string of its own (no space before it), for an arena of keys.
pub(crate) fn fold_append(text: &str, out: &mut String) {
    let base = out.len();
    fold_after(text, out, base, false);
}

/// `gap`: a separator is owed before the next word character, written only if `out` is longer than `base`.
fn fold_after(text: &str, out: &mut String, base: usize, mut gap: bool) {
    if text.is_ascii() {
        // Most names and words: no table, no UTF-8 decoding.
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && out.len() > base {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else if !matches!(b, b'\'' | b'`' | b'.') {
                gap = true;
            }
        }
        return;
    }
    let emit = |out: &mut String, gap: &mut bool, s: &str| {
        if *gap && out.len() > base {
            out.push(' ');
        }
        *gap = false;
        out.push_str(s);
    };
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                emit(out, &mut gap, c.to_ascii_lowercase().encode_utf8(&mut buf));
            } else if !matches!(c, '\'' | '`' | '.') {
                gap = true;
            }
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining mark: the letter it sits on has been written already.
        } else if let Ok(i) = FOLD.binary_search_by_key(&c, |&(k, _)| k) {
            let folded = FOLD[i].1;
            if !folded.is_empty() {
                emit(out, &mut gap, folded);
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                emit(out, &mut gap, l.encode_utf8(&mut buf));
            }
        } else {
            gap = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii() {
        assert_eq!(fold("Paris"), "paris");
        assert_eq!(fold("St. Petersburg"), "st petersburg");
        assert_eq!(fold("Port-au-Prince"), "port au prince");
        assert_eq!(fold("Bosnia and  Herzegovina"), "bosnia and herzegovina");
        assert_eq!(fold(" -- "), "");
        assert_eq!(fold("U.S."), "us");
    }

    #[test]
    fn diacritics_and_apostrophes() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("Kraków"), "krakow");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Ts’khinvali"), "tskhinvali");
        assert_eq!(fold("Dar‘ā"), "dara");
        assert_eq!(fold("ʻEwa Beach"), "ewa beach");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Tromsø"), "tromso");
        // Decomposed input: a base letter followed by a combining mark.
        assert_eq!(fold("Erdog\u{306}an"), "erdogan");
    }

    #[test]
    fn other_scripts_are_lower_cased() {
        assert_eq!(fold("Москва"), "москва");
        assert_eq!(fold("Київ–Kyiv"), "київ kyiv");
    }

    #[test]
    fn appending_separates_words() {
        let mut s = String::from("nagorno");
        fold_into("-", &mut s);
        assert_eq!(s, "nagorno");
        fold_into("Karabakh", &mut s);
        assert_eq!(s, "nagorno karabakh");
        let mut s = String::new();
        fold_into("'", &mut s);
        fold_into("Gaza", &mut s);
        assert_eq!(s, "gaza");
        let mut s = String::from("paris");
        fold_append(" -Gaza Strip", &mut s);
        assert_eq!(s, "parisgaza strip");
        fold_append("Ḩudaydah-", &mut s);
        assert_eq!(s, "parisgaza striphudaydah");
    }

    #[test]
    fn table_is_sorted_and_folded() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0));
        for &(c, s) in FOLD.iter() {
            assert!(!c.is_ascii(), "{c:?}");
            assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{c:?} -> {s:?}");
        }
    }
}
