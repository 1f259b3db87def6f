//! The backup file: every saved value in one JSON file, and the checks an import must pass
//! before anything is replaced.

use crate::domain::language::Lang;
use crate::domain::saved::registry::StoreId;
use crate::domain::saved::schema::{is_json, DecodeError};
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

pub use super::describe::Describe;
pub use super::undo::{ImportUndo, UndoPart};

impl ImportUndo {
    /// The writes that undo the import, for keys this build knows.
    pub fn writes(&self) -> Vec<(&'static str, Option<String>)> {
        self.parts
            .iter()
            .filter_map(|p| StoreId::from_key(&p.key).map(|id| (id.key(), p.before.clone())))
            .collect()
    }
}

/// The backup a crash page can make from storage alone: each backed-up value that reads,
/// and every other entry (unreadable values, copies kept aside, keys of newer builds) in
/// `kept_aside`, verbatim.
pub fn build_from_storage(
    stored: &[(String, String)],
    exported_at: &str,
    app_version: &str,
) -> String {
    let values: Vec<(StoreId, String)> = stored
        .iter()
        .filter_map(|(key, text)| {
            let id = StoreId::from_key(key)?;
            (id.in_backup() && id.check(text).is_ok()).then(|| (id, text.clone()))
        })
        .collect();
    build(&values, stored, exported_at, app_version)
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

/// Builds the backup file's text.
///
/// `values` holds the current value of each store (only those a backup holds are written,
/// under `data`). `stored` is everything in storage: entries that are not a readable value of
/// a known store (copies kept aside, unreadable values, keys of a newer build) go to
/// `kept_aside` verbatim, so the export loses nothing.
pub fn build(
    values: &[(StoreId, String)],
    stored: &[(String, String)],
    exported_at: &str,
    app_version: &str,
) -> String {
    let mut data = Vec::new();
    let mut kept = Vec::new();
    for (id, text) in values {
        if !id.in_backup() {
            continue;
        }
        if is_json(text) {
            data.push(format!("    {}: {}", json_string(id.key()), text));
        } else {
            kept.push(format!(
                "    {}: {}",
                json_string(id.key()),
                json_string(text)
            ));
        }
    }
    for (key, text) in stored {
        let readable = StoreId::from_key(key).is_some_and(|id| id.check(text).is_ok());
        if !readable {
            kept.push(format!("    {}: {}", json_string(key), json_string(text)));
        }
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
    /// Marked as an Uncramp backup of a format this build reads, but its data is missing or
    /// not shaped as a backup's (cut short, or edited by hand).
    Damaged,
    FutureFormat {
        found: u32,
    },
    Empty,
    BadPart {
        label: &'static str,
        reason: DecodeError,
    },
}

/// Where a backup's text came from: the words of a refusal name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A chosen file.
    File,
    /// Text pasted into the paste box (the iPhone home-screen app's way back in).
    Text,
}

impl ImportError {
    /// Why the backup was refused, naming what it came in as ("This text is JSON, but…").
    pub fn describe(&self, from: Source) -> String {
        let (this, kind) = match from {
            Source::File => ("This file", "another kind of file"),
            Source::Text => ("This text", "other text"),
        };
        match self {
            Self::TooLarge { bytes } => format!(
                "{this} is too large to be an Uncramp backup ({} KB; the limit is {} KB).",
                bytes / 1024,
                MAX_BYTES / 1024
            ),
            Self::NotJson => format!("{this} cannot be read as an Uncramp backup: it is damaged, incomplete, or {kind}."),
            Self::NotUncramp => format!("{this} is JSON, but not an Uncramp backup."),
            Self::Damaged => "This Uncramp backup is damaged or incomplete: its data cannot be read.".to_owned(),
            // The format number means nothing to the person: it stays in the error value.
            Self::FutureFormat { .. } => "This backup was made by a newer version of Uncramp. Update the app (close it and open it again), then import it.".to_owned(),
            Self::Empty => "This backup holds no Uncramp data.".to_owned(),
            Self::BadPart { label, reason } => {
                format!("The {label} in this backup cannot be read: {reason}.")
            }
        }
    }
}

impl ImportError {
    /// [`ImportError::describe`] in `lang`.
    pub fn describe_in(&self, from: Source, lang: Lang) -> String {
        if lang.words() == Lang::En {
            return self.describe(from);
        }
        let (this, kind) = match from {
            Source::File => ("Dit bestand", "een ander soort bestand"),
            Source::Text => ("Deze tekst", "andere tekst"),
        };
        match self {
            Self::TooLarge { bytes } => format!(
                "{this} is te groot voor een Uncramp-back-up ({} KB; de grens is {} KB).",
                bytes / 1024,
                MAX_BYTES / 1024
            ),
            Self::NotJson => format!("{this} kan niet worden gelezen als Uncramp-back-up: het is beschadigd, onvolledig, of {kind}."),
            Self::NotUncramp => format!("{this} komt niet uit een Uncramp-back-up."),
            Self::Damaged => "Deze Uncramp-back-up is beschadigd of onvolledig: de gegevens kunnen niet worden gelezen.".to_owned(),
            Self::FutureFormat { .. } => "Deze back-up is gemaakt met een nieuwere versie van Uncramp. Werk de app bij (sluit hem en open hem opnieuw) en importeer de back-up dan.".to_owned(),
            Self::Empty => "Deze back-up bevat geen Uncramp-gegevens.".to_owned(),
            Self::BadPart { label, reason } => format!(
                "Een deel van deze back-up ({}) kan niet worden gelezen: {}.",
                super::label_in(label, lang),
                reason.describe_in(lang)
            ),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Source::File))
    }
}

