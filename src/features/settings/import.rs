//! A backup coming in: a chosen file, or pasted text (the iPhone home-screen app's way),
//! checked before anything is written, with the refusal worded for where it came from.

use super::DataState;
use crate::domain::saved::backup::{self, Source};
use crate::tr;
use leptos::prelude::*;

/// Reads and checks a chosen backup file, then shows its preview (or why it was refused).
pub(super) fn read_backup(file: web_sys::File, state: RwSignal<DataState>) {
    if file.size() > backup::MAX_BYTES as f64 {
        let e = backup::ImportError::TooLarge {
            bytes: file.size() as usize,
        };
        let e = e.describe_in(Source::File, crate::translations::shown());
        state.set(DataState::Said(
            tr!(settings.refused, error = e).to_string(),
            true,
        ));
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        let lang = crate::translations::shown();
        state.set(match text.map(|t| backup::check_import_in(&t, lang)) {
            None => DataState::Said(tr!(settings.unreadable).into(), true),
            Some(Err(e)) => {
                let e = e.describe_in(Source::File, crate::translations::shown());
                DataState::Said(tr!(settings.refused, error = e).to_string(), true)
            }
            Some(Ok(preview)) => DataState::ImportPreview(preview),
        });
    });
}

/// Checks pasted backup text, then shows its preview (or why it was refused).
pub(super) fn check_pasted(text: &str, state: RwSignal<DataState>) {
    let text = text.trim();
    state.set(if text.is_empty() {
        DataState::Said(tr!(settings.paste_first).into(), true)
    } else {
        match backup::check_import_in(text, crate::translations::shown()) {
            Err(e) => {
                let e = e.describe_in(Source::Text, crate::translations::shown());
                DataState::Said(tr!(settings.refused, error = e).to_string(), true)
            }
            Ok(preview) => DataState::ImportPreview(preview),
        }
    });
}
