//! Nights: the morning question ("last night: no cramp, or a cramp?") turns quiet nights into
//! data, and a night's sleep lost to cramps (0 to 10, the item of primary-care cramp logs,
//! Sebo et al. 2019) goes with it. A night is *answered* when the morning question was
//! answered for it or a cramp was logged on it; every rate the app gives counts answered
//! nights only, and says how many were not answered.
//!
//! A night is a logical day (`time::logical_day`): the night of the 4th is the evening of the
//! 4th and the small hours of the 5th, until the day starts.

use super::Diary;
use crate::domain::language::Lang;
use crate::domain::time::{logical_day, DayNum};
use chrono::{NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

/// The morning question is asked from the day's start until noon.
pub const ASK_UNTIL_MINUTE: u32 = NIGHT_ENDS_HOUR * 60;
/// A night runs from noon to noon: the hour it ends (see `Entry::night`).
pub const NIGHT_ENDS_HOUR: u32 = 12;

/// The answer to "last night?".
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NightAnswer {
    NoCramp,
    Cramp,
}

/// What the person said about one night.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Night {
    pub night: DayNum,
    /// `None`: only sleep lost was given.
    #[serde(default)]
    pub answer: Option<NightAnswer>,
    /// Sleep lost to cramps, 0 (none) to 10 (a whole night).
    #[serde(default)]
    pub sleep_lost: Option<u8>,
}

/// Records the answer for `night` (a later answer replaces an earlier one).
pub fn answer(nights: &mut Vec<Night>, night: DayNum, answer: NightAnswer) {
    entry(nights, night).answer = Some(answer);
}

/// Records the sleep lost on `night` (clamped to 10; `None` clears it).
pub fn sleep_lost(nights: &mut Vec<Night>, night: DayNum, value: Option<u8>) {
    entry(nights, night).sleep_lost = value.map(|v| v.min(10));
    nights.retain(|n| n.answer.is_some() || n.sleep_lost.is_some());
}

fn entry(nights: &mut Vec<Night>, night: DayNum) -> &mut Night {
    let at = match nights.binary_search_by(|n| n.night.cmp(&night)) {
        Ok(at) => at,
        Err(at) => {
            nights.insert(
                at,
                Night {
                    night,
                    answer: None,
                    sleep_lost: None,
                },
            );
            at
        }
    };
    &mut nights[at]
}

/// The night the morning question asks about at `now`, if it is asked: from the day's start
/// until noon, for the night just gone, when that night has no answer and no logged cramp.
pub fn morning_question(diary: &Diary, now: NaiveDateTime, day_start_min: u16) -> Option<DayNum> {
    let last_night = logical_day(now, day_start_min).plus(-1);
    (is_morning(now, day_start_min) && cramps(diary, last_night).is_none()).then_some(last_night)
}

/// Whether `now` is in the hours the morning question is asked: from the day's start until
/// noon (the home view asks the diary only then).
pub fn is_morning(now: NaiveDateTime, day_start_min: u16) -> bool {
    let minute = now.hour() * 60 + now.minute();
    minute >= u32::from(day_start_min) && minute < ASK_UNTIL_MINUTE
}

/// Takes back the answer for `night` (sleep lost, if given, stays).
pub fn forget(nights: &mut Vec<Night>, night: DayNum) {
    if let Ok(at) = nights.binary_search_by(|n| n.night.cmp(&night)) {
        nights[at].answer = None;
    }
    nights.retain(|n| n.answer.is_some() || n.sleep_lost.is_some());
}

/// Cramps on `night`, or `None` when the night is not answered: the cramps logged on it, or 1
/// for a "cramp" answer with none logged, or 0 for "no cramp".
pub fn cramps(diary: &Diary, night: DayNum) -> Option<u32> {
    let logged = diary.entries.iter().filter(|e| e.night() == night).count() as u32;
    let said = diary
        .nights
        .binary_search_by(|n| n.night.cmp(&night))
        .ok()
        .and_then(|i| diary.nights[i].answer);
    match (logged, said) {
        (0, None) => None,
        (0, Some(NightAnswer::Cramp)) => Some(1),
        (n, _) => Some(n),
    }
}

/// Sleep lost on `night`, if given.
pub fn sleep_of(diary: &Diary, night: DayNum) -> Option<u8> {
    diary
        .nights
        .binary_search_by(|n| n.night.cmp(&night))
        .ok()
        .and_then(|i| diary.nights[i].sleep_lost)
}

