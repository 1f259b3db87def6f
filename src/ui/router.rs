//! A tiny client-side router over real links.
//!
//! Links are plain `<a href="checklist/">` resolved against `<base href>`; a click on one that
//! points at a view is turned into `history.pushState`, so the browser's back button moves
//! between views, and without the app each link still loads its own page.

use crate::domain::route::{Route, View};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current route, shared through context.
#[derive(Clone, Copy)]
pub struct Nav {
    route: RwSignal<Route>,
    base_path: StoredValue<String>,
}

impl Nav {
    pub fn route(&self) -> Route {
        self.route.get()
    }

    /// The current route, read now (not tracked).
    pub fn route_untracked(&self) -> Route {
        self.route.get_untracked()
    }

    pub fn is(&self, view: View) -> bool {
        self.route.with(|r| *r == Route::View(view))
    }

    /// The route an absolute URL points at.
    pub fn route_of_href(&self, href: &str) -> Route {
        web_sys::Url::new(href)
            .map(|url| {
                self.base_path
                    .with_value(|b| Route::from_path(&url.pathname(), b))
            })
            .unwrap_or(Route::NotFound)
    }

    /// Goes to `view` as if its link had been tapped.
    pub fn go(&self, view: View) {
        let href = format!("{}{}", self.base_path.get_value(), view.slug());
        let href = if view.slug().is_empty() {
            href
        } else {
            format!("{href}/")
        };
        push(&href);
        self.arrive(Route::View(view));
    }

    fn arrive(&self, route: Route) {
        if self.route.get_untracked() != route {
            self.route.set(route);
            window().scroll_to_with_x_and_y(0.0, 0.0);
            // Move focus to the new view's heading, so screen readers announce it.
            request_animation_frame(|| {
                if let Ok(Some(h1)) = document().query_selector("main h1") {
                    if let Some(h1) = h1.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = h1.focus_with_options(&{
                            let o = web_sys::FocusOptions::new();
                            o.set_prevent_scroll(true);
                            o
                        });
                    }
                }
            });
        }
    }
}

fn push(href: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
}

/// The path of `<base href>` (e.g. `/` or `/some/path/`).
fn base_path() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".into())
}

fn current_route(base: &str) -> Route {
    let path = window().location().pathname().unwrap_or_default();
    Route::from_path(&path, base)
}

/// Sets up routing and provides [`Nav`] as context.
pub fn provide_nav() -> Nav {
    let base = base_path();
    let nav = Nav {
        route: RwSignal::new(current_route(&base)),
        base_path: StoredValue::new(base),
    };
    provide_context(nav);

    let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
        let route = nav.base_path.with_value(|b| current_route(b));
        nav.route.set(route);
    });
    let on_click = window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        if let Some((href, route)) = internal_link(&ev, &nav.base_path.get_value()) {
            ev.prevent_default();
            let here = window().location().href().unwrap_or_default();
            if href != here {
                push(&href);
            }
            nav.arrive(route);
        }
    });
    on_cleanup(move || {
        on_pop.remove();
        on_click.remove();
    });
    nav
}

/// The absolute URL and route of a plain left click on a link to one of our views.
fn internal_link(ev: &web_sys::MouseEvent, base: &str) -> Option<(String, Route)> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if anchor.has_attribute("download") || !anchor.target().is_empty() {
        return None;
    }
    let url = web_sys::Url::new(&anchor.href()).ok()?;
    let here = window().location();
    if url.origin() != here.origin().ok()? {
        return None;
    }
    // A link to a part of this page: the browser scrolls to it.
    if !url.hash().is_empty() && url.pathname() == here.pathname().ok()? {
        return None;
    }
    match Route::from_path(&url.pathname(), base) {
        Route::View(view) => Some((url.href(), Route::View(view))),
        Route::NotFound => None,
    }
}
