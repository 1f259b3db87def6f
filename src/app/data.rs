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

/// What every store held before an import, so the import can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot(Vec<(&'static str, String)>);

/// Replaces the saved data with a backup the user has seen and confirmed, and returns what
/// was there before. If a part cannot be taken, the parts already replaced are put back, so
/// an import is all or nothing.
pub fn import_all(stores: Stores, preview: &ImportPreview) -> Result<Snapshot, String> {
    let before = Snapshot(
        stores
            .all()
            .iter()
            .map(|s| (s.key(), s.encoded()))
            .collect(),
    );
    for part in &preview.parts {
        if let Some(store) = stores.by_key(part.key) {
            if let Err(e) = store.replace_encoded(&part.encoded) {
                // The snapshot was just encoded from valid values, so this cannot fail.
                let _ = restore(stores, &before);
                return Err(e);
            }
        }
    }
    Ok(before)
}

/// Puts back what the stores held before an import.
pub fn restore(stores: Stores, snapshot: &Snapshot) -> Result<(), String> {
    for (key, text) in &snapshot.0 {
        if let Some(store) = stores.by_key(key) {
            store.replace_encoded(text)?;
        }
    }
    Ok(())
}
