//! The cramp diary: one entry per cramp, logged by hand or from the stretch guide, with what
//! came before it (`tags`); the answers to the morning question, one per night, and sleep
//! lost (`nights`); the person's medicines (`medicines`); and the personal trial of the
//! bedtime stretch (`trial`). What it shows a doctor is `report`; what it tells the person,
//! `insights` (nights with and without a habit), `technique` (what eases a cramp fastest).

pub mod insights;
pub mod medicines;
pub mod nights;
pub mod report;
pub mod tags;
pub mod technique;
pub mod trial;

pub use medicines::{DrugClass, Medicine, MedicineDraft};
pub use nights::{Night, NightAnswer};
pub use tags::Tag;
pub use trial::Trial;

use super::checklist::Checklist;
use super::sorted;
use super::time::{DayNum, LocalMinute};
use crate::domain::language::{t, Lang};
use crate::domain::saved::schema::Schema;
use crate::domain::stretch::routine::{Leg, Muscle, Pose};
use serde::{Deserialize, Serialize};

/// Longest note kept (characters).
pub const NOTE_MAX: usize = 500;
/// Longest cramp duration accepted (a day), in seconds.
pub const DURATION_MAX_S: u32 = 24 * 3600;

/// What the user enters for a cramp.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(default)]
pub struct Draft {
    /// Local wall-clock time the cramp started (years 1900 to 2199; stored values outside are
    /// brought inside when read).
    #[serde(deserialize_with = "in_range_minute")]
    pub at: LocalMinute,
    /// At most a day; a longer stored value reads as not recorded.
    #[serde(deserialize_with = "in_range_duration")]
    pub duration_s: Option<u32>,
    pub leg: Leg,
    pub muscle: Muscle,
    /// 0 (none) to 10 (worst imaginable); a stored value above 10 reads as not rated.
    #[serde(deserialize_with = "in_range_severity")]
    pub severity: Option<u8>,
    pub woke: Option<bool>,
    pub note: String,
    /// Logged from the stretch guide.
    pub from_guide: bool,
    /// What came before it (version 2).
    pub tags: Vec<Tag>,
    /// The guide's step that was running when the person said it had eased (version 2): what
    /// eased it, for "what eases your cramp fastest".
    pub eased_by: Option<Pose>,
}

/// The earliest and latest minute a diary entry may be at: 1900-01-01 and 2200-01-01.
const MINUTE_RANGE: (i64, i64) = (-36_816_480, 121_190_400);
#[cfg(test)]
const MINUTE_RANGE_MAX: LocalMinute = LocalMinute(MINUTE_RANGE.1);

fn in_range_minute<'de, D: serde::Deserializer<'de>>(d: D) -> Result<LocalMinute, D::Error> {
    let m = LocalMinute::deserialize(d)?;
    Ok(LocalMinute(m.0.clamp(MINUTE_RANGE.0, MINUTE_RANGE.1)))
}

fn in_range_duration<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    Ok(Option::<u32>::deserialize(d)?.filter(|s| *s <= 24 * 3600))
}

fn in_range_severity<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    Ok(Option::<u8>::deserialize(d)?.filter(|s| *s <= 10))
}

/// What the form says when a cramp's start is later than now.
pub const START_NOT_YET: &str =
    "That time has not come yet. Enter when the cramp started (today or earlier).";

/// What the form says when a cramp's start is before [`earliest_start`].
pub const START_TOO_EARLY: &str =
    "Check the year: enter when the cramp started (at most 5 years ago).";

/// How far back the form takes a new start: five years (a year typed as 2016 for 2026, or
/// 1901, is a slip; a paper diary of last year can still be copied in).
pub const EARLIEST_YEARS_BACK: u32 = 5;

