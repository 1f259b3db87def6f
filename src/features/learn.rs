//! Learn & safety: sourced health content and red flags.

use super::ViewHeading;
use leptos::prelude::*;

/// The Learn view.
#[component]
pub fn LearnView() -> impl IntoView {
    view! {
        <section class="view">
            <ViewHeading
                title="Learn & safety"
                intro="What cramps are, what helps, and when to see a doctor."
            />
        </section>
    }
}
