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
}

/// One replaced key.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[serde(default)]
pub struct UndoPart {
    pub key: String,
    pub before: Option<String>,
}

impl ImportUndo {
    /// Whether there is an import to undo.
    pub fn is_pending(&self) -> bool {
        !self.parts.is_empty()
    }
}

impl Schema for ImportUndo {
    const KEY: &'static str = "uncramp.import-undo";
    const VERSION: u32 = 1;
    const LABEL: &'static str = "import undo";
}
