//! The functional core: the product's logic and saved-data schema as plain Rust.
//!
//! **Invariant:** nothing in here touches the browser or reads the clock. No leptos, web-sys,
//! js-sys, gloo or wasm-bindgen, and no `Local::now()`/`Utc::now()`: time, today's date and the
//! time-zone offset come in as parameters. `tests/architecture.rs` enforces this.

pub mod checklist;
pub mod diary;
pub mod language;
pub mod learn;
pub mod magnesium;
pub mod query;
pub mod route;
pub mod saved;
pub mod settings;
pub mod sorted;
pub mod startup;
pub mod stretch;
pub mod time;
