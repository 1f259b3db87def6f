//! The prevention checklist: daily habits, ticked per day, with history and streaks.
//!
//! Days are [`DayNum`]s of the *logical* day (see `time::logical_day`): a tick at 00:30 lands
//! on the evening it belongs to. Days are keyed by the local calendar date alone, so
//! daylight-saving changes, time-zone travel or a clock set back never lose, duplicate or
//! move a day's ticks: ticking is idempotent per (day, item).

use super::sorted;
use super::time::DayNum;
use crate::domain::language::{t, Lang};
use crate::domain::learn::sources::{Src, Strength};
use crate::domain::saved::schema::Schema;
use serde::{Deserialize, Serialize};

/// The built-in habits, drawn from the evidence.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Builtin {
    BedtimeStretch,
    DaytimeStretch,
    Drink,
    EasyEvening,
    MagnesiumFood,
    Activity,
    LooseBedding,
}

impl Builtin {
    pub const ALL: [Builtin; 7] = [
        Builtin::BedtimeStretch,
        Builtin::DaytimeStretch,
        Builtin::Drink,
        Builtin::EasyEvening,
        Builtin::MagnesiumFood,
        Builtin::Activity,
        Builtin::LooseBedding,
    ];

    pub fn name(self) -> &'static str {
        self.name_in(Lang::En)
    }

    /// The habit's name in `lang`.
    pub fn name_in(self, lang: Lang) -> &'static str {
        match self {
            Builtin::BedtimeStretch => t(
                lang,
                "Bedtime calf and hamstring stretch",
                "Voor het slapen kuit en achterkant bovenbeen rekken",
            ),
            Builtin::DaytimeStretch => t(lang, "A daytime calf stretch", "Overdag de kuit rekken"),
            Builtin::Drink => t(
                lang,
                "Drink enough through the day",
                "Overdag genoeg drinken",
            ),
            Builtin::EasyEvening => t(
                lang,
                "Go easy on alcohol and caffeine",
                "Weinig alcohol en cafeïne",
            ),
            Builtin::MagnesiumFood => t(
                lang,
                "Eat a magnesium-rich food",
                "Iets eten met veel magnesium",
            ),
            Builtin::Activity => t(
                lang,
                "A few minutes on an exercise bike or a short walk before bed",
                "Voor het slapen een paar minuten op de hometrainer of een kort stukje lopen",
            ),
            Builtin::LooseBedding => t(
                lang,
                "Loose bedding at the feet, supportive shoes",
                "Dekbed en lakens los bij de voeten, stevige schoenen",
            ),
        }
    }

    /// One line on why, in plain words.
    pub fn why(self) -> &'static str {
        self.why_in(Lang::En)
    }

    /// [`Builtin::why`] in `lang`.
    pub fn why_in(self, lang: Lang) -> &'static str {
        match self {
            Builtin::BedtimeStretch => t(lang, "In one trial, nightly calf and hamstring stretches meant fewer and milder night cramps; a Cochrane review rates the evidence as low certainty.", "In één onderzoek gaf elke avond kuit en achterkant bovenbeen rekken minder en mildere nachtelijke krampen; een Cochrane-review noemt het bewijs weinig zeker."),
            Builtin::DaytimeStretch => t(lang, "The NHS suggests stretching the calves a few times a day, the last time before bed; a trial of calf stretching on its own found no clear benefit.", "De Britse NHS raadt aan de kuiten een paar keer per dag te rekken, de laatste keer voor het slapen; een onderzoek naar alleen de kuit rekken vond geen duidelijk effect."),
            Builtin::Drink => t(lang, "Not drinking enough is one listed cause of cramps. Drink to thirst; if a doctor told you to limit fluids, follow that instead.", "Te weinig drinken is een van de genoemde oorzaken van kramp. Drink als u dorst hebt; zei een arts dat u minder moet drinken, houd u dan daaraan."),
            Builtin::EasyEvening => t(lang, "Mayo Clinic suggests limiting alcohol and caffeine to help prevent night cramps.", "Mayo Clinic raadt aan weinig alcohol en cafeïne te gebruiken om nachtelijke kramp te helpen voorkomen."),
            Builtin::MagnesiumFood => t(lang, "Good for a healthy diet. Magnesium supplements have not been shown to prevent typical night cramps in older adults.", "Hoort bij gezond eten. Van magnesiumsupplementen is niet aangetoond dat ze gewone nachtelijke kramp bij ouderen voorkomen."),
            Builtin::Activity => t(lang, "Long sitting is linked to cramps; Mayo Clinic suggests a few minutes on an exercise bike before bed.", "Lang zitten hangt samen met kramp; Mayo Clinic raadt voor het slapen een paar minuten op de hometrainer aan."),
            Builtin::LooseBedding => t(lang, "Tight sheets can hold your toes pointed, which keeps the calf shortened; firm, heel-supporting shoes are advised.", "Een strak ingestopt laken of dekbed kan uw voeten naar beneden duwen, met de tenen van u af; dan blijft de kuit kort. Stevige schoenen die de hiel steunen worden aangeraden."),
        }
    }

    pub fn strength(self) -> Strength {
        match self {
            Builtin::BedtimeStretch => Strength::MayHelp,
            Builtin::DaytimeStretch => Strength::TestedNoBenefit,
            Builtin::MagnesiumFood => Strength::NotShown,
            _ => Strength::Advice,
        }
    }

    pub fn sources(self) -> &'static [Src] {
        match self {
            Builtin::BedtimeStretch => &[
                Src::Hallegraeff2012,
                Src::Cochrane2021Stretching,
                Src::Coppin2005,
            ],
            Builtin::DaytimeStretch => &[Src::NhsLegCramps, Src::MayoHeadToToe, Src::Coppin2005],
            Builtin::Drink => &[Src::NhsLegCramps, Src::MayoNightCramps],
            Builtin::EasyEvening => &[Src::MayoNightCramps],
            Builtin::MagnesiumFood => &[Src::Cochrane2020Magnesium, Src::NihOdsMagnesium],
            Builtin::Activity => &[Src::MayoNightCramps, Src::MayoHealthLetter],
            Builtin::LooseBedding => &[Src::MayoNightCramps, Src::UpToDate],
        }
    }
}

