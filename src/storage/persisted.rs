//! [`Persisted`]: one saved value in a signal, written back on every change. It is read from
//! storage when first used (or when the start-up asks for it), not when it is created, so the
//! app's start reads only what the home view shows.

use super::{keep_aside, read_raw, write_raw, Reason, Report, Reports, StorageError};
use crate::domain::saved::schema::{decode, encode, DecodeError, Schema};
use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;

/// A value of schema `T`, loaded from localStorage once and saved after each change.
pub struct Persisted<T: Send + Sync + 'static> {
    value: RwSignal<T>,
    /// The text we last read from or wrote to storage; a different stored text means
    /// another tab (or the user's import) changed it since.
    last_raw: StoredValue<Option<String>>,
    /// Set when the stored value is unreadable and no copy could be kept aside: then we must
    /// not overwrite it, so changes stay in memory.
    frozen: StoredValue<bool>,
    /// Set when the stored value was saved by a newer build (another tab, or an update this
    /// page has not loaded yet): this page must never overwrite it in its older format.
    newer: StoredValue<bool>,
    /// Read from storage yet (see [`Persisted::ensure`]).
    loaded: StoredValue<bool>,
    /// The owner it was created under: the other-tab listener lives as long as it does, even
    /// when the first use comes from a view that is gone again.
    owner: StoredValue<Option<WeakOwner>>,
    reports: Reports,
}

impl<T: Send + Sync + 'static> Clone for Persisted<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Persisted<T> {}

impl<T: Schema + Send + Sync + 'static> Persisted<T> {
    /// A store that is read from storage when first used ([`Persisted::ensure`]).
    pub fn new(reports: Reports) -> Self {
        Self {
            value: RwSignal::new(T::default()),
            last_raw: StoredValue::new(None),
            frozen: StoredValue::new(false),
            newer: StoredValue::new(false),
            loaded: StoredValue::new(false),
            owner: StoredValue::new(Owner::current().map(|o| o.downgrade())),
            reports,
        }
    }

    /// Loads `T` from storage (or its default) now, and follows changes made in other tabs.
    pub fn load(reports: Reports) -> Self {
        let this = Self::new(reports);
        this.ensure();
        this
    }

    /// Reads the value from storage and starts following other tabs, unless done already.
    /// Every read and write calls it first, so a store is never seen before it is loaded.
    pub fn ensure(&self) {
        if self.loaded.get_value() {
            return;
        }
        self.loaded.set_value(true);
        match self.owner.get_value().and_then(|o| o.upgrade()) {
            Some(owner) => owner.with(|| self.read_and_follow()),
            None => self.read_and_follow(),
        }
    }

    fn read_and_follow(&self) {
        let this = *self;
        let reports = self.reports;
        match read_raw(T::KEY) {
            Ok(current) => this.accept(current),
            Err(StorageError::Unavailable) => {}
            Err(e) => {
                // Reading failed for another reason: treat the value as unreadable, keep it.
                this.frozen.set_value(true);
                reports.push(Report::Unreadable {
                    label: T::LABEL,
                    reason: Reason::Storage(e),
                    aside_key: None,
                    raw: String::new(),
                });
            }
        }
        let handle =
            window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
                let key = event.key();
                if key.is_none() || key.as_deref() == Some(T::KEY) {
                    this.accept(event.new_value());
                }
            });
        on_cleanup(move || handle.remove());
    }

    /// Reads the value (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.ensure();
        self.value.with(f)
    }

    /// Reads the value without tracking.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.ensure();
        self.value.with_untracked(f)
    }

    /// A clone of the value (tracked).
    pub fn get(&self) -> T {
        self.ensure();
        self.value.get()
    }

    /// A clone of the value, not tracked.
    pub fn get_untracked(&self) -> T {
        self.ensure();
        self.value.get_untracked()
    }

    /// Changes the value and saves it: first takes in what another tab may have saved since,
    /// so that this change lands on top of it rather than over it. A failure to save is
    /// reported to the user (a notice offers an export).
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        let _ = self.try_update(f);
    }

    /// [`Persisted::update`], saying whether the change is stored: for a view that is about
    /// to say "Saved" (it must not when the app runs in memory or the write failed).
    pub fn try_update(&self, f: impl FnOnce(&mut T)) -> Result<(), StorageError> {
        self.ensure();
        if let Ok(current) = read_raw(T::KEY) {
            if current != self.last_raw.get_value() {
                self.accept(current);
            }
        }
        self.value.update(f);
        self.save()?;
        if super::available() {
            Ok(())
        } else {
            Err(StorageError::Unavailable)
        }
    }

    /// Takes in a stored text (at load, from another tab, or before a change).
    fn accept(&self, current: Option<String>) {
        match current {
            None => {
                // Nothing stored (first run, or deleted in another tab).
                if self.last_raw.get_value().is_some() {
                    self.value.set(T::default());
                }
                self.last_raw.set_value(None);
            }
            Some(text) => match decode::<T>(&text) {
                Ok(value) => {
                    if self.value.with_untracked(|v| v != &value) {
                        self.value.set(value);
                    }
                    self.last_raw.set_value(Some(text));
                }
                Err(DecodeError::FutureVersion { .. }) => {
                    // Not corrupt: newer. Keep it as it is, stop writing, ask for a reload.
                    self.newer.set_value(true);
                    self.last_raw.set_value(Some(text));
                    self.reports.push(Report::NewerVersion { label: T::LABEL });
                }
                Err(reason) => self.set_aside(text, reason),
            },
        }
    }

    /// Keeps an unreadable stored text under a backup key and tells the user. Only when the
    /// copy is safe may the original be overwritten later.
    fn set_aside(&self, text: String, reason: DecodeError) {
        let aside_key = keep_aside(T::KEY, &text, js_sys::Date::now()).ok();
        self.frozen.set_value(aside_key.is_none());
        self.last_raw.set_value(Some(text.clone()));
        self.reports.push(Report::Unreadable {
            label: T::LABEL,
            reason: Reason::Decode(reason),
            aside_key,
            raw: text,
        });
    }

    /// Saves the value. Failures are reported to the user (the notice offers an export) and
    /// returned, so an import or a delete can tell "nothing was changed".
    fn save(&self) -> Result<(), StorageError> {
        if !super::available() {
            return Ok(()); // Reported once as `Unavailable`; the app runs in memory.
        }
        if self.newer.get_value() {
            return Err(StorageError::Newer);
        }
        if self.frozen.get_value() {
            self.reports.push(Report::WriteFailed {
                label: T::LABEL,
                reason: Reason::Storage(StorageError::Frozen),
            });
            return Err(StorageError::Frozen);
        }
        let text = self.value.with_untracked(encode);
        if self
            .last_raw
            .with_value(|last| last.as_deref() == Some(text.as_str()))
        {
            return Ok(());
        }
        match write_raw(T::KEY, &text) {
            Ok(()) => {
                self.last_raw.set_value(Some(text));
                self.reports.clear_write_failure(T::LABEL);
                Ok(())
            }
            Err(e) => {
                self.reports.push(Report::WriteFailed {
                    label: T::LABEL,
                    reason: Reason::Storage(e.clone()),
                });
                Err(e)
            }
        }
    }

    /// "Start afresh" on a value a newer build saved (for when reloading does not bring that
    /// build back): the stored text is kept aside, as an unreadable one is (the user is told
    /// and can download it), and this page goes on with defaults and saves again. Returns
    /// false, changing nothing, when the copy could not be kept.
    pub fn start_afresh(&self) -> bool {
        self.ensure();
        if !self.newer.get_value() {
            return true;
        }
        let Some(text) = self.last_raw.get_value() else {
            return true;
        };
        let reason = match decode::<T>(&text) {
            Err(reason) => reason,
            Ok(_) => return true,
        };
        self.set_aside(text, reason);
        if self.frozen.get_value() {
            return false;
        }
        self.newer.set_value(false);
        self.value.set(T::default());
        // Saved at once, so the newer text is not met again on the next start.
        let _ = self.save();
        true
    }

    /// Replaces the value and saves it; the error says why it could not be saved.
    pub fn set(&self, value: T) -> Result<(), StorageError> {
        self.ensure();
        self.value.set(value);
        self.save()
    }
}

