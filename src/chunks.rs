//! The parts of the app that are not in the first wasm module ([`Chunk`]): each view but home,
//! and the backup export a notice offers. In a `split` build (scripts/build) each split point
//! below is cut into a module of its own by wasm-split, fetched the first time it is called; the
//! first module holds the home view, the guide and what they need. Without the feature
//! (`trunk serve`) the same functions run at once.
//!
//! A view in a chunk is shown by [`ChunkView`]: "Loading…" while its module is fetched (the
//! start-up prefetches every chunk when the browser is idle, so after the first visit there is
//! none), then the view; if the module cannot be fetched (offline before the first full visit,
//! or a new version on the server), a message with "Try again", never the crash page: the rest
//! of the app, a running stretch and everything saved are untouched.

use crate::domain::route::View;
use crate::domain::saved::registry::StoreId;
use crate::domain::startup::Chunk;
use crate::features;
use crate::state::shared::FoodDaysReader;
use crate::state::Stores;
use crate::ui::act::command;
use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::task::{Context, Poll, Waker};

/// A chunk could not be fetched or started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for LoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadError
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(crate::tr!(shell.part_failed))
    }
}

/// A split point: `fn $name(args) -> T { body }` becomes `async fn $name(args) -> Result<T,
/// LoadError>` in module `$module`, with `async fn $preload() -> Result<(), _>` that only
/// fetches the module. In a `split` build the module is fetched on the first call (a failure
/// is an `Err`, and the next call tries again); otherwise both are ready at once.
macro_rules! split_point {
    ($module:ident, $preload:ident, fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(
            $module,
            wasm_split_path = ::leptos::wasm_split,
            preload($preload),
            fallible
        )]
        fn $name($($arg: $ty),*) -> Result<$ret, LoadError> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        async fn $name($($arg: $ty),*) -> Result<$ret, LoadError> {
            Ok($body)
        }

        // Some split points are only called, never fetched ahead.
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), LoadError> {
            Ok(())
        }
    };
}

split_point!(
    checklist,
    preload_checklist,
    fn checklist_view() -> AnyView {
        features::checklist::ChecklistView().into_any()
    }
);
split_point!(
    magnesium,
    preload_magnesium,
    fn magnesium_view() -> AnyView {
        features::magnesium::MagnesiumView().into_any()
    }
);
split_point!(
    diary,
    preload_diary,
    fn diary_view() -> AnyView {
        features::diary::DiaryView().into_any()
    }
);
split_point!(
    diary,
    preload_morning,
    fn morning_card() -> AnyView {
        features::diary::morning::MorningCard().into_any()
    }
);
split_point!(
    learn,
    preload_learn,
    fn learn_view() -> AnyView {
        features::learn::LearnView().into_any()
    }
);
split_point!(
    settings,
    preload_settings,
    fn settings_view() -> AnyView {
        features::settings::SettingsView().into_any()
    }
);
split_point!(
    settings,
    preload_reminder,
    fn reminder_offer() -> AnyView {
        view! { <features::reminder::ReminderCard offer=true /> }.into_any()
    }
);
split_point!(
    data,
    preload_data,
    fn backup_now(stores: Stores) -> crate::browser::OutFile {
        crate::state::data::backup_file(stores)
    }
);

// The saved values whose code is not in the first module (`startup::IN_FIRST_MODULE`: the
// food log, "Undo import"): what the first module needs of them goes through these.
split_point!(
    data,
    preload_read_store,
    fn read_in_chunk(stores: Stores, id: StoreId) -> () {
        stores.ensure(id)
    }
);
split_point!(
    data,
    preload_food_days,
    fn food_days_reader() -> FoodDaysReader {
        crate::state::data::food_days
    }
);
split_point!(
    data,
    preload_afresh,
    fn afresh_in_chunk(stores: Stores, label: &'static str) -> bool {
        crate::state::data::start_afresh(stores, label)
    }
);

/// Reads a saved value at start-up (`startup::Step::Store`): one whose code is in the first
/// module at once, any other through the data module.
pub fn read_store(stores: Stores, id: StoreId) {
    if !stores.ensure_in_first_module(id) {
        leptos::task::spawn_local(async move {
            let _ = read_in_chunk(stores, id).await;
        });
    }
}

/// How many days the food log has food on (tracked), for what is worth a backup
/// (`state::data::saved`); none while the data module cannot be fetched.
pub async fn food_days() -> FoodDaysReader {
    food_days_reader().await.unwrap_or(|_| 0)
}

/// "Start afresh" on every saved value called `label` that a newer build saved
/// (`Persisted::start_afresh`): whether all could be kept aside; false when the data
/// module cannot be fetched (nothing changed).
pub async fn start_afresh(stores: Stores, label: &'static str) -> bool {
    afresh_in_chunk(stores, label).await.unwrap_or(false)
}

thread_local! {
    /// The chunks fetched and started so far (one bit each).
    static LOADED: Cell<u8> = const { Cell::new(0) };
}

