//! The saved-data schema: every stored value is a versioned envelope `{"v": N, "data": …}`.
//!
//! Decoding never panics and never guesses: a value is either read (migrating old versions
//! forward, one step at a time) or refused with a [`DecodeError`] that says why in plain words.
//! The storage shell decides what to do with a refusal (keep the raw copy aside, tell the user).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;

/// A type that is saved under one storage key.
pub trait Schema: Serialize + DeserializeOwned + Default + Clone + PartialEq {
    /// The localStorage key, e.g. `uncramp.settings`.
    const KEY: &'static str;
    /// The version this build writes. Older versions are migrated forward on read.
    const VERSION: u32;
    /// What the user calls this data ("settings"), for messages.
    const LABEL: &'static str;

    /// Reads `data` (raw JSON) stored at an older version `from` (`1 <= from < VERSION`).
    ///
    /// The default knows no old versions, so any is refused; a type overrides this when it
    /// bumps its version, typically by reading the old shape and converting it.
    fn migrate(from: u32, data: &str) -> Result<Self, String> {
        let _ = data;
        Err(format!("no migration from version {from}"))
    }

    /// Puts an imported value in the order the app keeps (a backup edited by hand may list
    /// things in any order, and lookups by day rely on it). The app's own writes are in order
    /// already, so only an import calls this ([`decode_whole`]).
    fn tidy(&mut self) {}
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (truncated, edited by hand, written by something else).
    NotJson(String),
    /// JSON, but not an `{"v": …, "data": …}` envelope.
    NotEnvelope,
    /// Written by a newer version of the app than this one.
    FutureVersion { found: u32, supported: u32 },
    /// An old version that could not be brought forward.
    Migration { from: u32, reason: String },
    /// An envelope of the right version whose data does not fit the schema.
    BadData(String),
    /// Data of the right version holding a field this version does not know (named by its
    /// path, e.g. `entries[2].note2`): read and written back, it would be lost. Only an import
    /// checks for it (see [`lost_in_reading`]).
    UnknownField(String),
    /// Data of the right version holding a number this version reads as another or as
    /// nothing (a severity of 99, a cramp in the year 9999): imported, it would silently
    /// change. Only an import checks for it (see [`lost_in_reading`]).
    OutOfRange { path: String, value: String },
}

impl DecodeError {
    /// The technical detail behind the plain words (for the kept copy, not the message).
    pub fn detail(&self) -> Option<&str> {
        match self {
            Self::NotJson(e) | Self::BadData(e) | Self::UnknownField(e) => Some(e),
            Self::OutOfRange { path, .. } => Some(path),
            Self::Migration { reason, .. } => Some(reason),
            _ => None,
        }
    }
}

/// Plain words for the user; the parser's own message is in [`DecodeError::detail`].
impl DecodeError {
    /// Why it could not be read, in `lang` (the English is its `Display`).
    pub fn describe_in(&self, lang: crate::domain::language::Lang) -> String {
        use crate::domain::language::Lang;
        match lang.words() {
            Lang::En => self.to_string(),
            Lang::Nl => match self {
                Self::NotJson(_) => "het is beschadigd (geen geldige gegevens)".to_string(),
                Self::NotEnvelope => "het is niet in de vorm die Uncramp bewaart".to_string(),
                Self::FutureVersion { found, supported } => format!(
                    "het is bewaard door een nieuwere versie van Uncramp (vorm {found}; deze versie leest tot en met {supported})"
                ),
                Self::Migration { from, .. } => {
                    format!("het is in een oude vorm ({from}) die niet kon worden bijgewerkt")
                }
                Self::BadData(_) => "een deel ervan klopt niet".to_string(),
                Self::UnknownField(path) => format!(
                    "het bevat ‘{path}’, dat deze versie van Uncramp niet kent (het zou verloren gaan)"
                ),
                Self::OutOfRange { path, value } => format!(
                    "‘{path}’ is {value}, en dat kan Uncramp niet zo bewaren (het zou veranderen)"
                ),
            },
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(_) => write!(f, "it is damaged (not valid data)"),
            Self::NotEnvelope => write!(f, "it is not in the format Uncramp saves"),
            Self::FutureVersion { found, supported } => write!(
                f,
                "it was saved by a newer version of Uncramp (format {found}; this version reads up to {supported})"
            ),
            Self::Migration { from, .. } => {
                write!(f, "it is in an old format ({from}) that could not be updated")
            }
            Self::BadData(_) => write!(f, "part of it does not make sense"),
            Self::UnknownField(path) => write!(
                f,
                "it holds ‘{path}’, which this version of Uncramp does not know (it would be lost)"
            ),
            Self::OutOfRange { path, value } => write!(
                f,
                "its ‘{path}’ is {value}, which Uncramp cannot keep as it is (it would be changed)"
            ),
        }
    }
}

#[derive(Serialize)]
struct EnvelopeRef<'a, T> {
    v: u32,
    data: &'a T,
}

