//! "Does the bedtime stretch work for you?": a personal trial shaped like the one that tested it
//! (Hallegraeff et al. 2012, six weeks of nightly stretching). Two weeks of baseline nights
//! (no bedtime stretch), then six weeks of the nightly routine; the morning question is the
//! measure. The result sits beside the trial's finding, says plainly when there are too few
//! answered nights, never claims more than the counts show, and says when the season changed
//! between the two periods (night cramps are about twice as common in summer as in winter,
//! Garrison et al. 2015).

use super::nights::{self, Tally};
use super::Diary;
use crate::domain::checklist::{Builtin, Checklist};
use crate::domain::language::{t, Lang};
use crate::domain::time::DayNum;
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// Baseline nights.
pub const BASELINE_NIGHTS: i32 = 14;
/// Nights of the routine (six weeks, as in the trial).
pub const ROUTINE_NIGHTS: i32 = 42;
/// Answered nights needed: of the baseline, and of the routine.
pub const MIN_BASELINE: u32 = 10;
pub const MIN_ROUTINE: u32 = 30;

/// What the trial found, said beside the person's result (Hallegraeff 2012, as Cochrane 2021
/// rates it).
pub const TRIAL_FINDING: &str = "In the trial, adults over 55 who stretched like this every night for six weeks had on average about 1 fewer cramp a night than those who did not, and milder ones. A Cochrane review rates this evidence as low certainty.";

/// The caution with every result.
pub const CAUTION: &str =
    "This is your own record of a few weeks, not proof: cramps come and go for many reasons.";

/// A trial, from its first baseline night.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trial {
    pub started: DayNum,
}

/// Where a trial is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Night `n` (1-based) of the 14 baseline nights: no bedtime stretch.
    Baseline(i32),
    /// Night `n` of the 42 nights of the routine.
    Routine(i32),
    Done,
}

/// The trial's state and its counts so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub phase: Phase,
    pub baseline: Tally,
    pub routine: Tally,
    /// Routine nights with the bedtime stretch ticked on the checklist.
    pub stretched: u32,
    /// Enough answered nights on both sides to give a result.
    pub enough: bool,
    /// The two periods fell in different seasons.
    pub season_changed: bool,
}

impl Trial {
    pub fn routine_start(&self) -> DayNum {
        self.started.plus(BASELINE_NIGHTS)
    }

    pub fn end(&self) -> DayNum {
        self.routine_start().plus(ROUTINE_NIGHTS - 1)
    }

    /// What the evening's bedtime card says during the baseline, when the stretch is to be
    /// left out (doing it would spoil the comparison); `None` in any other phase.
    pub fn tonight_note(&self, today: DayNum) -> Option<String> {
        self.tonight_note_in(today, Lang::En)
    }

    /// [`Trial::tonight_note`] in `lang`.
    pub fn tonight_note_in(&self, today: DayNum, lang: Lang) -> Option<String> {
        if lang.words() == Lang::Nl {
            return match self.phase(today) {
                Phase::Baseline(n) => Some(format!(
                    "Uw proef: nacht {n} van {BASELINE_NIGHTS} zonder rekken voor het slapen, dus sla het vanavond over. Het rekken begint op {}.",
                    self.routine_start().long_seen_from_in(today, lang)
                )),
                Phase::Routine(_) | Phase::Done => None,
            };
        }
        match self.phase(today) {
            Phase::Baseline(n) => Some(format!(
                "Your trial: night {n} of {BASELINE_NIGHTS} without the bedtime stretch, so skip it tonight. The routine starts on {}.",
                self.routine_start().long_seen_from(today)
            )),
            Phase::Routine(_) | Phase::Done => None,
        }
    }

    /// Where it is tonight (`today`'s night).
    pub fn phase(&self, today: DayNum) -> Phase {
        let n = today.0 - self.started.0 + 1;
        if n <= BASELINE_NIGHTS {
            Phase::Baseline(n.max(1))
        } else if n <= BASELINE_NIGHTS + ROUTINE_NIGHTS {
            Phase::Routine(n - BASELINE_NIGHTS)
        } else {
            Phase::Done
        }
    }

