//! The home view's one quiet card about keeping the data (`domain::saved::care` has the
//! rules): "Coming from Safari? Import your backup" on a first start of the iPhone
//! home-screen app; the note that this browser may delete the data (once); the nudge to keep a
//! backup. At most one shows, by day only, never over the guide.

use crate::browser::{self, OutState};
use crate::domain::saved::care::{self, Keeping, Risk, When};
use crate::domain::settings::SettingsCmd;
use crate::domain::time::LocalMinute;
use crate::state::clock::Clock;
use crate::state::shared::{Durable, ExportAll, FoodDays, FoodDaysReader, StretchOpen};
use crate::state::Stores;
use crate::tr;
use crate::ui::act::{read, ViewCmd};
use crate::ui::file_out::FileOutStatus;
use leptos::prelude::*;

crate::view_commands! {
    /// What the care card's buttons do.
    pub enum CareCmd {
        Export = "care-export",
        NewHere = "care-new",
        GotIt = "care-got-it",
        NotNow = "care-not-now",
        ;
    }
}

/// Which card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Card {
    SafariImport,
    Storage(Risk),
    Nudge,
}

/// The care card, if one is due.
#[component]
pub fn CareCard() -> impl IntoView {
    let stores = expect_context::<Stores>();
    let clock = expect_context::<Clock>();
    let durable = use_context::<Durable>().map(|d| d.0);
    let open = use_context::<StretchOpen>().map(|s| s.0);
    let here = browser::platform();
    let out = RwSignal::new(None::<OutState>);
    // Read once the app has settled (the card is never what a tap at night is for), with the
    // food log's reader from the data module (its code is not in the first download).
    let food_days = RwSignal::new(None::<FoodDaysReader>);
    if let Some(FoodDays(read)) = use_context::<FoodDays>() {
        crate::ui::idle::later(move || read(food_days));
    }
    let card = Memo::new(move |_| {
        let food_days = food_days.get()?;
        let when = When {
            now_ms: browser::now_ms() as i64,
            local: LocalMinute::from_naive(clock.minute()),
            guide_open: open.is_some_and(|o| o.get()),
        };
        let keeping = Keeping {
            ios_tab: here.ios_tab(),
            ios_app: here.ios_app(),
            persisted: durable.and_then(|d| d.get()),
        };
        let care = stores.settings.with(|s| s.care);
        let saved = crate::state::data::saved(stores, food_days);
        if care::offer_safari_import(saved, keeping, care.safari_import_answered) {
            return Some(Card::SafariImport);
        }
        if let Some(risk) = care::storage_note(saved, keeping, care.storage_note_read, when) {
            return Some(Card::Storage(risk));
        }
        care::nudge(saved, care.last_backup_ms, care.nudge_after_ms, when).then_some(Card::Nudge)
    });
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(cmd) = read::<CareCmd>(&ev) else {
            return;
        };
        // Handled here: the home view around this card has a delegated handler of its own.
        ev.stop_propagation();
        let settings = |cmd: SettingsCmd| stores.settings.update(|s| s.apply(cmd));
        match cmd {
            CareCmd::Export => {
                out.set(None);
                if let Some(ExportAll(export)) = use_context::<ExportAll>() {
                    export(stores, out);
                }
            }
            CareCmd::NewHere => settings(SettingsCmd::AnswerSafariImport),
            CareCmd::GotIt => settings(SettingsCmd::ReadStorageNote),
            CareCmd::NotNow => settings(SettingsCmd::PutOffBackupNudge {
                now_ms: browser::now_ms() as i64,
            }),
        }
    };
    move || {
        card.get().map(|card| {
            let body = match card {
                Card::SafariImport => view! {
                    <h2 id="care-title" class="card__title">{tr!(care.safari_title)}</h2>
                    <p>{tr!(care.safari_text)}</p>
                    <div class="actions">
                        <a class="button button--primary" href="settings/#your-data">{tr!(care.import)}</a>
                        <button type="button" class="button button--quiet" data-cmd=CareCmd::NewHere.render()>{tr!(care.new_here)}</button>
                    </div>
                }
                .into_any(),
                Card::Storage(risk) => view! {
                    <h2 id="care-title" class="card__title">{tr!(care.risk_title)}</h2>
                    <p>{match risk {
                        Risk::SafariTab => tr!(care.risk_safari),
                        Risk::NotPersisted => tr!(care.risk_browser),
                    }}</p>
                    <p>{match risk {
                        Risk::SafariTab => tr!(care.keep_safari),
                        Risk::NotPersisted => tr!(care.keep_browser),
                    }}</p>
                    <div class="actions">
                        <button type="button" class="button button--primary" data-cmd=CareCmd::Export.render()>{tr!(care.save)}</button>
                        <button type="button" class="button button--quiet" data-cmd=CareCmd::GotIt.render()>{tr!(care.got_it)}</button>
                    </div>
                }
                .into_any(),
                Card::Nudge => view! {
                    <h2 id="care-title" class="card__title">{tr!(care.nudge_title)}</h2>
                    <p>{move || stores.settings.with(|s| tr!(
                        care.nudge_text,
                        last = crate::ui::words::last_backup(care::days_since_backup(s.care.last_backup_ms, browser::now_ms() as i64))
                    ).to_string())}</p>
                    <div class="actions">
                        <button type="button" class="button button--primary" data-cmd=CareCmd::Export.render()>{tr!(care.save)}</button>
                        <button type="button" class="button button--quiet" data-cmd=CareCmd::NotNow.render()>{tr!(care.not_now)}</button>
                    </div>
                }
                .into_any(),
            };
            view! {
                <section class="card card--quiet care" lang=crate::translations::shown().tag() aria-labelledby="care-title" on:click=on_click>
                    {body}
                    <FileOutStatus state=out on_copied=Callback::new(move |()| crate::state::data::record_backup(stores)) />
                </section>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn commands_round_trip() {
        crate::ui::act::check_round_trip(super::CareCmd::samples());
    }
}