/// One part of a checked backup, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPart {
    pub id: StoreId,
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
    /// Keys in the file this build does not know (skipped). Keys of this build's local state
    /// (a running stretch, in backups made by older builds) are left out without a word.
    pub skipped: Vec<String>,
}

/// What a backup says it is, read first: a newer format may have changed everything else.
#[derive(Deserialize)]
struct Header {
    app: String,
}

/// Its format, read next (a whole number, or the backup is damaged).
#[derive(Deserialize)]
struct Format {
    format: u64,
}

#[derive(Deserialize)]
struct BackupFile<'a> {
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
    check_import_in(text, Lang::En)
}

/// [`check_import`] with the preview's names and summaries in `lang`.
pub fn check_import_in(text: &str, lang: Lang) -> Result<ImportPreview, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if !is_json(text) {
        return Err(ImportError::NotJson);
    }
    let header: Header = serde_json::from_str(text).map_err(|_| ImportError::NotUncramp)?;
    if header.app != APP {
        return Err(ImportError::NotUncramp);
    }
    // Format 0, negative, a fraction, text or none: nothing Uncramp ever wrote.
    match serde_json::from_str::<Format>(text).map(|f| f.format) {
        Ok(format) if format == u64::from(FORMAT) => {}
        Ok(found) if found > u64::from(FORMAT) => {
            return Err(ImportError::FutureFormat {
                found: u32::try_from(found).unwrap_or(u32::MAX),
            })
        }
        _ => return Err(ImportError::Damaged),
    }
    let file: BackupFile = serde_json::from_str(text).map_err(|_| ImportError::Damaged)?;
    let mut data = file.data;
    let mut preview = ImportPreview {
        exported_at: file.exported_at,
        app_version: file.app_version,
        parts: Vec::new(),
        skipped: Vec::new(),
    };
    for &id in StoreId::ALL {
        let Some(value) = data.remove(id.key()) else {
            continue;
        };
        if !id.in_backup() {
            continue;
        }
        let (summary, encoded) =
            id.check_in(value.get(), lang)
                .map_err(|reason| ImportError::BadPart {
                    label: id.label(),
                    reason,
                })?;
        preview.parts.push(ImportPart {
            id,
            key: id.key(),
            label: super::label_in(id.label(), lang),
            summary,
            encoded,
        });
    }
    preview.skipped = data.into_keys().collect();
    if preview.parts.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(preview)
}

/// A write that failed part-way through [`write_all_or_nothing`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartialWrite<E> {
    /// Why the write failed.
    pub error: E,
    /// Whether every part written before it was put back (false: storage refused even that;
    /// the parts listed were left changed).
    pub restored: bool,
    pub left_changed: Vec<&'static str>,
}