/// Whether `chunk` is loaded (its functions run at once).
pub fn is_loaded(chunk: Chunk) -> bool {
    LOADED.with(|l| l.get() & chunk.bit() != 0)
}

/// Fetches and starts `chunk` unless it is loaded.
pub async fn preload(chunk: Chunk) -> Result<(), LoadError> {
    if is_loaded(chunk) {
        return Ok(());
    }
    let result = match chunk {
        Chunk::Checklist => preload_checklist().await.map_err(|_| LoadError),
        Chunk::Magnesium => preload_magnesium().await.map_err(|_| LoadError),
        Chunk::Diary => preload_diary().await.map_err(|_| LoadError),
        Chunk::Learn => preload_learn().await.map_err(|_| LoadError),
        Chunk::Settings => preload_settings().await.map_err(|_| LoadError),
        Chunk::Data => preload_data().await.map_err(|_| LoadError),
    };
    if result.is_ok() {
        LOADED.with(|l| l.set(l.get() | chunk.bit()));
    }
    result
}

/// Fetches `chunk` in the background (start-up, when idle); a failure is only tried again when
/// the chunk is needed.
pub fn prefetch(chunk: Chunk) {
    if !is_loaded(chunk) {
        leptos::task::spawn_local(async move {
            let _ = preload(chunk).await;
        });
    }
}

/// The backup of everything (for the export a notice or the backup nudge offers).
pub async fn backup_file(stores: Stores) -> Result<crate::browser::OutFile, String> {
    backup_now(stores).await.map_err(|e| e.to_string())
}

/// The result of a future that is ready at once (a split point whose module is loaded).
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut future = std::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// Builds the view of a loaded chunk, here and now (so it is created under the caller's owner
/// and sees its contexts).
fn build(view: View) -> Option<AnyView> {
    let built = match view {
        View::Stretch => return None,
        View::Checklist => now(checklist_view()),
        View::Magnesium => now(magnesium_view()),
        View::Diary => now(diary_view()),
        View::Learn => now(learn_view()),
        View::Settings => now(settings_view()),
    };
    built.and_then(Result::ok)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Loading,
    Ready,
    Failed,
}

/// A view that lives in a chunk: fetched if need be, then shown; a message and "Try again" if
/// it cannot be fetched.
#[component]
pub fn ChunkView(
    /// The view (not the home view, which is in the first module).
    view: View,
) -> impl IntoView {
    let Some(chunk) = Chunk::of_view(view) else {
        return features::NotFound().into_any();
    };
    let state = RwSignal::new(if is_loaded(chunk) {
        State::Ready
    } else {
        State::Loading
    });
    let fetch = move || {
        state.set(State::Loading);
        leptos::task::spawn_local(async move {
            let loaded = preload(chunk).await.is_ok();
            state.try_set(if loaded { State::Ready } else { State::Failed });
        });
    };
    if state.get_untracked() == State::Loading {
        fetch();
    }
    let on_click = move |ev: leptos::ev::MouseEvent| match command(&ev).as_deref() {
        Some("retry") => fetch(),
        Some("reload") => {
            let _ = window().location().reload();
        }
        _ => {}
    };
    (move || match state.get() {
        State::Ready => build(view).unwrap_or_else(|| failed(view, on_click)),
        State::Loading => view! {
            <p class="hint chunk__loading" role="status">{crate::tr!(shell.part_loading)}</p>
        }
        .into_any(),
        State::Failed => failed(view, on_click),
    })
    .into_any()
}

/// The one-time offer of the bedtime reminder on the guide's finished screen, from the
/// Settings module (the card and its calendar writer are not in the first download): nothing
/// while the module comes, nor if it cannot (the offer is not needed for anything).
#[component]
pub fn ReminderOffer() -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let loaded = preload_reminder().await.is_ok();
        ready.try_set(loaded);
    });
    move || {
        ready
            .get()
            .then(|| now(reminder_offer()).and_then(Result::ok))
            .flatten()
    }
}

/// The morning question on the home view, from the diary's module: nothing while the module
/// comes, nor if it cannot (the home view works without it).
#[component]
pub fn MorningQuestion() -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let loaded = preload_morning().await.is_ok();
        ready.try_set(loaded);
    });
    move || {
        ready
            .get()
            .then(|| now(morning_card()).and_then(Result::ok))
            .flatten()
    }
}

/// What shows when a view's module cannot be fetched.
fn failed(view: View, on_click: impl Fn(leptos::ev::MouseEvent) + 'static) -> AnyView {
    view! {
        <section class="view" on:click=on_click>
            <h1 class="view__title" tabindex="-1">{view.label_in(crate::translations::shown())}</h1>
            <div class="card" role="alert">
                <p>{crate::tr!(shell.page_failed)}</p>
                <p>{crate::tr!(shell.page_updated)}</p>
                <div class="actions">
                    <button type="button" class="button button--primary" data-cmd="retry">{crate::tr!(shell.try_again)}</button>
                    <button type="button" class="button" data-cmd="reload">{crate::tr!(shell.reload)}</button>
                </div>
            </div>
        </section>
    }
    .into_any()
}
