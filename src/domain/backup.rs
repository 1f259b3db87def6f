//! The backup file: every saved value in one JSON file, and the checks an import must pass
//! before anything is replaced.

use super::checklist::Checklist;
use super::diary::Diary;
use super::magnesium::MagnesiumLog;
use super::schema::{decode, encode, is_json, DecodeError, Schema};
use super::settings::Settings;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;

/// The `app` field of every backup.
pub const APP: &str = "uncramp";
/// The backup file format this build writes and reads.
pub const FORMAT: u32 = 1;
/// Larger files are refused before parsing (years of daily use stay far below this).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A saved value that can describe itself in a backup preview.
pub trait Describe {
    /// One short line, e.g. "12 entries" or "theme: night".
    fn describe(&self) -> String;
}

impl Describe for Settings {
    fn describe(&self) -> String {
        format!(
            "theme: {}, day starts at {}",
            self.theme.label(),
            self.day_start.label()
        )
    }
}

impl Describe for Diary {
    fn describe(&self) -> String {
        match self.entries.len() {
            1 => "1 cramp".to_string(),
            n => format!("{n} cramps"),
        }
    }
}

impl Describe for Checklist {
    fn describe(&self) -> String {
        format!(
            "{} habits, {} days of history",
            self.active().count(),
            self.days.len()
        )
    }
}

impl Describe for MagnesiumLog {
    fn describe(&self) -> String {
        format!(
            "{} days of food, {} foods of your own",
            self.days.len(),
            self.custom.len()
        )
    }
}

/// One known storage key: how to check and re-encode what a backup holds for it.
struct Part {
    key: &'static str,
    label: &'static str,
    check: fn(&str) -> Result<(String, String), DecodeError>,
}

fn check<T: Schema + Describe>(envelope: &str) -> Result<(String, String), DecodeError> {
    let data: T = decode(envelope)?;
    Ok((data.describe(), encode(&data)))
}

fn part<T: Schema + Describe>() -> Part {
    Part {
        key: T::KEY,
        label: T::LABEL,
        check: check::<T>,
    }
}

/// Every key a backup may hold, in the order a preview lists them.
fn parts() -> [Part; 4] {
    [
        part::<Settings>(),
        part::<Checklist>(),
        part::<Diary>(),
        part::<MagnesiumLog>(),
    ]
}

/// The keys this build saves.
pub fn known_keys() -> Vec<&'static str> {
    parts().iter().map(|p| p.key).collect()
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

/// Builds the backup file's text.
///
/// `saved` holds each key's stored envelope; texts that are not JSON go to `kept_aside`
/// verbatim, as do the `aside` copies, so the export loses nothing.
pub fn build(
    saved: &[(String, String)],
    aside: &[(String, String)],
    exported_at: &str,
    app_version: &str,
) -> String {
    let mut data = Vec::new();
    let mut kept = Vec::new();
    for (key, text) in saved {
        if is_json(text) {
            data.push(format!("    {}: {}", json_string(key), text));
        } else {
            kept.push(format!("    {}: {}", json_string(key), json_string(text)));
        }
    }
    for (key, text) in aside {
        kept.push(format!("    {}: {}", json_string(key), json_string(text)));
    }
    let mut out = format!(
        "{{\n  \"app\": \"{APP}\",\n  \"format\": {FORMAT},\n  \"exported_at\": {},\n  \"app_version\": {},\n  \"data\": {{\n{}\n  }}",
        json_string(exported_at),
        json_string(app_version),
        data.join(",\n")
    );
    if !kept.is_empty() {
        out.push_str(&format!(
            ",\n  \"kept_aside\": {{\n{}\n  }}",
            kept.join(",\n")
        ));
    }
    out.push_str("\n}\n");
    out
}

/// The file name for a backup made on `date` (`YYYY-MM-DD`).
pub fn file_name(date: &str) -> String {
    format!("uncramp-backup-{date}.json")
}

/// Why a file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    NotUncramp,
    FutureFormat {
        found: u32,
    },
    Empty,
    BadPart {
        label: &'static str,
        reason: DecodeError,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "This file is too large to be an Uncramp backup ({} KB; the limit is {} KB).",
                bytes / 1024,
                MAX_BYTES / 1024
            ),
            Self::NotJson => write!(f, "This file is not an Uncramp backup: it is not JSON."),
            Self::NotUncramp => write!(f, "This file is JSON, but not an Uncramp backup."),
            Self::FutureFormat { found } => write!(
                f,
                "This backup was made by a newer version of Uncramp (format {found}). Update the app, then import it."
            ),
            Self::Empty => write!(f, "This backup holds no Uncramp data."),
            Self::BadPart { label, reason } => {
                write!(f, "The {label} in this backup cannot be read: {reason}.")
            }
        }
    }
}

/// One part of a checked backup, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPart {
    pub key: &'static str,
    pub label: &'static str,
    pub summary: String,
    /// The value in its envelope at the current version.
    pub encoded: String,
}

/// A backup that passed every check, shown to the user before they confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPreview {
    pub exported_at: String,
    pub app_version: String,
    pub parts: Vec<ImportPart>,
    /// Keys in the file this build does not know (skipped).
    pub skipped: Vec<String>,
}