/// Longest item name (characters).
pub const NAME_MAX: usize = 80;
/// Most items on the list.
pub const ITEMS_MAX: usize = 30;

/// One item on the list.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: u32,
    /// A built-in habit, or `None` for the user's own.
    #[serde(default)]
    pub builtin: Option<Builtin>,
    /// The user's own name (empty: the built-in name).
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub hidden: bool,
}

impl Item {
    /// The name shown.
    pub fn label(&self) -> &str {
        self.label_in(Lang::En)
    }

    /// The name shown in `lang` (an own name is the person's own words, in any language).
    pub fn label_in(&self, lang: Lang) -> &str {
        match (self.name.is_empty(), self.builtin) {
            (true, Some(b)) => b.name_in(lang),
            _ => &self.name,
        }
    }
}

/// What was done on one day.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
pub struct DayRecord {
    pub day: DayNum,
    /// Ids of the items ticked.
    #[serde(default)]
    pub done: Vec<u32>,
    /// How many items were on the list when the day was last edited.
    #[serde(default)]
    pub of: u8,
    /// "Not today": neither breaks nor extends the streak.
    #[serde(default)]
    pub skipped: bool,
}

/// The list and its history.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(default)]
pub struct Checklist {
    pub items: Vec<Item>,
    /// Sorted by day, at most one record per day.
    pub days: Vec<DayRecord>,
    pub next_id: u32,
}

impl Default for Checklist {
    fn default() -> Self {
        let items = Builtin::ALL
            .iter()
            .enumerate()
            .map(|(i, &b)| Item {
                id: i as u32 + 1,
                builtin: Some(b),
                name: String::new(),
                hidden: false,
            })
            .collect::<Vec<_>>();
        Self {
            next_id: items.len() as u32 + 1,
            items,
            days: Vec::new(),
        }
    }
}

impl Schema for Checklist {
    const KEY: &'static str = "uncramp.checklist";
    const VERSION: u32 = 1;
    const LABEL: &'static str = "checklist";

