//! Export of all saved data to a file, and import of a checked backup.

use super::Stores;
use crate::browser;
use crate::domain::backup::{self, ImportPreview};
use crate::storage;

/// Downloads a backup of everything: the current values (even ones that could not be saved)
/// and every unreadable copy kept aside.
pub fn export_all(stores: Stores) -> Result<(), String> {
    let saved: Vec<_> = stores
        .all()
        .iter()
        .map(|p| (p.key().to_string(), p.encoded()))
        .collect();
    let aside: Vec<_> = storage::all_entries()
        .into_iter()
        .filter(|(key, _)| storage::is_aside_key(key))
        .collect();
    let text = backup::build(
        &saved,
        &aside,
        &browser::timestamp_now(),
        env!("CARGO_PKG_VERSION"),
    );
    browser::download(
        &backup::file_name(&browser::today_iso()),
        "application/json",
        &text,
    )
}

/// Replaces the saved data with a backup the user has seen and confirmed.
pub fn import_all(stores: Stores, preview: &ImportPreview) -> Result<(), String> {
    for part in &preview.parts {
        if let Some(store) = stores.all().into_iter().find(|s| s.key() == part.key) {
            store.replace_encoded(&part.encoded)?;
        }
    }
    Ok(())
}
