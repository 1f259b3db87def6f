//! What the app says about health: the sourced Learn content, its sources, and the red-flag
//! table (with the generated name of the precached Learn page).

pub mod content;
pub mod content_nl;
pub mod learn_file;
pub mod safety;
pub mod sources;
