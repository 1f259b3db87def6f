//! The app shell: starts the app in slices, provides the saved data as context, and lays out
//! the notices, the current view in `<main>`, and the running guide (the app bar and tab bar
//! are static in index.html).
//!
//! Start-up (see `domain::startup`), in short tasks: [`prepare`] adopts the home view index.html
//! painted and reads only the settings and the running stretch; [`App`] mounts the nav, the
//! clock and the guide; then the service worker's context, the chrome and the idle queue; then
//! the views, and the app says it is ready (`<html data-ready>`). The clock, the service
//! worker, the other stores and the other views' modules follow one small task at a time when
//! the browser is idle (`ui::idle`).

use crate::browser;
use crate::chunks::{self, ChunkView};
use crate::domain::language;
use crate::domain::route::{Route, View};
use crate::domain::saved::care;
use crate::domain::settings::ThemeChoice;
use crate::domain::startup::{self, Step};
use crate::domain::stretch::guide::StartedBy;
use crate::domain::stretch::routine::RoutineKind;
use crate::features;
use crate::pwa::provide_pwa;
use crate::state::shared::{
    Durable, ExportAll, FoodDays, LogNight, MorningQuestion, ReminderOffer, StartAfresh,
};
use crate::state::Stores;
use crate::storage::Reports;
use crate::ui::idle;
use crate::ui::notices::Notices;
use crate::ui::router::provide_nav;
use crate::ui::shell::{mark_ready, sync_chrome};
use leptos::prelude::*;

/// What the start-up's second task reads and provides (see [`prepare`]).
#[derive(Clone, Copy)]
pub struct Start {
    /// The stretch to start at once: "Cramp now" was tapped while the app was loading.
    pub tapped: Option<RoutineKind>,
    stores: Stores,
}

/// Adopts the static home, and reads the stores the home view and the guide need; provides
/// the reports, the stores and the export as context. It runs before Leptos' executor is set
/// up (by the mount), so it creates no effects and spawns nothing.
pub fn prepare() -> Start {
    // The home view's static top is kept for the home view; the rest of the start-up block
    // (the failure message, "Loading Uncramp…") goes when the views come in.
    let tapped = features::stretch::hero::adopt_static();
    let reports = Reports::new();
    provide_context(reports);
    let stores = Stores::new(reports);
    provide_context(stores);
    provide_context(ReminderOffer(|| {
        view! { <chunks::ReminderOffer /> }.into_any()
    }));
    provide_context(MorningQuestion(|| {
        view! { <chunks::MorningQuestion /> }.into_any()
    }));
    provide_context(FoodDays(|into| {
        leptos::task::spawn_local(async move {
            into.try_set(Some(chunks::food_days().await));
        })
    }));
    provide_context(StartAfresh(|stores, reports, report| {
        let crate::storage::Report::NewerVersion { label } = report else {
            return;
        };
        leptos::task::spawn_local(async move {
            if chunks::start_afresh(stores, label).await {
                reports.dismiss_report(&report);
            }
        });
    }));
    provide_context(LogNight(RwSignal::new(None)));
    provide_context(Durable(RwSignal::new(None)));
    provide_context(ExportAll(|stores, out| {
        leptos::task::spawn_local(async move {
            match chunks::backup_file(stores).await {
                Ok(file) => crate::ui::file_out::offer(
                    file,
                    crate::state::data::backup_words(),
                    out,
                    move || crate::state::data::record_backup(stores),
                ),
                Err(e) => {
                    out.try_set(Some(crate::browser::OutState::Said(e, true)));
                }
            }
        });
    }));
    for id in startup::AT_START {
        stores.ensure_in_first_module(id);
    }
    show_language(stores);
    Start { tapped, stores }
}

/// Sets the language the app shows ([`language::pick`]: a `?lang=` link, the choice saved in
/// Settings, the phone's languages). index.html's first script sets `<html lang>` the same
/// way, and each view marks its own root with the language it shows.
fn show_language(stores: Stores) {
    if language::BUILT_FOR.is_some() {
        // A build for one language: index.html picked it the same way and loaded it.
        return;
    }
    let asked = browser::asked_language();
    let choice = stores.settings.with_untracked(|s| s.language);
    let phone = browser::preferred_languages();
    let lang = language::pick(asked, choice, phone.iter().map(String::as_str));
    crate::translations::show(lang);
}

