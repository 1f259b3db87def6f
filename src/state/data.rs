//! What acts on every saved value at once: export to a file, import a checked backup (all or
//! nothing, and undoable across a reload), undo it, and delete everything. Each goes over
//! [`StoreId::ALL`], so no store can be left out.

use super::shared::FoodDaysReader;
use super::Stores;
use crate::browser::{self, OutFile, Words};
use crate::domain::language::{t, Lang};
use crate::domain::saved::backup::{self, ImportPreview, ImportUndo, UndoPart};
use crate::domain::saved::care::Saved;
use crate::domain::saved::registry::StoreId;
use crate::domain::saved::schema::{encode, DecodeError};
use crate::domain::saved::undo::fingerprint;
use crate::domain::settings::SettingsCmd;
use crate::storage::{self, StorageError};
use crate::tr;

/// Why an import, its undo or "Delete all" stopped. Kept typed, so it is said in the
/// language shown rather than in the words the shell happened to be written in.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// That saved value on this phone was saved by a newer version (its label).
    NewerHere(&'static str),
    /// Storage refused a write; what was written before it was put back.
    Write(StorageError),
    /// Storage refused a write, and putting back the parts written before it failed too for
    /// these (labels or keys).
    NotPutBack {
        error: StorageError,
        left: Vec<&'static str>,
    },
    /// There was no room to keep the data for "Undo import", so the import did not start.
    NoRoomForUndo(StorageError),
    /// A part written could not be read back.
    Unreadable(DecodeError),
    /// "Undo import" with no import to undo.
    NothingToUndo,
    /// "Delete all" left these (store labels or keys).
    NotDeleted(Vec<String>),
}

impl DataError {
    /// The reason in `lang`, to follow "The import stopped: " and its like.
    pub fn describe_in(&self, lang: Lang) -> String {
        let label = |l: &'static str| crate::domain::saved::label_in(l, lang);
        match self {
            Self::NewerHere(l) => match lang.words() {
                Lang::En => format!("your {l} on this phone was saved by a newer version of Uncramp; reload the app first"),
                Lang::Nl => format!("uw gegevens ({}) op deze telefoon zijn bewaard door een nieuwere versie van Uncramp; laad de app eerst opnieuw", label(l)),
            },
            Self::Write(e) => e.describe_in(lang),
            Self::NotPutBack { error, left } => format!(
                "{}{}{}",
                error.describe_in(lang),
                t(
                    lang,
                    "; putting back your earlier data failed too for: ",
                    "; ook het terugzetten van uw eerdere gegevens mislukte voor: "
                ),
                left.iter().map(|l| label(l)).collect::<Vec<_>>().join(", ")
            ),
            Self::NoRoomForUndo(e) => format!(
                "{}{}",
                e.describe_in(lang),
                t(
                    lang,
                    ", so there is no room to keep your data for \"Undo import\"",
                    ", dus er is geen ruimte om uw gegevens te bewaren voor ‘Importeren ongedaan maken’"
                )
            ),
            Self::Unreadable(e) => e.describe_in(lang),
            Self::NothingToUndo => {
                t(lang, "there is no import to undo", "er is geen import om ongedaan te maken").to_owned()
            }
            Self::NotDeleted(left) => format!(
                "{}{}",
                t(lang, "these could not be deleted: ", "dit kon niet worden verwijderd: "),
                left.join(", ")
            ),
        }
    }
}

/// In the language the app shows (the shell's messages take it as `{{ error }}`).
impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe_in(crate::translations::shown()))
    }
}

/// The backup file: the current value of every backed-up store, and every other entry in
/// storage that is not a readable value (copies kept aside, unreadable values, keys of a
/// newer build), so the export loses nothing. It leaves through `ui::file_out::offer`.
pub fn backup_file(stores: Stores) -> OutFile {
    // The file's own settings say it is the last backup: imported on another phone (or in
    // the home-screen app), "Last backup" is the day it was made.
    let now_ms = browser::now_ms() as i64;
    let settings = stores.settings.with_untracked(|s| {
        let mut s = s.clone();
        s.apply(SettingsCmd::BackupMade { now_ms });
        encode(&s)
    });
    let values: Vec<_> = StoreId::backed_up()
        .map(|id| match id {
            StoreId::Settings => (id, settings.clone()),
            _ => (id, stores.get(id).encoded()),
        })
        .collect();
    let text = backup::build(
        &values,
        &storage::all_entries(),
        &browser::timestamp_now(),
        env!("CARGO_PKG_VERSION"),
    );
    OutFile {
        name: backup::file_name(&browser::today_iso()),
        mime: "application/json",
        text,
        title: tr!(shell.backup_title),
    }
}

