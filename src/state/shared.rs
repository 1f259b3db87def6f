//! Small signals shared across views without importing the view that owns them: the shell's
//! notices ask "is a stretch running?" here, not of the stretch feature.

use leptos::prelude::*;

/// Whether something on screen must not be interrupted by an update (a running stretch).
#[derive(Clone, Copy)]
pub struct Busy(pub Signal<bool>);

/// Whether a stretch session is open (running, paused, or finished and not yet closed).
#[derive(Clone, Copy)]
pub struct StretchOpen(pub Signal<bool>);

/// Downloads a backup of everything and says what went wrong, if anything, in `failure`: the
/// export a storage notice offers. The app provides it, because the export's code is in the
/// Settings module, loaded when first needed (`chunks`).
#[derive(Clone, Copy)]
pub struct ExportAll(pub fn(super::Stores, RwSignal<Option<String>>));
