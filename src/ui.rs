//! Shell components and browser glue shared by the views.

pub mod act;
pub mod crash;
pub mod field;
pub mod file_out;
pub mod icons;
pub mod idle;
pub mod install;
pub mod markup;
pub mod notices;
pub mod router;
pub mod shell;
pub mod words;
