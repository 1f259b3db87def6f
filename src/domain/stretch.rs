//! The stretch guide's core: the routines and their steps, and the deadline-based timer.

pub mod routine;
pub mod timer;
pub mod tonight;
