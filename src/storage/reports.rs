//! What the storage layer has to tell the user: a list of open problems, shown as notices.

use leptos::prelude::*;

use super::StorageError;
use crate::domain::language::{t, Lang};
use crate::domain::saved::schema::DecodeError;

/// Why a saved value could not be read or written, kept typed so the notice says it in the
/// language shown when it is shown (a report made at start-up, before the language is known,
/// or before the person switched, is not frozen in English).
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The stored text could not be decoded.
    Decode(DecodeError),
    /// The browser's storage refused.
    Storage(StorageError),
    /// A stretch session saved by another version: its steps do not fit this one's routines.
    SessionMisfit,
}

impl Reason {
    /// The reason in `lang`, to follow "could not be read: " / "could not be saved: ".
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Self::Decode(e) => e.describe_in(lang),
            Self::Storage(e) => e.describe_in(lang),
            Self::SessionMisfit => t(
                lang,
                "its steps do not fit this version's routines, so it was not resumed",
                "de stappen passen niet bij deze versie van de oefeningen, dus hij is niet hervat",
            )
            .to_owned(),
        }
    }
}

/// One storage problem the user should know about.
#[derive(Debug, Clone, PartialEq)]
pub enum Report {
    /// localStorage is missing or blocked: the app runs in memory only.
    Unavailable,
    /// A saved value could not be read. `aside_key` is where the raw copy was kept
    /// (`None` if even that failed, in which case the original is left untouched and
    /// writes to it are refused).
    Unreadable {
        label: &'static str,
        reason: Reason,
        aside_key: Option<String>,
        raw: String,
    },
    /// A change could not be saved; it is kept in memory for now.
    WriteFailed { label: &'static str, reason: Reason },
    /// The stored value was saved by a newer version of Uncramp (another tab, or an update):
    /// this page no longer writes it, and asks for a reload.
    NewerVersion { label: &'static str },
}

/// The open reports, shared through context.
#[derive(Clone, Copy)]
pub struct Reports(RwSignal<Vec<Report>>);

impl Reports {
    pub fn new() -> Self {
        let reports = Self(RwSignal::new(Vec::new()));
        if !super::available() {
            reports.push(Report::Unavailable);
        }
        reports
    }

    /// Adds a report, replacing an open one of the same kind for the same data.
    pub fn push(&self, report: Report) {
        self.0.update(|list| {
            list.retain(|r| !same_slot(r, &report));
            list.push(report);
        });
    }

    /// Closes a write failure for `label` once a write succeeds again.
    pub fn clear_write_failure(&self, label: &'static str) {
        let open = self.0.with_untracked(|list| {
            list.iter()
                .any(|r| matches!(r, Report::WriteFailed { label: l, .. } if *l == label))
        });
        if open {
            self.0.update(|list| {
                list.retain(|r| !matches!(r, Report::WriteFailed { label: l, .. } if *l == label))
            });
        }
    }

    pub fn dismiss(&self, index: usize) {
        self.0.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    }

    /// Closes `report` wherever it is in the list now (after a wait, its index may have
    /// changed: reports come and go meanwhile).
    pub fn dismiss_report(&self, report: &Report) {
        self.0.update(|list| {
            if let Some(index) = list.iter().position(|r| r == report) {
                list.remove(index);
            }
        });
    }

    pub fn list(&self) -> Vec<Report> {
        self.0.get()
    }
}

impl Default for Reports {
    fn default() -> Self {
        Self::new()
    }
}

fn same_slot(a: &Report, b: &Report) -> bool {
    match (a, b) {
        (Report::Unavailable, Report::Unavailable) => true,
        (Report::Unreadable { label: x, .. }, Report::Unreadable { label: y, .. }) => x == y,
        (Report::WriteFailed { label: x, .. }, Report::WriteFailed { label: y, .. }) => x == y,
        (Report::NewerVersion { label: x }, Report::NewerVersion { label: y }) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Start afresh" waits for the data module, and reports come and go meanwhile (its own
    /// work adds one): it closes its report wherever that is then, and nothing else.
    #[test]
    fn a_report_is_closed_where_it_is_now() {
        let reports = Reports(RwSignal::new(Vec::new()));
        let newer = Report::NewerVersion { label: "settings" };
        reports.push(Report::WriteFailed {
            label: "cramp diary",
            reason: Reason::Storage(StorageError::Full),
        });
        reports.push(newer.clone());
        reports.push(Report::Unavailable);
        // Shown at index 1; by the time it is closed, the first report is gone.
        reports.dismiss(0);
        reports.dismiss_report(&newer);
        assert_eq!(reports.list(), vec![Report::Unavailable]);
        reports.dismiss_report(&newer);
        assert_eq!(reports.list(), vec![Report::Unavailable]);
    }

    /// Issue 23: a storage notice's reason follows the language shown (it was English text
    /// made at start-up).
    #[test]
    fn every_reason_is_said_in_dutch() {
        let all = [
            Reason::Decode(DecodeError::NotJson("EOF".into())),
            Reason::Decode(DecodeError::UnknownField("x".into())),
            Reason::Storage(StorageError::Unavailable),
            Reason::Storage(StorageError::Full),
            Reason::Storage(StorageError::Newer),
            Reason::Storage(StorageError::Frozen),
            Reason::Storage(StorageError::Failed("SecurityError".into())),
            Reason::SessionMisfit,
        ];
        for reason in &all {
            let (en, nl) = (reason.describe_in(Lang::En), reason.describe_in(Lang::Nl));
            assert_ne!(en, nl);
            for english in [" the ", " it ", "could not", "newer version", "saved"] {
                assert!(!nl.contains(english), "{english:?} in {nl}");
            }
        }
        assert_eq!(
            Reason::Storage(StorageError::Full).describe_in(Lang::En),
            "the phone's storage for this app is full"
        );
    }
}
