//! Small signals shared across views without importing the view that owns them: the shell's
//! notices ask "is a stretch running?" here, not of the stretch feature.

use leptos::prelude::*;

/// Whether something on screen must not be interrupted by an update (a running stretch).
#[derive(Clone, Copy)]
pub struct Busy(pub Signal<bool>);

/// Whether a stretch session is open (running, paused, or finished and not yet closed).
#[derive(Clone, Copy)]
pub struct StretchOpen(pub Signal<bool>);

/// Offers a backup of everything (share sheet, download, or its text to copy) and says where it
/// went in the signal: the export the notices and the home view's backup nudge offer. The app
/// provides it, because the export's code is in a module loaded when first needed (`chunks`).
#[derive(Clone, Copy)]
pub struct ExportAll(pub fn(super::Stores, RwSignal<Option<crate::browser::OutState>>));

/// The one-time offer of the bedtime reminder (the guide's finished screen shows it), built by
/// the app: its card and calendar writer are in the Settings module (`chunks`).
#[derive(Clone, Copy)]
pub struct ReminderOffer(pub fn() -> AnyView);

/// Whether the browser promised to keep Uncramp's data (`navigator.storage.persist()`):
/// `None` until asked, or where the browser does not offer it.
#[derive(Clone, Copy)]
pub struct Durable(pub RwSignal<Option<bool>>);

/// The night the morning question's "A cramp" was for: the diary view opens its form for it
/// (and takes it, so it opens once).
#[derive(Clone, Copy)]
pub struct LogNight(pub RwSignal<Option<crate::domain::time::DayNum>>);

/// The morning question on the home view, built by the app: its card is in the diary's module
/// (`chunks`).
#[derive(Clone, Copy)]
pub struct MorningQuestion(pub fn() -> AnyView);

/// Reads the food log's count of days with food (for what is worth a backup,
/// `state::data::saved`) into the signal once it can: the app provides it, because the food
/// log's code is in the data module (`chunks`, `domain::startup::IN_FIRST_MODULE`).
#[derive(Clone, Copy)]
pub struct FoodDays(pub fn(RwSignal<Option<FoodDaysReader>>));

/// Reads how many days the food log has food on (tracked): `state::data::food_days`, from the
/// data module.
pub type FoodDaysReader = fn(super::Stores) -> usize;

/// "Start afresh" on the saved values a [`crate::storage::Report::NewerVersion`] is about,
/// closing the report once they are kept aside (the notices' button). The app provides it:
/// it reaches every store's code, which is in the data module (`chunks`).
#[derive(Clone, Copy)]
pub struct StartAfresh(pub fn(super::Stores, crate::storage::Reports, crate::storage::Report));
