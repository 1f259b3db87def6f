//! Every value Uncramp saves, named once: [`for_each_store!`] is the list. The domain builds
//! [`StoreId`] from it (key, label, version, whether a backup holds it, how to check a part of
//! a backup), and the shell builds its `Stores` from the same list (`state::stores`). Export,
//! import, undo import, "delete all", the crash page's backup and the other-tab sync all go
//! through these two, so none of them can leave a store out: a store added to the list is in
//! all of them, and code that matches on [`StoreId`] without handling it fails to compile.
//!
//! Adding a store: write its type with a `Schema` (key, version, migrations) and a `Describe`,
//! add one line below, and add its golden fixture in `tests/fixtures/` (`tests/schema.rs`).

use crate::domain::saved::describe::Describe;
use crate::domain::saved::schema::{decode, decode_whole, encode, DecodeError, Schema};

/// Calls `$then!` with every saved value: `field Variant: Type, backup|local;`. `backup`
/// values travel in a backup file; `local` ones stay on this phone (a backup never holds them,
/// and importing an old backup that does skips them without a word).
#[macro_export]
macro_rules! for_each_store {
    ($then:ident) => {
        $then! {
            /// Theme, day start, stretch preferences, magnesium profile.
            settings Settings: $crate::domain::settings::Settings, backup;
            /// The prevention checklist and its history.
            checklist Checklist: $crate::domain::checklist::Checklist, backup;
            /// The cramp diary.
            diary Diary: $crate::domain::diary::Diary, backup;
            /// The food log, your own foods, favourites and recents.
            magnesium Magnesium: $crate::domain::magnesium::MagnesiumLog, backup;
            /// The running (or just finished) stretch, so a reload resumes it. Not worth
            /// restoring from a backup: by then it is long over.
            session Session: $crate::domain::stretch::timer::ActiveSession, local;
            /// What the last import replaced, until the user undoes it or keeps the import.
            import_undo ImportUndo: $crate::domain::saved::undo::ImportUndo, local;
        }
    };
}

/// Whether a store's kind puts it in a backup (a typo in the list fails to compile).
macro_rules! in_backup {
    (backup) => {
        true
    };
    (local) => {
        false
    };
}

macro_rules! define_store_id {
    ($( $(#[$meta:meta])* $field:ident $id:ident : $ty:ty, $kind:ident; )*) => {
        /// One saved value.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum StoreId {
            $( $(#[$meta])* $id, )*
        }

        impl StoreId {
            /// Every saved value, in the order a backup preview lists them.
            pub const ALL: &'static [StoreId] = &[$(StoreId::$id),*];

            /// The localStorage key.
            pub fn key(self) -> &'static str {
                match self { $(StoreId::$id => <$ty as Schema>::KEY,)* }
            }

            /// What the user calls it.
            pub fn label(self) -> &'static str {
                match self { $(StoreId::$id => <$ty as Schema>::LABEL,)* }
            }

            /// The schema version this build writes.
            pub fn version(self) -> u32 {
                match self { $(StoreId::$id => <$ty as Schema>::VERSION,)* }
            }

            /// Whether a backup file holds it.
            pub fn in_backup(self) -> bool {
                match self { $(StoreId::$id => in_backup!($kind),)* }
            }

            /// Checks a stored or imported envelope: a one-line summary and the value
            /// re-encoded at the current version.
            pub fn check(self, envelope: &str) -> Result<(String, String), DecodeError> {
                match self { $(StoreId::$id => check::<$ty>(envelope),)* }
            }

            /// [`StoreId::check`] with the summary in `lang`.
            pub fn check_in(
                self,
                envelope: &str,
                lang: crate::domain::language::Lang,
            ) -> Result<(String, String), DecodeError> {
                match self { $(StoreId::$id => check_in::<$ty>(envelope, lang),)* }
            }

            /// Its default value, encoded.
            pub fn default_encoded(self) -> String {
                match self { $(StoreId::$id => encode(&<$ty>::default()),)* }
            }
        }
    };
}

for_each_store!(define_store_id);

fn check<T: Schema + Describe>(envelope: &str) -> Result<(String, String), DecodeError> {
    let data: T = decode(envelope)?;
    Ok((data.describe(), encode(&data)))
}

fn check_in<T: Schema + Describe>(
    envelope: &str,
    lang: crate::domain::language::Lang,
) -> Result<(String, String), DecodeError> {
    let data: T = decode_whole(envelope)?;
    Ok((data.describe_in(lang), encode(&data)))
}

impl StoreId {
    /// The store saved under `key`.
    pub fn from_key(key: &str) -> Option<StoreId> {
        Self::ALL.iter().copied().find(|id| id.key() == key)
    }

    /// The stores a backup holds.
    pub fn backed_up() -> impl Iterator<Item = StoreId> {
        Self::ALL.iter().copied().filter(|id| id.in_backup())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_store_has_its_own_namespaced_key_and_a_valid_default() {
        let mut keys = Vec::new();
        for &id in StoreId::ALL {
            assert!(id.key().starts_with("uncramp."), "{id:?}");
            assert!(!keys.contains(&id.key()), "{id:?}: key used twice");
            keys.push(id.key());
            assert_eq!(StoreId::from_key(id.key()), Some(id));
            assert!(id.version() >= 1);
            assert!(!id.label().is_empty());
            let (_, encoded) = id.check(&id.default_encoded()).expect("default checks");
            assert_eq!(encoded, id.default_encoded());
        }
        assert_eq!(StoreId::from_key("uncramp.nothing"), None);
    }

    #[test]
    fn a_backup_holds_what_the_user_made_and_not_the_local_state() {
        let backed: Vec<_> = StoreId::backed_up().collect();
        assert_eq!(
            backed,
            [
                StoreId::Settings,
                StoreId::Checklist,
                StoreId::Diary,
                StoreId::Magnesium
            ]
        );
        assert!(!StoreId::Session.in_backup() && !StoreId::ImportUndo.in_backup());
    }
}
