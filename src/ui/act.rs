//! Delegated events: a view has one click (and one change) handler on its root, and its
//! controls say what they do with `data-cmd="…"`.
//!
//! Each `on:click` closure in Leptos is its own generic instance (about 0.45 KB of gzipped
//! wasm each); one handler per view that matches on the command keeps the app small. The
//! controls stay real `<button>`s and `<input>`s, so keyboards and screen readers see no
//! difference.

use wasm_bindgen::JsCast;

/// The `data-cmd` of the control an event came from (the closest element that has one).
pub fn command(ev: &web_sys::Event) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let control = target.closest("[data-cmd]").ok()??;
    if control.has_attribute("disabled") {
        return None;
    }
    control.get_attribute("data-cmd")
}

/// The input or select an event came from: its `name`, `value` and `checked`.
pub fn field(ev: &web_sys::Event) -> Option<Field> {
    let target = ev.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(Field {
            name: input.name(),
            value: input.value(),
            checked: input.checked(),
            input: Some(input.clone()),
        });
    }
    let select = target.dyn_ref::<web_sys::HtmlSelectElement>()?;
    Some(Field {
        name: select.name(),
        value: select.value(),
        checked: false,
        input: None,
    })
}

/// What [`field`] reads from a form control.
pub struct Field {
    pub name: String,
    pub value: String,
    pub checked: bool,
    /// The element itself when it is an `<input>` (for files).
    pub input: Option<web_sys::HtmlInputElement>,
}
