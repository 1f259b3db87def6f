//! The wall clock as the app sees it: the current minute, and from it the logical day, which
//! rolls over at the user's "day starts at" time, not at midnight. The clock knows the day
//! start itself (it holds the settings store), so `clock.today()` needs nothing else.

use crate::browser;
use crate::domain::settings::Settings;
use crate::domain::time::{before_rollover, logical_day, DayNum};
use crate::storage::Persisted;
use chrono::NaiveDateTime;
use leptos::prelude::*;

/// The local time, updated at every minute boundary while the page is visible.
#[derive(Clone, Copy)]
pub struct Clock {
    minute: RwSignal<NaiveDateTime>,
    settings: Persisted<Settings>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

fn now_minute() -> NaiveDateTime {
    let now = browser::local_now().naive_local();
    now - chrono::Duration::seconds(i64::from(chrono::Timelike::second(&now)))
}

/// Provides [`Clock`] showing the minute now; [`Clock::start`] keeps it current.
pub fn provide_clock(settings: Persisted<Settings>) -> Clock {
    let clock = Clock {
        minute: RwSignal::new(now_minute()),
        settings,
        timer: StoredValue::new(None),
    };
    provide_context(clock);
    clock
}

impl Clock {
    /// Updates the minute at every minute boundary, and when the page is shown again (a part
    /// of the start-up that waits for an idle moment).
    pub fn start(self) {
        self.tick();
        let visible = window_event_listener_untyped("visibilitychange", move |_| self.tick());
        on_cleanup(move || visible.remove());
    }

    fn tick(self) {
        if let Some(t) = self.timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
        let now = now_minute();
        if self.minute.get_untracked() != now {
            self.minute.set(now);
        }
        let ms_into_minute = browser::now_ms() as u64 % 60_000;
        let handle = set_timeout_with_handle(
            move || self.tick(),
            std::time::Duration::from_millis(60_000 - ms_into_minute + 5),
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// The local time to the minute (tracked: changes at every minute boundary).
    pub fn minute(self) -> NaiveDateTime {
        self.minute.get()
    }

    /// Today's logical day (tracked: the minute and the day start).
    pub fn today(self) -> DayNum {
        let start = self.settings.with(|s| s.day_start.minutes());
        logical_day(self.minute.get(), start)
    }

    /// Today's logical day, read now (for event handlers).
    pub fn today_untracked(self) -> DayNum {
        let start = self.settings.with_untracked(|s| s.day_start.minutes());
        logical_day(now_minute(), start)
    }

    /// "Still Friday, rolls over at 04:00" after midnight and before the day starts.
    pub fn rollover_note(self) -> Option<String> {
        let (start, label) = self
            .settings
            .with(|s| (s.day_start.minutes(), s.day_start.label()));
        let now = self.minute.get();
        before_rollover(now, start).then(|| {
            let day = logical_day(now, start);
            let weekday = crate::domain::time::weekday_in(day, crate::translations::shown());
            crate::tr!(checklist.still_day, day = weekday, time = label).to_string()
        })
    }
}
