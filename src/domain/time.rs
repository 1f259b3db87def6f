//! Dates and times as the app writes them (without chrono's formatting machinery, which is
//! large in wasm).

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

    /// `03:05`.
    pub fn clock(self) -> String {
        let t = self.to_naive();
        format!("{:02}:{:02}", t.hour(), t.minute())
    }
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

    #[test]
    fn formats() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 9).expect("valid date");
        assert_eq!(iso_date(date), "2026-03-09");
        let t = date.and_hms_opt(3, 4, 5).expect("valid time");
        assert_eq!(iso_timestamp(t, 60), "2026-03-09T03:04:05+01:00");
        assert_eq!(iso_timestamp(t, -330), "2026-03-09T03:04:05-05:30");
        assert_eq!(iso_timestamp(t, 0), "2026-03-09T03:04:05+00:00");
    }
}