/// Answered nights, their cramps, and the nights without an answer, over a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub answered: u32,
    pub cramps: u32,
    pub unanswered: u32,
    /// Answered nights with at least one cramp (logged, or answered "a cramp").
    pub with_cramp: u32,
}

impl Tally {
    /// Cramps per answered night, in hundredths.
    pub fn per_night_x100(&self) -> u32 {
        if self.answered == 0 {
            0
        } else {
            ((u64::from(self.cramps) * 100 + u64::from(self.answered) / 2)
                / u64::from(self.answered)) as u32
        }
    }

    /// "0.53": cramps per answered night.
    pub fn rate(&self) -> String {
        let r = self.per_night_x100();
        format!("{}.{:02}", r / 100, r % 100)
    }

    /// "12 cramps in 13 answered nights (0.92 a night)", or "no answered nights" (never a
    /// rate of 0.00 over nothing).
    pub fn said(&self) -> String {
        self.said_in(Lang::En)
    }

    /// [`Tally::said`] in `lang`: "12 krampen in 13 beantwoorde nachten (0,92 per nacht)".
    pub fn said_in(&self, lang: Lang) -> String {
        if lang.words() == Lang::Nl {
            return if self.answered == 0 {
                "geen beantwoorde nachten".to_string()
            } else {
                format!(
                    "{} ({} per nacht)",
                    self.words_in(lang),
                    self.rate().replace('.', ",")
                )
            };
        }
        if self.answered == 0 {
            "no answered nights".to_string()
        } else {
            format!("{} ({} a night)", self.words(), self.rate())
        }
    }

    /// [`Tally::words`] in `lang`.
    pub fn words_in(&self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.words(),
            Lang::Nl => format!(
                "{} {} in {} beantwoorde {}",
                self.cramps,
                if self.cramps == 1 { "kramp" } else { "krampen" },
                self.answered,
                if self.answered == 1 {
                    "nacht"
                } else {
                    "nachten"
                }
            ),
        }
    }

    /// "12 cramps in 13 answered nights".
    pub fn words(&self) -> String {
        format!(
            "{} in {} answered {}",
            plural(self.cramps, "cramp"),
            self.answered,
            if self.answered == 1 {
                "night"
            } else {
                "nights"
            }
        )
    }
}

