//! "What works for you": from a person's own diary and checklist, cramps per night on nights
//! after a habit was done against nights it was not, with the counts behind each figure.
//!
//! A night is a logical day (`time::logical_day`): a cramp logged at 02:30 belongs to the
//! evening before, as a checklist tick at 00:30 does, so DST and travel never move a night.
//! A night with no diary entry counts as a night without a logged cramp. Figures are given
//! only when each side has at least [`MIN_NIGHTS`] nights, and always with the caution that
//! this is the person's own record, not proof.

use crate::domain::checklist::Checklist;
use crate::domain::diary::Diary;
use crate::domain::sorted;
use crate::domain::time::DayNum;

/// Each side needs at least this many nights before a comparison is shown.
pub const MIN_NIGHTS: u32 = 7;

/// The caution shown with every comparison.
pub const CAUTION: &str = "This is your own record, not proof: cramps come and go for many reasons, and a habit you keep on better nights may only look helpful. A night with nothing in your diary counts as a night without a logged cramp.";

/// One side of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Side {
    pub nights: u32,
    pub cramps: u32,
}

impl Side {
    /// Cramps per night, in hundredths.
    pub fn per_night_x100(&self) -> u32 {
        if self.nights == 0 {
            0
        } else {
            ((u64::from(self.cramps) * 100 + u64::from(self.nights) / 2) / u64::from(self.nights))
                as u32
        }
    }
}

/// Nights after a habit was done, and nights it was not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The checklist item's id.
    pub item: u32,
    pub with: Side,
    pub without: Side,
}

impl Comparison {
    /// Whether both sides have enough nights to show.
    pub fn is_shown(&self) -> bool {
        self.with.nights >= MIN_NIGHTS && self.without.nights >= MIN_NIGHTS
    }

    /// "6 cramps in 20 nights after stretching, 9 in 8 nights without".
    pub fn sentence(&self, after: &str) -> String {
        format!(
            "{} in {} after {after}, {} in {} without",
            count(self.with.cramps, "cramp"),
            count(self.with.nights, "night"),
            self.without.cramps,
            count(self.without.nights, "night"),
        )
    }

    /// "0.30 a night against 1.13": the rates behind the sentence.
    pub fn rates(&self) -> String {
        let r = |x100: u32| format!("{}.{:02}", x100 / 100, x100 % 100);
        format!(
            "{} a night against {}",
            r(self.with.per_night_x100()),
            r(self.without.per_night_x100())
        )
    }
}

