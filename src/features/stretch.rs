//! The stretch guide: the home view with the "Cramp now" button.

use super::ViewHeading;
use leptos::prelude::*;

/// The home view.
#[component]
pub fn StretchView() -> impl IntoView {
    view! {
        <section class="view view--home">
            <ViewHeading title="Leg cramp?" intro="One tap starts a guided calf stretch." />
            <div class="home__cta">
                <button type="button" class="cramp-button">"Cramp now"</button>
            </div>
        </section>
    }
}
