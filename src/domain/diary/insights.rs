//! "What works for you": from a person's own diary and checklist, cramps per night on nights
//! after a habit was done against nights it was not, with the counts behind each figure.
//!
//! A night is a logical day (`time::logical_day`): a cramp logged at 02:30 belongs to the
//! evening before, as a checklist tick at 00:30 does, so DST and travel never move a night.
//! Only *answered* nights count (the morning question answered, or a cramp logged:
//! `nights::cramps`); a night nobody answered is neither with nor without a cramp, and the
//! number of them is said. Figures are given only when each side has at least [`MIN_NIGHTS`]
//! answered nights, and always with the caution that this is the person's own record, not
//! proof.

use crate::domain::checklist::Checklist;
use crate::domain::diary::{nights, Diary, Tag};
use crate::domain::language::{t, Lang};
use crate::domain::sorted;
use crate::domain::time::DayNum;

/// Each side needs at least this many nights before a comparison is shown.
pub const MIN_NIGHTS: u32 = 7;

/// The caution shown with every comparison.
pub const CAUTION: &str = "This is your own record, not proof: cramps come and go for many reasons, and a habit you keep on better nights may only look helpful. Only nights you answered the morning question for, or logged a cramp on, count.";

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

/// Answered nights after a habit was done, and answered nights it was not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The checklist item's id.
    pub item: u32,
    pub with: Side,
    pub without: Side,
    /// Nights in the period nobody answered for (they count on neither side).
    pub unanswered: u32,
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

    /// [`Comparison::sentence`] in `lang`.
    pub fn sentence_in(&self, after: &str, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.sentence(after),
            Lang::Nl => {
                let n = |n: u32, one: &str, more: &str| {
                    format!("{n} {}", if n == 1 { one } else { more })
                };
                format!(
                    "{} in {} na {after}, {} in {} zonder",
                    n(self.with.cramps, "kramp", "krampen"),
                    n(self.with.nights, "nacht", "nachten"),
                    self.without.cramps,
                    n(self.without.nights, "nacht", "nachten"),
                )
            }
        }
    }

    /// [`Comparison::rates`] in `lang` ("0,30 per nacht tegenover 1,13").
    pub fn rates_in(&self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.rates(),
            Lang::Nl => {
                let r = |x100: u32| format!("{},{:02}", x100 / 100, x100 % 100);
                format!(
                    "{} per nacht tegenover {}",
                    r(self.with.per_night_x100()),
                    r(self.without.per_night_x100())
                )
            }
        }
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

/// The first night the person used the app: their first checklist day, diary entry or
/// answered night (`None` before any).
pub fn first_night(diary: &Diary, checklist: &Checklist) -> Option<DayNum> {
    checklist
        .days
        .iter()
        .map(|r| r.day)
        .chain(diary.entries.iter().map(|e| e.night()))
        .chain(diary.nights.iter().map(|n| n.night))
        .min()
}

/// The nights from `today - 7 * weeks` to yesterday (tonight is not over), starting no
/// earlier than the first night the person used the app ([`first_night`]), so nights before
/// they started do not count as "without".
pub fn nights(
    diary: &Diary,
    checklist: &Checklist,
    today: DayNum,
    weeks: i32,
) -> Option<(DayNum, DayNum)> {
    let last = today.plus(-1);
    let from = today.plus(-7 * weeks.max(1));
    let from = from.max(first_night(diary, checklist)?);
    (from <= last).then_some((from, last))
}

/// Compares answered nights after `item` was ticked with answered nights it was not, over
/// `weeks` weeks.
pub fn compare(
    diary: &Diary,
    checklist: &Checklist,
    item: u32,
    today: DayNum,
    weeks: i32,
) -> Comparison {
    match nights(diary, checklist, today, weeks) {
        Some((from, last)) => compare_between(diary, checklist, item, from, last),
        None => Comparison {
            item,
            with: Side::default(),
            without: Side::default(),
            unanswered: 0,
        },
    }
}

/// Compares answered nights after `item` was ticked with answered nights it was not, from
/// `from` to `last` (both included).
pub fn compare_between(
    diary: &Diary,
    checklist: &Checklist,
    item: u32,
    from: DayNum,
    last: DayNum,
) -> Comparison {
    let done = |night: DayNum| {
        checklist
            .days
            .iter()
            .any(|r| r.day == night && r.done.contains(&item))
    };
    let with = nights::tally(diary, from, last, done);
    let without = nights::tally(diary, from, last, |n| !done(n));
    Comparison {
        item,
        with: Side {
            nights: with.answered,
            cramps: with.cramps,
        },
        without: Side {
            nights: without.answered,
            cramps: without.cramps,
        },
        unanswered: with.unanswered + without.unanswered,
    }
}

/// What came before the cramps of the last `weeks` weeks: each tag with how many cramps it
/// came before, most first, and the number of cramps.
pub fn tags_before(diary: &Diary, today: DayNum, weeks: i32) -> (Vec<(Tag, u32)>, u32) {
    let from = today.plus(-7 * weeks.max(1));
    let mut counts: Vec<(Tag, u32)> = Vec::new();
    let mut cramps = 0;
    for e in diary.between(from, today.plus(-1)) {
        cramps += 1;
        for t in &e.draft.tags {
            match counts.iter_mut().find(|(x, _)| x == t) {
                Some((_, n)) => *n += 1,
                None => counts.push((t.clone(), 1)),
            }
        }
    }
    sorted::sort_by(&mut counts, |a, b| b.1.cmp(&a.1));
    (counts, cramps)
}