/// The envelope with its data left unparsed, so the version is known before the data is read.
#[derive(Deserialize)]
struct RawEnvelope<'a> {
    v: u32,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
}

/// Serialises `value` in its envelope at the current version.
pub fn encode<T: Schema>(value: &T) -> String {
    serde_json::to_string(&EnvelopeRef {
        v: T::VERSION,
        data: value,
    })
    .expect("schema types serialise to JSON: they have no maps with non-string keys")
}

/// Whether `text` is one JSON value (any kind), without building it.
pub fn is_json(text: &str) -> bool {
    serde_json::from_str::<&RawValue>(text).is_ok()
}

/// What an import would lose: see [`lost_in_reading`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lost {
    /// A field this version does not know, by its path (`entries[2].note2`).
    Field(String),
    /// A list where a record belongs, or the other way round, or a record read as a plain
    /// value (`""` is the whole value): serde reads a record from a list by position, so a
    /// diary given as `[]` was taken as an empty diary.
    Shape(String),
    /// A number read as another number or as nothing (a value out of the schema's range),
    /// by its path, with the number as the file has it.
    Number { path: String, value: String },
}

/// The first thing in `read` (a value's data as a backup holds it) that `kept` (the same
/// value after this build read it and wrote it back) lacks: a field this version does not
/// know, or a part of another shape, which an import would silently drop. An empty value
/// (null, `[]`, `{}`, `""`, `false`, `0`) missing from `kept` is no loss: a field left out when
/// empty reads back the same. A list that reads back shorter is the schema's own cleaning
/// (a tag given twice), not a loss.
pub fn lost_in_reading(read: &serde_json::Value, kept: &serde_json::Value) -> Option<Lost> {
    use serde_json::Value;
    fn is_empty(v: &Value) -> bool {
        match v {
            Value::Null => true,
            Value::Bool(b) => !b,
            Value::Number(n) => n.as_f64() == Some(0.0),
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            Value::Object(o) => o.is_empty(),
        }
    }
    fn walk(read: &Value, kept: &Value, path: &str) -> Option<Lost> {
        match (read, kept) {
            (Value::Object(read), Value::Object(kept)) => read.iter().find_map(|(key, r)| {
                let here = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match kept.get(key) {
                    Some(k) => walk(r, k, &here),
                    None if is_empty(r) => None,
                    None => Some(Lost::Field(here)),
                }
            }),
            (Value::Array(read), Value::Array(kept)) => read
                .iter()
                .zip(kept)
                .enumerate()
                .find_map(|(i, (r, k))| walk(r, k, &format!("{path}[{i}]"))),
            (Value::Array(_), Value::Object(_)) | (Value::Object(_), Value::Array(_)) => {
                Some(Lost::Shape(path.to_owned()))
            }
            (Value::Array(_) | Value::Object(_), _) if !is_empty(read) => {
                Some(Lost::Shape(path.to_owned()))
            }
            // A number read as another, or as nothing: out of the schema's range (a
            // severity of 99 read as unrated, a year 9999 as 2200).
            (Value::Number(r), k) if k.as_f64() != r.as_f64() => Some(Lost::Number {
                path: path.to_owned(),
                value: r.to_string(),
            }),
            // Another plain value read into another (an unknown language read as the
            // phone's) is the schema's leniency.
            _ => None,
        }
    }
    walk(read, kept, "")
}

/// [`decode`] for an import: also refuses data that holds something this version would drop
/// ([`DecodeError::UnknownField`]), at any version: every migration so far only adds fields,
/// so an old value's fields are all in its migrated form (`tests/schema.rs` checks every
/// fixture; a migration that renames or drops a field must teach this check which).
pub fn decode_whole<T: Schema>(raw: &str) -> Result<T, DecodeError> {
    let value: T = decode(raw)?;
    // The whole envelope is compared, so a field beside `v` and `data` counts too.
    let read: serde_json::Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::BadData(short(&e.to_string())))?;
    let kept = serde_json::json!({
        "v": read.get("v"),
        "data": serde_json::to_value(&value)
            .expect("schema types serialise to JSON: they have no maps with non-string keys"),
    });
    let inside = |path: &str| path.strip_prefix("data.").unwrap_or(path).to_owned();
    match lost_in_reading(&read, &kept) {
        Some(Lost::Field(path)) => Err(DecodeError::UnknownField(short(&inside(&path)))),
        Some(Lost::Shape(path)) => Err(DecodeError::BadData(short(&format!(
            "{}: not the shape Uncramp saves",
            inside(&path)
        )))),
        Some(Lost::Number { path, value }) => Err(DecodeError::OutOfRange {
            path: short(&inside(&path)),
            value: short(&value),
        }),
        None => {
            let mut value = value;
            value.tidy();
            Ok(value)
        }
    }
}

/// Reads a stored envelope.
pub fn decode<T: Schema>(raw: &str) -> Result<T, DecodeError> {
    match open(raw, T::VERSION)? {
        (v, data) if v < T::VERSION => {
            T::migrate(v, data).map_err(|reason| DecodeError::Migration { from: v, reason })
        }
        (_, data) => {
            serde_json::from_str(data).map_err(|e| DecodeError::BadData(short(&e.to_string())))
        }
    }
}