/// The earliest start the form takes, `now`: [`EARLIEST_YEARS_BACK`] years before it, or the
/// time the entry already had if that is earlier (an old entry, imported or logged before the
/// clock was set, is edited as it is), and never before 1900.
pub fn earliest_start(now: LocalMinute, had: LocalMinute) -> LocalMinute {
    let back = now
        .to_naive()
        .checked_sub_months(chrono::Months::new(12 * EARLIEST_YEARS_BACK))
        .map_or(LocalMinute(MINUTE_RANGE.0), LocalMinute::from_naive);
    let earliest = if had.0 >= MINUTE_RANGE.0 && had < back {
        had
    } else {
        back
    };
    LocalMinute(earliest.0.max(MINUTE_RANGE.0))
}

/// Why a cramp cannot be saved as starting at `at`, `now`: later than now, unless it is the
/// time the entry already had (the phone's clock may have been set back since it was logged;
/// an edit must not be refused for that); or earlier than [`earliest_start`].
pub fn check_start(
    at: LocalMinute,
    had: LocalMinute,
    now: LocalMinute,
) -> Result<(), &'static str> {
    check_start_in(at, had, now, Lang::En)
}

/// [`check_start`] with its message in `lang`.
pub fn check_start_in(
    at: LocalMinute,
    had: LocalMinute,
    now: LocalMinute,
    lang: Lang,
) -> Result<(), &'static str> {
    if at < earliest_start(now, had) {
        Err(t(
            lang,
            START_TOO_EARLY,
            "Kijk het jaar na: vul in wanneer de kramp begon (hooguit 5 jaar geleden).",
        ))
    } else if at > now && at != had {
        Err(t(
            lang,
            START_NOT_YET,
            "Dat moment is nog niet geweest: vul in wanneer de kramp begon.",
        ))
    } else {
        Ok(())
    }
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            at: LocalMinute::default(),
            duration_s: None,
            leg: Leg::Unsaid,
            muscle: Muscle::Calf,
            severity: None,
            woke: None,
            note: String::new(),
            from_guide: false,
            tags: Vec::new(),
            eased_by: None,
        }
    }
}

impl Draft {
    /// Keeps every field in range (user input and stored data may be anything).
    pub fn cleaned(mut self) -> Draft {
        self.severity = self.severity.map(|s| s.min(10));
        self.duration_s = self.duration_s.map(|d| d.min(DURATION_MAX_S));
        self.note = self.note.trim().chars().take(NOTE_MAX).collect();
        self.tags = tags::cleaned(std::mem::take(&mut self.tags));
        self
    }
}

/// A logged cramp.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: u32,
    pub draft: Draft,
}

/// A cramp form being filled in, kept for the tab (not saved data yet): a phone that reloads
/// the page while it was in the background must not lose what was typed.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct FormInProgress {
    /// The entry it edits; none for a new cramp.
    pub editing: Option<u32>,
    /// When that entry's cramp started as it was saved: an id alone could name another cramp
    /// after an import.
    pub editing_at: Option<LocalMinute>,
    /// The night the morning question asked about, for a new cramp of that night.
    pub night: Option<DayNum>,
    /// The fields as they were (a time being typed and not yet whole keeps the one before).
    pub draft: Draft,
    /// Sleep lost that night, as chosen in the form.
    pub sleep_lost: Option<u8>,
}

impl FormInProgress {
    /// Where this tab kept it (sessionStorage), with its format in the name.
    pub const KEY: &'static str = "uncramp.diary-form.v1";

    /// The form to open again, if it still fits `diary`: an edit of an entry deleted since
    /// (in another tab, or by an import) has nothing left to edit.
    pub fn still_fits(self, diary: &Diary) -> Option<FormInProgress> {
        match self.editing {
            Some(id) if diary.get(id).map(|e| e.draft.at) != self.editing_at => None,
            _ => Some(self),
        }
    }
}

/// All logged cramps, newest first, and what goes with them (version 2: the nights, the
/// person's own tags, medicines, the trial).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(default)]
pub struct Diary {
    pub entries: Vec<Entry>,
    pub next_id: u32,
    /// The morning question's answers, one per night, sorted by night.
    pub nights: Vec<Night>,
    /// "What came before" tags the person made, in the order made.
    pub own_tags: Vec<String>,
    pub medicines: Vec<Medicine>,
    pub next_medicine_id: u32,
    /// The personal trial of the bedtime stretch, if one was started.
    pub trial: Option<Trial>,
}

