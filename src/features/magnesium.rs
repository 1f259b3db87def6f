//! The magnesium food picker.

use super::ViewHeading;
use leptos::prelude::*;

/// The magnesium view.
#[component]
pub fn MagnesiumView() -> impl IntoView {
    view! {
        <section class="view">
            <ViewHeading
                title="Magnesium from food"
                intro="Pick what you ate and see the day's magnesium against the amount recommended for you."
            />
        </section>
    }
}
