//! A form field's problem, said under the field: the message (`FieldError`), the field marked
//! invalid and described by it (`invalid`, `described_by`), and focus moved to the field
//! (`focus`).

use leptos::prelude::*;

/// A field's problem, if any.
pub type Problem = RwSignal<Option<&'static str>>;

/// The message under the field, with the `id` its `aria-describedby` names.
#[component]
pub fn FieldError(
    /// The element id the field's `aria-describedby` names.
    id: &'static str,
    /// The problem to say, if any.
    problem: Problem,
    /// More classes, for the field's layout.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    move || {
        problem.get().map(|text| {
            view! { <p id=id class=format!("field__error {class}") role="alert">{text}</p> }
        })
    }
}

/// `aria-invalid` for the field: "true" while there is a problem.
pub fn invalid(problem: Problem) -> impl Fn() -> Option<&'static str> + Copy {
    move || problem.get().is_some().then_some("true")
}

/// `aria-describedby` for the field: the message's id while there is a problem.
pub fn described_by(
    problem: Problem,
    id: &'static str,
) -> impl Fn() -> Option<&'static str> + Copy {
    move || problem.get().is_some().then_some(id)
}

/// Moves focus to the element `id`: now if it is there, else after the next frame (an element
/// a change just asked for is drawn by then).
pub fn focus(id: &'static str) {
    fn now(id: &str) -> bool {
        document()
            .get_element_by_id(id)
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            .is_some_and(|el| el.focus().is_ok())
    }
    if !now(id) {
        request_animation_frame(move || {
            now(id);
        });
    }
}
