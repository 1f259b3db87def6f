//! The bedtime reminder: a calendar file (`domain::settings::reminder`) the phone's own calendar
//! reminds from, offline and with no server. Offered in Settings, and once after the first
//! bedtime routine; it lives in the Settings module (`chunks`), not the first download.

use crate::browser::{self, OutFile, OutState, Words};
use crate::domain::settings::reminder::{self, CalendarWords, ReminderFile, Zone, ZoneChange};
use crate::domain::settings::SettingsCmd;
use crate::domain::stretch::routine::{self, RoutineKind};
use crate::state::Stores;
use crate::tr;
use crate::ui::file_out::{offer, FileOutStatus};
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

/// The phone's time zone from the browser's own rules: its IANA name, and every change of its
/// offset from a year ago to three years ahead (found day by day, then to the minute).
fn phone_zone() -> Option<Zone> {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let tzid = js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()?
        .as_string()
        .filter(|t| !t.is_empty())?;
    // Minutes east of UTC at `ms`.
    let offset = |ms: f64| -(js_sys::Date::new(&ms.into()).get_timezone_offset() as i32);
    const DAY: f64 = 86_400_000.0;
    let now = browser::now_ms();
    let mut changes = Vec::new();
    let mut t = now - 366.0 * DAY;
    let mut before = offset(t);
    while t < now + 3.0 * 365.0 * DAY {
        let next = t + DAY;
        let after = offset(next);
        if after != before {
            // The first minute with the new offset.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 60_000.0 {
                let mid = ((lo + hi) / 2.0 / 60_000.0).floor() * 60_000.0;
                if offset(mid) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let local =
                chrono::DateTime::from_timestamp_millis(hi as i64 + i64::from(before) * 60_000)?
                    .naive_utc();
            changes.push(ZoneChange {
                local,
                from_min: before,
                to_min: after,
            });
            before = after;
        }
        t = next;
    }
    Some(Zone {
        tzid,
        offset_now: offset(now),
        changes,
    })
}

/// What the card says once the calendar file has left the phone (where a download's next
/// step depends on the phone's calendar: Google Calendar on Android does not open files).
fn calendar_words() -> Words {
    Words {
        shared: tr!(reminder.shared),
        downloaded: tr!(reminder.downloaded),
    }
}

/// Makes the calendar file for `minutes` after midnight, saves that a file was made (its
/// sequence), and offers it to the phone.
fn make_file(stores: Stores, minutes: u16, out: RwSignal<Option<OutState>>) {
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
    let minutes_long = routine::minutes(RoutineKind::Bedtime { seated }, bedtime, daytime);
    // "about 4 min": the same for one minute or many (no plural rules in the wasm).
    let length = tr!(reminder.about_minutes, minutes = minutes_long).to_string();
    let url = bedtime_url();
    let zone = phone_zone();
    let description = tr!(
        reminder.event_description,
        length = length,
        button = tr!(home.start_bedtime),
        url = &url
    )
    .to_string();
    let text = reminder::ics(&ReminderFile {
        reminder,
        first: browser::local_now().date_naive(),
        now_utc: chrono::Utc::now().naive_utc(),
        url: &url,
        zone: zone.as_ref(),
        words: CalendarWords {
            summary: tr!(reminder.event),
            description: &description,
            alarm: tr!(reminder.event_alarm),
        },
    });
    let file = OutFile {
        name: reminder::FILE_NAME.to_string(),
        mime: "text/calendar",
        text,
        title: tr!(reminder.file_title),
    };
    offer(file, calendar_words(), out, || {});
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
    let out = RwSignal::new(None::<OutState>);
    let stop_open = RwSignal::new(false);
    let on = move || stores.settings.with(|s| s.reminder_on);
    let make = move |_| {
        let Some(minutes) = parse_time(&time.get_untracked()) else {
            out.set(Some(OutState::Said(tr!(reminder.choose_time).into(), true)));
            return;
        };
        out.set(None);
        make_file(stores, minutes, out);
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
        out.set(None);
        stores
            .settings
            .update(|s| s.apply(SettingsCmd::StopReminder));
    };
    view! {
        <section class="card reminder" aria-labelledby="reminder-title" hidden=move || dismissed.get()>
            <h2 id="reminder-title" class="card__title">
                {if offer { tr!(reminder.offer_title) } else { tr!(reminder.title) }}
            </h2>
            <p>
                {tr!(reminder.why)}
            </p>
            <p class="hint" hidden=move || !on() || offer>
                {move || stores.settings.with(|s| tr!(reminder.made, time = s.reminder.label()).to_string())}
            </p>
            <div class="field">
                <label class="field__label" for="reminder-time">{tr!(reminder.at)}</label>
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
                    {tr!(reminder.add)}
                </button>
                {offer.then(|| view! {
                    <button type="button" class="button button--quiet" on:click=no_thanks>{tr!(reminder.no_thanks)}</button>
                })}
                {(!offer).then(|| view! {
                    <button type="button" class="button button--quiet" on:click=stop hidden=move || !on()>
                        {tr!(reminder.stop)}
                    </button>
                })}
            </div>
            <FileOutStatus state=out />
            <p class="hint" role="status" hidden=move || !stop_open.get()>
                {tr!(reminder.stop_how, event = tr!(reminder.event)).to_string()}
            </p>
            <p class="hint">
                {tr!(reminder.google)}
            </p>
            <p class="hint">
                {tr!(reminder.iphone_link)}
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
