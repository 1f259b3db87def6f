//! The bedtime reminder: a standard iCalendar file (RFC 5545) with one daily event and an
//! alarm, which the phone's calendar imports and then reminds the user from, offline, with no
//! server. Changing the time makes a new file whose event replaces the old one (same UID, a
//! higher SEQUENCE).
//!
//! Written here rather than with the `icalendar` crate: with its dependencies (chrono
//! formatting, a date parser, uuid with random numbers) it added about 106 KB of gzipped wasm
//! in a measured build, for a file of twenty lines. The host test parses what we write with
//! that crate's parser (a dev-dependency), and checks the RFC's rules that calendars enforce.

use chrono::{Datelike, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

/// The reminder as saved in the settings.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(default)]
pub struct Reminder {
    /// Local time of day, in minutes after midnight.
    pub minutes: u16,
    /// How many files were made (the event's SEQUENCE): a new one replaces the older ones.
    pub sequence: u32,
    /// When the first file was made (ms since the epoch): part of the event's UID, so the same
    /// phone always replaces its own event.
    pub created_ms: i64,
}

impl Default for Reminder {
    fn default() -> Self {
        Self {
            minutes: Self::DEFAULT_MINUTES,
            sequence: 0,
            created_ms: 0,
        }
    }
}

impl Reminder {
    /// 22:30.
    pub const DEFAULT_MINUTES: u16 = 22 * 60 + 30;

    /// "22:30".
    pub fn label(&self) -> String {
        crate::domain::time::hhmm(self.minutes.min(24 * 60 - 1))
    }

    /// The event's UID: stable for this phone.
    pub fn uid(&self) -> String {
        format!("bedtime-stretch-{}@uncramp", self.created_ms.max(0))
    }
}

/// What goes into the reminder file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderFile<'a> {
    pub reminder: Reminder,
    /// The first evening it is due (local date), as the event's first occurrence.
    pub first: chrono::NaiveDate,
    /// Now, in UTC (the file's DTSTAMP).
    pub now_utc: NaiveDateTime,
    /// The bedtime routine's address, absolute, made from where the app is installed.
    pub url: &'a str,
    /// "about 4 minutes".
    pub length: &'a str,
}

/// The file name the phone saves it under.
pub const FILE_NAME: &str = "uncramp-bedtime-reminder.ics";

/// What the event says (also shown in Settings), with the link.
pub fn description(url: &str, length: &str) -> String {
    format!(
        "Time for your bedtime calf and hamstring stretch ({length}). Open Uncramp and tap \"Start the bedtime stretch\": {url}\nOn an iPhone this link opens Safari rather than the Uncramp app on your home screen; you can also open the app yourself."
    )
}

/// The iCalendar text: CRLF line ends, lines folded at 75 octets, text escaped.
pub fn ics(file: &ReminderFile) -> String {
    let r = file.reminder;
    let minutes = r.minutes.min(24 * 60 - 1);
    let start = file
        .first
        .and_hms_opt(u32::from(minutes / 60), u32::from(minutes % 60), 0)
        .unwrap_or_default();
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Uncramp//Bedtime reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", text(&r.uid())),
        format!("DTSTAMP:{}Z", stamp(file.now_utc)),
        format!("SEQUENCE:{}", r.sequence),
        // Floating local time (no time zone): 22:30 wherever the phone is.
        format!("DTSTART:{}", stamp(start)),
        "DURATION:PT10M".to_string(),
        "RRULE:FREQ=DAILY".to_string(),
        format!("SUMMARY:{}", text("Bedtime stretch (Uncramp)")),
        format!("DESCRIPTION:{}", text(&description(file.url, file.length))),
        format!("URL:{}", file.url),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "TRIGGER:PT0M".to_string(),
        format!("DESCRIPTION:{}", text("Time for your bedtime stretch")),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// `20261129T223000`.
fn stamp(t: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.year().clamp(0, 9999),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (RFC 5545 3.1): continuation lines start with a space,
/// and a multi-byte character is never split.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(url: &str) -> String {
        ics(&ReminderFile {
            reminder: Reminder {
                minutes: 22 * 60 + 30,
                sequence: 3,
                created_ms: 1_764_300_000_000,
            },
            first: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
            now_utc: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
                .and_then(|d| d.and_hms_opt(9, 5, 7))
                .expect("time"),
            url,
            length: "about 4 minutes",
        })
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets() {
        let text = file("https://example.org/some/long/path/?start=bedtime&from=reminder");
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolded, the description is whole, escaped, and keeps its link.
        let unfolded = text.replace("\r\n ", "");
        let description = unfolded
            .lines()
            .find(|l| l.starts_with("DESCRIPTION:Time for your bedtime calf"))
            .expect("description");
        assert!(description.contains("stretch (about 4 minutes). Open Uncramp"));
        assert!(
            description.contains("https://example.org/some/long/path/?start=bedtime&from=reminder")
        );
        assert!(description.contains("\\nOn an iPhone this link opens Safari"));
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "é".repeat(80)), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75);
            assert!(std::str::from_utf8(line.as_bytes()).is_ok());
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "é".repeat(80))
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn the_event_repeats_daily_at_a_floating_time_with_an_alarm() {
        let text = file("https://example.org/");
        let unfolded = text.replace("\r\n ", "");
        for must in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Uncramp//Bedtime reminder//EN",
            "UID:bedtime-stretch-1764300000000@uncramp",
            "DTSTAMP:20261129T090507Z",
            "SEQUENCE:3",
            "DTSTART:20261129T223000\r\n",
            "RRULE:FREQ=DAILY",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VCALENDAR",
        ] {
            assert!(unfolded.contains(must), "{must}");
        }
        assert!(
            !unfolded.contains("TZID"),
            "floating: travel does not shift it"
        );
        assert_eq!(Reminder::default().label(), "22:30");
    }
}