    /// Days in order, one record each (lookups by day rely on it): two records of one day
    /// become one with the ticks of both, "not today" if either said so.
    fn tidy(&mut self) {
        sorted::sort_and_merge(
            &mut self.days,
            |r| r.day,
            |first, later| {
                first.done.extend(later.done);
                first.of = first.of.max(later.of);
                first.skipped |= later.skipped;
            },
        );
        for record in &mut self.days {
            sorted::sort_by(&mut record.done, |a, b| a.cmp(b));
            record.done.dedup();
        }
    }
}

/// A change to the checklist. Day commands refuse days after `today`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChecklistCmd {
    /// Tick or untick an item on a day.
    Toggle {
        day: DayNum,
        item: u32,
    },
    /// Tick a built-in habit (the stretch guide and the food picker do this); never unticks.
    Tick {
        day: DayNum,
        builtin: Builtin,
    },
    /// "Not today" on or off.
    Skip {
        day: DayNum,
        skipped: bool,
    },
    Rename {
        item: u32,
        name: String,
    },
    SetHidden {
        item: u32,
        hidden: bool,
    },
    Move {
        item: u32,
        up: bool,
    },
    Add {
        name: String,
    },
    /// Removes one of the user's own items.
    Remove {
        item: u32,
    },
}

/// One cell of the history calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub day: DayNum,
    pub done: u8,
    pub of: u8,
    pub skipped: bool,
    pub future: bool,
    /// 0 (nothing) to 4 (everything).
    pub level: u8,
}

