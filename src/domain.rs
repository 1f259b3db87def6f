//! The functional core: the product's logic and saved-data schema as plain Rust.
//!
//! **Invariant:** nothing in here touches the browser or reads the clock. No leptos, web-sys,
//! js-sys, gloo or wasm-bindgen, and no `Local::now()`/`Utc::now()`: time, today's date and the
//! time-zone offset come in as parameters. `tests/architecture.rs` enforces this.

pub mod backup;
pub mod checklist;
pub mod content;
pub mod diary;
pub mod foods;
pub mod intake;
pub mod learn_file;
pub mod magnesium;
pub mod registry;
pub mod route;
pub mod routine;
pub mod safety;
pub mod schema;
pub mod search;
pub mod settings;
pub mod sorted;
pub mod sources;
pub mod startup;
pub mod time;
pub mod timer;
pub mod usda;
