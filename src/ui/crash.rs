//! The last line of defence: if the app panics, replace the page with a readable message and a
//! way to download the saved data, instead of a blank or frozen screen.
//!
//! This runs inside the panic hook, when the reactive system may be mid-update, so it uses
//! plain DOM calls only and links that work without any of our code (a `blob:` download and a
//! reload link).

use crate::domain::saved::backup;
use crate::storage;
use crate::tr;
use wasm_bindgen::JsCast;

/// Installs the panic hook: the console message (for developers) plus the fallback page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show(&info.to_string());
    }));
}

/// Shows the fallback page with `details` (the error) under a disclosure.
pub fn show(details: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let el = |tag: &str, text: &str| -> Option<web_sys::Node> {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e.into())
    };

    let section = document.create_element("section").ok()?;
    section.set_id("crash");
    section.set_class_name("crash");
    section.set_attribute("role", "alert").ok()?;
    section
        .append_child(&el("h1", tr!(shell.crash_title))?)
        .ok()?;
    section
        .append_child(&el("p", tr!(shell.crash_text))?)
        .ok()?;
    let lang = crate::translations::shown();
    section
        .append_child(&el(
            "p",
            crate::domain::learn::safety::guide_safety(lang).clot_check,
        )?)
        .ok()?;
    section
        .append_child(&el("p", tr!(shell.crash_first_aid))?)
        .ok()?;

    let actions = document.create_element("p").ok()?;
    actions.set_class_name("crash__actions");
    let reload: web_sys::HtmlAnchorElement = el("a", tr!(shell.crash_reload))?.unchecked_into();
    reload.set_href(&web_sys::window()?.location().href().ok()?);
    reload.set_class_name("button button--primary");
    actions.append_child(&reload).ok()?;
    let text = backup_text();
    // The iPhone home-screen app cannot download a file (it does nothing, or opens a preview
    // that cannot be left): the data is shown to copy instead.
    let ios_app = crate::browser::platform().ios_app();
    if let Some(url) = backup_url(&text).filter(|_| !ios_app) {
        let save: web_sys::HtmlAnchorElement = el("a", tr!(shell.crash_download))?.unchecked_into();
        save.set_href(&url);
        save.set_download(&backup::file_name(&crate::browser::today_iso()));
        save.set_class_name("button");
        actions.append_child(&save).ok()?;
    }
    section.append_child(&actions).ok()?;
    if ios_app {
        section
            .append_child(&el("p", tr!(shell.crash_copy))?)
            .ok()?;
        let area: web_sys::Element = document.create_element("textarea").ok()?;
        area.set_attribute("readonly", "").ok()?;
        area.set_attribute("rows", "6").ok()?;
        area.set_attribute("aria-label", tr!(shell.crash_data))
            .ok()?;
        area.set_class_name("input copyout__text");
        area.set_text_content(Some(&text));
        section.append_child(&area).ok()?;
    }

    let more = document.create_element("details").ok()?;
    more.append_child(&el("summary", tr!(shell.crash_details))?)
        .ok()?;
    more.append_child(&el("pre", details)?).ok()?;
    section.append_child(&more).ok()?;

    body.set_inner_html("");
    body.append_child(&section).ok()?;
    Some(())
}

/// A backup of everything in storage (what was saved before the error).
fn backup_text() -> String {
    backup::build_from_storage(
        &storage::all_entries(),
        &crate::browser::timestamp_now(),
        env!("CARGO_PKG_VERSION"),
    )
}

/// A `blob:` URL of `text`, for a download link that works without any of our code.
fn backup_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
