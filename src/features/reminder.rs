//! The bedtime reminder: a calendar file (`domain::settings::reminder`) the phone's own calendar
//! reminds from, offline and with no server. Offered in Settings, and once after the first
//! bedtime routine.

use crate::browser;
use crate::domain::settings::reminder::{self, Reminder, ReminderFile};
use crate::domain::settings::SettingsCmd;
use crate::domain::stretch::routine::{self, RoutineKind};
use crate::state::Stores;
use leptos::prelude::*;

/// The bedtime routine's address, absolute, from where the app is installed (its `<base>`).
fn bedtime_url() -> String {
    let base = document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_else(|| window().location().href().unwrap_or_default());
    web_sys::Url::new_with_base("./?start=bedtime", &base)
        .map(|u| u.href())
        .unwrap_or(base)
}

/// Makes the calendar file for `minutes` after midnight, saves that a file was made (its
/// sequence), and offers it to the phone.
fn make_file(stores: Stores, minutes: u16) -> Result<(), String> {
    let now = browser::now_ms() as i64;
    stores.settings.update(|s| {
        s.apply(SettingsCmd::MakeReminder {
            minutes,
            now_ms: now,
        })
    });
    let (reminder, seated, bedtime, daytime) = stores.settings.with_untracked(|s| {
        (
            s.reminder,
            s.stretch.seated,
            s.stretch.bedtime,
            s.stretch.daytime,
        )
    });
    let length =
        routine::about_minutes(RoutineKind::Bedtime { seated }, bedtime, daytime).to_lowercase();
    let url = bedtime_url();
    let text = reminder::ics(&ReminderFile {
        reminder,
        first: browser::local_now().date_naive(),
        now_utc: chrono::Utc::now().naive_utc(),
        url: &url,
        length: &length,
    });
    browser::share_or_download(
        reminder::FILE_NAME,
        "text/calendar",
        &text,
        "Bedtime stretch reminder",
    )
}

/// "22:30" ⇄ minutes after midnight.
fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The reminder's controls: a time and "Add to my calendar"; once set, how to change or stop
/// it. `offer` is the one-time offer after the first bedtime routine (with "No thanks").
#[component]
pub fn ReminderCard(
    /// Shown as the one-time offer (shorter, with "No thanks").
    #[prop(optional)]
    offer: bool,
) -> impl IntoView {
    let stores = expect_context::<Stores>();
    let time = RwSignal::new(stores.settings.with_untracked(|s| s.reminder.label()));
    let said = RwSignal::new(None::<(String, bool)>);
    let stop_open = RwSignal::new(false);
    let on = move || stores.settings.with(|s| s.reminder_on);
    let make = move |_| {
        let Some(minutes) = parse_time(&time.get_untracked()) else {
            said.set(Some(("Choose a time, such as 22:30.".into(), true)));
            return;
        };
        said.set(Some(match make_file(stores, minutes) {
            Ok(()) => (
                format!(
                    "Your calendar file for {} is ready: open it to add the reminder to your calendar. It repeats every evening; a new file replaces this one.",
                    Reminder { minutes, ..Reminder::default() }.label()
                ),
                false,
            ),
            Err(e) => (format!("The file could not be made: {e}."), true),
        }));
    };
    if offer {
        // Offered once, whether it is answered or the guide is just closed.
        stores
            .settings
            .update(|s| s.apply(SettingsCmd::ReminderOffered));
    }
    let dismissed = RwSignal::new(false);
    let no_thanks = move |_| dismissed.set(true);
    let stop = move |_| {
        stop_open.set(true);
        said.set(None);
        stores
            .settings
            .update(|s| s.apply(SettingsCmd::StopReminder));
    };
    view! {
        <section class="card reminder" aria-labelledby="reminder-title" hidden=move || dismissed.get()>
            <h2 id="reminder-title" class="card__title">
                {if offer { "Remind you every evening?" } else { "Bedtime reminder" }}
            </h2>
            <p>
                "Stretching every night before bed is what the trial tested. Your phone's calendar can remind you, even offline: Uncramp makes a calendar file with a daily alarm."
            </p>
            <p class="hint" hidden=move || !on() || offer>
                {move || stores.settings.with(|s| format!("You made a reminder for {}. To change the time, make a new file: it replaces the old event.", s.reminder.label()))}
            </p>
            <div class="field">
                <label class="field__label" for="reminder-time">"Remind me at"</label>
                <input
                    class="input input--time"
                    id="reminder-time"
                    type="time"
                    prop:value=move || time.get()
                    on:change=move |ev| time.set(event_target_value(&ev))
                />
            </div>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=make>
                    "Add to my calendar"
                </button>
                {offer.then(|| view! {
                    <button type="button" class="button button--quiet" on:click=no_thanks>"No thanks"</button>
                })}
                {(!offer).then(|| view! {
                    <button type="button" class="button button--quiet" on:click=stop hidden=move || !on()>
                        "Stop reminding me"
                    </button>
                })}
            </div>
            {move || said.get().map(|(text, problem)| view! {
                <p role=if problem { "alert" } else { "status" } class=if problem { "field__error" } else { "status" }>{text}</p>
            })}
            <p class="hint" role="status" hidden=move || !stop_open.get()>
                "Uncramp cannot change your calendar by itself. To stop the reminder, open the event \u{201c}Bedtime stretch (Uncramp)\u{201d} in your calendar and delete it, choosing all future events."
            </p>
            <p class="hint">
                "The event links back to the bedtime stretch. On an iPhone, that link opens Safari rather than the Uncramp app on your home screen."
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    #[test]
    fn times_parse() {
        assert_eq!(parse_time("22:30"), Some(1350));
        assert_eq!(parse_time("07:05:00"), Some(425));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("x"), None);
    }
}
