//! What this tab keeps across its own reloads (sessionStorage): work in progress that is not
//! saved data yet, such as a half-filled cramp form. A phone reloads a page that sat in the
//! background (iOS Safari often does), and what was typed must not be lost with it.
//!
//! Best effort, and never the person's saved data: without sessionStorage (blocked, full)
//! nothing is kept, and a kept value that no longer reads is dropped. Each key carries its
//! format in its name (`….v1`), so a later format never misreads an older one.

use serde::{de::DeserializeOwned, Serialize};

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps `value` under `key` for this tab; `false` when it could not.
pub fn keep<T: Serialize>(key: &str, value: &T) -> bool {
    let (Some(storage), Ok(text)) = (session(), serde_json::to_string(value)) else {
        return false;
    };
    storage.set_item(key, &text).is_ok()
}

/// What this tab kept under `key`, if there is something and it still reads.
pub fn kept<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = session()?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

/// Forgets what this tab kept under `key`.
pub fn forget(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}
