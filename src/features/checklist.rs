//! The prevention checklist (daily habits, history and streaks).

use super::ViewHeading;
use leptos::prelude::*;

/// The checklist view.
#[component]
pub fn ChecklistView() -> impl IntoView {
    view! {
        <section class="view">
            <ViewHeading
                title="Prevention checklist"
                intro="Daily habits that may make night cramps less likely, with your history and streaks."
            />
        </section>
    }
}
