//! "Tonight's stretch": whether the home view shows the bedtime routine as tonight's task, as
//! done, or not at all (issue 15).
//!
//! The evening runs from the hour set in Settings (`Settings::evening_from`, 20:00 unless
//! changed) until the day rolls over at the checklist's day start (04:00 unless changed), so
//! 00:30 is still tonight, as a tick at 00:30 still counts for the evening before. Done means
//! the bedtime stretch is ticked on the checklist for tonight's logical day, whether the guide
//! ticked it or the person did.

use crate::domain::checklist::{Builtin, Checklist, DayRecord};
use crate::domain::sorted;
use crate::domain::time::{before_rollover, logical_day, DayNum};
use chrono::{NaiveDateTime, Timelike};

/// What the home view says about tonight's bedtime stretch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tonight {
    /// Not the evening yet, or the bedtime stretch is not on the checklist (hidden by the
    /// person): nothing to show.
    Nothing,
    /// The evening, and the stretch is not ticked yet. `streak`: nights in a row it was done,
    /// up to last night.
    Due { streak: u32 },
    /// Ticked tonight. `streak`: nights in a row it was done, tonight included.
    Done { streak: u32 },
}

/// Whether `now` (local time) is in the evening: from `evening_from` (minutes after midnight)
/// to midnight, or after midnight before the day rolls over at `day_start` (minutes).
pub fn is_evening(now: NaiveDateTime, evening_from: u16, day_start: u16) -> bool {
    let minute = now.hour() * 60 + now.minute();
    minute >= u32::from(evening_from) || before_rollover(now, day_start)
}

/// What to show at `now` (local time).
pub fn tonight(
    now: NaiveDateTime,
    day_start: u16,
    evening_from: u16,
    checklist: &Checklist,
) -> Tonight {
    let Some(item) = checklist.builtin_id(Builtin::BedtimeStretch) else {
        return Tonight::Nothing;
    };
    let hidden = checklist.items.iter().any(|i| i.id == item && i.hidden);
    if hidden || !is_evening(now, evening_from, day_start) {
        return Tonight::Nothing;
    }
    let today = logical_day(now, day_start);
    if checklist.is_skipped(today) {
        return Tonight::Nothing; // "Not today" on the checklist
    }
    let streak = nights_in_a_row(checklist, item, today);
    if checklist.is_done(today, item) {
        Tonight::Done { streak }
    } else {
        Tonight::Due { streak }
    }
}

