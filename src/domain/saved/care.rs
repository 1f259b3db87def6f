//! Looking after the data on a phone that may lose it: when to nudge for a backup, when to say
//! that the browser may delete the data, and how long ago the last backup was.
//!
//! The rules (README, "Keeping your data"):
//! - **Worth keeping**: at least 3 cramps in the diary, or 7 days on the checklist with a tick,
//!   or 7 days of food logged. Before that there is nothing to lose worth a nudge.
//! - **The backup nudge** shows when the data is worth keeping and no backup left the phone in
//!   the last 30 days (or ever), unless "Not now" was tapped in the last 14 days. It is quiet
//!   (a card on the home view, below "Cramp now" and tonight's stretch), never while the guide
//!   is open, and only between 09:00 and 20:00: never at night.
//! - **The storage note** ("your browser may delete this data") shows once, by day, when the
//!   data is worth keeping and the browser did not promise to keep it (`persist()` refused or
//!   not offered), or always in a Safari tab on an iPhone (Safari deletes a site's data after
//!   7 days of use without a visit).
//! - **"Coming from Safari?"** shows on the iPhone home-screen app when nothing is saved yet,
//!   until it is answered.

use crate::domain::time::LocalMinute;

/// A day in milliseconds.
const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// No backup for this long: nudge.
pub const NUDGE_AFTER_MS: i64 = 30 * DAY_MS;
/// "Not now" puts the nudge off this long.
pub const PUT_OFF_MS: i64 = 14 * DAY_MS;
/// The hours (local, minutes after midnight) the nudge and the notes may show: 09:00 to 20:00.
pub const DAYTIME: (u32, u32) = (9 * 60, 20 * 60);

/// How much is saved: what decides whether the data is worth a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Saved {
    pub cramps: usize,
    pub days_ticked: usize,
    pub food_days: usize,
}

impl Saved {
    /// Worth keeping: 3 cramps, or 7 days ticked, or 7 days of food.
    pub fn worth_keeping(&self) -> bool {
        self.cramps >= 3 || self.days_ticked >= 7 || self.food_days >= 7
    }

    /// Nothing at all is saved (a first start).
    pub fn is_empty(&self) -> bool {
        self.cramps == 0 && self.days_ticked == 0 && self.food_days == 0
    }
}

/// What the phone and the browser say about keeping data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Keeping {
    /// A Safari tab on an iPhone (its data is deleted after 7 days of Safari without a visit,
    /// and is not the home-screen app's).
    pub ios_tab: bool,
    /// The iPhone home-screen app.
    pub ios_app: bool,
    /// `navigator.storage.persist()` said yes (`None`: not asked, or not offered).
    pub persisted: Option<bool>,
}

/// The moment a rule is asked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub now_ms: i64,
    pub local: LocalMinute,
    /// The stretch guide is open.
    pub guide_open: bool,
}

impl When {
    /// By day and with the guide closed: the only times anything about backups shows.
    fn quiet_time(self) -> bool {
        let minute = self.local.minute_of_day();
        !self.guide_open && (DAYTIME.0..DAYTIME.1).contains(&minute)
    }
}

/// Whether the home view nudges for a backup.
pub fn nudge(saved: Saved, last_backup_ms: Option<i64>, nudge_after_ms: i64, when: When) -> bool {
    let due = last_backup_ms.is_none_or(|at| when.now_ms.saturating_sub(at) > NUDGE_AFTER_MS)
        // A clock set back before the last backup: not due.
        && last_backup_ms.is_none_or(|at| at <= when.now_ms);
    saved.worth_keeping() && due && when.now_ms >= nudge_after_ms && when.quiet_time()
}

/// Why the data may be lost here, if it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    /// A Safari tab on an iPhone: deleted after 7 days of Safari use without a visit, and
    /// not shared with the home-screen app.
    SafariTab,
    /// The browser did not promise to keep the data: it may delete it when space runs low.
    NotPersisted,
}

/// The risk to say once (`None` when there is none, or it was read).
pub fn storage_note(saved: Saved, keeping: Keeping, read: bool, when: When) -> Option<Risk> {
    if read || !when.quiet_time() {
        return None;
    }
    if keeping.ios_tab {
        return Some(Risk::SafariTab);
    }
    (saved.worth_keeping() && keeping.persisted == Some(false)).then_some(Risk::NotPersisted)
}

/// Whether the iPhone home-screen app offers "Coming from Safari? Import your backup".
pub fn offer_safari_import(saved: Saved, keeping: Keeping, answered: bool) -> bool {
    keeping.ios_app && saved.is_empty() && !answered
}

