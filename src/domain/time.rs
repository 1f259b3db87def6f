//! Dates and times as the app writes them (without chrono's formatting machinery, which is
//! large in wasm).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

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
    fn formats() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 9).expect("valid date");
        assert_eq!(iso_date(date), "2026-03-09");
        let t = date.and_hms_opt(3, 4, 5).expect("valid time");
        assert_eq!(iso_timestamp(t, 60), "2026-03-09T03:04:05+01:00");
        assert_eq!(iso_timestamp(t, -330), "2026-03-09T03:04:05-05:30");
        assert_eq!(iso_timestamp(t, 0), "2026-03-09T03:04:05+00:00");
    }
}