/// The nights in a row, back from `today`, on which `item` was ticked. Today not ticked yet
/// does not break the run, and a "Not today" day neither breaks nor extends it (as the
/// checklist's own streak). Walks the stored records, never the calendar.
pub fn nights_in_a_row(checklist: &Checklist, item: u32, today: DayNum) -> u32 {
    // Stored or imported records are not trusted to be sorted or unique.
    let mut days: Vec<&DayRecord> = checklist.days.iter().filter(|r| r.day <= today).collect();
    sorted::sort_by(&mut days, |a, b| b.day.cmp(&a.day));
    let mut expected = today;
    let mut run = 0u32;
    let mut previous: Option<DayNum> = None;
    for record in days {
        if previous == Some(record.day) {
            continue; // a duplicate record: counted once
        }
        previous = Some(record.day);
        if record.day < expected {
            // A day without a record: only today may be missing.
            if expected == today && record.day == today.plus(-1) {
                expected = record.day;
            } else {
                break;
            }
        }
        if record.skipped {
            // Neither breaks nor extends.
        } else if record.done.contains(&item) {
            run = run.saturating_add(1);
        } else if record.day != today {
            break;
        }
        if expected == DayNum(i32::MIN) {
            break;
        }
        expected = expected.plus(-1);
    }
    run
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::ChecklistCmd;
    use chrono::NaiveDate;

    const DAY_START: u16 = 4 * 60;
    const EVENING: u16 = 20 * 60;

    fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, minute, 0)
            .unwrap()
    }

    fn day(d: u32) -> DayNum {
        DayNum::from_date(NaiveDate::from_ymd_opt(2026, 11, d).unwrap())
    }

    fn ticked_on(days: &[u32]) -> Checklist {
        let mut c = Checklist::default();
        for d in days {
            c.apply(
                ChecklistCmd::Tick {
                    day: day(*d),
                    builtin: Builtin::BedtimeStretch,
                },
                day(30),
            );
        }
        c
    }

    #[test]
    fn nothing_before_the_evening_hour() {
        let c = ticked_on(&[]);
        assert_eq!(
            tonight(at(28, 19, 59), DAY_START, EVENING, &c),
            Tonight::Nothing
        );
        assert_eq!(
            tonight(at(28, 4, 0), DAY_START, EVENING, &c),
            Tonight::Nothing
        );
        assert_eq!(
            tonight(at(28, 20, 0), DAY_START, EVENING, &c),
            Tonight::Due { streak: 0 }
        );
    }

    #[test]
    fn after_midnight_is_still_tonight_until_the_day_starts() {
        // Done at 21:00 on the 27th: at 01:30 on the 28th it is still the 27th's evening.
        let c = ticked_on(&[27]);
        assert_eq!(
            tonight(at(28, 1, 30), DAY_START, EVENING, &c),
            Tonight::Done { streak: 1 }
        );
        assert_eq!(
            tonight(at(28, 4, 0), DAY_START, EVENING, &c),
            Tonight::Nothing
        );
        assert_eq!(
            tonight(at(28, 20, 0), DAY_START, EVENING, &c),
            Tonight::Due { streak: 1 }
        );
    }

    #[test]
    fn a_midnight_day_start_has_no_after_midnight_evening() {
        let c = ticked_on(&[]);
        assert_eq!(tonight(at(28, 0, 30), 0, EVENING, &c), Tonight::Nothing);
        assert_eq!(
            tonight(at(28, 23, 59), 0, EVENING, &c),
            Tonight::Due { streak: 0 }
        );
    }

    #[test]
    fn the_streak_counts_nights_in_a_row_and_today_not_done_yet_does_not_break_it() {
        let c = ticked_on(&[24, 26, 27, 28]);
        assert_eq!(
            tonight(at(29, 21, 0), DAY_START, EVENING, &c),
            Tonight::Due { streak: 3 }
        );
        let c = ticked_on(&[24, 26, 27, 28, 29]);
        assert_eq!(
            tonight(at(29, 21, 0), DAY_START, EVENING, &c),
            Tonight::Done { streak: 4 }
        );
        // A night missed before tonight breaks it.
        let c = ticked_on(&[26, 27]);
        assert_eq!(
            tonight(at(29, 21, 0), DAY_START, EVENING, &c),
            Tonight::Due { streak: 0 }
        );
    }

    #[test]
    fn another_habit_ticked_is_not_the_stretch() {
        let mut c = ticked_on(&[28]);
        c.apply(
            ChecklistCmd::Tick {
                day: day(29),
                builtin: Builtin::Drink,
            },
            day(30),
        );
        assert_eq!(
            tonight(at(29, 21, 0), DAY_START, EVENING, &c),
            Tonight::Due { streak: 1 }
        );
        // ...and a day with only another habit ticked breaks the run.
        let mut c = ticked_on(&[27]);
        c.apply(
            ChecklistCmd::Tick {
                day: day(28),
                builtin: Builtin::Drink,
            },
            day(30),
        );
        let item = c.builtin_id(Builtin::BedtimeStretch).unwrap();
        assert_eq!(nights_in_a_row(&c, item, day(29)), 0);
    }

    #[test]
    fn not_today_neither_breaks_nor_extends() {
        let mut c = ticked_on(&[26, 28]);
        c.apply(
            ChecklistCmd::Skip {
                day: day(27),
                skipped: true,
            },
            day(30),
        );
        let item = c.builtin_id(Builtin::BedtimeStretch).unwrap();
        assert_eq!(nights_in_a_row(&c, item, day(28)), 2);
    }

    #[test]
    fn records_out_of_order_or_twice_count_once_each() {
        let mut c = ticked_on(&[27, 28]);
        c.days.reverse(); // [28, 27], as an import may have them
        let dup = c.days[0].clone();
        c.days.push(dup);
        let item = c.builtin_id(Builtin::BedtimeStretch).unwrap();
        assert_eq!(nights_in_a_row(&c, item, day(29)), 2);
    }

    #[test]
    fn not_today_tonight_shows_nothing() {
        let mut c = ticked_on(&[28]);
        c.apply(
            ChecklistCmd::Skip {
                day: day(29),
                skipped: true,
            },
            day(30),
        );
        assert_eq!(
            tonight(at(29, 21, 0), DAY_START, EVENING, &c),
            Tonight::Nothing
        );
    }

    #[test]
    fn a_hidden_bedtime_stretch_shows_nothing() {
        let mut c = ticked_on(&[]);
        let item = c.builtin_id(Builtin::BedtimeStretch).unwrap();
        c.apply(ChecklistCmd::SetHidden { item, hidden: true }, day(30));
        assert_eq!(
            tonight(at(29, 21, 0), DAY_START, EVENING, &c),
            Tonight::Nothing
        );
    }

    #[test]
    fn days_at_the_ends_of_the_range_do_not_overflow() {
        let mut c = ticked_on(&[]);
        let item = c.builtin_id(Builtin::BedtimeStretch).unwrap();
        for d in [i32::MIN, i32::MIN + 1] {
            c.days.push(crate::domain::checklist::DayRecord {
                day: DayNum(d),
                done: vec![item],
                ..Default::default()
            });
        }
        crate::domain::sorted::sort_by(&mut c.days, |a, b| a.day.cmp(&b.day));
        assert_eq!(nights_in_a_row(&c, item, DayNum(i32::MIN + 1)), 2);
    }
}
