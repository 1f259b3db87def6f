//! The bedtime reminder file, read back by a well-kept iCalendar parser (the `icalendar`
//! crate, a host-only dev-dependency): one daily event with a display alarm, that a changed
//! time replaces (same UID, higher SEQUENCE); in the phone's time zone, expanded across a
//! daylight-saving change by a second library (`rrule`, with the IANA database).
#![cfg(not(target_arch = "wasm32"))]

use icalendar::{Calendar, CalendarComponent, Component};
use uncramp::domain::settings::reminder::{
    ics, CalendarWords, Reminder, ReminderFile, Zone, ZoneChange,
};

/// The event's words as the app gives them in English.
const WORDS: CalendarWords<'static> = CalendarWords {
    summary: "Bedtime stretch (Uncramp)",
    description: "Time for your bedtime calf and hamstring stretch (about 4 minutes). Open Uncramp and tap \"Start the bedtime stretch\": https://uncramp.example/app/?start=bedtime\nOn an iPhone this link opens Safari, which keeps its own copy of Uncramp's data: open Uncramp from your home screen instead, so the stretch counts there.",
    alarm: "Time for your bedtime stretch",
};

fn file(minutes: u16, sequence: u32) -> String {
    file_in(minutes, sequence, WORDS)
}

/// The file for `minutes` after midnight, its `sequence`-th version, in `words`.
fn file_in(minutes: u16, sequence: u32, words: CalendarWords) -> String {
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
        zone: None,
        words,
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

/// The zone as the browser gives it (`features::reminder` reads the offsets with `Date`),
/// here read from the IANA database: every change of offset from 2025-12 to 2029-12.
fn zone(tz: chrono_tz::Tz) -> Zone {
    use chrono::{Offset, TimeZone};
    let offset =
        |t: chrono::NaiveDateTime| tz.offset_from_utc_datetime(&t).fix().local_minus_utc() / 60;
    let mut t = chrono::NaiveDate::from_ymd_opt(2025, 12, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("start");
    let end = chrono::NaiveDate::from_ymd_opt(2029, 12, 1).expect("end");
    let mut changes = Vec::new();
    let mut before = offset(t);
    while t.date() < end {
        t += chrono::Duration::minutes(15);
        let now = offset(t);
        if now != before {
            changes.push(ZoneChange {
                local: t + chrono::Duration::minutes(i64::from(before)),
                from_min: before,
                to_min: now,
            });
            before = now;
        }
    }
    Zone {
        tzid: tz.name().to_string(),
        offset_now: offset(
            chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .expect("now"),
        ),
        changes,
    }
}

fn zoned_file(zone: &Zone) -> String {
    ics(&ReminderFile {
        reminder: Reminder {
            minutes: 22 * 60 + 30,
            sequence: 1,
            created_ms: 1_764_300_000_000,
        },
        first: chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("date"),
        now_utc: chrono::NaiveDate::from_ymd_opt(2026, 12, 5)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .expect("time"),
        url: "https://uncramp.example/app/?start=bedtime",
        zone: Some(zone),
        words: WORDS,
    })
}

/// Field case 9: the start is 22:30 in the phone's zone (Outlook refuses or shifts a floating
/// time), and a calendar that expands the daily rule keeps it at 22:30 local across the
/// change to summer time, in Europe and in the US.
#[test]
fn the_start_is_in_the_phones_zone_and_stays_at_2230_across_daylight_saving() {
    use chrono::{TimeZone, Timelike};
    for (tz, change) in [
        (
            chrono_tz::Europe::Berlin,
            chrono::NaiveDate::from_ymd_opt(2027, 3, 28),
        ),
        (
            chrono_tz::America::New_York,
            chrono::NaiveDate::from_ymd_opt(2027, 3, 14),
        ),
    ] {
        let change = change.expect("date");
        let z = zone(tz);
        let text = zoned_file(&z);
        // A calendar parser reads it, VTIMEZONE and all.
        let calendar: Calendar = text.parse().expect("parses with its time zone");
        assert!(calendar.components.len() >= 2, "a VTIMEZONE and the event");
        let unfolded = text.replace("\r\n ", "");
        let dtstart = unfolded
            .lines()
            .find(|l| l.starts_with("DTSTART;TZID="))
            .expect("a zoned start");
        assert_eq!(
            dtstart,
            format!("DTSTART;TZID={}:20261205T223000", tz.name())
        );
        // Expanded by an independent RRULE library in the zone's real rules.
        let set: rrule::RRuleSet = format!("{dtstart}\nRRULE:FREQ=DAILY;COUNT=200")
            .parse()
            .expect("the rule parses");
        let days: Vec<_> = set.all(200).dates;
        assert_eq!(days.len(), 200);
        let mut before_utc = None;
        let mut after_utc = None;
        for d in &days {
            let local = tz.from_utc_datetime(&d.naive_utc());
            assert_eq!((local.hour(), local.minute()), (22, 30), "{d}");
            let utc_hour = d.naive_utc().hour();
            if local.date_naive() < change {
                before_utc = Some(utc_hour);
            } else {
                after_utc = Some(utc_hour);
            }
        }
        assert_eq!(
            before_utc.zip(after_utc).map(|(b, a)| (b + 24 - a) % 24),
            Some(1),
            "the UTC time moves by an hour, the local time does not"
        );
        // The VTIMEZONE's yearly rules give the same changes as the IANA database.
        for kind in ["DAYLIGHT", "STANDARD"] {
            let block = unfolded
                .split(&format!("BEGIN:{kind}"))
                .nth(1)
                .and_then(|b| b.split(&format!("END:{kind}")).next())
                .expect(kind);
            let start = block
                .lines()
                .find_map(|l| l.strip_prefix("DTSTART:"))
                .expect("DTSTART");
            let rule = block
                .lines()
                .find_map(|l| l.strip_prefix("RRULE:"))
                .expect("a yearly rule");
            let set: rrule::RRuleSet = format!("DTSTART;TZID=UTC:{start}\nRRULE:{rule};COUNT=4")
                .parse()
                .expect("the zone's rule parses");
            let expected: Vec<_> = z
                .changes
                .iter()
                .filter(|c| (kind == "DAYLIGHT") == (c.to_min > c.from_min))
                .map(|c| c.local)
                .take(4)
                .collect();
            let got: Vec<_> = set.all(4).dates.iter().map(|d| d.naive_utc()).collect();
            assert_eq!(got, expected, "{} {kind}", tz.name());
        }
    }
}

/// A zone without summer time gets one standard component.
#[test]
fn a_zone_without_daylight_saving_has_one_standard_part() {
    let z = zone(chrono_tz::Asia::Tokyo);
    assert!(z.changes.is_empty());
    let text = zoned_file(&z);
    let _: Calendar = text.parse().expect("parses");
    assert!(text.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nEND:STANDARD"));
    assert!(!text.contains("DAYLIGHT"));
}

/// The Dutch words from the locale file make a file the parser reads back word for word
/// (escaping and folding work for any language's text).
#[test]
fn the_event_in_dutch_reads_back_whole() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/locales/nl.json");
    let locale: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("nl.json")).expect("JSON");
    let word = |group: &str, key: &str| locale[group][key].as_str().expect(key).to_string();
    let url = "https://uncramp.example/app/?start=bedtime";
    let description = word("reminder", "event_description")
        .replace(
            "{{ length }}",
            &word("reminder", "about_minutes").replace("{{ minutes }}", "4"),
        )
        .replace("{{ button }}", &word("home", "start_bedtime"))
        .replace("{{ url }}", url);
    let text = file_in(
        22 * 60 + 30,
        1,
        CalendarWords {
            summary: &word("reminder", "event"),
            description: &description,
            alarm: &word("reminder", "event_alarm"),
        },
    );
    let e = event(&text);
    assert_eq!(e.get_summary(), Some("Rekken voor het slapen (Uncramp)"));
    assert_eq!(e.get_description(), Some(description.as_str()));
    assert!(description.contains("ongeveer 4 min") && description.contains(url));
    assert!(
        description.contains("“Start het rekken voor het slapen”") && !description.contains("{{"),
        "every variable filled"
    );
}