impl Schema for Diary {
    const KEY: &'static str = "uncramp.diary";
    /// 2: nights (the morning question, sleep lost), tags and what eased a cramp, medicines,
    /// the trial.
    const VERSION: u32 = 2;
    const LABEL: &'static str = "cramp diary";

    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        match from {
            // Version 1 had entries only: the new fields take their defaults (no nights
            // answered, no tags, no medicines, no trial).
            1 => serde_json::from_str(data).map_err(|e| e.to_string()),
            _ => Err(format!("no migration from version {from}")),
        }
    }

    /// Cramps newest first, as [`Diary::apply`] keeps them; nights by night, one answer each
    /// (the first given), as `nights`' lookups need.
    fn tidy(&mut self) {
        self.renumber_if_ambiguous();
        self.sort_entries();
        sorted::sort_by(&mut self.nights, |a, b| a.night.cmp(&b.night));
        self.nights
            .dedup_by(|later, first| later.night == first.night);
    }
}

impl Diary {
    /// Gives entries and medicines fresh ids when a hand-edited backup gave two the same id,
    /// or a next id that is taken or cannot grow: deleting one cramp then deleted both, and a
    /// new cramp took an old one's id. Ids are the app's own (nothing shows them); every
    /// cramp and medicine is kept as it was.
    fn renumber_if_ambiguous(&mut self) {
        fn ambiguous(mut ids: Vec<u32>, next: u32) -> bool {
            sorted::sort_by(&mut ids, |a, b| a.cmp(b));
            let n = ids.len();
            ids.dedup();
            ids.len() != n || ids.last().is_some_and(|&max| max >= next) || next == u32::MAX
        }
        if ambiguous(self.entries.iter().map(|e| e.id).collect(), self.next_id) {
            for (i, e) in self.entries.iter_mut().enumerate() {
                e.id = i as u32 + 1;
            }
            self.next_id = self.entries.len() as u32 + 1;
        }
        if ambiguous(
            self.medicines.iter().map(|m| m.id).collect(),
            self.next_medicine_id,
        ) {
            for (i, m) in self.medicines.iter_mut().enumerate() {
                m.id = i as u32 + 1;
            }
            self.next_medicine_id = self.medicines.len() as u32 + 1;
        }
    }
}

/// A change to the diary.
#[derive(Debug, Clone, PartialEq)]
pub enum DiaryCmd {
    Add(Draft),
    Update(u32, Draft),
    /// A guide cramp logged again after "Start again": its time, length, muscle, leg and
    /// (if given) severity replace those of entry `id`, and what the user wrote there (the
    /// note, "woke") stays; if that entry was deleted meanwhile, it is added anew.
    Relog(u32, Draft),
    Delete(u32),
    /// Puts a deleted entry back (undo).
    Restore(Entry),
    /// The morning question for `night`: a cramp or none.
    AnswerNight {
        night: DayNum,
        answer: NightAnswer,
    },
    /// Takes back the morning question's answer for `night` (its "Undo").
    ForgetAnswer(DayNum),
    /// Sleep lost to cramps on `night`, 0 (none) to 10 (a whole night); `None` clears it.
    SleepLost {
        night: DayNum,
        value: Option<u8>,
    },
    /// A "what came before" tag of the person's own (kept for the next cramp).
    AddOwnTag(String),
    RemoveOwnTag(String),
    AddMedicine(MedicineDraft),
    UpdateMedicine(u32, MedicineDraft),
    DeleteMedicine(u32),
    /// Starts the personal trial of the bedtime stretch on `day` (its first baseline night).
    StartTrial(DayNum),
    /// Ends the trial early (its record goes).
    StopTrial,
}

