//! The cramp diary: one entry per cramp, logged by hand or from the stretch guide.

use super::routine::{Leg, Muscle};
use super::schema::Schema;
use super::time::LocalMinute;
use serde::{Deserialize, Serialize};

/// Longest note kept (characters).
pub const NOTE_MAX: usize = 500;
/// Longest cramp duration accepted (a day), in seconds.
pub const DURATION_MAX_S: u32 = 24 * 3600;

/// What the user enters for a cramp.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(default)]
pub struct Draft {
    /// Local wall-clock time the cramp started.
    pub at: LocalMinute,
    pub duration_s: Option<u32>,
    pub leg: Leg,
    pub muscle: Muscle,
    /// 0 (none) to 10 (worst imaginable).
    pub severity: Option<u8>,
    pub woke: Option<bool>,
    pub note: String,
    /// Logged from the stretch guide.
    pub from_guide: bool,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            at: LocalMinute::default(),
            duration_s: None,
            leg: Leg::Unsaid,
            muscle: Muscle::Calf,
            severity: None,
            woke: None,
            note: String::new(),
            from_guide: false,
        }
    }
}

impl Draft {
    /// Keeps every field in range (user input and stored data may be anything).
    pub fn cleaned(mut self) -> Draft {
        self.severity = self.severity.map(|s| s.min(10));
        self.duration_s = self.duration_s.map(|d| d.min(DURATION_MAX_S));
        self.note = self.note.trim().chars().take(NOTE_MAX).collect();
        self
    }
}

/// A logged cramp.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: u32,
    pub draft: Draft,
}

/// All logged cramps, newest first.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(default)]
pub struct Diary {
    pub entries: Vec<Entry>,
    pub next_id: u32,
}

impl Schema for Diary {
    const KEY: &'static str = "uncramp.diary";
    const VERSION: u32 = 1;
    const LABEL: &'static str = "cramp diary";
}

/// A change to the diary.
#[derive(Debug, Clone, PartialEq)]
pub enum DiaryCmd {
    Add(Draft),
    Update(u32, Draft),
    Delete(u32),
    /// Puts a deleted entry back (undo).
    Restore(Entry),
}

impl Diary {
    /// Applies a change; returns the id it concerned (the new id for `Add`).
    pub fn apply(&mut self, cmd: DiaryCmd) -> Option<u32> {
        let id = match cmd {
            DiaryCmd::Add(draft) => {
                let id = self.fresh_id();
                self.entries.push(Entry {
                    id,
                    draft: draft.cleaned(),
                });
                Some(id)
            }
            DiaryCmd::Update(id, draft) => {
                let entry = self.entries.iter_mut().find(|e| e.id == id)?;
                entry.draft = draft.cleaned();
                Some(id)
            }
            DiaryCmd::Delete(id) => {
                let before = self.entries.len();
                self.entries.retain(|e| e.id != id);
                (self.entries.len() < before).then_some(id)
            }
            DiaryCmd::Restore(entry) => {
                if self.entries.iter().any(|e| e.id == entry.id) {
                    return None;
                }
                let id = entry.id;
                self.next_id = self.next_id.max(id.saturating_add(1));
                self.entries.push(Entry {
                    id,
                    draft: entry.draft.cleaned(),
                });
                Some(id)
            }
        };
        self.entries
            .sort_by(|a, b| b.draft.at.cmp(&a.draft.at).then(b.id.cmp(&a.id)));
        id
    }

    fn fresh_id(&mut self) -> u32 {
        let max = self.entries.iter().map(|e| e.id).max().unwrap_or(0);
        let id = self.next_id.max(max.saturating_add(1)).max(1);
        self.next_id = id.saturating_add(1);
        id
    }

    pub fn get(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> LocalMinute {
        LocalMinute::from_naive(
            NaiveDate::from_ymd_opt(2026, 11, 28)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .expect("valid"),
        )
    }

    fn draft(h: u32) -> Draft {
        Draft {
            at: at(h, 0),
            severity: Some(7),
            ..Draft::default()
        }
    }

    #[test]
    fn add_update_delete_restore() {
        let mut d = Diary::default();
        let a = d.apply(DiaryCmd::Add(draft(3))).expect("added");
        let b = d.apply(DiaryCmd::Add(draft(5))).expect("added");
        assert_ne!(a, b);
        assert_eq!(d.entries[0].id, b, "newest first");
        let mut changed = draft(4);
        changed.note = "  after a long walk  ".into();
        d.apply(DiaryCmd::Update(a, changed));
        assert_eq!(
            d.get(a).map(|e| e.draft.note.as_str()),
            Some("after a long walk")
        );
        let removed = d.get(a).cloned().expect("exists");
        assert_eq!(d.apply(DiaryCmd::Delete(a)), Some(a));
        assert_eq!(d.apply(DiaryCmd::Delete(a)), None);
        assert_eq!(d.apply(DiaryCmd::Restore(removed.clone())), Some(a));
        assert_eq!(d.apply(DiaryCmd::Restore(removed)), None, "no duplicates");
        let c = d.apply(DiaryCmd::Add(draft(6))).expect("added");
        assert!(c > b && c > a, "ids are never reused");
    }

    #[test]
    fn input_is_cleaned() {
        let mut d = Diary::default();
        let wild = Draft {
            severity: Some(99),
            duration_s: Some(u32::MAX),
            note: "x".repeat(2_000),
            ..draft(1)
        };
        let id = d.apply(DiaryCmd::Add(wild)).expect("added");
        let e = d.get(id).expect("exists");
        assert_eq!(e.draft.severity, Some(10));
        assert_eq!(e.draft.duration_s, Some(DURATION_MAX_S));
        assert_eq!(e.draft.note.chars().count(), NOTE_MAX);
    }
}