/// What the app says once a backup has left the phone.
pub fn backup_words() -> Words {
    Words {
        shared: tr!(shell.backup_shared),
        downloaded: tr!(shell.backup_downloaded),
    }
}

/// How much is saved (what decides whether the data is worth a backup, `domain::saved::care`).
/// Reads the diary and the checklist, and the food log through `food_days` ([`food_days`],
/// which the first module gets from the data module: `chunks::food_days`).
pub fn saved(stores: Stores, food_days: FoodDaysReader) -> Saved {
    Saved {
        cramps: stores.diary.with(|d| d.entries.len()),
        days_ticked: stores
            .checklist
            .with(|c| c.days.iter().filter(|d| !d.done.is_empty()).count()),
        food_days: food_days(stores),
    }
}

/// The days the food log has food on (tracked).
pub fn food_days(stores: Stores) -> usize {
    stores
        .magnesium
        .with(|m| m.days.iter().filter(|d| !d.entries.is_empty()).count())
}

/// "Start afresh" on every saved value called `label` (a notice's button, when a newer build
/// saved it): whether each could be kept aside first (`Persisted::start_afresh`).
pub fn start_afresh(stores: Stores, label: &'static str) -> bool {
    StoreId::ALL
        .iter()
        .map(|&id| stores.get(id))
        .filter(|store| store.label() == label)
        .all(|store| store.start_afresh())
}

/// Notes that a backup left the phone now (for "Last backup" and the nudge).
pub fn record_backup(stores: Stores) {
    let now_ms = browser::now_ms() as i64;
    stores
        .settings
        .update(|s| s.apply(SettingsCmd::BackupMade { now_ms }));
}

/// How an import went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Whether "Undo import" survives a reload (its snapshot is in storage); if not, it lasts
    /// until the app is closed.
    pub undo_kept: bool,
}

/// Writes to localStorage, or nothing when the app runs in memory (storage blocked).
fn write(key: &str, text: Option<&str>) -> Result<(), StorageError> {
    if !storage::available() {
        return Ok(());
    }
    match text {
        Some(text) => storage::write_raw(key, text),
        None => storage::remove(key),
    }
}

/// What each key holds now: the stored text (or, in memory-only mode, the current value).
fn current(stores: Stores, ids: &[StoreId]) -> Vec<(&'static str, Option<String>)> {
    ids.iter()
        .map(|&id| {
            let text = if storage::available() {
                // What is stored (None: nothing, so a rollback removes the key again).
                storage::read_raw(id.key()).unwrap_or_else(|_| Some(stores.get(id).encoded()))
            } else {
                Some(stores.get(id).encoded())
            };
            (id.key(), text)
        })
        .collect()
}

