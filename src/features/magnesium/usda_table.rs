//! The full USDA table: fetched the first time it is needed (it is not part of the first
//! load), then kept for the session; the service worker caches the file for offline use.

use crate::domain::magnesium::finder::UsdaIndex;
use crate::domain::magnesium::foods::USDA_FILE;
use crate::domain::magnesium::usda::{self};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The parsed table and its search index.
pub type Loaded = UsdaIndex;

thread_local! {
    static TABLE: RefCell<Option<Rc<Loaded>>> = const { RefCell::new(None) };
}

#[derive(Clone, PartialEq)]
pub enum UsdaState {
    NotLoaded,
    Loading,
    Loaded,
    Failed(FetchError),
}

/// Why the table could not be loaded; worded in the language shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FetchError {
    /// No connection, and the file is not cached yet.
    Offline,
    /// The server answered with this HTTP status.
    Status(u16),
    /// The download broke off, or was not text.
    BrokeOff,
    /// The file is not the food table.
    NotTheTable,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::domain::language::t;
        let lang = crate::translations::shown();
        match self {
            Self::Offline => f.write_str(t(lang, "no connection", "geen verbinding")),
            Self::Status(code) => {
                let said = t(lang, "the server said", "de server antwoordde");
                write!(f, "{said} {code}")
            }
            Self::BrokeOff => {
                f.write_str(t(lang, "the download broke off", "het downloaden brak af"))
            }
            Self::NotTheTable => f.write_str(t(
                lang,
                "the file is not the food table",
                "het bestand is niet de voedingstabel",
            )),
        }
    }
}

/// The table's state as the view sees it.
#[derive(Clone, Copy)]
pub struct UsdaTable {
    pub state: RwSignal<UsdaState>,
    /// Bumped when the table arrives (results depend on it).
    pub version: RwSignal<u32>,
}

/// The table handle for a view (already loaded if an earlier visit fetched it).
pub fn provide() -> UsdaTable {
    let loaded = TABLE.with(|t| t.borrow().is_some());
    UsdaTable {
        state: RwSignal::new(if loaded {
            UsdaState::Loaded
        } else {
            UsdaState::NotLoaded
        }),
        version: RwSignal::new(0),
    }
}

impl UsdaTable {
    pub fn is_loaded(&self) -> bool {
        TABLE.with(|t| t.borrow().is_some())
    }

    /// Runs `f` with the table, if loaded (`_version` ties the caller to its arrival).
    pub fn with<R>(&self, _version: u32, f: impl FnOnce(Option<&Loaded>) -> R) -> R {
        let table = TABLE.with(|t| t.borrow().clone());
        f(table.as_deref())
    }

    /// Fetches and parses the table (once).
    pub fn load(&self) {
        if self.is_loaded() || self.state.get_untracked() == UsdaState::Loading {
            return;
        }
        self.state.set(UsdaState::Loading);
        let this = *self;
        leptos::task::spawn_local(async move {
            match fetch_text(USDA_FILE).await {
                Ok(text) => match usda::parse(&text) {
                    Some(foods) => {
                        TABLE.with(|t| *t.borrow_mut() = Some(Rc::new(UsdaIndex::new(foods))));
                        this.state.set(UsdaState::Loaded);
                        this.version.update(|v| *v += 1);
                    }
                    None => this.state.set(UsdaState::Failed(FetchError::NotTheTable)),
                },
                Err(e) => this.state.set(UsdaState::Failed(e)),
            }
        });
    }
}

async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Offline)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text =
        wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| FetchError::BrokeOff)?)
            .await
            .map_err(|_| FetchError::BrokeOff)?;
    text.as_string().ok_or(FetchError::BrokeOff)
}