/// "1 cramp", "3 cramps".
pub fn plural(n: u32, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The tally of the nights from `from` to `to` (inclusive) for which `keep` holds.
pub fn tally(diary: &Diary, from: DayNum, to: DayNum, keep: impl Fn(DayNum) -> bool) -> Tally {
    let mut t = Tally::default();
    let mut night = from;
    while night <= to {
        if keep(night) {
            match cramps(diary, night) {
                Some(n) => {
                    t.answered += 1;
                    t.cramps += n;
                    t.with_cramp += u32::from(n > 0);
                }
                None => t.unanswered += 1,
            }
        }
        night = night.plus(1);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{DiaryCmd, Draft};
    use crate::domain::time::LocalMinute;
    use chrono::NaiveDate;

    const START: u16 = 4 * 60;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, d)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .expect("time")
    }
    fn night(d: u32) -> DayNum {
        DayNum::from_date(NaiveDate::from_ymd_opt(2026, 12, d).expect("date"))
    }

    #[test]
    fn the_morning_question_asks_about_last_night_until_noon() {
        let mut diary = Diary::default();
        assert_eq!(
            morning_question(&diary, at(5, 7, 30), START),
            Some(night(4))
        );
        assert_eq!(morning_question(&diary, at(5, 4, 0), START), Some(night(4)));
        assert_eq!(
            morning_question(&diary, at(5, 11, 59), START),
            Some(night(4))
        );
        assert_eq!(morning_question(&diary, at(5, 12, 0), START), None, "noon");
        assert_eq!(
            morning_question(&diary, at(5, 3, 10), START),
            None,
            "still the night"
        );
        // Answered, or a cramp logged on it: not asked.
        diary.apply(DiaryCmd::AnswerNight {
            night: night(4),
            answer: NightAnswer::NoCramp,
        });
        assert_eq!(morning_question(&diary, at(5, 8, 0), START), None);
        let mut logged = Diary::default();
        logged.apply(DiaryCmd::Add(Draft {
            at: LocalMinute::from_naive(at(5, 3, 10)),
            ..Draft::default()
        }));
        assert_eq!(morning_question(&logged, at(5, 8, 0), START), None);
    }

    /// Hand-counted: 7 nights; "no cramp" on 2, "cramp" answered with nothing logged on 1, two
    /// cramps logged on 1 (one at 02:30 the next morning), 3 nights never answered.
    #[test]
    fn answered_nights_count_and_unanswered_ones_are_said() {
        let mut diary = Diary::default();
        for d in [1, 2] {
            diary.apply(DiaryCmd::AnswerNight {
                night: night(d),
                answer: NightAnswer::NoCramp,
            });
        }
        diary.apply(DiaryCmd::AnswerNight {
            night: night(3),
            answer: NightAnswer::Cramp,
        });
        for when in [at(4, 23, 40), at(5, 2, 30)] {
            diary.apply(DiaryCmd::Add(Draft {
                at: LocalMinute::from_naive(when),
                ..Draft::default()
            }));
        }
        let t = tally(&diary, night(1), night(7), |_| true);
        assert_eq!(
            t,
            Tally {
                answered: 4,
                cramps: 3,
                unanswered: 3,
                with_cramp: 2
            }
        );
        assert_eq!(t.rate(), "0.75");
        assert_eq!(t.said(), "3 cramps in 4 answered nights (0.75 a night)");
        assert_eq!(Tally::default().said(), "no answered nights");
        assert_eq!(t.words(), "3 cramps in 4 answered nights");
        // A logged cramp beats a "no cramp" answer given before it.
        diary.apply(DiaryCmd::AnswerNight {
            night: night(4),
            answer: NightAnswer::NoCramp,
        });
        assert_eq!(cramps(&diary, night(4)), Some(2));
    }

    #[test]
    fn a_cramp_before_noon_belongs_to_the_night_before_whatever_the_day_start() {
        use crate::domain::diary::night_of;
        // Woken at 05:30 or 06:30 (after a 04:00 day start), or logged at 11:59: last night.
        for (h, m) in [(0, 0), (3, 10), (5, 30), (6, 30), (11, 59)] {
            assert_eq!(night_of(at(5, h, m)), night(4), "{h}:{m}");
        }
        for (h, m) in [(12, 0), (23, 10)] {
            assert_eq!(night_of(at(5, h, m)), night(5), "{h}:{m}");
        }
        // So a cramp logged at 06:30 answers the morning question, and counts for last night.
        let mut diary = Diary::default();
        diary.apply(DiaryCmd::Add(Draft {
            at: LocalMinute::from_naive(at(5, 6, 30)),
            ..Draft::default()
        }));
        assert_eq!(morning_question(&diary, at(5, 8, 0), START), None);
        assert_eq!(cramps(&diary, night(4)), Some(1));
        assert_eq!(cramps(&diary, night(5)), None);
    }

    #[test]
    fn sleep_lost_is_kept_per_night_and_clamped() {
        let mut diary = Diary::default();
        diary.apply(DiaryCmd::SleepLost {
            night: night(4),
            value: Some(14),
        });
        assert_eq!(sleep_of(&diary, night(4)), Some(10));
        assert_eq!(cramps(&diary, night(4)), None, "sleep alone is no answer");
        diary.apply(DiaryCmd::SleepLost {
            night: night(4),
            value: None,
        });
        assert!(diary.nights.is_empty());
        // Kept sorted, one record a night.
        for d in [6, 2, 4, 2] {
            diary.apply(DiaryCmd::AnswerNight {
                night: night(d),
                answer: NightAnswer::Cramp,
            });
        }
        let order: Vec<_> = diary.nights.iter().map(|n| n.night).collect();
        assert_eq!(order, vec![night(2), night(4), night(6)]);
    }

    /// "Undo" after the morning question: the answer goes, the sleep lost given stays, and
    /// the question is asked again.
    #[test]
    fn an_answer_taken_back_asks_again_and_keeps_the_sleep() {
        let mut diary = Diary::default();
        diary.apply(DiaryCmd::AnswerNight {
            night: night(4),
            answer: NightAnswer::NoCramp,
        });
        diary.apply(DiaryCmd::ForgetAnswer(night(4)));
        assert!(diary.nights.is_empty());
        assert_eq!(morning_question(&diary, at(5, 8, 0), START), Some(night(4)));
        diary.apply(DiaryCmd::AnswerNight {
            night: night(4),
            answer: NightAnswer::Cramp,
        });
        diary.apply(DiaryCmd::SleepLost {
            night: night(4),
            value: Some(3),
        });
        diary.apply(DiaryCmd::ForgetAnswer(night(4)));
        assert_eq!(sleep_of(&diary, night(4)), Some(3));
        assert_eq!(cramps(&diary, night(4)), None);
        assert!(is_morning(at(5, 4, 0), START) && !is_morning(at(5, 12, 0), START));
    }
}
