//! Saved data as a whole: the versioned envelope and its migrations (`schema`), the one
//! registry of saved values (`registry`), and the backup file with its import (`backup`).

pub mod backup;
pub mod care;
pub mod describe;
pub mod registry;
pub mod schema;
pub mod undo;
