//! The app's words in each language: the module leptos_i18n generates from
//! `src/locales/<language>.json` (Cargo's build script, `scripts/i18n.rs`), and [`tr!`], which
//! gives a key's text in the language the app shows.
//!
//! Keys and variables are checked when the app compiles: a key that is not in `en.json`, or a
//! call that leaves out one of its `{{ variables }}`, does not build. `tests/locales.rs` checks
//! that every language has every key with the same variables. The library's context provider
//! is not used (it costs 23 KB gzip in the first module, measured): the app owns the language.

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use i18n::Locale;

use crate::domain::language::Lang;

/// The translations of `lang`.
pub fn locale_of(lang: Lang) -> Locale {
    match lang.words() {
        Lang::En => Locale::en,
        Lang::Nl => Locale::nl,
    }
}

thread_local! {
    static SHOWN: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// The language the app shows, set once at start-up ([`crate::app::prepare`]): English, or
/// the one a link asks for with `?lang=` (issue 23: until every view has its words in the
/// locale files and Settings offers the choice, that is the only way to see Dutch, and only
/// the views already translated show it).
pub fn show(lang: Lang) {
    SHOWN.with(|shown| shown.set(lang));
}

/// The language the app shows. In a build for one language it is a constant, so the
/// compiler leaves out the other languages' words and the branches that pick them.
pub fn shown() -> Lang {
    SHOWN.with(|shown| shown.get()).words()
}

/// The translations the app shows.
pub fn locale() -> Locale {
    locale_of(shown())
}

/// The text of a key in the app's language, as `&str` (or, with variables, a value that
/// displays as the text): `tr!(settings.title)`, `tr!(settings.version, version = v)`.
#[macro_export]
macro_rules! tr {
    ($($key:tt)*) => {
        ::leptos_i18n::td_string!($crate::translations::locale(), $($key)*)
    };
}
