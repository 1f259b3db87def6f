//! A bare Leptos counter: the smallest app built the way Uncramp is.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <button type="button" on:click=move |_| *count.write() += 1>
                "Count: " {count}
            </button>
        }
    });
}
