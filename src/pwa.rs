//! Progressive-web-app glue: registers the service worker, offers a new version when one is
//! waiting (applied only when the user accepts), and the install hint.

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// How this app can be installed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Install {
    /// Already running as an installed app, or the browser offers no way: say nothing.
    Nothing,
    /// The browser gave us its install prompt (`beforeinstallprompt`).
    Prompt,
    /// iOS Safari: Share, then Add to Home Screen.
    IosShareSheet,
}

/// PWA state, shared through context.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// A new version is installed and waiting.
    pub update_ready: RwSignal<bool>,
    pub install: RwSignal<Install>,
}

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static INSTALL_EVENT: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
    static RELOAD_ON_CHANGE: RefCell<bool> = const { RefCell::new(false) };
}

impl Pwa {
    /// Activates the waiting version; the page reloads once it has taken over.
    pub fn apply_update(&self) {
        let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
        match waiting {
            Some(worker) => {
                RELOAD_ON_CHANGE.with(|f| *f.borrow_mut() = true);
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    }

    /// Shows the browser's install prompt (only when `install` is `Prompt`).
    pub fn prompt_install(&self) {
        let Some(event) = INSTALL_EVENT.with(|e| e.borrow_mut().take()) else {
            return;
        };
        if let Ok(prompt) = js_sys::Reflect::get(&event, &"prompt".into()) {
            if let Some(prompt) = prompt.dyn_ref::<js_sys::Function>() {
                let _ = prompt.call0(&event);
            }
        }
        self.install.set(Install::Nothing);
    }
}

/// Provides [`Pwa`] and listens for the browser's install prompt (it may come early); the rest
/// waits for [`start`].
pub fn provide_pwa() -> Pwa {
    let pwa = Pwa {
        update_ready: RwSignal::new(false),
        install: RwSignal::new(Install::Nothing),
    };
    provide_context(pwa);
    let before = window_event_listener_untyped("beforeinstallprompt", move |event| {
        event.prevent_default();
        INSTALL_EVENT.with(|e| *e.borrow_mut() = Some(event));
        pwa.install.set(Install::Prompt);
    });
    let installed = window_event_listener_untyped("appinstalled", move |_| {
        pwa.install.set(Install::Nothing);
    });
    on_cleanup(move || {
        before.remove();
        installed.remove();
    });
    pwa
}

/// Registers the service worker, checks for updates when the page is shown again, and works
/// out the install hint (a part of the start-up that waits for an idle moment).
pub fn start(pwa: Pwa) {
    let here = crate::browser::platform();
    if pwa.install.get_untracked() == Install::Nothing && here.ios_tab() {
        pwa.install.set(Install::IosShareSheet);
    }
    let visible = window_event_listener_untyped("visibilitychange", move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            check_for_update();
        }
    });
    on_cleanup(move || visible.remove());
    register(pwa);
}

fn check_for_update() {
    REGISTRATION.with(|r| {
        if let Some(registration) = r.borrow().as_ref() {
            let _ = registration.update();
        }
    });
}

fn register(pwa: Pwa) {
    let navigator = window().navigator();
    if js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .map(|v| v.is_undefined())
        .unwrap_or(true)
    {
        return; // No service worker support (or not a secure context).
    }
    let container = navigator.service_worker();
    // With no controller yet this is the first install: nothing to offer, nothing to reload.
    let had_controller = container.controller().is_some();

    let on_change = Closure::<dyn FnMut()>::new(move || {
        if RELOAD_ON_CHANGE.with(|f| std::mem::take(&mut *f.borrow_mut())) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    // The worker precaches the build of one language (scripts/sw-release.js): the one a start
    // without a link's `?lang=` shows (index.html's first script: the choice saved in
    // Settings, else the phone's), so a link that asks for another language for one visit
    // does not leave the next offline start without its build. A new language is a new
    // script address, so the worker is installed again for it.
    let kept = crate::browser::start_language().unwrap_or_else(crate::translations::shown);
    let promise = container.register(&format!("sw.js?lang={}", kept.tag()));
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        if !registration.is_object() {
            return;
        }
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting().filter(|_| had_controller) {
            offer_or_adopt(waiting, pwa);
        } else if let Some(installing) = registration.installing() {
            // Found before this page listened (the update check starts with the registration).
            watch(installing, pwa);
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            if let Some(worker) = reg.installing() {
                watch(worker, pwa);
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Watches an installing worker: once installed (and this page has a worker already, so it
/// is an update, not the first install), it is offered or adopted.
fn watch(worker: web_sys::ServiceWorker, pwa: Pwa) {
    let watched = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let controlled = window().navigator().service_worker().controller().is_some();
        if watched.state() == ServiceWorkerState::Installed && controlled {
            offer_or_adopt(watched.clone(), pwa);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// A new worker is waiting. If it is the build this page already runs (the page came from the
/// network while the old worker was in charge), there is nothing to offer: it takes over at
/// once, so the views' modules of this build come from its cache, offline too. Otherwise the
/// user is offered the update. A worker that does not say its build (one from before it could)
/// is offered after a moment, as before.
fn offer_or_adopt(worker: web_sys::ServiceWorker, pwa: Pwa) {
    let page_build = document()
        .query_selector("meta[name=uncramp-build]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"));
    let answered = StoredValue::new(false);
    let Ok(channel) = web_sys::MessageChannel::new() else {
        pwa.update_ready.set(true);
        return;
    };
    let adopt = worker.clone();
    let on_answer =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            answered.set_value(true);
            if event.data().as_string().is_some() && event.data().as_string() == page_build {
                // The same build: it takes over quietly; no reload, the page already runs it.
                let _ = adopt.post_message(&JsValue::from_str("skip-waiting"));
            } else {
                pwa.update_ready.set(true);
            }
        });
    channel
        .port1()
        .set_onmessage(Some(on_answer.as_ref().unchecked_ref()));
    on_answer.forget();
    let asked = worker.post_message_with_transferable(
        &JsValue::from_str("build?"),
        &js_sys::Array::of1(&channel.port2()),
    );
    if asked.is_err() {
        pwa.update_ready.set(true);
        return;
    }
    set_timeout(
        move || {
            if !answered.get_value() {
                pwa.update_ready.set(true);
            }
        },
        std::time::Duration::from_secs(3),
    );
}
