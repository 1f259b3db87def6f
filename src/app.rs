//! The app shell: starts the app in slices, provides the saved data as context, and lays out
//! the notices, the current view in `<main>`, and the running guide (the app bar and tab bar
//! are static in index.html).
//!
//! Start-up (see `domain::startup`): the first task reads only the settings and the running
//! stretch, adopts the home view index.html painted, mounts, and says it is ready
//! (`<html data-ready>`); the clock, the service worker, the other stores and the other views'
//! modules follow one small task at a time when the browser is idle (`ui::idle`).

use crate::chunks::{self, ChunkView};
use crate::domain::route::{Route, View};
use crate::domain::settings::ThemeChoice;
use crate::domain::startup::{self, Step};
use crate::features;
use crate::pwa::provide_pwa;
use crate::state::shared::ExportAll;
use crate::state::Stores;
use crate::storage::Reports;
use crate::ui::idle;
use crate::ui::notices::Notices;
use crate::ui::router::provide_nav;
use crate::ui::shell::sync_chrome;
use leptos::prelude::*;

/// The whole app, mounted into `<main>`.
#[component]
pub fn App() -> impl IntoView {
    // The home view's static top is kept for the home view; the rest of the start-up block
    // (the failure message, "Loading Uncramp…") goes.
    let tapped = features::stretch::hero::adopt_static();
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let reports = Reports::new();
    provide_context(reports);
    let stores = Stores::new(reports);
    provide_context(stores);
    provide_context(ExportAll(|stores, failure| {
        leptos::task::spawn_local(async move {
            failure.try_set(chunks::export_all(stores).await.err());
        });
    }));
    for id in startup::AT_START {
        stores.ensure(id);
    }
    let nav = provide_nav();
    let clock = crate::state::clock::provide_clock(stores.settings);
    let guide = features::stretch::provide_guide(stores, stores.session, tapped);
    let pwa = provide_pwa();
    sync_chrome(nav, stores);
    let guide_shown = move || guide.is_open() && nav.is(View::Stretch);

    // Sync the theme and the document title with the outside world (the <html> element).
    Effect::new(move |_| apply_theme(stores.settings.with(|s| s.theme)));
    Effect::new(move |_| {
        let title = match nav.route() {
            Route::View(view) => view.title(),
            Route::NotFound => "Page not found · Uncramp",
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
            Step::Store(id) => idle::later(move || stores.ensure(id)),
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

    view! {
        <Notices />
        {move || guide_shown().then(|| view! { <features::stretch::GuideOverlay /> })}
        {move || match nav.route() {
            Route::View(View::Stretch) => features::stretch::StretchView().into_any(),
            Route::View(view) => view! { <ChunkView view /> }.into_any(),
            Route::NotFound => features::NotFound().into_any(),
        }}
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