/// The whole app, mounted into `<main>` under the owner [`prepare`] provided to.
#[component]
pub fn App(start: Start) -> impl IntoView {
    let Start { tapped, stores } = start;
    let nav = provide_nav();
    let clock = crate::state::clock::provide_clock(stores.settings);
    let guide = features::stretch::provide_guide(stores, tapped);
    // A memo: the saved session changes at every step of the guide, and the overlay must not
    // be built again each time (it would lose its open red flags and the severity picked).
    let guide_shown = Memo::new(move |_| guide.is_open() && nav.is(View::Stretch));

    // What the views need but a tap on "Cramp now" does not: the service worker's context,
    // the chrome, the theme and the title, and the queue of idle work.
    let durable = expect_context::<Durable>().0;
    let rest = move || {
        let pwa = provide_pwa();
        sync_chrome(nav, stores);
        // Sync the theme and the document title with the outside world (the <html> element).
        Effect::new(move |_| apply_theme(stores.settings.with(|s| s.theme)));
        Effect::new(move |_| {
            let title = match nav.route() {
                Route::View(view) => view.title_in(crate::translations::shown()),
                Route::NotFound => crate::tr!(shell.not_found),
            };
            document().set_title(title);
        });

        // The rest of the start-up, one small task at a time when the browser is idle.
        // Prefetching waits until the start-up is long over (`startup::PREFETCH_AFTER_MS`).
        let mut prefetch = Vec::new();
        for step in startup::after_start(nav.route_untracked()) {
            match step {
                Step::Clock => idle::later(move || clock.start()),
                Step::Worker => idle::later(move || crate::pwa::start(pwa)),
                Step::Store(id) => idle::later(move || chunks::read_store(stores, id)),
                Step::Keep => idle::later(move || {
                    // Asking may prompt (Firefox): only with data, and by day.
                    let minute = browser::local_now().naive_local().time();
                    let minute =
                        chrono::Timelike::hour(&minute) * 60 + chrono::Timelike::minute(&minute);
                    let day = (care::DAYTIME.0..care::DAYTIME.1).contains(&minute);
                    leptos::task::spawn_local(async move {
                        let food_days = chunks::food_days().await;
                        let ask = day && !crate::state::data::saved(stores, food_days).is_empty();
                        crate::storage::ask_to_keep(durable, ask);
                    });
                }),
                Step::Prefetch(chunk) => prefetch.push(chunk),
            }
        }
        set_timeout(
            move || {
                for chunk in prefetch {
                    idle::later(move || chunks::prefetch(chunk));
                }
            },
            std::time::Duration::from_millis(startup::PREFETCH_AFTER_MS),
        );
    };

    // Then the views (the notices and the view shown). The app is ready once they are there.
    let views_in = RwSignal::new(false);
    let come_in = move || {
        views_in.set(true);
        if let Some(routine) = features::stretch::hero::take_held_tap() {
            guide.start(routine, StartedBy::Link);
        }
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        idle::soon(mark_ready);
    };

    // Each in a task of its own after this one (short tasks rather than one long one; see
    // `domain::startup`), unless a tap on "Cramp now" is waiting: then all at once.
    if tapped.is_some() {
        rest();
        come_in();
    } else {
        idle::soon(rest);
        idle::soon(come_in);
    }

    view! {
        {move || views_in.get().then(|| view! { <Notices /> })}
        {move || guide_shown.get().then(|| view! { <features::stretch::GuideOverlay /> })}
        {move || views_in.get().then(|| match nav.route() {
            Route::View(View::Stretch) => features::stretch::StretchView().into_any(),
            Route::View(view) => view! { <ChunkView view /> }.into_any(),
            Route::NotFound => features::NotFound().into_any(),
        })}
    }
}

/// Sets `<html data-theme>` and the browser chrome colour.
fn apply_theme(theme: ThemeChoice) {
    let Some(html) = document().document_element() else {
        return;
    };
    match theme.attribute() {
        Some(name) => {
            let _ = html.set_attribute("data-theme", name);
        }
        None => {
            let _ = html.remove_attribute("data-theme");
        }
    }
    if let Ok(metas) = document().query_selector_all("meta[name=theme-color]") {
        for i in 0..metas.length() {
            let Some(meta) = metas.item(i) else { continue };
            let Ok(meta) = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(meta) else {
                continue;
            };
            let system = match meta.get_attribute("media").as_deref() {
                Some(m) if m.contains("dark") => crate::domain::settings::DARK_SURFACE,
                _ => crate::domain::settings::LIGHT_SURFACE,
            };
            let _ = meta.set_attribute("content", theme.chrome_colour().unwrap_or(system));
        }
    }
}
