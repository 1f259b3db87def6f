//! Saved data as a whole: the versioned envelope and its migrations (`schema`), the one
//! registry of saved values (`registry`), and the backup file with its import (`backup`).

pub mod backup;
pub mod care;
pub mod describe;
pub mod registry;
pub mod schema;
pub mod undo;

use crate::domain::language::{t, Lang};

/// A saved value's name ([`schema::Schema::LABEL`], "cramp diary") in `lang`, for the
/// messages that name it.
pub fn label_in(label: &'static str, lang: Lang) -> &'static str {
    let nl = match label {
        "magnesium log" => "magnesiumlijst",
        "running stretch" => "lopende rekoefening",
        "settings" => "instellingen",
        "checklist" => "checklist",
        "copy for “Undo import”" => "kopie voor ‘Importeren ongedaan maken’",
        "cramp diary" => "krampdagboek",
        other => other,
    };
    t(lang, label, nl)
}
