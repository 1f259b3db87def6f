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
pub mod ui;

pub use app::App;

/// Mounts the app into `<main>` (or the body if the page has none), then says it is ready.
pub fn mount() {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    match document()
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(main) => leptos::mount::mount_to(main, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
    ui::shell::mark_ready();
}