    /// The counts up to last night.
    pub fn report(&self, diary: &Diary, checklist: &Checklist, today: DayNum) -> Report {
        let last = today.plus(-1);
        let baseline_end = self.routine_start().plus(-1).min(last);
        let baseline = nights::tally(diary, self.started, baseline_end, |_| true);
        let routine_end = self.end().min(last);
        let routine = if routine_end >= self.routine_start() {
            nights::tally(diary, self.routine_start(), routine_end, |_| true)
        } else {
            Tally::default()
        };
        let bedtime = checklist.builtin_id(Builtin::BedtimeStretch);
        let stretched = checklist
            .days
            .iter()
            .filter(|d| d.day >= self.routine_start() && d.day <= routine_end)
            .filter(|d| bedtime.is_some_and(|id| d.done.contains(&id)))
            .count() as u32;
        let middle = |a: DayNum, b: DayNum| DayNum((a.0 + b.0) / 2);
        Report {
            phase: self.phase(today),
            baseline,
            routine,
            stretched,
            enough: baseline.answered >= MIN_BASELINE && routine.answered >= MIN_ROUTINE,
            season_changed: season(middle(self.started, self.routine_start().plus(-1)))
                != season(middle(self.routine_start(), self.end())),
        }
    }
}

/// The meteorological season (0 winter, 1 spring, 2 summer, 3 autumn) of a night, by month.
fn season(day: DayNum) -> u32 {
    (day.to_date().month() % 12) / 3
}

/// [`TRIAL_FINDING`] in `lang`.
pub fn trial_finding_in(lang: Lang) -> &'static str {
    t(
        lang,
        TRIAL_FINDING,
        "In het onderzoek hadden 55-plussers die zes weken lang elke avond zo rekten gemiddeld ongeveer 1 kramp per nacht minder dan wie dat niet deed, en mildere krampen. Een Cochrane-review noemt dit bewijs weinig zeker.",
    )
}

/// [`CAUTION`] in `lang`.
pub fn caution_in(lang: Lang) -> &'static str {
    t(
        lang,
        CAUTION,
        "Dit is uw eigen verslag van een paar weken, geen bewijs: kramp komt en gaat om veel redenen.",
    )
}

impl Report {
    /// [`Report::result`] in `lang`.
    pub fn result_in(&self, lang: Lang) -> String {
        if lang.words() == Lang::En {
            return self.result();
        }
        let counts = format!(
            "Ervoor: {}. Met het rekken: {}.",
            self.baseline.said_in(lang),
            self.routine.said_in(lang)
        );
        if !self.enough {
            return format!(
                "{counts} Nog te weinig beantwoorde nachten voor een uitkomst: er zijn er {MIN_BASELINE} nodig ervoor en {MIN_ROUTINE} met het rekken. Beantwoord elke dag de ochtendvraag."
            );
        }
        let (b, r) = (
            self.baseline.per_night_x100(),
            self.routine.per_night_x100(),
        );
        let verdict = if r + 10 <= b {
            "Met het rekken had u minder krampen per nacht."
        } else if b + 10 <= r {
            "Met het rekken had u meer krampen per nacht."
        } else {
            "Met het rekken veranderde het aantal krampen per nacht nauwelijks."
        };
        let season = if self.season_changed {
            " Tussen de twee periodes veranderde het seizoen, en nachtelijke kramp komt in de zomer vaker voor: een deel van het verschil kan dus door het seizoen komen."
        } else {
            ""
        };
        format!("{counts} {verdict}{season}")
    }

