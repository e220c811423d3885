//! Event dates from the words of a sentence, resolved against the document date.
//!
//! News reports date events relative to publication, so every expression is resolved against
//! the document date (the *anchor*). An expression gives a date and a [`DatePrecision`]; a week,
//! month or year is dated by its first day (the Monday, the 1st, 1 January).
//!
//! | words | date (anchor Tuesday 2026-11-24) | precision |
//! |---|---|---|
//! | `yesterday`, `last night` | the day before (11-23) | day |
//! | `today`, `tonight`, `this morning/afternoon/evening` | the anchor | day |
//! | `tomorrow` | the day after | day |
//! | `on Sunday`, `Sunday's attack`, `late Tuesday` | most recent such day on or before the anchor (11-22, 11-24) | day |
//! | `will meet on Monday`, `is due to arrive on Friday` | next such day on or after the anchor (11-30, 11-27) | day |
//! | `last Tuesday` / `next Tuesday` | strictly before / after the anchor (11-17 / 12-01) | day |
//! | `September 27`, `27 September`, `Sept. 27th` | that day in the latest year keeping it at most a week after the anchor (future tense: the earliest year keeping it at most a week before) | day |
//! | `September 27, 2003`, `Sunday, 27 September 2003`, `the 8th of June 2003` | that day: an explicit year wins | day |
//! | `on 4 March this year`, `in June last year` | that day / the 1st of that month in that year | day / month |
//! | `last week`, `this week`, `earlier this week`, `next week` | Monday of that week | week |
//! | `in March`, `early March`, `mid-March` | 1st of the most recent March on or before the anchor's month (future tense: on or after) | month |
//! | `last March` / `next March` | strictly before / after the anchor's month | month |
//! | `in March 2003`, `May 2003` | 2003-03-01 | month |
//! | `last month`, `earlier this month`, `next month` | 1st of that month | month |
//! | `in 2019`, `since 2011`, `in early 2019`, `mid-2019` | 1 January of that year | year |
//! | `last year`, `this year`, `next year` | 1 January of that year | year |
//!
//! Rules that keep ordinary words from being read as dates:
//! - weekday and month names count only when capitalised ("a protest march" is not March);
//! - a month without a day number or year needs a preposition or modifier before it
//!   (`in`, `since`, `during`, `until`, `by`, `from`, `of`... / `early`, `late`, `mid`, `last`, `next`, `this`);
//! - `May` is usually a verb or a name (Theresa May): without a day number or year it needs `in`, `since`,
//!   `during`, `until` or a modifier before it *and* a clause end or comma after it, and never follows a
//!   capitalised name;
//! - a bare four-digit year (1900–2100) needs `in`, `since`, `during` or `throughout` before it, or
//!   `early` / `late` / `mid` ("killed 2019 people" is not a year);
//! - `last week`, `next year`... after a determiner are spans, not calendar periods ("the last week",
//!   "over the next year"), and are skipped;
//! - named days are not dates: `Good Friday`, `Bloody Sunday`, `the Sunday Times`, `the Mail on Sunday`,
//!   `USA Today`, `the March 14 alliance`, `the September 11 attacks`;
//! - future tense is a cue within the eight tokens before the expression, in the same clause and not
//!   behind a reporting verb: `will`, `shall`, `'ll`, `won't`, `expected`, `scheduled`, `slated`,
//!   `upcoming`, `is due to`, `set to`, `plans to`.
//!
//! Impossible dates (31 June, 29 February outside leap years, dates beyond chrono's range) drop the
//! expression; nothing panics. Numeric dates (27/09/2003) are rare in wire copy and not read.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use dyad_text::TokenKind;

use crate::sentence::SentenceTokens;

/// How precise an [`EventDate`] is. A week, month or year is dated by its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum DatePrecision {
    Day,
    /// Monday to Sunday: "last week" names a week, and calling its Monday a day would overstate it.
    Week,
    Month,
    Year,
}

