//! Values from the core in the words of the language the app shows (the core gives numbers
//! and kinds, never sentences in one language).

use crate::tr;

/// "never", "today", "yesterday", "12 days ago": when the last backup left the phone, from
/// [`crate::domain::saved::care::days_since_backup`].
pub fn last_backup(days: Option<i64>) -> String {
    match days {
        None => tr!(care.never).to_string(),
        Some(0) => tr!(care.today).to_string(),
        Some(1) => tr!(care.yesterday).to_string(),
        Some(days) => tr!(care.days_ago, days = days).to_string(),
    }
}