    /// The result in words, counts first, never more than they show.
    pub fn result(&self) -> String {
        let counts = format!(
            "Before: {}. With the routine: {}.",
            self.baseline.said(),
            self.routine.said()
        );
        if !self.enough {
            return format!(
                "{counts} Too few answered nights for a result yet: it needs {MIN_BASELINE} before and {MIN_ROUTINE} with the routine. Answer the morning question each day."
            );
        }
        let (b, r) = (
            self.baseline.per_night_x100(),
            self.routine.per_night_x100(),
        );
        let verdict = if r + 10 <= b {
            "You had fewer cramps a night with the routine."
        } else if b + 10 <= r {
            "You had more cramps a night with the routine."
        } else {
            "Your cramps a night hardly changed with the routine."
        };
        let season = if self.season_changed {
            " The season changed between the two periods, and night cramps are more common in summer, so part of the difference may be the season."
        } else {
            ""
        };
        format!("{counts} {verdict}{season}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::ChecklistCmd;
    use crate::domain::diary::{DiaryCmd, NightAnswer};
    use chrono::NaiveDate;

    fn day(m: u32, d: u32) -> DayNum {
        DayNum::from_date(NaiveDate::from_ymd_opt(2026, m, d).expect("date"))
    }

    fn answer(diary: &mut Diary, night: DayNum, cramp: bool) {
        diary.apply(DiaryCmd::AnswerNight {
            night,
            answer: if cramp {
                NightAnswer::Cramp
            } else {
                NightAnswer::NoCramp
            },
        });
    }

    #[test]
    fn the_phases_are_two_weeks_then_six() {
        let t = Trial { started: day(1, 5) };
        assert_eq!(t.phase(day(1, 5)), Phase::Baseline(1));
        assert_eq!(t.phase(day(1, 18)), Phase::Baseline(14));
        assert_eq!(t.phase(day(1, 19)), Phase::Routine(1));
        assert_eq!(t.end(), day(3, 1));
        assert_eq!(t.phase(day(3, 1)), Phase::Routine(42));
        assert_eq!(t.phase(day(3, 2)), Phase::Done);
        // The evening card says to leave the stretch out during the baseline only.
        let note = t.tonight_note(day(1, 5)).expect("baseline");
        assert!(
            note.contains("night 1 of 14 without the bedtime stretch"),
            "{note}"
        );
        assert!(t.tonight_note(day(1, 19)).is_none() && t.tonight_note(day(3, 2)).is_none());
    }

    /// Hand-counted, in one season (started on 1 December: the baseline's middle is 7 December
    /// and the routine's 4 January, both winter): baseline 12 answered nights with 12 cramps
    /// (1.00), routine 36 answered nights with 18 (0.50).
    #[test]
    fn a_result_with_its_counts_beside_nothing_more() {
        let t = Trial {
            started: day(12, 1),
        };
        let mut diary = Diary::default();
        let mut list = Checklist::default();
        for i in 0..12 {
            answer(&mut diary, t.started.plus(i), true);
        }
        for i in 0..36 {
            let night = t.routine_start().plus(i);
            answer(&mut diary, night, i % 2 == 0);
            list.apply(
                ChecklistCmd::Tick {
                    day: night,
                    builtin: Builtin::BedtimeStretch,
                },
                night,
            );
        }
        let today = t.end().plus(1);
        let r = t.report(&diary, &list, today);
        assert_eq!((r.baseline.answered, r.baseline.cramps), (12, 12));
        assert_eq!((r.routine.answered, r.routine.cramps), (36, 18));
        assert_eq!(r.routine.unanswered, 6);
        assert_eq!(r.stretched, 36);
        assert!(r.enough);
        assert_eq!(r.phase, Phase::Done);
        assert_eq!(
            r.result(),
            "Before: 12 cramps in 12 answered nights (1.00 a night). With the routine: 18 cramps in 36 answered nights (0.50 a night). You had fewer cramps a night with the routine."
        );
        // Started on 1 May: the baseline in spring, the routine mostly in summer.
        let spring = Trial { started: day(5, 1) };
        let r = spring.report(&diary, &list, spring.end().plus(1));
        assert!(r.season_changed);
    }

    #[test]
    fn too_few_nights_are_said_plainly() {
        let t = Trial { started: day(6, 1) };
        let mut diary = Diary::default();
        for i in 0..5 {
            answer(&mut diary, t.started.plus(i), false);
        }
        let r = t.report(&diary, &Checklist::default(), day(6, 10));
        assert_eq!(r.phase, Phase::Baseline(10));
        assert!(!r.enough);
        assert!(r.result().contains("Too few answered nights"));
        assert_eq!(r.baseline.unanswered, 4, "9 nights so far, 5 answered");
        assert!(!r.season_changed, "June and July: summer");
    }
}