impl Diary {
    /// Applies a change; returns the id it concerned (the new id for `Add`).
    pub fn apply(&mut self, cmd: DiaryCmd) -> Option<u32> {
        let id = match cmd {
            DiaryCmd::AnswerNight { night, answer } => {
                nights::answer(&mut self.nights, night, answer);
                return None;
            }
            DiaryCmd::ForgetAnswer(night) => {
                nights::forget(&mut self.nights, night);
                return None;
            }
            DiaryCmd::SleepLost { night, value } => {
                nights::sleep_lost(&mut self.nights, night, value);
                return None;
            }
            DiaryCmd::AddOwnTag(name) => {
                tags::add_own(&mut self.own_tags, &name);
                return None;
            }
            DiaryCmd::RemoveOwnTag(name) => {
                self.own_tags.retain(|t| *t != name);
                return None;
            }
            DiaryCmd::AddMedicine(draft) => {
                let id = self
                    .next_medicine_id
                    .max(self.medicines.iter().map(|m| m.id).max().unwrap_or(0) + 1)
                    .max(1);
                self.next_medicine_id = id.saturating_add(1);
                self.medicines.push(Medicine::new(id, draft));
                return Some(id);
            }
            DiaryCmd::UpdateMedicine(id, draft) => {
                let m = self.medicines.iter_mut().find(|m| m.id == id)?;
                *m = Medicine::new(id, draft);
                return Some(id);
            }
            DiaryCmd::DeleteMedicine(id) => {
                let before = self.medicines.len();
                self.medicines.retain(|m| m.id != id);
                return (self.medicines.len() < before).then_some(id);
            }
            DiaryCmd::StartTrial(day) => {
                self.trial = Some(Trial { started: day });
                return None;
            }
            DiaryCmd::StopTrial => {
                self.trial = None;
                return None;
            }
            DiaryCmd::Add(draft) => {
                let id = self.fresh_id();
                self.entries.push(Entry {
                    id,
                    draft: draft.cleaned(),
                });
                Some(id)
            }
            DiaryCmd::Update(id, draft) => {
                let entry = self.entries.iter_mut().find(|e| e.id == id)?;
                entry.draft = draft.cleaned();
                Some(id)
            }
            DiaryCmd::Relog(id, draft) => match self.entries.iter_mut().find(|e| e.id == id) {
                Some(entry) => {
                    let kept = &entry.draft;
                    entry.draft = Draft {
                        severity: draft.severity.or(kept.severity),
                        woke: kept.woke,
                        note: kept.note.clone(),
                        ..draft
                    }
                    .cleaned();
                    Some(id)
                }
                None => return self.apply(DiaryCmd::Add(draft)),
            },
            DiaryCmd::Delete(id) => {
                let before = self.entries.len();
                self.entries.retain(|e| e.id != id);
                (self.entries.len() < before).then_some(id)
            }
            DiaryCmd::Restore(entry) => {
                if self.entries.iter().any(|e| e.id == entry.id) {
                    return None;
                }
                let id = entry.id;
                self.next_id = self.next_id.max(id.saturating_add(1));
                self.entries.push(Entry {
                    id,
                    draft: entry.draft.cleaned(),
                });
                Some(id)
            }
        };
        self.sort_entries();
        id
    }

    /// Newest first (the later id first at the same minute).
    fn sort_entries(&mut self) {
        sorted::sort_by(&mut self.entries, |a, b| {
            b.draft.at.cmp(&a.draft.at).then(b.id.cmp(&a.id))
        });
    }

    fn fresh_id(&mut self) -> u32 {
        let max = self.entries.iter().map(|e| e.id).max().unwrap_or(0);
        let id = self.next_id.max(max.saturating_add(1)).max(1);
        self.next_id = id.saturating_add(1);
        id
    }

