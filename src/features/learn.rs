//! Learn & safety: the sourced health content and the red flags. The text is generated from
//! `domain::learn::content` into a file the service worker precaches; it is loaded when the view
//! opens, so it is not part of the app's first load but works offline after one visit.

use super::ViewHeading;
use crate::domain::language::Lang;
use crate::domain::learn::content::not_a_diagnosis;
use crate::domain::learn::learn_file::{LEARN_FILE, LEARN_FILE_NL};
use crate::domain::learn::safety;
use crate::tr;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    static PAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

#[derive(Clone, PartialEq)]
enum Page {
    Loading,
    Ready(String),
    Failed,
}

/// The generated page in the language the app shows.
fn page_file() -> &'static str {
    match crate::translations::shown() {
        Lang::En => LEARN_FILE,
        Lang::Nl => LEARN_FILE_NL,
    }
}

async fn fetch_page() -> Option<String> {
    let response = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(page_file()))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Scrolls to the element the URL's `#fragment` names (once the content is in).
fn scroll_to_fragment() {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

fn load(page: RwSignal<Page>) {
    page.set(Page::Loading);
    leptos::task::spawn_local(async move {
        match fetch_page().await {
            Some(html) => {
                PAGE.with(|p| *p.borrow_mut() = Some(html.clone()));
                page.set(Page::Ready(html));
                request_animation_frame(scroll_to_fragment);
            }
            None => page.set(Page::Failed),
        }
    });
}

crate::view_commands! {
    /// What the Learn view's button does.
    pub enum LearnCmd {
        Retry = "retry",
        ;
    }
}

/// The Learn view.
#[component]
pub fn LearnView() -> impl IntoView {
    let cached = PAGE.with(|p| p.borrow().clone());
    let page = RwSignal::new(cached.map_or(Page::Loading, Page::Ready));
    if page.get_untracked() == Page::Loading {
        load(page);
    } else {
        request_animation_frame(scroll_to_fragment);
    }
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(LearnCmd::Retry) = crate::ui::act::read::<LearnCmd>(&ev) {
            load(page);
        }
    };
    let lang = crate::translations::shown();
    view! {
        <section class="view learn" on:click=on_click>
            <ViewHeading title=tr!(learn.title) intro=tr!(learn.intro) />
            <p class="learn__note" role="note">{not_a_diagnosis(lang)}</p>
            <p class="learn__jump"><a class="button button--danger-outline" href="learn/#red-flags">{tr!(learn.jump)}</a></p>
            {move || match page.get() {
                Page::Loading => view! { <p class="hint" role="status">{tr!(learn.loading)}</p> }.into_any(),
                Page::Failed => view! {
                    <div class="card" role="alert">
                        <p>{tr!(learn.failed)}</p>
                        <p><strong>{safety::guide_safety(lang).clot_check}</strong></p>
                        <ul class="plain-list">
                            {safety::RED_FLAGS
                                .iter()
                                .filter(|f| f.level == safety::Level::Emergency || f.id == "long-cramp")
                                .map(|f| view! { <li>{f.full_text_in(lang)}</li> })
                                .collect_view()}
                        </ul>
                        <button type="button" class="button" data-cmd=crate::ui::act::ViewCmd::render(&LearnCmd::Retry)>{tr!(learn.retry)}</button>
                    </div>
                }.into_any(),
                Page::Ready(html) => view! { <div class="learn__content" inner_html=html></div> }.into_any(),
            }}
        </section>
    }
}