/// How a sentence names a habit: "the bedtime stretch", or the item's own name in quotes.
pub fn habit_phrase(checklist: &Checklist, item: u32) -> String {
    habit_phrase_in(checklist, item, Lang::En)
}

/// [`habit_phrase`] in `lang`.
pub fn habit_phrase_in(checklist: &Checklist, item: u32, lang: Lang) -> String {
    let Some(i) = checklist.items.iter().find(|i| i.id == item) else {
        return t(lang, "this habit", "deze gewoonte").to_string();
    };
    match i.builtin {
        Some(crate::domain::checklist::Builtin::BedtimeStretch) if i.name.is_empty() => {
            t(lang, "the bedtime stretch", "het rekken voor het slapen").to_string()
        }
        _ => format!("\u{201c}{}\u{201d}", i.label_in(lang)),
    }
}

/// [`CAUTION`] in `lang`.
pub fn caution_in(lang: Lang) -> &'static str {
    t(
        lang,
        CAUTION,
        "Dit is uw eigen verslag, geen bewijs: kramp komt en gaat om veel redenen, en een gewoonte die u op betere avonden volhoudt, kan alleen maar lijken te helpen. Alleen nachten waarvoor u de ochtendvraag beantwoordde, of waarin u een kramp opschreef, tellen mee.",
    )
}

/// Every habit on the list compared, for `weeks` weeks: the ones with enough nights on both
/// sides first (in list order), then the rest.
pub fn compare_all(
    diary: &Diary,
    checklist: &Checklist,
    today: DayNum,
    weeks: i32,
) -> Vec<Comparison> {
    let mut all: Vec<Comparison> = checklist
        .active()
        .map(|i| compare(diary, checklist, i.id, today, weeks))
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

    /// The morning question answered "no cramp" for `night`.
    fn quiet(diary: &mut Diary, night: DayNum) {
        diary.apply(DiaryCmd::AnswerNight {
            night,
            answer: crate::domain::diary::NightAnswer::NoCramp,
        });
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
    /// without, some logged after midnight (they belong to the evening before); the quiet
    /// nights answered "no cramp", except 3 stretched nights nobody answered for.
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
        let with_cramp = [0, 1, 2, 4, 6, 7, 3, 5, 10, 12, 17, 19, 24, 26];
        for i in 0..28 {
            if !with_cramp.contains(&i) && ![8, 9, 11].contains(&i) {
                quiet(&mut diary, first.plus(i));
            }
        }
        let c = compare(&diary, &list, bedtime, today, 4);
        assert_eq!(
            c.with,
            Side {
                nights: 17,
                cramps: 6
            }
        );
        assert_eq!(c.unanswered, 3, "said, and counted on neither side");
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
            "6 cramps in 17 nights after stretching, 9 in 8 nights without"
        );
        assert_eq!(
            c.rates(),
            "0.35 a night against 1.13",
            "6 / 17 = 0.353, 9 / 8 = 1.125, rounded"
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
        let c = compare(&diary, &list, bedtime, today, 4);
        // Nights start from the first use (10 nights ago): all stretched, none answered, so
        // none counts (a quiet night nobody answered for is not a night without a cramp).
        assert_eq!(c.with, Side::default());
        assert_eq!(c.unanswered, 10);
        let mut answered = diary.clone();
        for i in 1..=10 {
            quiet(&mut answered, today.plus(-i));
        }
        let c = compare(&answered, &list, bedtime, today, 4);
        assert_eq!(
            c.with,
            Side {
                nights: 10,
                cramps: 0
            }
        );
        assert_eq!(c.without.nights, 0);
        assert!(!c.is_shown());
        assert!(nights(&Diary::default(), &Checklist::default(), today, 4).is_none());
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
        for n in [
            change.plus(-3),
            change.plus(-2),
            change.plus(-1),
            change.plus(1),
        ] {
            quiet(&mut diary, n);
        }
        let c = compare(&diary, &list, bedtime, today, 1);
        assert_eq!(
            c.with.cramps, 1,
            "02:30 on the 25th is the night of the 24th"
        );
        assert_eq!(c.with.nights, 2);
        assert_eq!(
            c.with.nights + c.without.nights + c.unanswered,
            7,
            "a week is 7 nights"
        );
    }

    #[test]
    fn tags_are_counted_before_the_cramps_they_came_before() {
        let today = day(2026, 11, 29);
        let mut diary = Diary::default();
        for (i, tags) in [
            vec![Tag::HotDay, Tag::Alcohol],
            vec![Tag::HotDay],
            vec![],
            vec![Tag::Own("gardening".into()), Tag::HotDay],
        ]
        .into_iter()
        .enumerate()
        {
            let at = today
                .plus(-(i as i32) - 1)
                .to_date()
                .and_hms_opt(23, 0, 0)
                .expect("time");
            diary.apply(DiaryCmd::Add(Draft {
                at: LocalMinute::from_naive(at),
                tags,
                ..Draft::default()
            }));
        }
        let (counts, cramps) = tags_before(&diary, today, 4);
        assert_eq!(cramps, 4);
        assert_eq!(counts[0], (Tag::HotDay, 3));
        assert_eq!(counts.len(), 3);
    }
}
