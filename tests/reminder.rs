//! The bedtime reminder file, read back by a well-kept iCalendar parser (the `icalendar`
//! crate, a host-only dev-dependency): one daily event at a floating local time, with a
//! display alarm, that a changed time replaces (same UID, higher SEQUENCE).
#![cfg(not(target_arch = "wasm32"))]

use icalendar::{Calendar, CalendarComponent, Component};
use uncramp::domain::settings::reminder::{ics, Reminder, ReminderFile};

fn file(minutes: u16, sequence: u32) -> String {
    ics(&ReminderFile {
        reminder: Reminder {
            minutes,
            sequence,
            created_ms: 1_764_300_000_000,
        },
        first: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
        now_utc: chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
            .and_then(|d| d.and_hms_opt(21, 0, 0))
            .expect("time"),
        url: "https://uncramp.example/app/?start=bedtime",
        length: "about 4 minutes",
    })
}

fn event(text: &str) -> icalendar::Event {
    let calendar: Calendar = text.parse().expect("a valid iCalendar file");
    calendar
        .components
        .into_iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .expect("one event")
}

#[test]
fn a_calendar_parser_reads_one_daily_event_with_an_alarm() {
    let text = file(22 * 60 + 30, 1);
    let calendar: Calendar = text.parse().expect("parses");
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert!(calendar.property_value("PRODID").is_some());
    let e = event(&text);
    assert_eq!(e.get_uid(), Some("bedtime-stretch-1764300000000@uncramp"));
    assert_eq!(e.property_value("RRULE"), Some("FREQ=DAILY"));
    assert_eq!(e.property_value("DTSTART"), Some("20261129T223000"));
    assert_eq!(e.property_value("SEQUENCE"), Some("1"));
    assert_eq!(e.get_summary(), Some("Bedtime stretch (Uncramp)"));
    let description = e.get_description().expect("a description");
    assert!(description.contains("https://uncramp.example/app/?start=bedtime"));
    assert!(description.contains("iPhone"));
    assert!(
        text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0M\r\nDESCRIPTION:"),
        "a display alarm with a trigger and a description"
    );
}

#[test]
fn a_new_time_replaces_the_old_event() {
    let before = event(&file(22 * 60 + 30, 1));
    let after = event(&file(21 * 60 + 45, 2));
    assert_eq!(before.get_uid(), after.get_uid(), "same UID");
    assert_eq!(after.property_value("SEQUENCE"), Some("2"));
    assert_eq!(after.property_value("DTSTART"), Some("20261129T214500"));
}