/// Writes `parts` (key, new text; `None` removes the key) one by one with `write`. If one
/// fails, the parts already written are put back from `before` (what each key held), so the
/// outcome is all or nothing. Pure: the shell passes a `write` that talks to localStorage,
/// and tests pass one that fails on demand.
pub fn write_all_or_nothing<E>(
    parts: &[(&'static str, Option<String>)],
    before: &[(&'static str, Option<String>)],
    mut write: impl FnMut(&str, Option<&str>) -> Result<(), E>,
) -> Result<(), PartialWrite<E>> {
    for (done, (key, text)) in parts.iter().enumerate() {
        if let Err(error) = write(key, text.as_deref()) {
            let mut left_changed = Vec::new();
            for (key, _) in parts[..done].iter().rev() {
                let old = before
                    .iter()
                    .find(|(k, _)| k == key)
                    .and_then(|(_, t)| t.as_deref());
                if write(key, old).is_err() {
                    left_changed.push(*key);
                }
            }
            return Err(PartialWrite {
                error,
                restored: left_changed.is_empty(),
                left_changed,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::Diary;
    use crate::domain::saved::schema::{decode, encode, Schema};
    use crate::domain::settings::Settings;
    use crate::domain::settings::{SettingsCmd, ThemeChoice};
    use crate::domain::stretch::timer::ActiveSession;

    fn night_settings() -> String {
        let mut s = Settings::default();
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        encode(&s)
    }

    #[test]
    fn export_then_import_round_trips() {
        let text = build(
            &[(StoreId::Settings, night_settings())],
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
            &[(StoreId::Settings, "{broken".into())],
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
    fn a_refusal_names_what_the_backup_came_in_as() {
        let pasted = ImportError::NotUncramp.describe(Source::Text);
        assert_eq!(pasted, "This text is JSON, but not an Uncramp backup.");
        assert!(ImportError::NotJson
            .describe(Source::Text)
            .ends_with("or other text."));
        assert!(ImportError::NotJson.to_string().starts_with("This file"));
        for e in [
            ImportError::TooLarge { bytes: 9 << 20 },
            ImportError::NotJson,
            ImportError::NotUncramp,
        ] {
            assert!(!e.describe(Source::Text).contains("file"), "{e:?}");
        }
    }

    /// Issue 23: every refusal in Dutch, naming a file or a text, with no English left.
    #[test]
    fn a_refusal_in_dutch() {
        let all = [
            ImportError::TooLarge { bytes: 9 << 20 },
            ImportError::NotJson,
            ImportError::NotUncramp,
            ImportError::Damaged,
            ImportError::FutureFormat { found: 9 },
            ImportError::Empty,
            ImportError::BadPart {
                label: "cramp diary",
                reason: DecodeError::NotEnvelope,
            },
        ];
        for e in all {
            for from in [Source::File, Source::Text] {
                let nl = e.describe_in(from, Lang::Nl);
                for english in ["This ", "backup ", "cannot", "cramp diary", "file"] {
                    assert!(!nl.contains(english), "{english:?} in {nl}");
                }
            }
        }
        assert!(ImportError::NotJson
            .describe_in(Source::Text, Lang::Nl)
            .starts_with("Deze tekst"));
        assert_eq!(
            ImportError::Empty.describe_in(Source::File, Lang::En),
            ImportError::Empty.describe(Source::File)
        );
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        refused("hello", ImportError::NotJson);
        refused("[]", ImportError::NotUncramp);
        refused(
            r#"{"app":"other","format":1,"data":{}}"#,
            ImportError::NotUncramp,
        );
        refused(r#"{"app":"uncramp","format":1}"#, ImportError::Damaged);
        refused(
            r#"{"app":"uncramp","format":1,"data":[1]}"#,
            ImportError::Damaged,
        );
        refused(
            r#"{"app":"uncramp","format":"1","data":{}}"#,
            ImportError::Damaged,
        );
        refused(
            r#"{"app":"uncramp","format":0,"data":{}}"#,
            ImportError::Damaged,
        );
        refused(
            r#"{"app":"uncramp","format":2,"data":{}}"#,
            ImportError::FutureFormat { found: 2 },
        );
        // A newer format may have changed everything but its header: it is still called
        // newer, not "not an Uncramp backup".
        refused(
            r#"{"app":"uncramp","format":2,"stores":[{"key":"x"}]}"#,
            ImportError::FutureFormat { found: 2 },
        );
        refused(
            r#"{"app":"uncramp","format":99999999999}"#,
            ImportError::FutureFormat { found: u32::MAX },
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
                    supported: Settings::VERSION,
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

    /// A part whose data holds a field this version does not know is refused, not read as
    /// what it could make of it: a diary part `{"cramps": …}` was taken as an empty diary,
    /// and importing it would have replaced the person's diary with nothing.
    #[test]
    fn a_part_holding_what_this_version_does_not_know_is_refused() {
        let part = |key: &str, data: &str| {
            format!(r#"{{"app":"uncramp","format":1,"data":{{"{key}":{{"v":2,"data":{data}}}}}}}"#)
        };
        refused(
            &part("uncramp.diary", r#"{"cramps":"oops"}"#),
            ImportError::BadPart {
                label: "cramp diary",
                reason: DecodeError::UnknownField("cramps".into()),
            },
        );
        // An older version too: a version 1 diary is migrated, and loses nothing either.
        refused(
            &part("uncramp.diary", r#"{"cramps":"oops"}"#).replace(r#""v":2"#, r#""v":1"#),
            ImportError::BadPart {
                label: "cramp diary",
                reason: DecodeError::UnknownField("cramps".into()),
            },
        );
        // Deep inside: a medicine with a field of a newer build.
        let mut diary = Diary::default();
        diary.apply(crate::domain::diary::DiaryCmd::AddMedicine(
            crate::domain::diary::medicines::MedicineDraft {
                name: "Amlodipine".into(),
                dose: "5 mg".into(),
                class: None,
                started: None,
                stopped: None,
                as_needed: false,
            },
        ));
        let mut value = serde_json::to_value(&diary).expect("json");
        value["medicines"][0]["dose_mg"] = serde_json::json!(5);
        let text = part("uncramp.diary", &value.to_string());
        let Err(ImportError::BadPart { reason, .. }) = check_import(&text) else {
            panic!("a medicine's unknown field was taken");
        };
        assert_eq!(
            reason,
            DecodeError::UnknownField("medicines[0].dose_mg".into())
        );
        assert!(reason.to_string().contains("‘medicines[0].dose_mg’"));
        assert!(reason.describe_in(Lang::Nl).contains("niet kent"));
        // A list where the diary's record belongs was read by position, as an empty diary.
        for shape in ["[]", "[[]]", r#"{"trial":[1]}"#] {
            let Err(ImportError::BadPart { reason, .. }) =
                check_import(&part("uncramp.diary", shape))
            else {
                panic!("{shape} was taken as a diary");
            };
            assert!(
                matches!(reason, DecodeError::BadData(_)),
                "{shape}: {reason:?}"
            );
        }
        // Beside the envelope's version and data, too.
        let beside = part("uncramp.diary", "{}").replace(r#""v":2"#, r#""v":2,"note":"x""#);
        let Err(ImportError::BadPart { reason, .. }) = check_import(&beside) else {
            panic!("a field beside the envelope's data was taken");
        };
        assert_eq!(reason, DecodeError::UnknownField("note".into()));
        // Empty values of unknown fields lose nothing; the same diary without one imports.
        value["medicines"][0]["dose_mg"] = serde_json::Value::Null;
        value["spare"] = serde_json::json!([]);
        assert!(check_import(&part("uncramp.diary", &value.to_string())).is_ok());
    }

    /// A number this version would read as another or as nothing is refused with its field
    /// and value, not changed without a word (a tester's hand-edited backup had a severity of
    /// 99, read as unrated, and a cramp in 9999, read as 2200).
    #[test]
    fn a_number_out_of_range_is_refused_not_changed() {
        let mut diary = Diary::default();
        diary.apply(crate::domain::diary::DiaryCmd::Add(
            crate::domain::diary::Draft {
                severity: Some(6),
                duration_s: Some(90),
                ..Default::default()
            },
        ));
        let value = serde_json::to_value(&diary).expect("json");
        let part = |data: &serde_json::Value| {
            format!(
                r#"{{"app":"uncramp","format":1,"data":{{"uncramp.diary":{{"v":2,"data":{data}}}}}}}"#
            )
        };
        assert!(check_import(&part(&value)).is_ok(), "in range: imported");
        let cases = [
            ("severity", serde_json::json!(99), "99"),
            ("duration_s", serde_json::json!(400_000), "400000"),
            ("at", serde_json::json!(4_000_000_000_i64), "4000000000"),
        ];
        for (field, wild, said) in cases {
            let mut edited = value.clone();
            edited["entries"][0]["draft"][field] = wild;
            let Err(ImportError::BadPart { reason, .. }) = check_import(&part(&edited)) else {
                panic!("{field} out of range was taken");
            };
            let path = format!("entries[0].draft.{field}");
            assert_eq!(
                reason,
                DecodeError::OutOfRange {
                    path: path.clone(),
                    value: said.into()
                }
            );
            assert!(reason.to_string().contains(&format!("‘{path}’ is {said}")));
            assert!(reason.describe_in(Lang::Nl).contains("niet zo bewaren"));
        }
        // The app's own storage still reads such a value within range (nothing is refused
        // at start-up; the diary's own test covers how).
        let mut edited = value.clone();
        edited["entries"][0]["draft"]["severity"] = serde_json::json!(99);
        let raw = format!(r#"{{"v":2,"data":{edited}}}"#);
        assert!(crate::domain::saved::schema::decode::<Diary>(&raw).is_ok());
    }

    /// A diary edited by hand, out of order: imported newest first, its nights by night with
    /// one answer each (the morning question looks nights up by a binary search).
    #[test]
    fn an_imported_diary_is_put_in_order() {
        use crate::domain::diary::nights::NightAnswer;
        use crate::domain::time::DayNum;
        let mut diary = Diary::default();
        for at in ["2012-03-04T02:30", "2026-11-20T03:00", "2019-01-01T01:00"] {
            diary.apply(crate::domain::diary::DiaryCmd::Add(
                crate::domain::diary::Draft {
                    at: crate::domain::time::LocalMinute::parse_input(at).expect("time"),
                    ..Default::default()
                },
            ));
        }
        for night in [20_400, 20_300, 20_400, 20_350] {
            diary.nights.push(crate::domain::diary::nights::Night {
                night: DayNum(night),
                answer: Some(NightAnswer::NoCramp),
                sleep_lost: None,
            });
        }
        diary.entries.reverse();
        let text = build(&[(StoreId::Diary, encode(&diary))], &[], "", "");
        let preview = check_import(&text).expect("imports");
        let read: Diary = decode(&preview.parts[0].encoded).expect("encoded");
        let years: Vec<i32> = read
            .entries
            .iter()
            .map(|e| chrono::Datelike::year(&e.draft.at.date()))
            .collect();
        assert_eq!(years, [2026, 2019, 2012]);
        let nights: Vec<i32> = read.nights.iter().map(|n| n.night.0).collect();
        assert_eq!(nights, [20_300, 20_350, 20_400]);
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

    /// Issue 11: the backup once held no food log, because the list of stores was written
    /// twice. Built from every store of the registry, it holds every one a backup should,
    /// and the app's own backup imports with nothing "skipped".
    #[test]
    fn a_backup_of_every_store_holds_every_backed_up_key_and_imports_whole() {
        let values: Vec<_> = StoreId::ALL
            .iter()
            .map(|&id| (id, id.default_encoded()))
            .collect();
        let text = build(&values, &[], "2026-11-29T03:00", "0.2.0");
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        for &id in StoreId::ALL {
            assert_eq!(
                v["data"].get(id.key()).is_some(),
                id.in_backup(),
                "{id:?} in the backup"
            );
        }
        let preview = check_import(&text).expect("imports");
        let ids: Vec<_> = preview.parts.iter().map(|p| p.id).collect();
        assert_eq!(ids, StoreId::backed_up().collect::<Vec<_>>());
        assert!(preview.skipped.is_empty(), "{:?}", preview.skipped);
        assert_eq!(file_name("2026-11-28"), "uncramp-backup-2026-11-28.json");
    }

    #[test]
    fn an_old_backup_with_the_running_stretch_imports_without_a_skip_notice() {
        let text = format!(
            r#"{{"app":"uncramp","format":1,"data":{{"uncramp.settings":{},"uncramp.session":{}}}}}"#,
            night_settings(),
            encode(&ActiveSession::default())
        );
        let preview = check_import(&text).expect("imports");
        assert_eq!(preview.parts.len(), 1);
        assert!(preview.skipped.is_empty());
    }

    #[test]
    fn the_crash_page_backup_keeps_readable_values_as_data_and_the_rest_aside() {
        let stored = vec![
            ("uncramp.diary".to_string(), encode(&Diary::default())),
            ("uncramp.settings".to_string(), "{broken".to_string()),
            (
                "uncramp.session".to_string(),
                encode(&ActiveSession::default()),
            ),
            ("uncramp.future-store".to_string(), "{\"v\":1}".to_string()),
        ];
        let v: serde_json::Value =
            serde_json::from_str(&build_from_storage(&stored, "", "")).expect("json");
        assert!(v["data"]["uncramp.diary"].is_object());
        assert!(v["data"].get("uncramp.settings").is_none());
        assert!(
            v["data"].get("uncramp.session").is_none(),
            "local state stays out"
        );
        assert_eq!(v["kept_aside"]["uncramp.settings"], "{broken");
        assert_eq!(v["kept_aside"]["uncramp.future-store"], "{\"v\":1}");
    }

    /// A storage that fails on its `fail_at`-th write (quota), recording what it holds.
    fn flaky(
        store: &mut Vec<(String, Option<String>)>,
        fail_at: usize,
    ) -> impl FnMut(&str, Option<&str>) -> Result<(), &'static str> + '_ {
        let mut n = 0;
        move |key, text| {
            n += 1;
            if n == fail_at {
                return Err("full");
            }
            store.retain(|(k, _)| k != key);
            store.push((key.to_string(), text.map(str::to_string)));
            Ok(())
        }
    }

    #[test]
    fn a_write_that_fails_half_way_puts_the_earlier_parts_back() {
        let before: Vec<(&'static str, Option<String>)> = vec![
            ("uncramp.settings", Some("old-settings".into())),
            ("uncramp.checklist", None),
            ("uncramp.diary", Some("old-diary".into())),
        ];
        let parts: Vec<(&'static str, Option<String>)> = before
            .iter()
            .map(|(k, _)| (*k, Some(format!("new {k}"))))
            .collect();
        let mut store = Vec::new();
        let outcome = write_all_or_nothing(&parts, &before, flaky(&mut store, 3));
        let err = outcome.expect_err("the third write fails");
        assert!(err.restored && err.left_changed.is_empty());
        let held = |k: &str| {
            store
                .iter()
                .find(|(key, _)| key == k)
                .and_then(|(_, t)| t.clone())
        };
        assert_eq!(held("uncramp.settings"), Some("old-settings".into()));
        assert_eq!(held("uncramp.checklist"), None);
        assert_eq!(held("uncramp.diary"), None, "never written");
        // All writes succeed: all parts land.
        let mut store = Vec::new();
        assert!(write_all_or_nothing(&parts, &before, flaky(&mut store, 99)).is_ok());
        assert_eq!(store.len(), 3);
    }

    #[test]
    fn an_undo_writes_back_only_known_keys() {
        let undo = ImportUndo {
            imported_at: "2026-11-29 03:00".into(),
            parts: vec![
                UndoPart {
                    key: "uncramp.diary".into(),
                    before: Some("d".into()),
                    after: 1,
                },
                UndoPart {
                    key: "uncramp.unknown".into(),
                    before: None,
                    after: 2,
                },
            ],
            imported_ms: 0,
        };
        assert!(undo.is_pending());
        assert_eq!(
            undo.writes(),
            vec![("uncramp.diary", Some("d".to_string()))]
        );
        assert!(!ImportUndo::default().is_pending());
        let back: ImportUndo = decode(&encode(&undo)).expect("round trip");
        assert_eq!(back, undo);
    }
}
