//! The state layer, below the views: every saved value as a reactive store (`stores`, built
//! from the registry in `domain::saved::registry`), and what acts on all of them at once (`data`:
//! export, import, undo import, delete all), the minute clock and the logical day (`clock`),
//! and the small signals views share (`shared`).
//!
//! Layering: `features` and `ui` use `state`; `state` uses `storage` and `domain`, never a
//! view (`tests/architecture.rs` checks it).

pub mod clock;
pub mod data;
pub mod shared;
pub mod stores;

pub use stores::Stores;
