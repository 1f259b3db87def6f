//! The stretch guide's core: the routines and their steps, the deadline-based timer, and the
//! running guide's step function.

pub mod guide;
pub mod routine;
pub mod timer;
pub mod tonight;