    pub fn get(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// One week of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekStat {
    /// The Monday.
    pub start: DayNum,
    pub cramps: u32,
    /// Average severity in tenths (65 = 6.5), of the cramps that have one.
    pub severity_x10: Option<u32>,
    /// Checklist days kept, in percent of the days that count.
    pub adherence: Option<u32>,
}

/// How long a cramp lasted, in words: "2 min 30 s".
pub fn duration_words(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

/// How long a cramp lasted, as the form offers it when the person estimates it: a band,
/// saved as a value inside it. A cramp timed by the guide keeps its exact time.
pub const DURATION_BANDS: [(u32, &str); 5] = [
    (30, "Under a minute"),
    (90, "1 to 2 minutes"),
    (210, "2 to 5 minutes"),
    (450, "5 to 10 minutes"),
    (900, "Over 10 minutes"),
];

/// The label of [`DURATION_BANDS`]`[i]` in `lang`.
pub fn duration_band_in(i: usize, lang: Lang) -> &'static str {
    const DUTCH: [&str; 5] = [
        "Korter dan een minuut",
        "1 tot 2 minuten",
        "2 tot 5 minuten",
        "5 tot 10 minuten",
        "Langer dan 10 minuten",
    ];
    t(lang, DURATION_BANDS[i].1, DUTCH[i])
}

impl Draft {
    /// How long it lasted, as the person gave it: the band they picked ("1 to 2 minutes"),
    /// or the guide's exact time ("1 min 30 s"); a band is never shown as an exact time.
    pub fn lasted(&self) -> Option<String> {
        self.lasted_in(Lang::En)
    }

    /// [`Draft::lasted`] in `lang`.
    pub fn lasted_in(&self, lang: Lang) -> Option<String> {
        let s = self.duration_s?;
        let band = (!self.from_guide)
            .then(|| DURATION_BANDS.iter().position(|(v, _)| *v == s))
            .flatten();
        Some(band.map_or_else(
            || duration_words(s),
            |i| duration_band_in(i, lang).to_lowercase(),
        ))
    }
}

/// `65` → `"6.5"`.
pub fn tenths(x10: u32) -> String {
    format!("{}.{}", x10 / 10, x10 % 10)
}

fn average_x10(values: impl Iterator<Item = u8>) -> Option<u32> {
    let (sum, n) = values.fold((0u32, 0u32), |(s, n), v| (s + u32::from(v), n + 1));
    (n > 0).then(|| (sum * 10 + n / 2) / n)
}

impl Entry {
    /// The night this cramp belongs to, named by the evening it began: a night runs from noon
    /// to noon, so a cramp at 03:00 or at 06:30 belongs to the night before, as the morning
    /// question asks until noon about last night. (The day start, 06:00 at most, only moves
    /// the checklist's day; it never moves a cramp into a night that has not come.)
    pub fn night(&self) -> DayNum {
        night_of(self.draft.at.to_naive())
    }
}

/// The night `at` belongs to (see [`Entry::night`]).
pub fn night_of(at: chrono::NaiveDateTime) -> DayNum {
    use chrono::Timelike;
    let day = DayNum::from_date(at.date());
    if at.hour() < nights::NIGHT_ENDS_HOUR {
        day.plus(-1)
    } else {
        day
    }
}

impl Diary {
    /// Entries whose day is in `[from, to]`.
    pub fn between(&self, from: DayNum, to: DayNum) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| {
            let d = e.night();
            d >= from && d <= to
        })
    }

    /// The last `weeks` weeks (Monday first) up to the week of `today`.
    pub fn weekly(&self, checklist: &Checklist, today: DayNum, weeks: i32) -> Vec<WeekStat> {
        let first = today.week_start().plus(-7 * (weeks - 1));
        (0..weeks)
            .map(|w| {
                let start = first.plus(7 * w);
                let end = start.plus(6);
                let entries: Vec<&Entry> = self.between(start, end).collect();
                // The cramps of the week's answered nights: logged ones, and one for each
                // night answered "a cramp" with none logged (as every rate counts them).
                let cramps = (0..7)
                    .filter_map(|i| nights::cramps(self, start.plus(i)))
                    .sum();
                WeekStat {
                    start,
                    cramps,
                    severity_x10: average_x10(entries.iter().filter_map(|e| e.draft.severity)),
                    adherence: checklist.adherence(start, end.min(today)),
                }
            })
            .collect()
    }
}

