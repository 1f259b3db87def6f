//! The one module that owns localStorage (through gloo-storage).
//!
//! - Every value is a versioned envelope (see `domain::saved::schema`); [`Persisted`] keeps one in a
//!   signal and writes it back on every change.
//! - A value that cannot be read is copied aside under `<key>.unreadable.<ms>` and reported;
//!   the original is only overwritten once the copy is safely stored.
//! - Without localStorage (blocked, private mode, missing) everything works in memory and the
//!   user is told once that changes will not be kept. Failed writes are reported, not swallowed.
//! - Work in progress that is not saved data yet (a half-filled form) is kept for the tab in
//!   sessionStorage ([`tab`]), so that a reload does not lose it.
//! - A change made in another tab arrives through the `storage` event. Every change here is a
//!   read-modify-write on the freshest stored value, so neither tab's edits are lost.

mod persisted;
mod reports;
pub mod tab;

pub use persisted::{AnyPersisted, Persisted};
pub use reports::{Reason, Report, Reports};

use crate::domain::sorted;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

/// Every key this app writes starts with this.
pub const PREFIX: &str = "uncramp.";
const ASIDE_MARK: &str = ".unreadable.";
const PROBE_KEY: &str = "uncramp.probe";

/// Why a storage call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage: blocked by the browser or its settings, or missing.
    Unavailable,
    /// The browser's quota for this site is used up.
    Full,
    /// The stored value was saved by a newer version of the app: not overwritten.
    Newer,
    /// The saved copy could not be read or kept aside, so it is not overwritten.
    Frozen,
    /// Anything else the browser said.
    Failed(String),
}

impl StorageError {
    /// The error in `lang`.
    pub fn describe_in(&self, lang: crate::domain::language::Lang) -> String {
        use crate::domain::language::t;
        let text = match self {
            Self::Unavailable => t(
                lang,
                "this browser is not letting Uncramp store data",
                "deze browser laat Uncramp geen gegevens bewaren",
            ),
            Self::Full => t(
                lang,
                "the phone's storage for this app is full",
                "de opslag van de telefoon voor deze app is vol",
            ),
            Self::Newer => t(
                lang,
                "it was saved by a newer version of Uncramp in another tab: reload to use it",
                "het is bewaard door een nieuwere versie van Uncramp in een ander tabblad: laad de app opnieuw om die te gebruiken",
            ),
            Self::Frozen => t(
                lang,
                "the saved copy could not be read or kept aside, so Uncramp will not overwrite it",
                "de bewaarde kopie kon niet worden gelezen of apart gezet, dus Uncramp overschrijft hem niet",
            ),
            Self::Failed(message) => {
                let said = t(lang, "the browser refused", "de browser weigerde");
                return format!("{said} ({message})");
            }
        };
        text.to_owned()
    }
}

/// The English; a message the person reads takes [`StorageError::describe_in`] with the
/// language shown.
impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe_in(crate::domain::language::Lang::En))
    }
}

fn js_error(value: JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&value, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        return StorageError::Full;
    }
    let message = value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or(name);
    StorageError::Failed(message)
}

/// Whether localStorage can be used at all: it exists, is not blocked, and accepts a write or
/// is full of what was saved.
/// Checked before anything calls gloo-storage, whose `raw()` throws when storage is blocked.
pub fn is_available() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(Some(storage)) = window.local_storage() else {
        return false;
    };
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            true
        }
        // Full is not blocked: what is saved is still read (and exported), and each change
        // that cannot be saved says so. (A quota of nothing with nothing stored, as old
        // Safari's private mode had, is blocked.)
        Err(e) => js_error(e) == StorageError::Full && storage.length().is_ok_and(|n| n > 0),
    }
}

fn raw() -> Result<web_sys::Storage, StorageError> {
    if AVAILABLE.with(|a| *a) {
        Ok(LocalStorage::raw())
    } else {
        Err(StorageError::Unavailable)
    }
}

thread_local! {
    static AVAILABLE: bool = is_available();
}

/// Whether this page is running with real storage (checked once per page load).
pub fn available() -> bool {
    AVAILABLE.with(|a| *a)
}

/// The stored text under `key`, or `None` when nothing is stored.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    raw()?.get_item(key).map_err(js_error)
}

/// Stores `text` under `key` as it is.
pub fn write_raw(key: &str, text: &str) -> Result<(), StorageError> {
    raw()?.set_item(key, text).map_err(js_error)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    raw()?.remove_item(key).map_err(js_error)
}

/// Copies an unreadable value aside under `<key>.unreadable.<now_ms>` and returns that key.
/// If the same text is already kept aside for `key` (the app was opened again before anything
/// replaced the original), that copy's key is returned and nothing is written, so repeated
/// visits do not fill storage with copies.
pub fn keep_aside(key: &str, text: &str, now_ms: f64) -> Result<String, StorageError> {
    let prefix = format!("{key}{ASIDE_MARK}");
    if let Some((kept, _)) = all_entries()
        .into_iter()
        .find(|(k, t)| k.starts_with(&prefix) && t == text)
    {
        return Ok(kept);
    }
    new_aside(key, text, now_ms)
}

fn new_aside(key: &str, text: &str, now_ms: f64) -> Result<String, StorageError> {
    let aside = format!("{key}{ASIDE_MARK}{}", now_ms.max(0.0) as u64);
    // Never overwrite an earlier copy, even with a clock that jumped back.
    if read_raw(&aside)?.is_some() {
        return new_aside(key, text, now_ms + 1.0);
    }
    write_raw(&aside, text)?;
    Ok(aside)
}

/// Every `(key, text)` of this app in storage, copies kept aside included.
pub fn all_entries() -> Vec<(String, String)> {
    let Ok(storage) = raw() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..len {
        if let Ok(Some(key)) = storage.key(i) {
            if key.starts_with(PREFIX) && key != PROBE_KEY {
                if let Ok(Some(text)) = storage.get_item(&key) {
                    out.push((key, text));
                }
            }
        }
    }
    sorted::sort_by(&mut out, |a, b| a.cmp(b));
    out
}

/// Whether a key holds a copy kept aside (rather than live data).
pub fn is_aside_key(key: &str) -> bool {
    key.contains(ASIDE_MARK)
}

/// Asks the browser to keep this site's data when space runs low, and to spare it from
/// Safari's 7-day deletion where it can (`navigator.storage.persist()`), and tells `kept`
/// whether it will. `ask` false only reads the answer (`persisted()`): asking may show a
/// prompt in Firefox, so it waits until there is data and it is daytime. Where the browser has
/// no such promise, `kept` stays `None`.
pub fn ask_to_keep(kept: leptos::prelude::RwSignal<Option<bool>>, ask: bool) {
    use leptos::prelude::Set;
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    let Some(manager) = js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|m| m.is_object())
    else {
        return;
    };
    let Some(persisted) = call_storage(&manager, "persisted") else {
        return;
    };
    leptos::task::spawn_local(async move {
        let answer = |promise: js_sys::Promise| async move {
            wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
        };
        let mut kept_now = answer(persisted).await;
        if ask && kept_now != Some(true) {
            if let Some(persist) = call_storage(&manager, "persist") {
                kept_now = answer(persist).await.or(kept_now);
            }
        }
        kept.set(kept_now);
    });
}

/// Calls `manager.name()`, a method of the storage manager that returns a promise.
fn call_storage(manager: &JsValue, name: &str) -> Option<js_sys::Promise> {
    js_sys::Reflect::get(manager, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(manager)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