/// How many whole days ago the last backup left the phone (0: in the last 24 hours; a backup
/// "in the future", after the clock was set back, counts as now); `None`: never.
pub fn days_since_backup(last_backup_ms: Option<i64>, now_ms: i64) -> Option<i64> {
    last_backup_ms.map(|at| now_ms.saturating_sub(at).max(0) / DAY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_796_461_200_000; // 2026-12-05 10:00 +01:00
    /// 2026-12-05 at `h`:`m`, local.
    fn at(h: i64, m: i64) -> LocalMinute {
        LocalMinute(29_940_480 + h * 60 + m)
    }
    fn when(h: i64, guide_open: bool) -> When {
        When {
            now_ms: NOW,
            local: at(h, 0),
            guide_open,
        }
    }
    const WORTH: Saved = Saved {
        cramps: 3,
        days_ticked: 0,
        food_days: 0,
    };

    #[test]
    fn worth_keeping_counts_cramps_ticked_days_or_food_days() {
        assert!(!Saved::default().worth_keeping());
        assert!(Saved::default().is_empty());
        for saved in [
            WORTH,
            Saved {
                days_ticked: 7,
                ..Saved::default()
            },
            Saved {
                food_days: 7,
                ..Saved::default()
            },
        ] {
            assert!(saved.worth_keeping(), "{saved:?}");
        }
        let two = Saved {
            cramps: 2,
            days_ticked: 6,
            food_days: 6,
        };
        assert!(!two.worth_keeping() && !two.is_empty());
    }

    #[test]
    fn the_nudge_comes_by_day_when_no_backup_for_30_days() {
        assert!(nudge(WORTH, None, 0, when(10, false)), "never backed up");
        assert!(
            !nudge(Saved::default(), None, 0, when(10, false)),
            "nothing to keep"
        );
        assert!(!nudge(WORTH, Some(NOW - 29 * DAY_MS), 0, when(10, false)));
        assert!(nudge(WORTH, Some(NOW - 31 * DAY_MS), 0, when(10, false)));
        // Not at night, not over the guide.
        for h in [3, 8, 20, 23] {
            assert!(!nudge(WORTH, None, 0, when(h, false)), "at {h}:00");
        }
        assert!(nudge(WORTH, None, 0, when(9, false)));
        assert!(!nudge(WORTH, None, 0, when(10, true)), "the guide is open");
        // "Not now": 14 days.
        let put_off = NOW + PUT_OFF_MS;
        assert!(!nudge(WORTH, None, put_off, when(10, false)));
        // A backup "in the future" (the clock was set back): not due.
        assert!(!nudge(WORTH, Some(NOW + DAY_MS), 0, when(10, false)));
    }

    #[test]
    fn the_storage_note_is_for_safari_tabs_and_refused_persistence() {
        let tab = Keeping {
            ios_tab: true,
            ..Keeping::default()
        };
        assert_eq!(
            storage_note(Saved::default(), tab, false, when(10, false)),
            Some(Risk::SafariTab),
            "a Safari tab is told at once"
        );
        assert_eq!(
            storage_note(WORTH, tab, true, when(10, false)),
            None,
            "once"
        );
        assert_eq!(
            storage_note(WORTH, tab, false, when(23, false)),
            None,
            "by day"
        );
        let refused = Keeping {
            persisted: Some(false),
            ..Keeping::default()
        };
        assert_eq!(
            storage_note(WORTH, refused, false, when(10, false)),
            Some(Risk::NotPersisted)
        );
        assert_eq!(
            storage_note(Saved::default(), refused, false, when(10, false)),
            None
        );
        let kept = Keeping {
            persisted: Some(true),
            ..Keeping::default()
        };
        assert_eq!(storage_note(WORTH, kept, false, when(10, false)), None);
        assert_eq!(
            storage_note(WORTH, Keeping::default(), false, when(10, false)),
            None
        );
    }

    #[test]
    fn the_home_screen_app_offers_the_safari_backup_on_a_first_start() {
        let app = Keeping {
            ios_app: true,
            ..Keeping::default()
        };
        assert!(offer_safari_import(Saved::default(), app, false));
        assert!(!offer_safari_import(WORTH, app, false));
        assert!(!offer_safari_import(Saved::default(), app, true));
        assert!(!offer_safari_import(
            Saved::default(),
            Keeping::default(),
            false
        ));
    }

    #[test]
    fn days_since_the_last_backup() {
        assert_eq!(days_since_backup(None, NOW), None);
        assert_eq!(days_since_backup(Some(NOW - 1000), NOW), Some(0));
        assert_eq!(days_since_backup(Some(NOW - DAY_MS - 1), NOW), Some(1));
        assert_eq!(days_since_backup(Some(NOW - 12 * DAY_MS), NOW), Some(12));
        assert_eq!(
            days_since_backup(Some(NOW + DAY_MS), NOW),
            Some(0),
            "clock set back"
        );
    }
}