// Read by the coder's output once events carry a precision; the tests use them today.
#[allow(dead_code)]
impl DatePrecision {
    /// `"day"`, `"week"`, `"month"` or `"year"`.
    pub(crate) fn as_str(&self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
}

/// A resolved date expression.
// `precision` and `token` are read by the coder once it picks the expression nearest the trigger.
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct EventDate {
    /// The day, or the first day of the week, month or year.
    pub date: NaiveDate,
    pub precision: DatePrecision,
    /// Index of the expression's first token, modifiers included ("*last* week", "*mid*-March",
    /// "*27* September") but not the preposition ("on", "in"); `None` for the document date.
    pub token: Option<usize>,
}

/// The date a sentence gives: its first date expression, or the document date (precision day,
/// no token). `None` without a document date. (The coder lists every expression instead:
/// [`date_expressions`].)
#[cfg(test)]
pub(crate) fn resolve_date(st: &SentenceTokens, doc_date: Option<NaiveDate>) -> Option<EventDate> {
    let anchor = doc_date?;
    let mut first = None;
    scan(st, anchor, &mut |e| {
        first = Some(e);
        false
    });
    Some(first.unwrap_or(EventDate { date: anchor, precision: DatePrecision::Day, token: None }))
}

/// `YYYY-MM-DD`, written directly: chrono's `format` parses its format string on every call, and
/// every sentence needs a date.
pub(crate) fn iso(d: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if (0..=9999).contains(&y) {
        let digits = [y / 1000, y / 100 % 10, y / 10 % 10, y % 10];
        let mut s = String::with_capacity(10);
        s.extend(digits.iter().map(|&x| char::from(b'0' + x as u8)));
        s.push('-');
        s.push(char::from(b'0' + (m / 10) as u8));
        s.push(char::from(b'0' + (m % 10) as u8));
        s.push('-');
        s.push(char::from(b'0' + (day / 10) as u8));
        s.push(char::from(b'0' + (day % 10) as u8));
        s
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

/// The document date as an event date (precision day, no token).
pub(crate) fn document_date(doc_date: Option<NaiveDate>) -> Option<EventDate> {
    doc_date.map(|date| EventDate { date, precision: DatePrecision::Day, token: None })
}

/// Every date expression of a sentence, in order, not overlapping; empty without a document date
/// (relative expressions need it, and one rule for all keeps the list predictable).
pub(crate) fn date_expressions(st: &SentenceTokens, doc_date: Option<NaiveDate>) -> Vec<EventDate> {
    let mut out = Vec::new();
    if let Some(anchor) = doc_date {
        scan(st, anchor, &mut |e| {
            out.push(e);
            true
        });
    }
    out
}

/// Which way a relative name points from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    /// On or before: news reports the past.
    Past,
    /// On or after: future tense.
    Future,
    /// Strictly before ("last Sunday").
    Last,
    /// Strictly after ("next Sunday").
    Next,
}

/// Call `emit` with each expression in order until it returns false.
fn scan(st: &SentenceTokens, anchor: NaiveDate, emit: &mut dyn FnMut(EventDate) -> bool) {
    let n = st.len();
    let mut i = 0;
    // Tokens before `floor` belong to an earlier expression: a later one may not reach back into them.
    let mut floor = 0;
    while i < n {
        // Runs on every token of every sentence: test the kind first, strings only for candidates.
        let found = match st.tokens[i].kind {
            TokenKind::Word => word_at(st, anchor, i),
            TokenKind::Number => year_at(st, i),
            _ => None,
        };
        match found {
            Some((e, end)) if e.token.is_none_or(|t| t >= floor) => {
                if !emit(e) {
                    return;
                }
                floor = end;
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
}

/// The lower-cased token `k` places before `i` ("" before the sentence start).
fn before<'s>(st: &'s SentenceTokens, i: usize, k: usize) -> &'s str {
    i.checked_sub(k).map_or("", |j| st.lower_str(j))
}

fn day(date: Option<NaiveDate>, start: usize, end: usize) -> Option<(EventDate, usize)> {
    Some((EventDate { date: date?, precision: DatePrecision::Day, token: Some(start) }, end))
}

/// An expression starting at word `i`, with the index one past its last token.
fn word_at(st: &SentenceTokens, anchor: NaiveDate, i: usize) -> Option<(EventDate, usize)> {
    let w = st.lower_str(i);
    let first = w.as_bytes().first().copied().unwrap_or(0);
    // Every keyword starts with one of these letters: most words skip the comparisons.
    if matches!(first, b'y' | b't' | b'l' | b'n') {
        match w {
            "yesterday" => return day(anchor.pred_opt(), i, i + 1),
            // "USA Today", "Russia Today": a capitalised Today after a capitalised word is a name.
            "today" if st.is_capitalised(i) && i > 0 && st.is_capitalised(i - 1) => return None,
            "today" | "tonight" => return day(Some(anchor), i, i + 1),
            "tomorrow" => return day(anchor.succ_opt(), i, i + 1),
            "last" | "this" | "next" => return relative_period(st, anchor, i, w),
            _ => {}
        }
    }
    // Weekday and month names are capitalised in running text, and ASCII: one byte test skips
    // everything else.
    if !st.word(i).as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    if let Some(wd) = weekday_of(w) {
        return weekday_at(st, anchor, i, wd);
    }
    month_at(st, anchor, i, month_of(w)?)
}

/// "last night", "this morning", "last/this/next week|month|year", "earlier this month".
fn relative_period(st: &SentenceTokens, anchor: NaiveDate, i: usize, w: &str) -> Option<(EventDate, usize)> {
    let unit = st.lower_str(i + 1);
    if !matches!(unit, "night" | "morning" | "afternoon" | "evening" | "week" | "month" | "year") {
        return None;
    }
    // "the last week of March", "over the next year", "its last night": spans, not calendar periods.
    if matches!(
        before(st, i, 1),
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "your" | "my" | "every" | "each" | "that"
    ) {
        return None;
    }
    let start = if w == "this" && matches!(before(st, i, 1), "earlier" | "later") { i - 1 } else { i };
    let end = i + 2;
    let step: i32 = match w {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    let (date, precision) = match unit {
        "night" if w == "last" => (anchor.pred_opt()?, DatePrecision::Day),
        "morning" | "afternoon" | "evening" if w == "this" => (anchor, DatePrecision::Day),
        "week" => {
            let monday = anchor.checked_sub_days(Days::new(anchor.weekday().num_days_from_monday().into()))?;
            let date = match step {
                -1 => monday.checked_sub_days(Days::new(7))?,
                1 => monday.checked_add_days(Days::new(7))?,
                _ => monday,
            };
            (date, DatePrecision::Week)
        }
        "month" => {
            let months = anchor.year() * 12 + anchor.month0() as i32 + step;
            (NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)?, DatePrecision::Month)
        }
        "year" => (NaiveDate::from_ymd_opt(anchor.year() + step, 1, 1)?, DatePrecision::Year),
        // "next night", "last morning".
        _ => return None,
    };
    Some((EventDate { date, precision, token: Some(start) }, end))
}

pub(crate) fn weekday_of(w: &str) -> Option<Weekday> {
    Some(match w {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// Month number of a full name or a dotted abbreviation (the tokenizer keeps "Sept." whole);
/// "Jan" without a dot is a first name.
pub(crate) fn month_of(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan." => 1,
        "february" | "feb." => 2,
        "march" | "mar." => 3,
        "april" | "apr." => 4,
        "may" => 5,
        "june" | "jun." => 6,
        "july" | "jul." => 7,
        "august" | "aug." => 8,
        "september" | "sept." | "sep." => 9,
        "october" | "oct." => 10,
        "november" | "nov." => 11,
        "december" | "dec." => 12,
        _ => return None,
    })
}

/// A day of the month: "27", "27th", "1st" (1–31).
fn day_number(st: &SentenceTokens, i: usize) -> Option<u32> {
    if st.tokens.get(i)?.kind != TokenKind::Number {
        return None;
    }
    let w = st.lower_str(i);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !matches!(&w[digits..], "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    w[..digits].parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year written in full, 1900–2100 ("2,019" and "1990s" are not years).
fn year_number(st: &SentenceTokens, i: usize) -> Option<i32> {
    if st.tokens.get(i)?.kind != TokenKind::Number {
        return None;
    }
    let w = st.lower_str(i);
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// Whether the clause before token `i` is in the future tense. Cheap enough: only called for a
/// found expression.
fn future_before(st: &SentenceTokens, i: usize) -> bool {
    const WINDOW: usize = 8;
    for k in (i.saturating_sub(WINDOW)..i).rev() {
        if st.is_clause_end(k) {
            return false;
        }
        let w = st.lower_str(k);
        match w {
            "will" | "shall" | "expected" | "scheduled" | "slated" | "upcoming" => return true,
            // "won't" is "wo" + "n't".
            "wo" if st.lower_is(k + 1, "n't") => return true,
            // "is due to arrive", not "due to the fighting".
            "due" if matches!(before(st, k, 1), "is" | "are" | "was" | "were" | "be" | "'s") => return true,
            "set" | "plans" | "plan" | "planning" if st.lower_is(k + 1, "to") => return true,
            // "Talks will resume, the minister said on Sunday": the date after a reporting verb is
            // the report's, whatever tense came before it.
            "said" | "says" | "told" | "added" | "announced" | "reported" | "stated" | "confirmed" => return false,
            _ if w.ends_with("'ll") || w.ends_with("\u{2019}ll") => return true,
            _ => {}
        }
    }
    false
}

fn weekday_date(anchor: NaiveDate, wd: Weekday, dir: Direction) -> Option<NaiveDate> {
    let a = u64::from(anchor.weekday().num_days_from_monday());
    let t = u64::from(wd.num_days_from_monday());
    let back = (a + 7 - t) % 7;
    let ahead = (t + 7 - a) % 7;
    match dir {
        Direction::Past => anchor.checked_sub_days(Days::new(back)),
        Direction::Last => anchor.checked_sub_days(Days::new(if back == 0 { 7 } else { back })),
        Direction::Future => anchor.checked_add_days(Days::new(ahead)),
        Direction::Next => anchor.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead })),
    }
}

/// A weekday at `i`: "on Sunday", "late Tuesday", "last Friday", "will meet on Monday".
fn weekday_at(st: &SentenceTokens, anchor: NaiveDate, i: usize, wd: Weekday) -> Option<(EventDate, usize)> {
    let prev = before(st, i, 1);
    // Named days: "Good Friday (Agreement)", "Bloody Sunday", "the Sunday Times", "the Mail on Sunday".
    if i > 0
        && st.is_capitalised(i - 1)
        && matches!(
            prev,
            "good" | "black" | "bloody" | "holy" | "palm" | "ash" | "easter" | "super" | "cyber" | "maundy"
        )
    {
        return None;
    }
    if prev == "on" && before(st, i, 2) == "mail" {
        return None;
    }
    if st.is_capitalised(i + 1)
        && matches!(
            st.lower_str(i + 1),
            "times" | "telegraph" | "express" | "mirror" | "herald" | "mail" | "post" | "independent" | "tribune"
        )
    {
        return None;
    }
    // "Sunday, 27 September 2003", "Sunday Sept. 27": the calendar date is the more exact reading.
    let j = if st.lower_is(i + 1, ",") { i + 2 } else { i + 1 };
    let month_at_j = |k: usize| st.is_capitalised(k).then(|| month_of(st.lower_str(k))).flatten();
    let month =
        month_at_j(j).map(|m| (j, m)).or_else(|| day_number(st, j).and_then(|_| month_at_j(j + 1).map(|m| (j + 1, m))));
    if let Some((k, m)) = month {
        if let Some((e, end)) = month_at(st, anchor, k, m).filter(|(e, _)| e.precision == DatePrecision::Day) {
            return Some((EventDate { token: Some(i), ..e }, end));
        }
    }
    let (dir, start) = match prev {
        "last" => (Direction::Last, i - 1),
        "next" => (Direction::Next, i - 1),
        "early" | "late" => (if future_before(st, i - 1) { Direction::Future } else { Direction::Past }, i - 1),
        _ => (if future_before(st, i) { Direction::Future } else { Direction::Past }, i),
    };
    day(weekday_date(anchor, wd, dir), start, i + 1)
}

/// That day and month in the year that puts it nearest the anchor: at most a week after it
/// (reports of the past, with slack for a date just ahead), or in the future tense at most a
/// week before it.
fn day_near(anchor: NaiveDate, month: u32, d: u32, future: bool) -> Option<NaiveDate> {
    let year = if future {
        let limit = anchor.checked_sub_days(Days::new(7))?;
        limit.year() + i32::from((month, d) < (limit.month(), limit.day()))
    } else {
        let limit = anchor.checked_add_days(Days::new(7))?;
        limit.year() - i32::from((month, d) > (limit.month(), limit.day()))
    };
    // None for 29 February outside leap years: the expression is dropped.
    NaiveDate::from_ymd_opt(year, month, d)
}

/// The 1st of that month in the year `dir` picks relative to the anchor's month.
fn month_near(anchor: NaiveDate, month: u32, dir: Direction) -> Option<NaiveDate> {
    let (y, m) = (anchor.year(), anchor.month());
    let year = match dir {
        Direction::Past => y - i32::from(month > m),
        Direction::Last => y - i32::from(month >= m),
        Direction::Future => y + i32::from(month < m),
        Direction::Next => y + i32::from(month <= m),
    };
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// A month name at `i`: "September 27(, 2003)", "27 September (2003)", "in March (2003)".
fn month_at(st: &SentenceTokens, anchor: NaiveDate, i: usize, month: u32) -> Option<(EventDate, usize)> {
    let is_may = month == 5;
    // A number on both sides ("on 12 March 15 people died"): the one before is the day.
    let (d, start, after) = match (i.checked_sub(1).and_then(|p| day_number(st, p)), day_number(st, i + 1)) {
        (Some(d), _) => (Some(d), i - 1, i + 1),
        (None, Some(d)) => (Some(d), i, i + 2),
        // "the 8th of June".
        (None, None) => match i.checked_sub(2).filter(|_| before(st, i, 1) == "of").and_then(|p| day_number(st, p)) {
            Some(d) => (Some(d), i - 2, i + 1),
            None => (None, i, i + 1),
        },
    };
    let year_at = if d.is_some() && st.lower_is(after, ",") { after + 1 } else { after };
    let (mut year, mut end) = match year_number(st, year_at) {
        Some(y) => (Some(y), year_at + 1),
        None => (None, after),
    };
    // "in June last year", "on 4 March this year": the year is relative, but given.
    if year.is_none() && st.lower_is(after + 1, "year") {
        let step = match st.lower_str(after) {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        if let Some(step) = step {
            year = Some(anchor.year() + step);
            end = after + 2;
        }
    }
    // Modifiers belong to the expression; the preposition before them only licenses it.
    let (s, modifier) = if before(st, start, 1) == "-" && before(st, start, 2) == "mid" {
        (start - 2, "mid")
    } else {
        match before(st, start, 1) {
            m @ ("early" | "late" | "mid" | "last" | "next" | "this") => (start - 1, m),
            _ => (start, ""),
        }
    };
    let pre = before(st, s, 1);
    // "Theresa May", "Prime Minister May 27 times": May after a capitalised name is the name.
    if is_may && i > 0 && d.is_none() && st.is_capitalised(i - 1) && weekday_of(before(st, i, 1)).is_none() {
        let p = before(st, i, 1);
        if !matches!(p, "in" | "since" | "during" | "until" | "early" | "late" | "mid" | "last" | "next" | "this") {
            return None;
        }
    }
    let (date, precision) = match (d, year) {
        (Some(d), Some(y)) => (NaiveDate::from_ymd_opt(y, month, d)?, DatePrecision::Day),
        (Some(d), None) => {
            if named_day(st, start, after, month, d) {
                return None;
            }
            (day_near(anchor, month, d, future_before(st, s))?, DatePrecision::Day)
        }
        (None, Some(y)) => (NaiveDate::from_ymd_opt(y, month, 1)?, DatePrecision::Month),
        (None, None) => {
            let licensed = if is_may {
                // "May" is mostly a verb: only "in May." / "last May," and the like.
                (!modifier.is_empty() || matches!(pre, "in" | "since" | "during" | "until"))
                    && (after >= st.len() || st.is_clause_end(after) || st.lower_is(after, ","))
            } else {
                !modifier.is_empty()
                    || matches!(
                        pre,
                        "in" | "since"
                            | "during"
                            | "until"
                            | "till"
                            | "by"
                            | "from"
                            | "through"
                            | "throughout"
                            | "before"
                            | "after"
                            | "between"
                            | "of"
                            | "to"
                    )
            };
            if !licensed {
                return None;
            }
            let dir = match modifier {
                "last" => Direction::Last,
                "next" => Direction::Next,
                _ if future_before(st, s) => Direction::Future,
                _ => Direction::Past,
            };
            (month_near(anchor, month, dir)?, DatePrecision::Month)
        }
    };
    Some((EventDate { date, precision, token: Some(s) }, end))
}

/// Month-day names of movements and events: "the March 14 alliance", "the April 6 Youth Movement",
/// "the September 11 attacks", "post-September 11".
fn named_day(st: &SentenceTokens, start: usize, after: usize, month: u32, d: u32) -> bool {
    let next = st.lower_str(after);
    let next = if next == "youth" { st.lower_str(after + 1) } else { next };
    if matches!(next, "movement" | "alliance" | "coalition" | "bloc" | "camp" | "revolution" | "uprising" | "forces") {
        return true;
    }
    (month, d) == (9, 11)
        && (matches!(before(st, start, 1), "the" | "-" | "post")
            || matches!(next, "attacks" | "attack" | "hijackers" | "commission" | "-"))
}

/// "in 2019", "since 2011", "in early 2019", "mid-2019".
fn year_at(st: &SentenceTokens, i: usize) -> Option<(EventDate, usize)> {
    let y = year_number(st, i)?;
    let s = if before(st, i, 1) == "-" && before(st, i, 2) == "mid" {
        i - 2
    } else if matches!(before(st, i, 1), "early" | "late" | "mid") {
        i - 1
    } else if matches!(before(st, i, 1), "in" | "since" | "during" | "throughout") {
        i
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(y, 1, 1)?;
    Some((EventDate { date, precision: DatePrecision::Year, token: Some(s) }, i + 1))
}

#[cfg(test)]
mod tests;