/// The schema-independent face of a [`Persisted`], for export, import, undo and delete.
pub trait AnyPersisted {
    fn key(&self) -> &'static str;
    /// What the user calls it ("settings", "cramp diary").
    fn label(&self) -> &'static str;
    /// [`Persisted::start_afresh`].
    fn start_afresh(&self) -> bool;
    /// The current value in its envelope.
    fn encoded(&self) -> String;
    /// Whether storage holds this value in a newer build's format (then it must not be
    /// written).
    fn is_newer(&self) -> bool;
    /// Takes in a text that was just written to storage under this key (`None`: the key was
    /// removed), without writing anything.
    fn adopt(&self, text: Option<&str>) -> Result<(), DecodeError>;
}

impl<T: Schema + Send + Sync + 'static> AnyPersisted for Persisted<T> {
    fn key(&self) -> &'static str {
        T::KEY
    }

    fn encoded(&self) -> String {
        self.ensure();
        self.value.with_untracked(encode)
    }

    fn is_newer(&self) -> bool {
        self.ensure();
        self.newer.get_value()
    }

    fn label(&self) -> &'static str {
        T::LABEL
    }

    fn start_afresh(&self) -> bool {
        Persisted::start_afresh(self)
    }

    fn adopt(&self, text: Option<&str>) -> Result<(), DecodeError> {
        self.ensure();
        let value = match text {
            Some(text) => decode::<T>(text)?,
            None => T::default(),
        };
        self.frozen.set_value(false);
        self.newer.set_value(false);
        self.last_raw.set_value(text.map(str::to_owned));
        self.value.set(value);
        Ok(())
    }
}