/// Writes `parts` all or nothing, then takes them into the stores.
fn replace(
    stores: Stores,
    parts: &[(&'static str, Option<String>)],
    before: &[(&'static str, Option<String>)],
) -> Result<(), DataError> {
    if let Some(id) = parts
        .iter()
        .filter_map(|(key, _)| StoreId::from_key(key))
        .find(|&id| stores.get(id).is_newer())
    {
        return Err(DataError::NewerHere(id.label()));
    }
    backup::write_all_or_nothing(parts, before, write).map_err(|e| {
        if e.restored {
            DataError::Write(e.error)
        } else {
            DataError::NotPutBack {
                error: e.error,
                left: e
                    .left_changed
                    .iter()
                    .map(|key| StoreId::from_key(key).map_or(*key, StoreId::label))
                    .collect(),
            }
        }
    })?;
    for (key, text) in parts {
        if let Some(id) = StoreId::from_key(key) {
            stores
                .get(id)
                .adopt(text.as_deref())
                .map_err(DataError::Unreadable)?;
        }
    }
    Ok(())
}

/// Replaces the saved data with a backup the user has seen and confirmed. All or nothing:
/// if any part cannot be written, the parts already written are put back. What was there
/// before is kept (in storage when there is room) for "Undo import".
pub fn import_all(stores: Stores, preview: &ImportPreview) -> Result<Imported, DataError> {
    let ids: Vec<StoreId> = preview.parts.iter().map(|p| p.id).collect();
    let before = current(stores, &ids);
    let undo = ImportUndo {
        imported_at: browser::timestamp_now()
            .chars()
            .take(16)
            .collect::<String>()
            .replace('T', " "),
        parts: before
            .iter()
            .map(|(key, text)| UndoPart {
                key: (*key).to_string(),
                before: text.clone(),
                after: fingerprint(
                    preview
                        .parts
                        .iter()
                        .find(|p| p.key == *key)
                        .map(|p| p.encoded.as_str()),
                ),
            })
            .collect(),
        imported_ms: browser::now_ms() as i64,
    };
    // The snapshot is written first: without room for it, the import does not start (it would
    // not be undoable, and a full quota would likely stop it half-way anyway).
    if let Err(e) = stores.import_undo.set(undo) {
        forget_undo(stores);
        // Said in the import's own message, not as a failed change of the "copy for “Undo import”".
        if let Some(reports) = leptos::prelude::use_context::<crate::storage::Reports>() {
            reports.clear_write_failure(StoreId::ImportUndo.label());
        }
        return Err(DataError::NoRoomForUndo(e));
    }
    let undo_kept = true;
    let parts: Vec<_> = preview
        .parts
        .iter()
        .map(|p| (p.key, Some(p.encoded.clone())))
        .collect();
    match replace(stores, &parts, &before) {
        Ok(()) => Ok(Imported { undo_kept }),
        Err(e) => {
            forget_undo(stores);
            Err(e)
        }
    }
}

/// What "Undo import" would also throw away: the parts (labels) changed since the import.
pub fn changed_since_import(stores: Stores) -> Vec<&'static str> {
    stores.import_undo.with_untracked(|u| {
        u.changed_since(|key| {
            if storage::available() {
                storage::read_raw(key).ok().flatten()
            } else {
                StoreId::from_key(key).map(|id| stores.get(id).encoded())
            }
        })
        .into_iter()
        .filter_map(StoreId::from_key)
        .map(|id| id.label())
        .collect()
    })
}

/// Puts back what the last import replaced (all or nothing), then forgets the snapshot.
pub fn undo_import(stores: Stores) -> Result<(), DataError> {
    let undo = stores.import_undo.get_untracked();
    if !undo.is_pending() {
        return Err(DataError::NothingToUndo);
    }
    let parts = undo.writes();
    let ids: Vec<StoreId> = parts
        .iter()
        .filter_map(|(key, _)| StoreId::from_key(key))
        .collect();
    let before = current(stores, &ids);
    replace(stores, &parts, &before)?;
    forget_undo(stores);
    Ok(())
}

/// Keeps the import: forgets the snapshot.
pub fn forget_undo(stores: Stores) {
    let _ = write(StoreId::ImportUndo.key(), None);
    let _ = stores.get(StoreId::ImportUndo).adopt(None);
}

/// Deletes everything Uncramp saved on this phone: every store, every copy kept aside, and
/// any key a newer build wrote. Returns the keys that could not be removed.
pub fn delete_all(stores: Stores) -> Result<(), DataError> {
    let mut failed = Vec::new();
    for &id in StoreId::ALL {
        match write(id.key(), None) {
            Ok(()) => {
                let _ = stores.get(id).adopt(None);
            }
            Err(e) => failed.push(format!(
                "{} ({})",
                crate::domain::saved::label_in(id.label(), crate::translations::shown()),
                e.describe_in(crate::translations::shown())
            )),
        }
    }
    for (key, _) in storage::all_entries() {
        if storage::remove(&key).is_err() {
            failed.push(key);
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(DataError::NotDeleted(failed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 23: a stopped import, undo or delete is told in Dutch, its reason too (they were
    /// built as English text in the shell).
    #[test]
    fn every_data_error_is_said_in_dutch() {
        let all = [
            DataError::NewerHere("cramp diary"),
            DataError::Write(StorageError::Full),
            DataError::NotPutBack {
                error: StorageError::Frozen,
                left: vec!["settings", "cramp diary"],
            },
            DataError::NoRoomForUndo(StorageError::Full),
            DataError::Unreadable(DecodeError::NotEnvelope),
            DataError::NothingToUndo,
            DataError::NotDeleted(vec![
                "krampdagboek (de opslag van de telefoon voor deze app is vol)".into(),
            ]),
        ];
        for e in &all {
            let nl = e.describe_in(Lang::Nl);
            for english in [
                " the ",
                "your ",
                "could not",
                "storage",
                "cramp diary",
                "settings",
                "Undo",
            ] {
                assert!(!nl.contains(english), "{english:?} in {nl}");
            }
            assert_ne!(nl, e.describe_in(Lang::En));
        }
        assert_eq!(
            DataError::NoRoomForUndo(StorageError::Full).describe_in(Lang::En),
            "the phone's storage for this app is full, so there is no room to keep your data for \"Undo import\""
        );
        assert!(DataError::NotPutBack {
            error: StorageError::Full,
            left: vec!["cramp diary"],
        }
        .describe_in(Lang::Nl)
        .ends_with("terugzetten van uw eerdere gegevens mislukte voor: krampdagboek"));
    }
}
