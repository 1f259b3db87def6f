//! The cramp diary.

use super::ViewHeading;
use leptos::prelude::*;

/// The diary view.
#[component]
pub fn DiaryView() -> impl IntoView {
    view! {
        <section class="view">
            <ViewHeading
                title="Cramp diary"
                intro="Log your cramps to see what helps you, and to show your doctor."
            />
        </section>
    }
}
