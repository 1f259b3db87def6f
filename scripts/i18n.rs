//! Cargo's build script: generates the translations module (`src/translations.rs` includes it) from
//! `src/locales/<language>.json` with leptos_i18n's code generation. A key missing from the
//! default language, or a variable a call does not give, fails the build; a key missing from
//! another language is caught by `tests/locales.rs`.

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=scripts/i18n.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR")?).join("i18n");
    let config = Config::new("en")?
        .add_locale("nl")?
        .locales_path("src/locales")
        // Variables in strings as well as in views (`tr!` gives strings).
        .parse_options(ParseOptions::default().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.rerun_if_locales_changed();
    translations.emit_diagnostics();
    translations.generate_i18n_module(out)?;
    Ok(())
}
