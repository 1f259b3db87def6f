//! Uncramp: a phone-first, offline leg-cramp companion.
//!
//! `domain` is the pure core; everything else is the shell around it (see ARCHITECTURE.md).

pub mod app;
pub mod browser;
pub mod chunks;
pub mod domain;
pub mod features;
pub mod pwa;
pub mod state;
pub mod storage;
pub mod translations;
pub mod ui;

pub use app::App;

/// Starts the app in short tasks rather than one long one (see `domain::startup`): this one
/// only instantiated the module; the next reads what home needs ([`app::prepare`]); the one
/// after mounts [`App`] into `<main>` (or the body if the page has none), which queues the
/// rest. A tap on "Cramp now" held while loading skips the wait between the two.
pub fn mount() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    ui::idle::soon(|| {
        // The app's root: its contexts are there for everything mounted under it. It lives as
        // long as the page.
        let owner = Owner::new();
        let start = owner.with(app::prepare);
        let mount = move || {
            owner.with(|| {
                match document()
                    .get_element_by_id("main")
                    .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    Some(main) => {
                        leptos::mount::mount_to(main, move || view! { <App start /> }).forget()
                    }
                    None => leptos::mount::mount_to_body(move || view! { <App start /> }),
                }
            });
            std::mem::forget(owner);
        };
        if start.tapped.is_some() {
            mount();
        } else {
            ui::idle::soon(mount);
        }
    });
}
