//! Dates and times as the app writes them (without chrono's formatting machinery, which is
//! large in wasm).

use crate::domain::language::Lang;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

/// A local wall-clock time to the minute (what the clock on the wall said), stored as minutes
/// since 1970-01-01 00:00 with no time zone: a plain number in JSON, cheap to read and sort.
#[derive(
    Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
)]
#[serde(transparent)]
pub struct LocalMinute(pub i64);

impl LocalMinute {
    pub fn from_naive(t: NaiveDateTime) -> Self {
        Self(t.and_utc().timestamp().div_euclid(60))
    }

    pub fn to_naive(self) -> NaiveDateTime {
        self.0
            .checked_mul(60)
            .and_then(|s| DateTime::from_timestamp(s, 0))
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    }

    pub fn date(self) -> NaiveDate {
        self.to_naive().date()
    }

    /// The value of an `<input type="datetime-local">`: `2026-11-28T03:05`.
    pub fn input_value(self) -> String {
        let t = self.to_naive();
        format!("{}T{:02}:{:02}", iso_date(t.date()), t.hour(), t.minute())
    }

    /// Reads `2026-11-28T03:05` (seconds, if any, are ignored).
    pub fn parse_input(text: &str) -> Option<LocalMinute> {
        let (date, time) = text.trim().split_once('T')?;
        let mut d = date.splitn(3, '-').map(|p| p.parse::<i64>().ok());
        let (y, m, day) = (d.next()??, d.next()??, d.next()??);
        let mut t = time.splitn(3, ':').map(|p| p.parse::<u32>().ok());
        let (h, min) = (t.next()??, t.next()??);
        let date = NaiveDate::from_ymd_opt(
            i32::try_from(y).ok()?,
            u32::try_from(m).ok()?,
            u32::try_from(day).ok()?,
        )?;
        Some(Self::from_naive(date.and_hms_opt(h, min, 0)?))
    }

    /// Minutes after midnight (0 ..= 1439).
    pub fn minute_of_day(self) -> u32 {
        self.0.rem_euclid(24 * 60) as u32
    }

    /// `03:05`.
    pub fn clock(self) -> String {
        let t = self.to_naive();
        format!("{:02}:{:02}", t.hour(), t.minute())
    }
}

/// A calendar day, as days since 1970-01-01: a plain number in JSON, with no parsing needed.
#[derive(
    Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
)]
#[serde(transparent)]
pub struct DayNum(pub i32);

const UNIX_EPOCH_CE_DAYS: i32 = 719_163;

impl DayNum {
    pub fn from_date(date: NaiveDate) -> Self {
        Self(date.num_days_from_ce() - UNIX_EPOCH_CE_DAYS)
    }

    pub fn to_date(self) -> NaiveDate {
        self.0
            .checked_add(UNIX_EPOCH_CE_DAYS)
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .unwrap_or_default()
    }

    pub fn plus(self, days: i32) -> Self {
        Self(self.0.saturating_add(days))
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        self.to_date().weekday().num_days_from_monday()
    }

    /// The Monday of this day's week.
    pub fn week_start(self) -> Self {
        self.plus(-(self.weekday() as i32))
    }

    /// "Friday 28 November".
    pub fn long(self) -> String {
        let d = self.to_date();
        format!(
            "{} {} {}",
            WEEKDAYS[self.weekday() as usize],
            d.day(),
            MONTHS[d.month0() as usize]
        )
    }

    /// [`DayNum::long`], with the year when it is not `today`'s: "Saturday 28 November" this
    /// year, "Friday 28 November 2025" another.
    pub fn long_seen_from(self, today: DayNum) -> String {
        let (d, t) = (self.to_date(), today.to_date());
        if d.year() == t.year() {
            self.long()
        } else {
            format!("{} {}", self.long(), d.year())
        }
    }

    /// "28 Nov".
    pub fn short(self) -> String {
        let d = self.to_date();
        format!("{} {}", d.day(), &MONTHS[d.month0() as usize][..3])
    }

    /// "2026-11-28".
    pub fn iso(self) -> String {
        iso_date(self.to_date())
    }

