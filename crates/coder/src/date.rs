//! Event dates from the words of a sentence, resolved against the document date.
//!
//! News reports date events relative to publication: "on Sunday" is the most
//! recent Sunday on or before the document date (news reports the past),
//! "yesterday" the day before, "September 27" that day in the document's year
//! (or the year before, when that day would fall after the document date).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::sentence::SentenceTokens;

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBREVIATIONS: &[&str] =
    &["jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.", "sept.", "oct.", "nov.", "dec."];

fn month_of(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == word)
        .or_else(|| MONTH_ABBREVIATIONS.iter().position(|m| *m == word))
        .map(|i| i as u32 + 1)
}

/// The date a sentence's words give, or the document date.
pub(crate) fn resolve_date(st: &SentenceTokens, doc_date: Option<NaiveDate>) -> Option<NaiveDate> {
    let anchor = doc_date?;
    for i in 0..st.len() {
        let w = st.lower_str(i);
        // Weekday and month names are capitalised in running text; skip everything else cheaply.
        if !st.is_capitalised(i) && !matches!(w, "yesterday" | "today" | "tonight") {
            continue;
        }
        match w {
            "yesterday" => return Some(anchor - Duration::days(1)),
            "today" | "tonight" => return Some(anchor),
            _ => {}
        }
        if let Some(&(_, wd)) = WEEKDAYS.iter().find(|(name, _)| *name == w) {
            // Only when the weekday is not part of a name ("Black Sunday" is rare enough to ignore).
            let back = (anchor.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
            return Some(anchor - Duration::days(back as i64));
        }
        if let Some(month) = month_of(w) {
            // "September 27" or "27 September"; a bare "May" is too often a verb.
            let day = st
                .lower_str(i + 1)
                .parse::<u32>()
                .ok()
                .or_else(|| i.checked_sub(1).and_then(|p| st.lower_str(p).parse::<u32>().ok()));
            if let Some(day) = day.filter(|d| (1..=31).contains(d)) {
                let mut date = NaiveDate::from_ymd_opt(anchor.year(), month, day)?;
                if date > anchor + Duration::days(7) {
                    date = NaiveDate::from_ymd_opt(anchor.year() - 1, month, day)?;
                }
                return Some(date);
            }
        }
    }
    Some(anchor)
}