#[derive(Deserialize)]
struct BackupFile<'a> {
    app: String,
    format: u32,
    #[serde(default)]
    exported_at: String,
    #[serde(default)]
    app_version: String,
    #[serde(borrow)]
    data: BTreeMap<String, &'a RawValue>,
}

/// Checks a backup file's text. Nothing is written here: the shell writes `parts` only after
/// the user confirms, and only if every part passed.
pub fn check_import(text: &str) -> Result<ImportPreview, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if !is_json(text) {
        return Err(ImportError::NotJson);
    }
    let file: BackupFile = serde_json::from_str(text).map_err(|_| ImportError::NotUncramp)?;
    if file.app != APP {
        return Err(ImportError::NotUncramp);
    }
    if file.format > FORMAT || file.format == 0 {
        return Err(ImportError::FutureFormat { found: file.format });
    }
    let mut data = file.data;
    let mut preview = ImportPreview {
        exported_at: file.exported_at,
        app_version: file.app_version,
        parts: Vec::new(),
        skipped: Vec::new(),
    };
    for part in parts() {
        if let Some(value) = data.remove(part.key) {
            let (summary, encoded) =
                (part.check)(value.get()).map_err(|reason| ImportError::BadPart {
                    label: part.label,
                    reason,
                })?;
            preview.parts.push(ImportPart {
                key: part.key,
                label: part.label,
                summary,
                encoded,
            });
        }
    }
    preview.skipped = data.into_keys().collect();
    if preview.parts.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(preview)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::settings::{SettingsCmd, ThemeChoice};

    fn night_settings() -> String {
        let mut s = Settings::default();
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        encode(&s)
    }

    #[test]
    fn export_then_import_round_trips() {
        let text = build(
            &[(Settings::KEY.into(), night_settings())],
            &[],
            "2026-11-28T03:00:00+01:00",
            "0.1.0",
        );
        let preview = check_import(&text).expect("own export imports");
        assert_eq!(preview.exported_at, "2026-11-28T03:00:00+01:00");
        assert_eq!(preview.parts.len(), 1);
        assert_eq!(preview.parts[0].label, "settings");
        assert!(preview.parts[0].summary.contains("Night"));
        let settings: Settings = decode(&preview.parts[0].encoded).expect("re-encoded");
        assert_eq!(settings.theme, ThemeChoice::Night);
    }

    #[test]
    fn unreadable_saved_values_travel_in_kept_aside() {
        let text = build(
            &[(Settings::KEY.into(), "{broken".into())],
            &[(
                "uncramp.settings.unreadable.1".into(),
                "old \"junk\"\n".into(),
            )],
            "",
            "",
        );
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(v["kept_aside"]["uncramp.settings"], "{broken");
        assert_eq!(
            v["kept_aside"]["uncramp.settings.unreadable.1"],
            "old \"junk\"\n"
        );
        assert_eq!(check_import(&text), Err(ImportError::Empty));
    }

    #[track_caller]
    fn refused(text: &str, expected: ImportError) {
        assert_eq!(check_import(text), Err(expected));
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        refused("hello", ImportError::NotJson);
        refused("[]", ImportError::NotUncramp);
        refused(
            r#"{"app":"other","format":1,"data":{}}"#,
            ImportError::NotUncramp,
        );
        refused(r#"{"app":"uncramp","format":1}"#, ImportError::NotUncramp);
        refused(
            r#"{"app":"uncramp","format":"1","data":{}}"#,
            ImportError::NotUncramp,
        );
        refused(
            r#"{"app":"uncramp","format":2,"data":{}}"#,
            ImportError::FutureFormat { found: 2 },
        );
        refused(
            r#"{"app":"uncramp","format":1,"data":{}}"#,
            ImportError::Empty,
        );
        refused(
            r#"{"app":"uncramp","format":1,"data":{"uncramp.settings":{"v":7,"data":{}}}}"#,
            ImportError::BadPart {
                label: "settings",
                reason: DecodeError::FutureVersion {
                    found: 7,
                    supported: 1,
                },
            },
        );
        let huge = " ".repeat(MAX_BYTES + 1);
        refused(
            &huge,
            ImportError::TooLarge {
                bytes: MAX_BYTES + 1,
            },
        );
        for e in [ImportError::NotJson, ImportError::Empty] {
            assert!(e.to_string().ends_with('.'));
        }
    }

    #[test]
    fn unknown_keys_are_skipped_not_fatal() {
        let text = format!(
            r#"{{"app":"uncramp","format":1,"data":{{"uncramp.settings":{},"uncramp.future":{{"v":1,"data":1}}}}}}"#,
            night_settings()
        );
        let preview = check_import(&text).expect("imports");
        assert_eq!(preview.skipped, vec!["uncramp.future".to_string()]);
    }

    #[test]
    fn known_keys_are_namespaced() {
        assert!(known_keys().iter().all(|k| k.starts_with("uncramp.")));
        assert_eq!(file_name("2026-11-28"), "uncramp-backup-2026-11-28.json");
    }
}
