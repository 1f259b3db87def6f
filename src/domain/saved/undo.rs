//! What an import replaced: a saved value of its own, so "Undo import" survives a reload.

use crate::domain::saved::schema::Schema;
use serde::{Deserialize, Serialize};

/// What an import replaced, kept in storage (not only in memory) so "Undo import" survives a
/// reload, until the user undoes the import or keeps it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[serde(default)]
pub struct ImportUndo {
    /// When the import was made (local time, as the backup preview shows it).
    pub imported_at: String,
    /// Each replaced key and the text it held before (`None`: nothing was stored).
    pub parts: Vec<UndoPart>,
    /// When the import was made (ms since the epoch): the offer to undo lasts a week.
    pub imported_ms: i64,
}

/// How long "Undo import" is offered.
pub const UNDO_DAYS: i64 = 7;

/// One replaced key.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[serde(default)]
pub struct UndoPart {
    pub key: String,
    pub before: Option<String>,
    /// A fingerprint of what the import wrote, to tell whether it was changed since.
    pub after: u64,
}

/// A fingerprint of a stored text (FNV-1a): equal texts, equal fingerprints.
pub fn fingerprint(text: Option<&str>) -> u64 {
    text.map_or(0, |t| {
        t.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    })
}

impl ImportUndo {
    /// Whether there is an import to undo.
    pub fn is_pending(&self) -> bool {
        !self.parts.is_empty()
    }

    /// Whether the offer to undo is still open at `now_ms` (a week; a clock set back keeps it).
    pub fn is_offered(&self, now_ms: i64) -> bool {
        self.is_pending() && now_ms.saturating_sub(self.imported_ms) < UNDO_DAYS * 86_400_000
    }

    /// The keys changed since the import (`current`: each key's stored text now): undoing
    /// would also throw those changes away, so the user is asked first.
    pub fn changed_since<'a>(&'a self, current: impl Fn(&str) -> Option<String>) -> Vec<&'a str> {
        self.parts
            .iter()
            .filter(|p| fingerprint(current(&p.key).as_deref()) != p.after)
            .map(|p| p.key.as_str())
            .collect()
    }
}

impl Schema for ImportUndo {
    const KEY: &'static str = "uncramp.import-undo";
    const VERSION: u32 = 1;
    const LABEL: &'static str = "copy for “Undo import”";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undo() -> ImportUndo {
        ImportUndo {
            imported_at: "2026-11-29 03:10".into(),
            parts: vec![UndoPart {
                key: "uncramp.diary".into(),
                before: None,
                after: fingerprint(Some("imported")),
            }],
            imported_ms: 1_000,
        }
    }

    #[test]
    fn a_change_since_the_import_is_noticed() {
        let u = undo();
        assert!(u.changed_since(|_| Some("imported".into())).is_empty());
        assert_eq!(
            u.changed_since(|_| Some("edited".into())),
            vec!["uncramp.diary"]
        );
        assert_eq!(u.changed_since(|_| None), vec!["uncramp.diary"]);
    }

    #[test]
    fn the_offer_lasts_a_week() {
        let u = undo();
        assert!(u.is_offered(1_000 + 6 * 86_400_000));
        assert!(!u.is_offered(1_000 + 8 * 86_400_000));
        assert!(!ImportUndo::default().is_offered(0));
    }
}
