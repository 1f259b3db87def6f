//! How each saved value sums itself up in a backup preview ("12 cramps", "theme: Night").

use crate::domain::checklist::Checklist;
use crate::domain::diary::Diary;
use crate::domain::magnesium::MagnesiumLog;
use crate::domain::saved::undo::ImportUndo;
use crate::domain::settings::Settings;

/// A saved value that can describe itself in a backup preview.
pub trait Describe {
    /// One short line, e.g. "12 entries" or "theme: night".
    fn describe(&self) -> String;
}

impl Describe for Settings {
    fn describe(&self) -> String {
        format!(
            "theme: {}, day starts at {}",
            self.theme.label(),
            self.day_start.label()
        )
    }
}

impl Describe for Diary {
    fn describe(&self) -> String {
        let mut parts = vec![match self.entries.len() {
            1 => "1 cramp".to_string(),
            n => format!("{n} cramps"),
        }];
        let answered = self.nights.iter().filter(|n| n.answer.is_some()).count();
        if answered > 0 {
            parts.push(format!(
                "{answered} night{} answered",
                if answered == 1 { "" } else { "s" }
            ));
        }
        if !self.medicines.is_empty() {
            let n = self.medicines.len();
            parts.push(format!("{n} medicine{}", if n == 1 { "" } else { "s" }));
        }
        if self.trial.is_some() {
            parts.push("a bedtime-stretch trial".to_string());
        }
        parts.join(", ")
    }
}

impl Describe for Checklist {
    fn describe(&self) -> String {
        format!(
            "{} habit{}, {} day{} of history",
            self.active().count(),
            if self.active().count() == 1 { "" } else { "s" },
            self.days.len(),
            if self.days.len() == 1 { "" } else { "s" }
        )
    }
}

impl Describe for MagnesiumLog {
    fn describe(&self) -> String {
        format!(
            "{} days of food, {} foods of your own",
            self.days.len(),
            self.custom.len()
        )
    }
}

impl Describe for crate::domain::stretch::timer::ActiveSession {
    fn describe(&self) -> String {
        match &self.session {
            Some(s) => format!("{} (not restored)", s.routine.title()),
            None => "no stretch running".to_string(),
        }
    }
}

impl Describe for ImportUndo {
    fn describe(&self) -> String {
        format!("what {} parts held before an import", self.parts.len())
    }
}
