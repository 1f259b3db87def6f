//! Every language has every key of the default one (English), with the same variables.
//!
//! The build already refuses a key that English lacks and a call that leaves out a variable
//! (leptos_i18n's code generation); a key missing from another language would only be a
//! warning there, and the English text would show. This test makes it a failure.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use uncramp::domain::language::Lang;

fn locale(lang: Lang) -> BTreeMap<String, String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/locales")
        .join(format!("{}.json", lang.tag()));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = BTreeMap::new();
    flatten("", &json, &mut out);
    out
}

/// `{"a": {"b": "text"}}` as `a.b = text`.
fn flatten(prefix: &str, value: &serde_json::Value, out: &mut BTreeMap<String, String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&path, value, out);
            }
        }
        serde_json::Value::String(text) => {
            out.insert(prefix.to_string(), text.clone());
        }
        other => panic!("{prefix}: a text or a group of keys, not {other}"),
    }
}

/// The names of a text's `{{ variables }}`.
fn variables(text: &str) -> BTreeSet<String> {
    text.split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}"))
        .map(|(name, _)| name.trim().to_string())
        .collect()
}

#[test]
fn every_language_has_every_key_with_the_same_variables() {
    let english = locale(Lang::En);
    assert!(english.len() > 50, "the English words are read");
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let other = locale(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{}: no text for {missing:?}",
            lang.tag()
        );
        assert!(
            extra.is_empty(),
            "{}: keys English lacks {extra:?}",
            lang.tag()
        );
        for (key, text) in &english {
            assert_eq!(
                variables(&other[key]),
                variables(text),
                "{}: {key} has other variables than English",
                lang.tag()
            );
            assert!(
                !other[key].trim().is_empty(),
                "{}: {key} is empty",
                lang.tag()
            );
        }
    }
}

#[test]
fn variables_are_found() {
    assert_eq!(
        variables("Backup from {{ when }}, {{n}} parts"),
        BTreeSet::from(["when".to_string(), "n".to_string()])
    );
    assert!(variables("no variables").is_empty());
}
