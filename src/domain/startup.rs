//! How the app starts: what the first tasks do, what waits for an idle moment, and which
//! parts of the app are modules of their own.
//!
//! The start-up is a few short tasks, each well under 50 ms on a slow phone, and the first of
//! them do only what the home view and a tap on "Cramp now" need: one reads the settings and
//! the running stretch ([`AT_START`]) and adopts the home view index.html painted; the next
//! mounts the guide; the views come last, and then the app says it is ready (the shell's
//! `app` and `ui::idle::soon`). Everything else is a [`Step`] of [`after_start`], each its own
//! small task run when the browser is idle (`ui::idle::later`), so none of it stands between a
//! tap and the guide. The views other than home are [`Chunk`]s: modules fetched when first opened, and
//! prefetched by the last steps, so the app works offline after one visit.

use super::route::{Route, View};
use super::saved::registry::StoreId;

/// A part of the app built into a wasm module of its own (`split` builds; scripts/build).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chunk {
    Checklist,
    Magnesium,
    Diary,
    Learn,
    Settings,
    /// Export, import, undo import and delete all (Settings, and the export a notice offers).
    Data,
}

impl Chunk {
    /// Every chunk, in the order they are prefetched: the views in tab order, then the rest.
    pub const ALL: [Chunk; 6] = [
        Self::Checklist,
        Self::Magnesium,
        Self::Diary,
        Self::Learn,
        Self::Settings,
        Self::Data,
    ];

    /// The chunk a view is in; `None` for the home view, which is in the first module.
    pub fn of_view(view: View) -> Option<Chunk> {
        match view {
            View::Stretch => None,
            View::Checklist => Some(Self::Checklist),
            View::Magnesium => Some(Self::Magnesium),
            View::Diary => Some(Self::Diary),
            View::Learn => Some(Self::Learn),
            View::Settings => Some(Self::Settings),
        }
    }

    /// A bit of its own, for a set of chunks in one integer.
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The stores read before the app mounts: what the home view and the guide show.
pub const AT_START: [StoreId; 2] = [StoreId::Settings, StoreId::Session];

/// The stores the home view and the guide read or write: the first module holds their code
/// (reading, migrating, saving, following other tabs). Every other store's code is in the
/// [`Chunk::Data`] module, through which the start-up reads it ([`chunk_of_store`]), so that
/// the first download does not carry it (about 3 KB gzip for the food log and "Undo import").
pub const IN_FIRST_MODULE: [StoreId; 4] = [
    StoreId::Settings,
    StoreId::Session,
    StoreId::Diary,
    StoreId::Checklist,
];

/// The chunk that holds a store's code; `None` for the first module ([`IN_FIRST_MODULE`]).
pub fn chunk_of_store(id: StoreId) -> Option<Chunk> {
    (!IN_FIRST_MODULE.contains(&id)).then_some(Chunk::Data)
}

/// How long after the start-up the other views' modules start to be prefetched (ms). The
/// service worker already keeps them for offline use; prefetching only makes a view open at
/// once, so it waits until the start-up is long over: compiling the modules never competes
/// with the first taps on a slow phone (and stays out of the start-up's blocking time).
pub const PREFETCH_AFTER_MS: u64 = 3_000;

/// One piece of start-up work that waits for an idle moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Start the minute clock (the day roll-over of the checklist and the diary).
    Clock,
    /// Register the service worker, offer updates and the install hint.
    Worker,
    /// Read a store the start-up did not (and follow other tabs' changes to it), so that a
    /// problem with it is reported without waiting for its view.
    Store(StoreId),
    /// Ask the browser to keep the data (persistent storage) once there is some, and learn
    /// whether it will (after the stores are read: it needs to know what is saved).
    Keep,
    /// Fetch a chunk, so its view opens at once and offline.
    Prefetch(Chunk),
}

/// The steps after the start-up, in order, for an app that started on `route`: the clock and
/// the service worker, the other stores, then every chunk (the one of the view shown first is
/// already loading).
pub fn after_start(route: Route) -> Vec<Step> {
    let showing = match route {
        Route::View(view) => Chunk::of_view(view),
        Route::NotFound => None,
    };
    let mut steps = vec![Step::Clock, Step::Worker];
    steps.extend(
        StoreId::ALL
            .iter()
            .filter(|id| !AT_START.contains(id))
            .map(|&id| Step::Store(id)),
    );
    steps.push(Step::Keep);
    steps.extend(
        Chunk::ALL
            .into_iter()
            .filter(|&c| Some(c) != showing)
            .map(Step::Prefetch),
    );
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_store_is_read_once_at_start_or_later() {
        for route in [Route::View(View::Stretch), Route::NotFound] {
            let steps = after_start(route);
            for &id in StoreId::ALL {
                let later = steps.iter().filter(|s| **s == Step::Store(id)).count();
                let first = usize::from(AT_START.contains(&id));
                assert_eq!(later + first, 1, "{id:?}");
            }
        }
    }

    #[test]
    fn every_chunk_is_prefetched_unless_its_view_is_loading_it() {
        for view in View::ALL {
            let steps = after_start(Route::View(view));
            for chunk in Chunk::ALL {
                let n = steps
                    .iter()
                    .filter(|s| **s == Step::Prefetch(chunk))
                    .count();
                let expected = usize::from(Chunk::of_view(view) != Some(chunk));
                assert_eq!(n, expected, "{view:?} {chunk:?}");
            }
        }
    }

    #[test]
    fn the_clock_and_worker_come_first_and_prefetching_last() {
        let steps = after_start(Route::View(View::Stretch));
        assert_eq!(&steps[..2], &[Step::Clock, Step::Worker]);
        let first_prefetch = steps
            .iter()
            .position(|s| matches!(s, Step::Prefetch(_)))
            .expect("prefetching");
        assert!(steps[first_prefetch..]
            .iter()
            .all(|s| matches!(s, Step::Prefetch(_))));
        // Asking to keep the data comes after every store is read.
        let keep = steps.iter().position(|s| *s == Step::Keep).expect("keep");
        assert!(
            steps[..keep]
                .iter()
                .filter(|s| matches!(s, Step::Store(_)))
                .count()
                == StoreId::ALL.len() - AT_START.len()
        );
    }

    #[test]
    fn the_stores_read_at_start_are_in_the_first_module_and_the_food_log_is_not() {
        for id in AT_START {
            assert_eq!(chunk_of_store(id), None, "{id:?}");
        }
        // The guide logs a cramp and ticks the bedtime stretch; the home view reads both.
        assert_eq!(chunk_of_store(StoreId::Diary), None);
        assert_eq!(chunk_of_store(StoreId::Checklist), None);
        assert_eq!(chunk_of_store(StoreId::Magnesium), Some(Chunk::Data));
        assert_eq!(chunk_of_store(StoreId::ImportUndo), Some(Chunk::Data));
    }

    #[test]
    fn the_home_view_is_in_the_first_module_and_each_other_view_in_its_own_chunk() {
        assert_eq!(Chunk::of_view(View::Stretch), None);
        let mut bits = 0u8;
        for view in View::ALL.into_iter().skip(1) {
            let chunk = Chunk::of_view(view).expect("a chunk");
            assert_eq!(bits & chunk.bit(), 0, "{view:?} shares a chunk");
            bits |= chunk.bit();
        }
        assert_eq!(Chunk::ALL.len(), 6);
        assert!(Chunk::ALL.iter().all(|c| c.bit() != 0));
    }
}