fn count(n: u32, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The nights from `today - 7 * weeks` to yesterday (tonight is not over), starting no
/// earlier than the first night the person used the app (their first checklist day or diary
/// entry), so nights before they started do not count as "without".
pub fn nights(
    diary: &Diary,
    checklist: &Checklist,
    today: DayNum,
    weeks: i32,
    day_start_min: u16,
) -> Option<(DayNum, DayNum)> {
    let last = today.plus(-1);
    let from = today.plus(-7 * weeks.max(1));
    let first_used = checklist
        .days
        .iter()
        .map(|r| r.day)
        .chain(diary.entries.iter().map(|e| e.day(day_start_min)))
        .min()?;
    let from = from.max(first_used);
    (from <= last).then_some((from, last))
}

/// Compares nights after `item` was ticked with nights it was not, over `weeks` weeks.
pub fn compare(
    diary: &Diary,
    checklist: &Checklist,
    item: u32,
    today: DayNum,
    weeks: i32,
    day_start_min: u16,
) -> Comparison {
    let mut out = Comparison {
        item,
        with: Side::default(),
        without: Side::default(),
    };
    let Some((from, last)) = nights(diary, checklist, today, weeks, day_start_min) else {
        return out;
    };
    // Cramps per night, counted once from the diary (not per night from every entry).
    let mut cramps: Vec<(DayNum, u32)> = Vec::new();
    for e in diary.between(from, last, day_start_min) {
        let night = e.day(day_start_min);
        match cramps.iter_mut().find(|(d, _)| *d == night) {
            Some((_, n)) => *n += 1,
            None => cramps.push((night, 1)),
        }
    }
    let total_nights = (i64::from(last.0) - i64::from(from.0) + 1).max(0) as u32;
    let mut done_nights: Vec<DayNum> = checklist
        .days
        .iter()
        .filter(|r| r.day >= from && r.day <= last && r.done.contains(&item))
        .map(|r| r.day)
        .collect();
    done_nights.dedup();
    out.with.nights = done_nights.len() as u32;
    out.without.nights = total_nights.saturating_sub(out.with.nights);
    for (night, n) in cramps {
        if done_nights.contains(&night) {
            out.with.cramps += n;
        } else {
            out.without.cramps += n;
        }
    }
    out
}

/// How a sentence names a habit: "the bedtime stretch", or the item's own name in quotes.
pub fn habit_phrase(checklist: &Checklist, item: u32) -> String {
    let Some(i) = checklist.items.iter().find(|i| i.id == item) else {
        return "this habit".to_string();
    };
    match i.builtin {
        Some(crate::domain::checklist::Builtin::BedtimeStretch) if i.name.is_empty() => {
            "the bedtime stretch".to_string()
        }
        _ => format!("\u{201c}{}\u{201d}", i.label()),
    }
}

/// Every habit on the list compared, for `weeks` weeks: the ones with enough nights on both
/// sides first (in list order), then the rest.
pub fn compare_all(
    diary: &Diary,
    checklist: &Checklist,
    today: DayNum,
    weeks: i32,
    day_start_min: u16,
) -> Vec<Comparison> {
    let mut all: Vec<Comparison> = checklist
        .active()
        .map(|i| compare(diary, checklist, i.id, today, weeks, day_start_min))
        .collect();
    sorted::sort_by(&mut all, |a, b| b.is_shown().cmp(&a.is_shown()));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::{Builtin, ChecklistCmd};
    use crate::domain::diary::{DiaryCmd, Draft};
    use crate::domain::time::LocalMinute;
    use chrono::NaiveDate;

    const START: u16 = 4 * 60;

    fn day(y: i32, m: u32, d: u32) -> DayNum {
        DayNum::from_date(NaiveDate::from_ymd_opt(y, m, d).expect("date"))
    }

    fn cramp_at(diary: &mut Diary, date: NaiveDate, h: u32, min: u32) {
        let at = date.and_hms_opt(h, min, 0).expect("time");
        diary.apply(DiaryCmd::Add(Draft {
            at: LocalMinute::from_naive(at),
            ..Draft::default()
        }));
    }

    fn stretch_on(list: &mut Checklist, d: DayNum, today: DayNum) {
        list.apply(
            ChecklistCmd::Tick {
                day: d,
                builtin: Builtin::BedtimeStretch,
            },
            today,
        );
    }

    /// A hand-made month: stretched on 20 nights, not on 8; 6 cramps after stretching and 9
    /// without, some logged after midnight (they belong to the evening before).
    #[test]
    fn the_issue_example_counts_the_right_nights() {
        let today = day(2026, 11, 29);
        let mut list = Checklist::default();
        let mut diary = Diary::default();
        let first = today.plus(-28);
        let bedtime = list.builtin_id(Builtin::BedtimeStretch).expect("item");
        for i in 0..28 {
            let night = first.plus(i);
            if i % 7 != 3 && i % 7 != 5 {
                stretch_on(&mut list, night, today); // 20 nights
            }
        }
        // 6 cramps on stretched nights, at 02:30 the morning after (the evening before counts).
        for i in [0, 1, 2, 4, 6, 7] {
            cramp_at(&mut diary, first.plus(i + 1).to_date(), 2, 30);
        }
        // 9 cramps on the 8 nights without: two on one night, at 23:50.
        for i in [3, 5, 10, 12, 17, 19, 24, 26, 26] {
            cramp_at(&mut diary, first.plus(i).to_date(), 23, 50);
        }
        let c = compare(&diary, &list, bedtime, today, 4, START);
        assert_eq!(
            c.with,
            Side {
                nights: 20,
                cramps: 6
            }
        );
        assert_eq!(
            c.without,
            Side {
                nights: 8,
                cramps: 9
            }
        );
        assert!(c.is_shown());
        assert_eq!(
            c.sentence("stretching"),
            "6 cramps in 20 nights after stretching, 9 in 8 nights without"
        );
        assert_eq!(
            c.rates(),
            "0.30 a night against 1.13",
            "9 / 8 = 1.125, rounded"
        );
    }

    #[test]
    fn too_few_nights_on_a_side_are_not_shown_and_empty_nights_count() {
        let today = day(2026, 11, 29);
        let mut list = Checklist::default();
        let diary = Diary::default();
        let bedtime = list.builtin_id(Builtin::BedtimeStretch).expect("item");
        for i in 1..=10 {
            stretch_on(&mut list, today.plus(-i), today);
        }
        let c = compare(&diary, &list, bedtime, today, 4, START);
        // Nights start from the first use (10 nights ago): all stretched, none without.
        assert_eq!(
            c.with,
            Side {
                nights: 10,
                cramps: 0
            }
        );
        assert_eq!(c.without.nights, 0);
        assert!(!c.is_shown());
        assert!(nights(&Diary::default(), &Checklist::default(), today, 4, START).is_none());
    }

    /// DST: the night of the clock change is one night, and a cramp at 02:30 on the morning
    /// the clocks go back still belongs to the evening before.
    #[test]
    fn daylight_saving_nights_are_single_nights() {
        let today = day(2026, 10, 28);
        let mut list = Checklist::default();
        let mut diary = Diary::default();
        let bedtime = list.builtin_id(Builtin::BedtimeStretch).expect("item");
        let change = day(2026, 10, 24); // evening before the clocks go back (Europe)
        stretch_on(&mut list, change, today);
        stretch_on(&mut list, change.plus(-3), today);
        cramp_at(
            &mut diary,
            NaiveDate::from_ymd_opt(2026, 10, 25).expect("date"),
            2,
            30,
        );
        let c = compare(&diary, &list, bedtime, today, 1, START);
        assert_eq!(
            c.with.cramps, 1,
            "02:30 on the 25th is the night of the 24th"
        );
        assert_eq!(c.with.nights, 2);
        assert_eq!(c.with.nights + c.without.nights, 7, "a week is 7 nights");
    }
}