/// "Did it wake you?" as the diary form's radio value: "yes", "no", or "unsaid" (not
/// answered, which stays not answered when an entry is edited).
pub fn woke_answer(woke: Option<bool>) -> &'static str {
    match woke {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unsaid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cramp_cannot_start_later_than_now_unless_it_already_did_nor_years_back() {
        let now = LocalMinute(29_000_000);
        let none = LocalMinute(0);
        assert_eq!(check_start(now, none, now), Ok(()));
        assert_eq!(check_start(LocalMinute(now.0 - 60), none, now), Ok(()));
        assert_eq!(
            check_start(LocalMinute(now.0 + 1), none, now),
            Err(START_NOT_YET)
        );
        assert_eq!(
            check_start(MINUTE_RANGE_MAX, now, now),
            Err(START_NOT_YET),
            "2199 is not yet"
        );
        // Logged before the clock was set back: kept as it was.
        assert_eq!(
            check_start(LocalMinute(now.0 + 90), LocalMinute(now.0 + 90), now),
            Ok(())
        );
        // Five years back is the earliest a new start goes; 2016 for 2026, 1901 or 0026 is a
        // slip. (A new entry's form starts at now.)
        let now = LocalMinute::parse_input("2026-12-06T03:00").unwrap();
        let none = now;
        let earliest = earliest_start(now, none);
        assert_eq!(earliest.input_value(), "2021-12-06T03:00");
        assert_eq!(check_start(earliest, none, now), Ok(()));
        let last_year = LocalMinute::parse_input("2025-06-01T02:00").unwrap();
        assert_eq!(check_start(last_year, none, now), Ok(()));
        for slip in ["2016-12-05T03:00", "1901-01-01T03:00", "0026-11-28T03:00"] {
            let slip = LocalMinute::parse_input(slip).unwrap();
            assert_eq!(check_start(slip, none, now), Err(START_TOO_EARLY));
        }
        // An old entry (imported, or logged when the clock was wrong) is edited as it is.
        let old = LocalMinute::parse_input("2012-03-04T05:06").unwrap();
        assert_eq!(earliest_start(now, old), old);
        assert_eq!(check_start(old, old, now), Ok(()));
        let before_it = LocalMinute(old.0 - 1);
        assert_eq!(check_start(before_it, old, now), Err(START_TOO_EARLY));
        // Never before 1900, whatever the entry had.
        let eighteen = LocalMinute::parse_input("1899-12-31T23:59").unwrap();
        assert_eq!(check_start(eighteen, eighteen, now), Err(START_TOO_EARLY));
        assert_eq!(
            earliest_start(LocalMinute(MINUTE_RANGE.0), none).0,
            MINUTE_RANGE.0
        );
    }
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> LocalMinute {
        LocalMinute::from_naive(
            NaiveDate::from_ymd_opt(2026, 11, 28)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .expect("valid"),
        )
    }

    fn draft(h: u32) -> Draft {
        Draft {
            at: at(h, 0),
            severity: Some(7),
            ..Draft::default()
        }
    }

    /// A guide cramp logged again after "Start again" updates its entry and keeps what the
    /// user wrote there; a deleted entry is added anew.
    #[test]
    fn a_relogged_cramp_keeps_the_note_and_woke() {
        let mut d = Diary::default();
        let id = d.apply(DiaryCmd::Add(draft(3))).expect("added");
        let mut written = draft(3);
        written.note = "after a long walk".into();
        written.woke = Some(true);
        d.apply(DiaryCmd::Update(id, written));
        let again = Draft {
            duration_s: Some(700),
            severity: None,
            from_guide: true,
            ..draft(3)
        };
        assert_eq!(d.apply(DiaryCmd::Relog(id, again.clone())), Some(id));
        let e = &d.get(id).expect("kept").draft;
        assert_eq!(
            (e.duration_s, e.severity, e.woke, e.note.as_str()),
            (Some(700), Some(7), Some(true), "after a long walk")
        );
        d.apply(DiaryCmd::Delete(id));
        let new = d.apply(DiaryCmd::Relog(id, again)).expect("added anew");
        assert_ne!(new, id);
        assert_eq!(d.entries.len(), 1);
    }

    #[test]
    fn add_update_delete_restore() {
        let mut d = Diary::default();
        let a = d.apply(DiaryCmd::Add(draft(3))).expect("added");
        let b = d.apply(DiaryCmd::Add(draft(5))).expect("added");
        assert_ne!(a, b);
        assert_eq!(d.entries[0].id, b, "newest first");
        let mut changed = draft(4);
        changed.note = "  after a long walk  ".into();
        d.apply(DiaryCmd::Update(a, changed));
        assert_eq!(
            d.get(a).map(|e| e.draft.note.as_str()),
            Some("after a long walk")
        );
        let removed = d.get(a).cloned().expect("exists");
        assert_eq!(d.apply(DiaryCmd::Delete(a)), Some(a));
        assert_eq!(d.apply(DiaryCmd::Delete(a)), None);
        assert_eq!(d.apply(DiaryCmd::Restore(removed.clone())), Some(a));
        assert_eq!(d.apply(DiaryCmd::Restore(removed)), None, "no duplicates");
        let c = d.apply(DiaryCmd::Add(draft(6))).expect("added");
        assert!(c > b && c > a, "ids are never reused");
    }

    fn entry_on(
        day: DayNum,
        h: u32,
        severity: Option<u8>,
        woke: Option<bool>,
        muscle: Muscle,
    ) -> Draft {
        Draft {
            at: LocalMinute::from_naive(day.to_date().and_hms_opt(h, 0, 0).expect("valid")),
            severity,
            woke,
            muscle,
            duration_s: Some(90),
            ..Draft::default()
        }
    }

    #[test]
    fn a_band_is_said_as_a_band_and_a_timed_cramp_exactly() {
        let band = Draft {
            duration_s: Some(90),
            ..Draft::default()
        };
        assert_eq!(band.lasted().as_deref(), Some("1 to 2 minutes"));
        let timed = Draft {
            duration_s: Some(90),
            from_guide: true,
            ..Draft::default()
        };
        assert_eq!(timed.lasted().as_deref(), Some("1 min 30 s"));
        let odd = Draft {
            duration_s: Some(75),
            ..Draft::default()
        };
        assert_eq!(odd.lasted().as_deref(), Some("1 min 15 s"));
        assert_eq!(Draft::default().lasted(), None);
    }

    #[test]
    fn weekly_stats_and_summary() {
        use crate::domain::checklist::ChecklistCmd;
        let today =
            DayNum::from_date(chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid"));
        let mut d = Diary::default();
        // Friday 03:00 counts for Thursday night.
        d.apply(DiaryCmd::Add(entry_on(
            today.plus(-1),
            3,
            Some(6),
            Some(true),
            Muscle::Calf,
        )));
        d.apply(DiaryCmd::Add(entry_on(
            today.plus(-1),
            1,
            Some(7),
            Some(true),
            Muscle::Calf,
        )));
        d.apply(DiaryCmd::Add(entry_on(
            today.plus(-9),
            23,
            None,
            Some(false),
            Muscle::Foot,
        )));
        assert_eq!(d.entries[1].night(), today.plus(-2));
        let mut list = Checklist::default();
        list.apply(
            ChecklistCmd::Toggle {
                day: today,
                item: 1,
            },
            today,
        );
        let weeks = d.weekly(&list, today, 12);
        assert_eq!(weeks.len(), 12);
        let this = weeks.last().expect("this week");
        assert_eq!(this.start, today.week_start());
        assert_eq!((this.cramps, this.severity_x10), (2, Some(65)));
        let last = &weeks[10];
        assert_eq!((last.cramps, last.severity_x10), (1, None));
        assert_eq!(tenths(65), "6.5");
        assert_eq!(duration_words(150), "2 min 30 s");
        assert_eq!(duration_words(45), "45 s");
        assert_eq!(duration_words(120), "2 min");
    }

    #[test]
    fn out_of_range_stored_values_read_within_range() {
        use crate::domain::saved::schema::decode;
        let d: Diary = decode(
            r#"{"v":1,"data":{"entries":[{"id":1,"draft":{"at":-99999999999999,"duration_s":4294967295,"severity":11}}],"next_id":2}}"#,
        )
        .expect("reads");
        let e = &d.entries[0].draft;
        assert_eq!(e.severity, None, "11 is not a severity");
        assert_eq!(e.duration_s, None, "136 years is not a cramp");
        assert_eq!(e.at.date().format("%Y").to_string(), "1900");
    }

    #[test]
    fn woke_answers_are_distinct() {
        assert_eq!(woke_answer(Some(true)), "yes");
        assert_eq!(woke_answer(Some(false)), "no");
        assert_eq!(woke_answer(None), "unsaid");
    }

    #[test]
    fn input_is_cleaned() {
        let mut d = Diary::default();
        let wild = Draft {
            severity: Some(99),
            duration_s: Some(u32::MAX),
            note: "x".repeat(2_000),
            ..draft(1)
        };
        let id = d.apply(DiaryCmd::Add(wild)).expect("added");
        let e = d.get(id).expect("exists");
        assert_eq!(e.draft.severity, Some(10));
        assert_eq!(e.draft.duration_s, Some(DURATION_MAX_S));
        assert_eq!(e.draft.note.chars().count(), NOTE_MAX);
    }

    /// A half-filled form is kept for the tab as it was, and opened again only while what it
    /// edits still exists.
    #[test]
    fn a_form_in_progress_reads_back_and_fits_only_an_existing_entry() {
        let mut d = Diary::default();
        let id = d.apply(DiaryCmd::Add(draft(1))).expect("added");
        let form = FormInProgress {
            editing: Some(id),
            editing_at: Some(draft(1).at),
            night: None,
            draft: Draft {
                note: "half a sentence".into(),
                severity: Some(7),
                ..draft(1)
            },
            sleep_lost: Some(4),
        };
        let text = serde_json::to_string(&form).expect("json");
        let back: FormInProgress = serde_json::from_str(&text).expect("reads");
        assert_eq!(back, form);
        assert_eq!(back.clone().still_fits(&d), Some(form.clone()));
        // The same id holding another cramp (an import since): not this form's.
        let other = FormInProgress {
            editing_at: Some(draft(2).at),
            ..form.clone()
        };
        assert_eq!(other.still_fits(&d), None, "another cramp under the id");
        d.apply(DiaryCmd::Delete(id));
        assert_eq!(back.still_fits(&d), None, "its entry is gone");
        let new = FormInProgress {
            editing: None,
            ..form
        };
        assert_eq!(new.clone().still_fits(&d), Some(new));
    }

    /// A hand-edited backup with two cramps under one id (deleting one deleted both), or a
    /// next id already taken: imported with fresh ids, every cramp kept.
    #[test]
    fn an_import_with_ambiguous_ids_gets_fresh_ones() {
        let mut d = Diary::default();
        for h in 1..=3 {
            d.apply(DiaryCmd::Add(draft(h)));
        }
        let drafts: Vec<Draft> = d.entries.iter().map(|e| e.draft.clone()).collect();
        d.entries[1].id = d.entries[0].id;
        d.tidy();
        let mut ids: Vec<u32> = d.entries.iter().map(|e| e.id).collect();
        sorted::sort_by(&mut ids, |a, b| a.cmp(b));
        assert_eq!(ids, vec![1, 2, 3]);
        assert_eq!(d.next_id, 4);
        let kept: Vec<Draft> = d.entries.iter().map(|e| e.draft.clone()).collect();
        assert_eq!(kept, drafts, "every cramp kept, in order");
        // Deleting one now deletes one.
        let first = d.entries[0].id;
        d.apply(DiaryCmd::Delete(first));
        assert_eq!(d.entries.len(), 2);
        // A next id that is taken, or at the end of the range.
        for next in [2, u32::MAX] {
            d.next_id = next;
            d.tidy();
            let new = d.apply(DiaryCmd::Add(draft(9))).expect("added");
            assert_eq!(
                d.entries.iter().filter(|e| e.id == new).count(),
                1,
                "next {next}"
            );
            d.apply(DiaryCmd::Delete(new));
        }
        // Ids that are fine are left alone.
        let before = d.clone();
        d.tidy();
        assert_eq!(d, before);
    }
}