    /// The day a date field holds ("2026-11-28"); `None` for anything else.
    pub fn parse_iso(text: &str) -> Option<DayNum> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .ok()
            .map(DayNum::from_date)
    }

    /// "5 December 2026".
    pub fn dated(self) -> String {
        let d = self.to_date();
        format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
    }

    /// [`DayNum::long`] in `lang`: "Friday 28 November", "vrijdag 28 november" (Dutch writes
    /// days and months in lower case).
    pub fn long_in(self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.long(),
            Lang::Nl => {
                let d = self.to_date();
                format!(
                    "{} {} {}",
                    WEEKDAYS_NL[self.weekday() as usize],
                    d.day(),
                    MONTHS_NL[d.month0() as usize]
                )
            }
        }
    }

    /// [`DayNum::long_seen_from`] in `lang`.
    pub fn long_seen_from_in(self, today: DayNum, lang: Lang) -> String {
        let (d, t) = (self.to_date(), today.to_date());
        if d.year() == t.year() {
            self.long_in(lang)
        } else {
            format!("{} {}", self.long_in(lang), d.year())
        }
    }

    /// [`DayNum::short_in`] this year, [`DayNum::dated_in`] (with the year) another: "4 Mar",
    /// "4 March 2012".
    pub fn short_seen_from_in(self, today: DayNum, lang: Lang) -> String {
        if self.to_date().year() == today.to_date().year() {
            self.short_in(lang)
        } else {
            self.dated_in(lang)
        }
    }

    /// [`DayNum::short`] in `lang`: "28 Nov", "28 nov".
    pub fn short_in(self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.short(),
            Lang::Nl => {
                let d = self.to_date();
                format!("{} {}", d.day(), &MONTHS_NL[d.month0() as usize][..3])
            }
        }
    }

    /// [`DayNum::dated`] in `lang`: "5 December 2026", "5 december 2026".
    pub fn dated_in(self, lang: Lang) -> String {
        match lang.words() {
            Lang::En => self.dated(),
            Lang::Nl => {
                let d = self.to_date();
                format!(
                    "{} {} {}",
                    d.day(),
                    MONTHS_NL[d.month0() as usize],
                    d.year()
                )
            }
        }
    }
}

/// The day's weekday name in `lang`: "Friday", "vrijdag".
pub fn weekday_in(day: DayNum, lang: Lang) -> &'static str {
    match lang.words() {
        Lang::En => WEEKDAYS[day.weekday() as usize],
        Lang::Nl => WEEKDAYS_NL[day.weekday() as usize],
    }
}

const WEEKDAYS_NL: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The day a moment belongs to when the day starts `day_start_min` minutes after midnight:
/// a tick at 00:30 with a 04:00 start lands on the evening before.
pub fn logical_day(local: NaiveDateTime, day_start_min: u16) -> DayNum {
    let shifted = local - chrono::Duration::minutes(i64::from(day_start_min));
    DayNum::from_date(shifted.date())
}

/// Whether the clock is past midnight but the day has not rolled over yet.
pub fn before_rollover(local: NaiveDateTime, day_start_min: u16) -> bool {
    local.hour() * 60 + local.minute() < u32::from(day_start_min)
}

