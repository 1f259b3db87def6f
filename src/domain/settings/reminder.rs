//! The bedtime reminder: a standard iCalendar file (RFC 5545) with one daily event and an
//! alarm, which the phone's calendar imports and then reminds the user from, offline, with no
//! server. Changing the time makes a new file whose event replaces the old one (same UID, a
//! higher SEQUENCE); a reminder made after one was stopped is a new event (a new UID).
//!
//! The start is written in the phone's time zone (`DTSTART;TZID=…` with a `VTIMEZONE` built
//! from the browser's own rules, [`Zone`]): Outlook refuses or shifts a floating time (field
//! case 9). Where the browser gives no zone, the time floats as before.
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

/// The phone's time zone as the browser knows it: its IANA name and the moments its offset
/// changes, from a year ago to a few years ahead (the shell reads them from the browser's
/// rules with `Date`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// "Europe/Berlin".
    pub tzid: String,
    /// The offset from UTC now, in minutes (east positive).
    pub offset_now: i32,
    /// Each change of the offset, in time order.
    pub changes: Vec<ZoneChange>,
}

/// One change of a zone's offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZoneChange {
    /// The local wall-clock time the change happens at, read on the clock before it.
    pub local: NaiveDateTime,
    pub from_min: i32,
    pub to_min: i32,
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
    /// The phone's time zone (`None`: a floating time).
    pub zone: Option<&'a Zone>,
    /// The event's words, in the person's language.
    pub words: CalendarWords<'a>,
}

/// What the calendar shows of the event, in the person's language (the shell gives them from
/// its locale files, so this module stays free of any one language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarWords<'a> {
    /// The event's title, e.g. "Bedtime stretch (Uncramp)".
    pub summary: &'a str,
    /// The event's description, with the link back to the bedtime stretch in it.
    pub description: &'a str,
    /// What the alarm says.
    pub alarm: &'a str,
}

/// The file name the phone saves it under.
pub const FILE_NAME: &str = "uncramp-bedtime-reminder.ics";