impl Checklist {
    /// The items shown on the list (not hidden), in order.
    pub fn active(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| !i.hidden)
    }

    fn active_count(&self) -> u8 {
        self.active().count().min(u8::MAX as usize) as u8
    }

    pub fn record(&self, day: DayNum) -> Option<&DayRecord> {
        sorted::get(&self.days, day, |r| r.day)
    }

    fn record_mut(&mut self, day: DayNum) -> &mut DayRecord {
        sorted::entry(
            &mut self.days,
            day,
            |r| r.day,
            || DayRecord {
                day,
                ..DayRecord::default()
            },
        )
    }

    pub fn is_done(&self, day: DayNum, item: u32) -> bool {
        self.record(day).is_some_and(|r| r.done.contains(&item))
    }

    pub fn is_skipped(&self, day: DayNum) -> bool {
        self.record(day).is_some_and(|r| r.skipped)
    }

    /// Ticked items that are still on the list, and the size of the list, for a day.
    pub fn progress(&self, day: DayNum) -> (u8, u8) {
        match self.record(day) {
            Some(r) => {
                let done = r
                    .done
                    .iter()
                    .filter(|id| self.items.iter().any(|i| i.id == **id))
                    .count()
                    .min(u8::MAX as usize) as u8;
                let of = if r.of == 0 { self.active_count() } else { r.of };
                (done.min(of), of)
            }
            None => (0, self.active_count()),
        }
    }

    /// A day counts towards the streak when at least half the list was ticked.
    pub fn is_kept(&self, day: DayNum) -> bool {
        let (done, of) = self.progress(day);
        !self.is_skipped(day) && of > 0 && u16::from(done) * 2 >= u16::from(of)
    }

    /// (current, best) streak of kept days up to `today`. "Not today" days are passed over;
    /// today not kept yet does not break the current streak.
    pub fn streaks(&self, today: DayNum) -> (u32, u32) {
        // Walks the records, not the calendar: stored days may be anywhere in i32, and a loop
        // over every day between them could run for billions of steps (issue 11, fault 9).
        // A day without a record is not kept, and breaks the run unless it is today.
        let mut days: Vec<&DayRecord> = self.days.iter().filter(|r| r.day <= today).collect();
        sorted::sort_by(&mut days, |a, b| a.day.cmp(&b.day));
        let (mut run, mut best) = (0u32, 0u32);
        let mut previous: Option<DayNum> = None;
        for r in days {
            if previous.is_some_and(|p| i64::from(r.day.0) - i64::from(p.0) > 1) {
                run = 0; // unrecorded days in between
            }
            if previous == Some(r.day) {
                continue; // a duplicate record: counted once
            }
            if r.skipped {
                // Neither breaks nor extends.
            } else if self.is_kept(r.day) {
                run = run.saturating_add(1);
                best = best.max(run);
            } else if r.day < today {
                run = 0;
            }
            previous = Some(r.day);
        }
        if previous.is_some_and(|p| i64::from(today.0) - i64::from(p.0) > 1) {
            run = 0; // yesterday (at least) had no record
        }
        (run, best)
    }

    /// The last `weeks` weeks (Monday first) ending with the week of `today`.
    pub fn calendar(&self, today: DayNum, weeks: i32) -> Vec<Cell> {
        let start = today.week_start().plus(-7 * (weeks - 1));
        (0..weeks * 7)
            .map(|i| {
                let day = start.plus(i);
                let (done, of) = self.progress(day);
                let level = if of == 0 || done == 0 {
                    0
                } else {
                    (1 + (u16::from(done) * 3 / u16::from(of))).min(4) as u8
                };
                Cell {
                    day,
                    done,
                    of,
                    skipped: self.is_skipped(day),
                    future: day > today,
                    level,
                }
            })
            .collect()
    }

    /// The id of a built-in item (even if hidden).
    pub fn builtin_id(&self, builtin: Builtin) -> Option<u32> {
        self.items
            .iter()
            .find(|i| i.builtin == Some(builtin))
            .map(|i| i.id)
    }

    /// Applies a change; `today` guards against ticking the future.
    pub fn apply(&mut self, cmd: ChecklistCmd, today: DayNum) {
        let active = self.active_count();
        match cmd {
            ChecklistCmd::Toggle { day, item } => {
                if day > today || !self.items.iter().any(|i| i.id == item) {
                    return;
                }
                let record = self.record_mut(day);
                match record.done.iter().position(|&d| d == item) {
                    Some(i) => {
                        record.done.remove(i);
                    }
                    None => record.done.push(item),
                }
                record.of = active;
                self.prune(day);
            }
            ChecklistCmd::Tick { day, builtin } => {
                let Some(item) = self.builtin_id(builtin) else {
                    return;
                };
                if day > today {
                    return;
                }
                let record = self.record_mut(day);
                if !record.done.contains(&item) {
                    record.done.push(item);
                }
                record.of = active;
            }
            ChecklistCmd::Skip { day, skipped } => {
                if day > today {
                    return;
                }
                let record = self.record_mut(day);
                record.skipped = skipped;
                record.of = active;
                self.prune(day);
            }
            ChecklistCmd::Rename { item, name } => {
                let name: String = name.trim().chars().take(NAME_MAX).collect();
                if let Some(i) = self.items.iter_mut().find(|i| i.id == item) {
                    if name.is_empty() && i.builtin.is_none() {
                        return; // Your own item keeps a name.
                    }
                    i.name = if i.builtin.is_some_and(|b| b.name() == name) {
                        String::new()
                    } else {
                        name
                    };
                }
            }
            ChecklistCmd::SetHidden { item, hidden } => {
                if let Some(i) = self.items.iter_mut().find(|i| i.id == item) {
                    i.hidden = hidden;
                }
            }
            ChecklistCmd::Move { item, up } => {
                if let Some(i) = self.items.iter().position(|i| i.id == item) {
                    let j = if up { i.checked_sub(1) } else { Some(i + 1) };
                    if let Some(j) = j.filter(|&j| j < self.items.len()) {
                        self.items.swap(i, j);
                    }
                }
            }
            ChecklistCmd::Add { name } => {
                let name: String = name.trim().chars().take(NAME_MAX).collect();
                if name.is_empty() || self.items.len() >= ITEMS_MAX {
                    return;
                }
                let id = self
                    .next_id
                    .max(self.items.iter().map(|i| i.id + 1).max().unwrap_or(1));
                self.next_id = id + 1;
                self.items.push(Item {
                    id,
                    builtin: None,
                    name,
                    hidden: false,
                });
            }
            ChecklistCmd::Remove { item } => {
                self.items.retain(|i| i.id != item || i.builtin.is_some());
            }
        }
    }

    /// Drops a day record that holds nothing.
    fn prune(&mut self, day: DayNum) {
        if let Ok(i) = self.days.binary_search_by_key(&day, |r| r.day) {
            if self.days[i].done.is_empty() && !self.days[i].skipped {
                self.days.remove(i);
            }
        }
    }

    /// Share of days in `[from, to]` on which `item` was ticked, as (days ticked, days).
    pub fn kept_days(&self, item: u32, from: DayNum, to: DayNum) -> (u32, u32) {
        let days = (i64::from(to.0) - i64::from(from.0) + 1).clamp(0, i64::from(u32::MAX)) as u32;
        let ticked = self
            .days
            .iter()
            .filter(|r| r.day >= from && r.day <= to && r.done.contains(&item))
            .count() as u32;
        (ticked.min(days), days)
    }

    /// Share of non-skipped days in `[from, to]` that were kept, in percent (None if no day
    /// counts). Counted from the records, not by walking the calendar, so any range of
    /// stored days takes as long as the records do (issue 11, fault 9).
    pub fn adherence(&self, from: DayNum, to: DayNum) -> Option<u32> {
        let days = (i64::from(to.0) - i64::from(from.0) + 1).max(0);
        let mut in_range: Vec<&DayRecord> = self
            .days
            .iter()
            .filter(|r| r.day >= from && r.day <= to)
            .collect();
        sorted::sort_by(&mut in_range, |a, b| a.day.cmp(&b.day));
        in_range.dedup_by_key(|r| r.day);
        let skipped = in_range.iter().filter(|r| r.skipped).count() as i64;
        let kept = in_range.iter().filter(|r| self.is_kept(r.day)).count() as i64;
        let counted = days - skipped;
        (counted > 0).then(|| (kept.min(counted) * 100 / counted) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::saved::schema::{decode, encode};

    const TODAY: DayNum = DayNum(20_000);

    fn check(list: &Checklist, day: DayNum, done: u8, of: u8) {
        assert_eq!(list.progress(day), (done, of), "day {day:?}");
    }

    /// A checklist edited by hand, its days out of order and one day twice: imported in
    /// order, one record a day with the ticks of both (lookups by day search by day), so a
    /// tick today lands on that record and does not make a third.
    #[test]
    fn an_imported_checklist_is_put_in_order_and_nothing_is_dropped() {
        let mut list = Checklist::default();
        toggle(&mut list, TODAY, 1, TODAY);
        toggle(&mut list, TODAY.plus(-1), 1, TODAY);
        toggle(&mut list, TODAY.plus(-2), 2, TODAY);
        let mut value = serde_json::to_value(&list).expect("json");
        let days = value["days"].as_array_mut().expect("days");
        days.reverse();
        let mut twice = days[0].clone();
        twice["done"] = serde_json::json!([3, 1]);
        days.push(twice);
        let raw = format!(r#"{{"v":1,"data":{value}}}"#);
        let mut read: Checklist =
            crate::domain::saved::schema::decode_whole(&raw).expect("imports");
        let order: Vec<i32> = read.days.iter().map(|r| r.day.0).collect();
        assert_eq!(order, [TODAY.0 - 2, TODAY.0 - 1, TODAY.0]);
        assert_eq!(read.record(TODAY).expect("today").done, [1, 3]);
        toggle(&mut read, TODAY, 4, TODAY);
        assert_eq!(read.days.len(), 3);
        assert_eq!(read.record(TODAY).expect("today").done, [1, 3, 4]);
        // Two records of today would have counted it twice.
        assert_eq!(read.kept_days(1, TODAY.plus(-2), TODAY), (2, 3));
    }

    /// Ticks or unticks `item` on `day`, with the clock saying it is `today`.
    fn toggle(list: &mut Checklist, day: DayNum, item: u32, today: DayNum) {
        list.apply(ChecklistCmd::Toggle { day, item }, today);
    }

    fn tick_n(list: &mut Checklist, day: DayNum, n: usize) {
        let ids: Vec<u32> = list.active().take(n).map(|i| i.id).collect();
        for id in ids {
            toggle(list, day, id, TODAY);
        }
    }

    #[test]
    fn defaults_come_from_the_evidence_with_sources() {
        let list = Checklist::default();
        assert_eq!(list.active().count(), 7);
        for b in Builtin::ALL {
            assert!(!b.sources().is_empty(), "{b:?} has a source");
            assert!(b.why().len() < 160, "one line: {b:?}");
            // Issue 23: every habit in Dutch, about as short, and not the English.
            let (name, why) = (b.name_in(Lang::Nl), b.why_in(Lang::Nl));
            assert!(name != b.name() && why != b.why(), "{b:?} in Dutch");
            assert!(why.chars().count() < 190, "one line in Dutch: {b:?}");
            assert!(!why.to_lowercase().contains("kinine"));
        }
        assert_eq!(Builtin::MagnesiumFood.strength(), Strength::NotShown);
        assert_eq!(Builtin::BedtimeStretch.strength(), Strength::MayHelp);
    }

    #[test]
    fn toggling_is_per_day_and_idempotent() {
        let mut list = Checklist::default();
        toggle(&mut list, TODAY, 1, TODAY);
        assert!(list.is_done(TODAY, 1));
        assert!(!list.is_done(TODAY.plus(-1), 1));
        check(&list, TODAY, 1, 7);
        toggle(&mut list, TODAY, 1, TODAY);
        assert!(!list.is_done(TODAY, 1));
        assert!(list.days.is_empty(), "an empty day is not kept");
        // Auto ticks never untick and never duplicate.
        for _ in 0..3 {
            list.apply(
                ChecklistCmd::Tick {
                    day: TODAY,
                    builtin: Builtin::BedtimeStretch,
                },
                TODAY,
            );
        }
        assert_eq!(list.record(TODAY).map(|r| r.done.clone()), Some(vec![1]));
    }

    #[test]
    fn the_future_cannot_be_ticked_but_past_days_can_be_edited() {
        let mut list = Checklist::default();
        toggle(&mut list, TODAY.plus(1), 1, TODAY);
        assert!(list.days.is_empty());
        toggle(&mut list, TODAY.plus(-30), 2, TODAY);
        assert!(list.is_done(TODAY.plus(-30), 2));
        list.apply(
            ChecklistCmd::Skip {
                day: TODAY.plus(3),
                skipped: true,
            },
            TODAY,
        );
        assert!(!list.is_skipped(TODAY.plus(3)));
    }

    #[test]
    fn a_clock_set_back_does_not_move_or_duplicate_ticks() {
        let mut list = Checklist::default();
        toggle(&mut list, TODAY, 1, TODAY);
        // The clock goes back a day: "today" is yesterday now. Today's tick stays put.
        let yesterday = TODAY.plus(-1);
        toggle(&mut list, yesterday, 2, yesterday);
        assert!(list.is_done(TODAY, 1));
        assert!(list.is_done(yesterday, 2));
        assert_eq!(list.days.len(), 2);
        assert!(list.days.windows(2).all(|w| w[0].day < w[1].day));
    }

    #[test]
    fn streaks_with_skips_and_today() {
        let mut list = Checklist::default();
        for d in -10..=-6 {
            tick_n(&mut list, TODAY.plus(d), 4); // kept (4 of 7)
        }
        tick_n(&mut list, TODAY.plus(-5), 3); // not kept (3 of 7): breaks
        for d in -4..=-1 {
            tick_n(&mut list, TODAY.plus(d), 7);
        }
        list.apply(
            ChecklistCmd::Skip {
                day: TODAY.plus(-2),
                skipped: true,
            },
            TODAY,
        );
        // Today not ticked yet: the streak is still alive.
        assert_eq!(list.streaks(TODAY), (3, 5));
        tick_n(&mut list, TODAY, 4);
        assert_eq!(list.streaks(TODAY), (4, 5));
        // A missed day (not skipped) breaks it.
        let mut gap = Checklist::default();
        tick_n(&mut gap, TODAY.plus(-3), 7);
        tick_n(&mut gap, TODAY.plus(-1), 7);
        assert_eq!(gap.streaks(TODAY), (1, 1));
        assert_eq!(Checklist::default().streaks(TODAY), (0, 0));
    }

    #[test]
    fn calendar_has_twelve_weeks_ending_this_week() {
        let mut list = Checklist::default();
        tick_n(&mut list, TODAY, 7);
        tick_n(&mut list, TODAY.plus(-1), 2);
        list.apply(
            ChecklistCmd::Skip {
                day: TODAY.plus(-2),
                skipped: true,
            },
            TODAY,
        );
        let cells = list.calendar(TODAY, 12);
        assert_eq!(cells.len(), 84);
        assert_eq!(cells[0].day.weekday(), 0, "starts on a Monday");
        let today = cells
            .iter()
            .find(|c| c.day == TODAY)
            .expect("today is in it");
        assert_eq!((today.done, today.of, today.level), (7, 7, 4));
        let yesterday = cells
            .iter()
            .find(|c| c.day == TODAY.plus(-1))
            .expect("in it");
        assert_eq!(yesterday.level, 1);
        assert!(
            cells
                .iter()
                .find(|c| c.day == TODAY.plus(-2))
                .expect("in it")
                .skipped
        );
        assert!(cells.iter().filter(|c| c.future).all(|c| c.day > TODAY));
    }

    #[test]
    fn editing_the_list() {
        let mut list = Checklist::default();
        list.apply(
            ChecklistCmd::Add {
                name: "  <img src=x onerror=alert(1)>  ".into(),
            },
            TODAY,
        );
        let own = list.items.last().expect("added").clone();
        assert_eq!(
            own.label(),
            "<img src=x onerror=alert(1)>",
            "stored as text, trimmed"
        );
        list.apply(
            ChecklistCmd::Rename {
                item: own.id,
                name: "   ".into(),
            },
            TODAY,
        );
        assert_eq!(
            list.items.last().expect("kept").label(),
            own.label(),
            "own items keep a name"
        );
        list.apply(
            ChecklistCmd::Rename {
                item: 1,
                name: "Stretch before bed".into(),
            },
            TODAY,
        );
        assert_eq!(list.items[0].label(), "Stretch before bed");
        list.apply(
            ChecklistCmd::Rename {
                item: 1,
                name: String::new(),
            },
            TODAY,
        );
        assert_eq!(
            list.items[0].label(),
            Builtin::BedtimeStretch.name(),
            "back to the default"
        );
        list.apply(ChecklistCmd::Move { item: 2, up: true }, TODAY);
        assert_eq!(list.items[0].id, 2);
        list.apply(ChecklistCmd::Move { item: 2, up: true }, TODAY);
        assert_eq!(list.items[0].id, 2, "already first");
        list.apply(
            ChecklistCmd::SetHidden {
                item: 3,
                hidden: true,
            },
            TODAY,
        );
        assert_eq!(list.active().count(), 7, "7 built-in + 1 own - 1 hidden");
        list.apply(ChecklistCmd::Remove { item: 1 }, TODAY);
        assert!(
            list.items.iter().any(|i| i.id == 1),
            "built-ins are hidden, not removed"
        );
        list.apply(ChecklistCmd::Remove { item: own.id }, TODAY);
        assert!(!list.items.iter().any(|i| i.id == own.id));
        list.apply(
            ChecklistCmd::Add {
                name: "Walk".into(),
            },
            TODAY,
        );
        assert!(
            list.items.last().expect("added").id > own.id,
            "ids are not reused"
        );
        assert_eq!(decode::<Checklist>(&encode(&list)), Ok(list));
    }

    #[test]
    fn progress_uses_the_list_as_it_was_that_day() {
        let mut list = Checklist::default();
        tick_n(&mut list, TODAY.plus(-1), 4);
        list.apply(
            ChecklistCmd::Add {
                name: "Walk".into(),
            },
            TODAY,
        );
        check(&list, TODAY.plus(-1), 4, 7);
        check(&list, TODAY, 0, 8);
        assert!(list.is_kept(TODAY.plus(-1)));
    }

    #[test]
    fn adherence_and_kept_days() {
        let mut list = Checklist::default();
        tick_n(&mut list, TODAY.plus(-1), 7);
        tick_n(&mut list, TODAY.plus(-3), 1);
        list.apply(
            ChecklistCmd::Skip {
                day: TODAY.plus(-2),
                skipped: true,
            },
            TODAY,
        );
        assert_eq!(list.adherence(TODAY.plus(-3), TODAY.plus(-1)), Some(50));
        assert_eq!(list.kept_days(1, TODAY.plus(-3), TODAY), (2, 4));
        let mut all_skipped = Checklist::default();
        all_skipped.apply(
            ChecklistCmd::Skip {
                day: TODAY,
                skipped: true,
            },
            TODAY,
        );
        assert_eq!(all_skipped.adherence(TODAY, TODAY), None);
    }
}
