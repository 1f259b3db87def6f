//! The app shell: loads the saved data, provides it as context, and lays out the header,
//! notices, the current view in `<main>`, and the tab bar.

use crate::domain::route::{Route, View};
use crate::domain::settings::ThemeChoice;
use crate::features;
use crate::pwa::provide_pwa;
use crate::state::Stores;
use crate::storage::Reports;
use crate::ui::notices::Notices;
use crate::ui::router::provide_nav;
use crate::ui::shell::sync_chrome;
use leptos::prelude::*;

/// The whole app, mounted into `<main>` (the app bar and tab bar are static in index.html).
#[component]
pub fn App() -> impl IntoView {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let reports = Reports::new();
    provide_context(reports);
    let stores = Stores::load(reports);
    provide_context(stores);
    let nav = provide_nav();
    crate::ui::clock::provide_clock(stores);
    let guide = features::stretch::provide_guide(stores, stores.session);
    provide_pwa();
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

    view! {
        <Notices />
        {move || guide_shown().then(|| view! { <features::stretch::GuideOverlay /> })}
                {move || match nav.route() {
                    Route::View(View::Stretch) => features::stretch::StretchView().into_any(),
                    Route::View(View::Checklist) => {
                        features::checklist::ChecklistView().into_any()
                    }
                    Route::View(View::Magnesium) => {
                        features::magnesium::MagnesiumView().into_any()
                    }
                    Route::View(View::Diary) => features::diary::DiaryView().into_any(),
                    Route::View(View::Learn) => features::learn::LearnView().into_any(),
                    Route::View(View::Settings) => {
                        features::settings::SettingsView().into_any()
                    }
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