/// The iCalendar text: CRLF line ends, lines folded at 75 octets, text escaped.
pub fn ics(file: &ReminderFile) -> String {
    let r = file.reminder;
    let minutes = r.minutes.min(24 * 60 - 1);
    let start = file
        .first
        .and_hms_opt(u32::from(minutes / 60), u32::from(minutes % 60), 0)
        .unwrap_or_default();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Uncramp//Bedtime reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    if let Some(zone) = file.zone {
        lines.extend(vtimezone(zone));
    }
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", text(&r.uid())),
        format!("DTSTAMP:{}Z", stamp(file.now_utc)),
        format!("SEQUENCE:{}", r.sequence),
        match file.zone {
            // 22:30 in the phone's zone, whatever the season (DST included).
            Some(zone) => format!("DTSTART;TZID={}:{}", param(&zone.tzid), stamp(start)),
            // No zone known: a floating local time.
            None => format!("DTSTART:{}", stamp(start)),
        },
        "DURATION:PT10M".to_string(),
        "RRULE:FREQ=DAILY".to_string(),
        format!("SUMMARY:{}", text(file.words.summary)),
        format!("DESCRIPTION:{}", text(file.words.description)),
        format!("URL:{}", file.url),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "TRIGGER:PT0M".to_string(),
        format!("DESCRIPTION:{}", text(file.words.alarm)),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ]);
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// The `VTIMEZONE` of `zone`: one component per kind of change (summer time and back), each
/// with a yearly rule where the changes follow one ("the last Sunday of March"), else with the
/// dates listed; a zone that never changes gets one standard component.
fn vtimezone(zone: &Zone) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{}", param(&zone.tzid)),
    ];
    let mut kinds: Vec<(i32, i32)> = Vec::new();
    for c in &zone.changes {
        if !kinds.contains(&(c.from_min, c.to_min)) {
            kinds.push((c.from_min, c.to_min));
        }
    }
    if kinds.is_empty() {
        lines.extend([
            "BEGIN:STANDARD".to_string(),
            "DTSTART:19700101T000000".to_string(),
            format!("TZOFFSETFROM:{}", offset(zone.offset_now)),
            format!("TZOFFSETTO:{}", offset(zone.offset_now)),
            "END:STANDARD".to_string(),
        ]);
    }
    for (from, to) in kinds {
        let dates: Vec<NaiveDateTime> = zone
            .changes
            .iter()
            .filter(|c| (c.from_min, c.to_min) == (from, to))
            .map(|c| c.local)
            .collect();
        let kind = if to > from { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", stamp(dates[0])));
        lines.push(format!("TZOFFSETFROM:{}", offset(from)));
        lines.push(format!("TZOFFSETTO:{}", offset(to)));
        match yearly_rule(&dates) {
            Some(rule) => lines.push(format!("RRULE:{rule}")),
            None => lines.extend(dates[1..].iter().map(|d| format!("RDATE:{}", stamp(*d)))),
        }
        lines.push(format!("END:{kind}"));
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

/// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` when every date is the same weekday at the same place in
/// the same month (the last one, or the nth), at the same time, in successive years.
fn yearly_rule(dates: &[NaiveDateTime]) -> Option<String> {
    const DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let first = dates.first()?;
    if dates.len() < 2 {
        return None;
    }
    let place = |d: &NaiveDateTime| {
        let day = d.day();
        let last = d
            .date()
            .checked_add_days(chrono::Days::new(7))
            .map(|n| n.month())
            != Some(d.month());
        (d.month(), d.weekday(), (day - 1) / 7 + 1, last, d.time())
    };
    let (month, weekday, nth, last, time) = place(first);
    let same = dates.windows(2).all(|w| w[1].year() == w[0].year() + 1)
        && dates.iter().all(|d| {
            let (m, w, n, l, t) = place(d);
            (m, w, t) == (month, weekday, time) && (if last { l } else { n == nth })
        });
    same.then(|| {
        let which = if last { -1 } else { nth as i32 };
        format!(
            "FREQ=YEARLY;BYMONTH={month};BYDAY={which}{}",
            DAYS[weekday.num_days_from_monday() as usize]
        )
    })
}

/// `+0100`, `-0330`.
fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// A parameter value: quoted when it holds a character that would end it.
fn param(value: &str) -> String {
    if value.contains([':', ';', ',']) {
        format!("\"{}\"", value.replace('"', ""))
    } else {
        value.to_string()
    }
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

    /// The English description as src/locales/en.json words it.
    fn english_description(url: &str) -> String {
        format!("Time for your bedtime calf and hamstring stretch (about 4 minutes). Open Uncramp and tap \"Start the bedtime stretch\": {url}\nOn an iPhone this link opens Safari, which keeps its own copy of Uncramp's data: open Uncramp from your home screen instead, so the stretch counts there.")
    }

    fn file(url: &str) -> String {
        let description = english_description(url);
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
            zone: None,
            words: CalendarWords {
                summary: "Bedtime stretch (Uncramp)",
                description: &description,
                alarm: "Time for your bedtime stretch",
            },
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
        assert!(description
            .contains("\\nOn an iPhone this link opens Safari\\, which keeps its own copy"));
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
    fn yearly_rules_and_offsets() {
        let d = |y, m, day, h| {
            chrono::NaiveDate::from_ymd_opt(y, m, day)
                .and_then(|d| d.and_hms_opt(h, 0, 0))
                .expect("date")
        };
        // Europe: the last Sunday of March at 02:00, then of October at 03:00.
        assert_eq!(
            yearly_rule(&[d(2026, 3, 29, 2), d(2027, 3, 28, 2), d(2028, 3, 26, 2)]).as_deref(),
            Some("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        );
        // The US: the second Sunday of March.
        assert_eq!(
            yearly_rule(&[d(2026, 3, 8, 2), d(2027, 3, 14, 2)]).as_deref(),
            Some("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
        );
        // No pattern (a zone whose rule changed): the dates are listed instead.
        assert_eq!(yearly_rule(&[d(2026, 3, 29, 2), d(2027, 4, 4, 2)]), None);
        assert_eq!(yearly_rule(&[d(2026, 3, 29, 2)]), None);
        assert_eq!(offset(60), "+0100");
        assert_eq!(offset(-210), "-0330");
        assert_eq!(offset(0), "+0000");
        assert_eq!(param("Europe/Berlin"), "Europe/Berlin");
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
        assert!(!unfolded.contains("TZID"), "no zone known: a floating time");
        assert_eq!(Reminder::default().label(), "22:30");
    }
}
