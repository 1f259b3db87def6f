//! The views, one module per feature.

pub mod checklist;
pub mod diary;
pub mod learn;
pub mod magnesium;
pub mod profile;
pub mod reminder;
pub mod settings;
pub mod stretch;

use crate::domain::route::View;
use leptos::prelude::*;

/// A path that is not one of our views.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="view" aria-labelledby="nf-title">
            <h1 id="nf-title" tabindex="-1">"Page not found"</h1>
            <p>"There is no page at this address in Uncramp."</p>
            <p>
                <a class="button button--primary" href=View::Stretch.href()>"Go to the stretch guide"</a>
            </p>
        </section>
    }
}

/// The heading and intro every view starts with.
#[component]
pub fn ViewHeading(
    /// The `<h1>` text.
    title: &'static str,
    /// One line under it.
    #[prop(optional)]
    intro: Option<&'static str>,
) -> impl IntoView {
    view! {
        <h1 class="view__title" tabindex="-1">{title}</h1>
        {intro.map(|text| view! { <p class="view__intro">{text}</p> })}
    }
}
