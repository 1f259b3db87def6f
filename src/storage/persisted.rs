//! [`Persisted`]: one saved value in a signal, written back on every change.

use super::{keep_aside, read_raw, write_raw, Report, Reports, StorageError};
use crate::domain::schema::{decode, encode, DecodeError, Schema};
use leptos::prelude::*;

/// A value of schema `T`, loaded from localStorage once and saved after each change.
pub struct Persisted<T: Send + Sync + 'static> {
    value: RwSignal<T>,
    /// The text we last read from or wrote to storage; a different stored text means
    /// another tab (or the user's import) changed it since.
    last_raw: StoredValue<Option<String>>,
    /// Set when the stored value is unreadable and no copy could be kept aside: then we must
    /// not overwrite it, so changes stay in memory.
    frozen: StoredValue<bool>,
    reports: Reports,
}

impl<T: Send + Sync + 'static> Clone for Persisted<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Persisted<T> {}

impl<T: Schema + Send + Sync + 'static> Persisted<T> {
    /// Loads `T` from storage (or its default) and follows changes made in other tabs.
    pub fn load(reports: Reports) -> Self {
        let this = Self {
            value: RwSignal::new(T::default()),
            last_raw: StoredValue::new(None),
            frozen: StoredValue::new(false),
            reports,
        };
        match read_raw(T::KEY) {
            Ok(current) => this.accept(current),
            Err(StorageError::Unavailable) => {}
            Err(e) => {
                // Reading failed for another reason: treat the value as unreadable, keep it.
                this.frozen.set_value(true);
                reports.push(Report::Unreadable {
                    label: T::LABEL,
                    reason: e.to_string(),
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
        this
    }

    /// Reads the value (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    /// Reads the value without tracking.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with_untracked(f)
    }

    /// A clone of the value (tracked).
    pub fn get(&self) -> T {
        self.value.get()
    }

    /// A clone of the value, not tracked.
    pub fn get_untracked(&self) -> T {
        self.value.get_untracked()
    }

    /// Changes the value and saves it: first takes in what another tab may have saved since,
    /// so that this change lands on top of it rather than over it.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        if let Ok(current) = read_raw(T::KEY) {
            if current != self.last_raw.get_value() {
                self.accept(current);
            }
        }
        self.value.update(f);
        self.save();
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
            reason: reason.to_string(),
            aside_key,
            raw: text,
        });
    }

    fn save(&self) {
        if !super::available() {
            return; // Reported once as `Unavailable`; the app runs in memory.
        }
        if self.frozen.get_value() {
            self.reports.push(Report::WriteFailed {
                label: T::LABEL,
                reason: "the saved copy could not be read or kept aside, so Uncramp will not \
                         overwrite it"
                    .into(),
            });
            return;
        }
        let text = self.value.with_untracked(encode);
        if self
            .last_raw
            .with_value(|last| last.as_deref() == Some(text.as_str()))
        {
            return;
        }
        match write_raw(T::KEY, &text) {
            Ok(()) => {
                self.last_raw.set_value(Some(text));
                self.reports.clear_write_failure(T::LABEL);
            }
            Err(e) => self.reports.push(Report::WriteFailed {
                label: T::LABEL,
                reason: e.to_string(),
            }),
        }
    }
}

/// The schema-independent face of a [`Persisted`], for export, import and reset.
pub trait AnyPersisted {
    fn key(&self) -> &'static str;
    /// The current value in its envelope.
    fn encoded(&self) -> String;
    /// Replaces the value with an already checked envelope and saves it.
    fn replace_encoded(&self, text: &str) -> Result<(), String>;
    /// Back to defaults (and saved).
    fn reset(&self);
}

impl<T: Schema + Send + Sync + 'static> AnyPersisted for Persisted<T> {
    fn key(&self) -> &'static str {
        T::KEY
    }

    fn encoded(&self) -> String {
        self.value.with_untracked(encode)
    }

    fn replace_encoded(&self, text: &str) -> Result<(), String> {
        let value = decode::<T>(text).map_err(|e| e.to_string())?;
        self.frozen.set_value(false);
        self.value.set(value);
        self.save();
        Ok(())
    }

    fn reset(&self) {
        self.frozen.set_value(false);
        self.value.set(T::default());
        self.save();
    }
}
