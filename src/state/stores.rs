//! [`Stores`]: every saved value in a [`Persisted`] signal, shared through context. Built from
//! the one list in `domain::saved::registry` (`for_each_store!`), so it always holds every store the
//! registry names, and [`Stores::get`] reaches each by its [`StoreId`].

use crate::domain::saved::registry::StoreId;
use crate::storage::{AnyPersisted, Persisted, Reports};

macro_rules! define_stores {
    ($( $(#[$meta:meta])* $field:ident $id:ident : $ty:ty, $kind:ident; )*) => {
        /// Every saved value, shared through context.
        #[derive(Clone, Copy)]
        pub struct Stores {
            $( $(#[$meta])* pub $field: Persisted<$ty>, )*
        }

        impl Stores {
            /// Every store, each read from storage when first used (and then following
            /// changes made in other tabs).
            pub fn new(reports: Reports) -> Self {
                Self { $( $field: Persisted::new(reports), )* }
            }

            /// Every store, read from storage now.
            pub fn load(reports: Reports) -> Self {
                let stores = Self::new(reports);
                $( stores.$field.ensure(); )*
                stores
            }

            /// Reads the store of `id` from storage, unless done already.
            pub fn ensure(&self, id: StoreId) {
                match id { $(StoreId::$id => self.$field.ensure(),)* }
            }

            /// The store of `id`, through its schema-independent face.
            pub fn get(&self, id: StoreId) -> &dyn AnyPersisted {
                match id { $(StoreId::$id => &self.$field,)* }
            }
        }
    };
}

crate::for_each_store!(define_stores);

impl Stores {
    /// [`Stores::ensure`] for a store whose code is in the first module
    /// (`startup::IN_FIRST_MODULE`), saying whether it was one. The first module
    /// calls this one: [`Stores::ensure`] reaches every store's code, and so would
    /// bring the food log's into the first download (`chunks::read_store`).
    pub fn ensure_in_first_module(&self, id: StoreId) -> bool {
        match id {
            StoreId::Settings => self.settings.ensure(),
            StoreId::Session => self.session.ensure(),
            StoreId::Diary => self.diary.ensure(),
            StoreId::Checklist => self.checklist.ensure(),
            _ => return false,
        }
        debug_assert!(crate::domain::startup::chunk_of_store(id).is_none());
        true
    }
}
