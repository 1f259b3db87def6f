//! The frame around every view. The app bar and the tab bar are static HTML in index.html
//! (they paint before the app has loaded, and cost no wasm); this module keeps them in sync:
//! `aria-current` on the link to the current view, `aria-pressed` on the night switch, and
//! the night switch's click.

use crate::domain::settings::{SettingsCmd, ThemeChoice};
use crate::state::Stores;
use crate::ui::act::command;

/// The `data-cmd` of the app bar's night toggle (static in index.html).
const NIGHT_TOGGLE: &str = "night";
use crate::ui::router::Nav;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Says the app can act: `<html data-ready>` (index.html's script stops watching for a failed
/// start, and tests wait for it).
pub fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
}

/// Starts syncing the static chrome with the app's state.
pub fn sync_chrome(nav: Nav, stores: Stores) {
    let night = move || stores.settings.with(|s| s.theme == ThemeChoice::Night);

    Effect::new(move |_| {
        let route = nav.route();
        let Ok(links) = document().query_selector_all(".appbar a, .tabbar a") else {
            return;
        };
        for i in 0..links.length() {
            let Some(link) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                continue;
            };
            let current = nav.route_of_href(&link.href()) == route
                && !link.class_list().contains("appbar__brand");
            let _ = if current {
                link.set_attribute("aria-current", "page")
            } else {
                link.remove_attribute("aria-current")
            };
        }
    });

    Effect::new(move |_| {
        let pressed = if night() { "true" } else { "false" };
        if let Some(toggle) = document().get_element_by_id("night-toggle") {
            let _ = toggle.set_attribute("aria-pressed", pressed);
        }
    });

    let on_click = window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        // Every click in the page passes here: only the night toggle's command is ours.
        if command(&ev).as_deref() == Some(NIGHT_TOGGLE) {
            stores
                .settings
                .update(|s| s.apply(SettingsCmd::ToggleNight));
        }
    });
    on_cleanup(move || on_click.remove());
}