/// Minutes after midnight as a 24-hour time: 1350 -> `22:30`.
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// `2026-11-28`.
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `2026-11-28T03:04:05+01:00`, given the local time and its offset from UTC in minutes.
pub fn iso_timestamp(local: NaiveDateTime, offset_minutes: i32) -> String {
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let off = offset_minutes.unsigned_abs();
    format!(
        "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        iso_date(local.date()),
        local.hour(),
        local.minute(),
        local.second(),
        off / 60,
        off % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_of_another_year_says_its_year() {
        let day = |y, m, d| DayNum::from_date(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        let today = day(2026, 11, 29);
        assert_eq!(
            day(2026, 11, 28).long_seen_from(today),
            "Saturday 28 November"
        );
        assert_eq!(
            day(2025, 11, 28).long_seen_from(today),
            "Friday 28 November 2025"
        );
        assert_eq!(
            day(1900, 1, 1).long_seen_from(today),
            "Monday 1 January 1900"
        );
        // Short this year, dated another (the diary's buttons' spoken names).
        let short = |d: DayNum, lang| d.short_seen_from_in(today, lang);
        assert_eq!(short(day(2026, 3, 4), Lang::En), "4 Mar");
        assert_eq!(short(day(2012, 3, 4), Lang::En), "4 March 2012");
        assert_eq!(short(day(2012, 3, 4), Lang::Nl), "4 maart 2012");
    }

    #[test]
    fn local_minutes_round_trip() {
        let t = NaiveDate::from_ymd_opt(2026, 11, 28)
            .and_then(|d| d.and_hms_opt(3, 5, 59))
            .expect("valid");
        let m = LocalMinute::from_naive(t);
        assert_eq!(m.clock(), "03:05");
        assert_eq!(iso_date(m.date()), "2026-11-28");
        assert_eq!(m.to_naive(), t.with_second(0).expect("valid"));
        let before_1970 = NaiveDate::from_ymd_opt(1960, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 30))
            .expect("valid");
        assert_eq!(LocalMinute::from_naive(before_1970).to_naive().second(), 0);
        assert_eq!(LocalMinute(i64::MAX).to_naive(), NaiveDateTime::default());
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid")
    }

    #[test]
    fn datetime_input_round_trip() {
        let m = LocalMinute::from_naive(at(2026, 3, 9, 7, 5));
        assert_eq!(m.input_value(), "2026-03-09T07:05");
        assert_eq!(LocalMinute::parse_input("2026-03-09T07:05"), Some(m));
        assert_eq!(LocalMinute::parse_input("2026-03-09T07:05:59"), Some(m));
        for bad in [
            "",
            "2026-03-09",
            "2026-13-09T07:05",
            "2026-03-09T25:00",
            "x-y-zTa:b",
            "2026-02-30T01:00",
        ] {
            assert_eq!(LocalMinute::parse_input(bad), None, "{bad}");
        }
    }

    #[test]
    fn day_numbers() {
        let d = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid");
        assert_eq!(DayNum::from_date(d), DayNum(0));
        let day = DayNum::from_date(NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid"));
        assert_eq!(day.iso(), "2026-11-28");
        assert_eq!(day.long(), "Saturday 28 November");
        assert_eq!(day.short(), "28 Nov");
        assert_eq!(day.weekday(), 5);
        assert_eq!(day.week_start().iso(), "2026-11-23");
        assert_eq!(DayNum(i32::MAX).to_date(), NaiveDate::default());
    }

    #[test]
    fn the_day_rolls_over_at_the_day_start() {
        let start = 4 * 60;
        let friday = DayNum::from_date(NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid"));
        assert_eq!(
            logical_day(at(2026, 11, 28, 0, 30), start),
            friday,
            "00:30 is still Friday"
        );
        assert_eq!(logical_day(at(2026, 11, 28, 3, 59), start), friday);
        assert_eq!(logical_day(at(2026, 11, 28, 4, 0), start), friday.plus(1));
        assert_eq!(logical_day(at(2026, 11, 27, 23, 59), start), friday);
        assert_eq!(logical_day(at(2026, 11, 28, 0, 30), 0), friday.plus(1));
        assert!(before_rollover(at(2026, 11, 28, 0, 30), start));
        assert!(!before_rollover(at(2026, 11, 28, 4, 0), start));
        assert!(!before_rollover(at(2026, 11, 28, 0, 30), 0));
    }

    /// Days are keyed by the local wall clock, so daylight-saving changes cannot move a tick:
    /// the wall-clock times around a transition map to the days a person would expect.
    #[test]
    fn daylight_saving_transitions_do_not_move_days() {
        let start = 4 * 60;
        // Europe/Amsterdam springs forward 2026-03-29 02:00 -> 03:00; falls back 2026-10-25 03:00 -> 02:00.
        // America/New_York springs forward 2026-03-08 02:00 -> 03:00; falls back 2026-11-01 02:00 -> 01:00.
        for (y, m, d) in [(2026, 3, 29), (2026, 10, 25), (2026, 3, 8), (2026, 11, 1)] {
            let night_before =
                DayNum::from_date(NaiveDate::from_ymd_opt(y, m, d).expect("valid")).plus(-1);
            // Every wall-clock minute from 00:00 to 03:59 on the transition night (whether
            // it happened once, twice or was skipped) belongs to the evening before.
            for h in 0..4 {
                assert_eq!(
                    logical_day(at(y, m, d, h, 30), start),
                    night_before,
                    "{y}-{m}-{d} {h}:30"
                );
            }
            assert_eq!(logical_day(at(y, m, d, 4, 0), start), night_before.plus(1));
        }
    }

    #[test]
    fn formats() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 9).expect("valid date");
        assert_eq!(iso_date(date), "2026-03-09");
        let t = date.and_hms_opt(3, 4, 5).expect("valid time");
        assert_eq!(iso_timestamp(t, 60), "2026-03-09T03:04:05+01:00");
        assert_eq!(iso_timestamp(t, -330), "2026-03-09T03:04:05-05:30");
        assert_eq!(iso_timestamp(t, 0), "2026-03-09T03:04:05+00:00");
    }

    #[test]
    fn a_date_field_reads_back_as_its_day() {
        let d = DayNum::parse_iso("2026-12-05").expect("a date");
        assert_eq!(d.iso(), "2026-12-05");
        assert_eq!(d.dated(), "5 December 2026");
        for bad in ["", "2026-13-01", "5 December", "2026-02-30"] {
            assert_eq!(DayNum::parse_iso(bad), None, "{bad}");
        }
    }
}