/// The version and the unparsed data of a stored envelope, if its version is at most
/// `supported`. Not generic, so the app holds one copy of it rather than one per schema.
fn open(raw: &str, supported: u32) -> Result<(u32, &str), DecodeError> {
    let envelope: RawEnvelope = serde_json::from_str(raw).map_err(|e| {
        if e.is_data() {
            DecodeError::NotEnvelope
        } else {
            DecodeError::NotJson(short(&e.to_string()))
        }
    })?;
    if !raw.trim_start().starts_with('{') || envelope.v == 0 {
        return Err(DecodeError::NotEnvelope);
    }
    if envelope.v > supported {
        return Err(DecodeError::FutureVersion {
            found: envelope.v,
            supported,
        });
    }
    Ok((envelope.v, envelope.data.map_or("null", RawValue::get)))
}

fn short(message: &str) -> String {
    const MAX: usize = 120;
    match message.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A schema with a real migration chain, to exercise the machinery:
    /// v1 stored `{"name": "x"}`, v2 renamed it to `title`, v3 added `count` (defaulted).
    #[derive(Serialize, Deserialize, Default, Clone, PartialEq, Debug)]
    #[serde(default)]
    struct Sample {
        title: String,
        count: u32,
    }

    /// Version 1 called the title `name`.
    #[derive(Deserialize)]
    struct SampleV1 {
        name: String,
    }

    /// Version 2 had no `count`.
    #[derive(Deserialize)]
    struct SampleV2 {
        title: String,
    }

    impl Schema for Sample {
        const KEY: &'static str = "test.sample";
        const VERSION: u32 = 3;
        const LABEL: &'static str = "sample";
        fn migrate(from: u32, data: &str) -> Result<Self, String> {
            let title = match from {
                1 => {
                    serde_json::from_str::<SampleV1>(data)
                        .map_err(|e| e.to_string())?
                        .name
                }
                2 => {
                    serde_json::from_str::<SampleV2>(data)
                        .map_err(|e| e.to_string())?
                        .title
                }
                _ => return Err(format!("unknown version {from}")),
            };
            Ok(Sample { title, count: 0 })
        }
    }

    #[track_caller]
    fn check(raw: &str, expected: Result<Sample, DecodeError>) {
        assert_eq!(decode::<Sample>(raw), expected, "decoding {raw}");
    }

    fn sample(title: &str, count: u32) -> Sample {
        Sample {
            title: title.into(),
            count,
        }
    }

    #[test]
    fn current_version_round_trips() {
        let s = sample("calf", 4);
        assert_eq!(decode::<Sample>(&encode(&s)), Ok(s));
    }

    #[test]
    fn old_versions_migrate_forward_step_by_step() {
        check(r#"{"v":1,"data":{"name":"old"}}"#, Ok(sample("old", 0)));
        check(r#"{"v":2,"data":{"title":"mid"}}"#, Ok(sample("mid", 0)));
        assert!(matches!(
            decode::<Sample>(r#"{"v":1,"data":{"title":"x"}}"#),
            Err(DecodeError::Migration { from: 1, .. })
        ));
    }

    #[test]
    fn refusals_say_why() {
        check(
            r#"{"v":4,"data":{}}"#,
            Err(DecodeError::FutureVersion {
                found: 4,
                supported: 3,
            }),
        );
        check(r#"{"data":{}}"#, Err(DecodeError::NotEnvelope));
        check(r#"{"v":0,"data":{}}"#, Err(DecodeError::NotEnvelope));
        check(r#"[1,2]"#, Err(DecodeError::NotEnvelope));
        check(r#"{"v":"one","data":{}}"#, Err(DecodeError::NotEnvelope));
        check("7", Err(DecodeError::NotEnvelope));
        assert!(is_json("[1]") && !is_json("{"));
        assert!(matches!(
            decode::<Sample>("{\"v\":3,"),
            Err(DecodeError::NotJson(_))
        ));
        assert!(matches!(
            decode::<Sample>(r#"{"v":3,"data":{"count":"many"}}"#),
            Err(DecodeError::BadData(_))
        ));
    }

    #[test]
    fn unknown_and_missing_fields_are_tolerated() {
        check(
            r#"{"v":3,"data":{"title":"t","future_field":[1]}}"#,
            Ok(sample("t", 0)),
        );
        assert!(matches!(
            decode::<Sample>(r#"{"v":3}"#),
            Err(DecodeError::BadData(_))
        ));
        check(r#"{"v":3,"data":{}}"#, Ok(Sample::default()));
    }

    #[test]
    fn messages_are_plain_and_short() {
        let long = "x".repeat(500);
        let e = DecodeError::NotJson(short(&long));
        assert!(e.to_string().chars().count() < 160);
        assert!(DecodeError::FutureVersion {
            found: 9,
            supported: 1
        }
        .to_string()
        .contains("newer version"));
    }
}
