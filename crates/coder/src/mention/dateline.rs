//! Datelines: where a report was filed, written before its first sentence ("CAPE TOWN, May 30
//! (ANA) -", "WARSAW, Poland (AP) —", "MEXICO CITY --"). A name there is a place, not an actor:
//! "PRETORIA, April 16 (ANA) - A woman is fighting..." says nothing of South Africa's government.

use dyad_text::TokenKind;

use super::ActorMention;
use crate::sentence::SentenceTokens;

/// The sentence's dateline: a place in capitals, perhaps its region or country (tokens
/// `place`), then perhaps a date and the agency in brackets, up to the dash at `dash`.
struct Dateline {
    place: (usize, usize),
    dash: usize,
}

fn dateline(st: &SentenceTokens) -> Option<Dateline> {
    let n = st.len();
    for d in 1..n {
        if !is_dash(st, d) {
            continue;
        }
        let mut k = d;
        // "--": two hyphens written together.
        let double = st.lower_is(d, "-") && st.lower_is(d + 1, "-") && !is_spaced(st, d + 1);
        let mut agency = false;
        if st.lower_is(k.wrapping_sub(1), ")") {
            let open = (k.saturating_sub(5)..k - 1).rev().find(|&i| st.lower_is(i, "("));
            let Some(open) = open.filter(|&o| (o + 1..k - 1).all(|i| st.is_capitalised(i) || is_capitals(st, i)))
            else {
                continue;
            };
            (k, agency) = (open, true);
        }
        // ", May 30", ", Nov. 17"
        if k >= 3
            && st.tokens[k - 1].kind == TokenKind::Number
            && st.is_capitalised(k - 2)
            && crate::date::month_of(st.lower_str(k - 2)).is_some()
            && st.lower_is(k - 3, ",")
        {
            k -= 3;
        }
        // The agency and the date are not places: the dateline's names end here.
        let end = k;
        // ", Poland", ", Eastern Cape"
        let region = (1..=3).find(|&w| {
            k > w + 1 && st.lower_is(k - w - 1, ",") && (k - w..k).all(|i| st.is_capitalised(i) && !is_capitals(st, i))
        });
        if let Some(w) = region {
            k -= w + 1;
        }
        let Some(start) = (k.saturating_sub(4)..k).rev().take_while(|&i| is_capitals(st, i)).last() else {
            continue;
        };
        // A lone hyphen ends a dateline only after an agency, a date or a region.
        if agency || double || !st.lower_is(d, "-") || k < d {
            return Some(Dateline { place: (start, end), dash: d });
        }
    }
    None
}

/// The names of the sentence's dateline become places (rule `+dateline`, code the country alone);
/// the agency that filed it ("(AP)", "(Xinhua)"), a credit line, and an organisation's seat
/// ("UNITED NATIONS, April 11"), where rather than who, are no mentions at all.
pub(crate) fn mark_dateline(st: &SentenceTokens, out: &mut Vec<ActorMention>) {
    let Some(d) = dateline(st) else { return };
    let (s, e) = d.place;
    for m in out.iter_mut().filter(|m| s <= m.start && m.end <= e && m.country.is_some()) {
        m.place = true;
        (m.code, m.sector, m.name) = (m.country.clone().unwrap_or_default(), None, None);
        m.rule.push_str("+dateline");
    }
    out.retain(|m| {
        let agency = e <= m.start && m.start < d.dash;
        let seat = s <= m.start && m.end <= e && m.country.is_none();
        !agency && !seat
    });
}

/// A dash set apart by spaces: "—", "–", or a hyphen.
fn is_dash(st: &SentenceTokens, i: usize) -> bool {
    matches!(st.word(i), "—" | "–" | "-") && is_spaced(st, i)
}

fn is_spaced(st: &SentenceTokens, i: usize) -> bool {
    i > 0 && st.tokens[i].span.start > st.tokens[i - 1].span.end
}

/// A word in capitals: "CAPE", "TOWN", "U.S." (two letters at least).
fn is_capitals(st: &SentenceTokens, i: usize) -> bool {
    st.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && {
        let w = st.word(i);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    }
}
