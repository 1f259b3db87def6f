//! The storage module against the real localStorage of headless Chromium
//! (`cargo test --target wasm32-unknown-unknown`, run by wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use uncramp::domain::saved::schema::{decode, encode, Schema};
use uncramp::domain::settings::{Settings, SettingsCmd, ThemeChoice};
use uncramp::storage::{self, AnyPersisted, Persisted, Reason, Report, Reports, StorageError};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window()
        .expect("window")
        .local_storage()
        .expect("no security error")
        .expect("localStorage")
}

fn clear() {
    local().clear().expect("clear");
}

fn aside_copies() -> Vec<(String, String)> {
    storage::all_entries()
        .into_iter()
        .filter(|(k, _)| storage::is_aside_key(k))
        .collect()
}

/// Runs `f` inside a reactive owner, as the app does.
fn owned<R>(f: impl FnOnce() -> R) -> R {
    Owner::new().with(f)
}

#[wasm_bindgen_test]
fn round_trip_through_real_local_storage() {
    clear();
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        assert_eq!(settings.get_untracked(), Settings::default());
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Night)));
        let raw = local()
            .get_item(Settings::KEY)
            .expect("readable")
            .expect("written");
        let stored: Settings = decode(&raw).expect("stored in its envelope");
        assert_eq!(stored.theme, ThemeChoice::Night);
        assert!(
            raw.starts_with(&format!(r#"{{"v":{},"data":"#, Settings::VERSION)),
            "{raw}"
        );

        // A fresh load (the next visit) sees the same value.
        let again = Persisted::<Settings>::load(reports);
        assert_eq!(again.get_untracked().theme, ThemeChoice::Night);
        assert!(reports.list().is_empty(), "{:?}", reports.list());
    });
    clear();
}

#[wasm_bindgen_test]
fn corrupt_value_is_kept_aside_and_reported() {
    clear();
    local()
        .set_item(Settings::KEY, "{\"v\":1,\"data\":{\"theme\":")
        .expect("write corrupt");
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        assert_eq!(settings.get_untracked(), Settings::default());
        let copies = aside_copies();
        assert_eq!(copies.len(), 1, "one copy kept aside: {copies:?}");
        assert!(copies[0].0.starts_with("uncramp.settings.unreadable."));
        assert_eq!(copies[0].1, "{\"v\":1,\"data\":{\"theme\":");
        match reports.list().as_slice() {
            [Report::Unreadable {
                label,
                aside_key: Some(key),
                raw,
                ..
            }] => {
                assert_eq!(*label, "settings");
                assert_eq!(key, &copies[0].0);
                assert!(raw.starts_with("{\"v\":1"));
            }
            other => panic!("expected one Unreadable report, got {other:?}"),
        }
        // A change may now overwrite the original: its copy is safe.
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Dark)));
        assert_eq!(aside_copies().len(), 1);
        let raw = local().get_item(Settings::KEY).expect("ok").expect("some");
        assert_eq!(
            decode::<Settings>(&raw).expect("valid").theme,
            ThemeChoice::Dark
        );
    });
    clear();
}

#[wasm_bindgen_test]
fn opening_the_app_again_keeps_one_copy_of_the_same_unreadable_value() {
    clear();
    let corrupt = "{\"v\":1,\"data\":{\"theme\":";
    local()
        .set_item(Settings::KEY, corrupt)
        .expect("write corrupt");
    owned(|| {
        // Three visits, and nothing changed in between: the original is still unreadable.
        for _ in 0..3 {
            let reports = Reports::new();
            let _ = Persisted::<Settings>::load(reports);
            assert!(matches!(
                reports.list().as_slice(),
                [Report::Unreadable {
                    aside_key: Some(_),
                    ..
                }]
            ));
        }
        let copies = aside_copies();
        assert_eq!(copies.len(), 1, "one copy, not one per visit: {copies:?}");
        assert_eq!(copies[0].1, corrupt);
        // A different unreadable value gets a copy of its own.
        local().set_item(Settings::KEY, "not json").expect("write");
        let _ = Persisted::<Settings>::load(Reports::new());
        assert_eq!(aside_copies().len(), 2);
    });
    clear();
}

#[wasm_bindgen_test]
fn a_future_version_at_load_is_left_alone_and_a_reload_is_asked_for() {
    clear();
    let future = r#"{"v":99,"data":{"theme":"dark","new":"field"}}"#;
    local().set_item(Settings::KEY, future).expect("write");
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        assert!(matches!(
            reports.list().as_slice(),
            [Report::NewerVersion { label: "settings" }]
        ));
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Light)));
        assert_eq!(
            local().get_item(Settings::KEY).expect("ok").as_deref(),
            Some(future),
            "never overwritten by this older build"
        );
        assert!(aside_copies().is_empty());
    });
    clear();
}

#[wasm_bindgen_test]
fn quota_error_is_reported_and_the_change_kept_in_memory() {
    clear();
    // Fill this origin's quota with real data, down to the last few bytes.
    let mut n = 0;
    for size in [512 * 1024, 32 * 1024, 1024, 64, 4, 1] {
        let chunk = "x".repeat(size);
        while local().set_item(&format!("f{n}"), &chunk).is_ok() {
            n += 1;
            assert!(n < 5000, "the quota never ran out");
        }
    }
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Night)));
        assert_eq!(
            settings.get_untracked().theme,
            ThemeChoice::Night,
            "kept in memory"
        );
        match reports.list().as_slice() {
            [Report::WriteFailed { label, reason }] => {
                assert_eq!(*label, "settings");
                assert_eq!(*reason, Reason::Storage(StorageError::Full));
            }
            other => panic!("expected a WriteFailed report, got {other:?}"),
        }
        // Once there is room again, the next change is saved and the report closes.
        clear();
        settings.update(|s| s.apply(SettingsCmd::SetDayStart(300)));
        assert!(reports.list().is_empty(), "{:?}", reports.list());
        let raw = local().get_item(Settings::KEY).expect("ok").expect("saved");
        let saved: Settings = decode(&raw).expect("valid");
        assert_eq!(saved.theme, ThemeChoice::Night);
        assert_eq!(saved.day_start.minutes(), 300);
    });
    clear();
}

/// Dispatches the `storage` event another tab's write of `text` under `key` causes.
fn other_tab_wrote(key: &str, text: &str) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(Some(text));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).expect("event");
    web_sys::window()
        .expect("window")
        .dispatch_event(event.unchecked_ref())
        .expect("dispatch");
}

/// The start-up reads only what the home view needs: a store is read when first used, and
/// from then on follows other tabs for as long as its owner lives, even when it was first
/// used by a view that is gone.
#[wasm_bindgen_test]
fn a_store_is_read_when_first_used_and_then_follows_other_tabs() {
    clear();
    let night = {
        let mut s = Settings::default();
        s.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        encode(&s)
    };
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::new(reports);
        // Written after the store was created, before its first use: the first use sees it.
        local().set_item(Settings::KEY, &night).expect("write");
        let view = Owner::new();
        let theme = view.with(|| settings.get_untracked().theme);
        assert_eq!(theme, ThemeChoice::Night);
        view.cleanup();
        drop(view);

        let mut dark = Settings::default();
        dark.apply(SettingsCmd::SetTheme(ThemeChoice::Dark));
        let dark = encode(&dark);
        local().set_item(Settings::KEY, &dark).expect("write");
        other_tab_wrote(Settings::KEY, &dark);
        assert_eq!(
            settings.get_untracked().theme,
            ThemeChoice::Dark,
            "still following other tabs after the first user is gone"
        );
    });
    clear();
}

#[wasm_bindgen_test]
fn a_change_from_another_tab_is_merged_not_lost() {
    clear();
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Dark)));

        // Another tab changes the day start (writes storage, then the event arrives).
        let mut other: Settings = decode(&encode(&settings.get_untracked())).expect("valid");
        other.apply(SettingsCmd::SetDayStart(120));
        let text = encode(&other);
        local().set_item(Settings::KEY, &text).expect("write");
        other_tab_wrote(Settings::KEY, &text);
        assert_eq!(
            settings.get_untracked().day_start.minutes(),
            120,
            "event applied"
        );

        // Another tab writes again, and this tab changes something before the event arrives:
        // the change lands on top of the other tab's, not over it.
        other.apply(SettingsCmd::DismissInstallHint);
        local()
            .set_item(Settings::KEY, &encode(&other))
            .expect("write");
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Night)));
        let saved: Settings =
            decode(&local().get_item(Settings::KEY).expect("ok").expect("some")).expect("valid");
        assert_eq!(saved.theme, ThemeChoice::Night);
        assert!(
            saved.install_hint_dismissed,
            "the other tab's change survived"
        );
        assert_eq!(saved.day_start.minutes(), 120);
    });
    clear();
}

#[wasm_bindgen_test]
fn adopt_takes_in_a_written_text_and_set_saves() {
    clear();
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        let mut night = Settings::default();
        night.apply(SettingsCmd::SetTheme(ThemeChoice::Night));
        let text = encode(&night);
        settings.adopt(Some(&text)).expect("valid envelope");
        assert_eq!(settings.get_untracked().theme, ThemeChoice::Night);
        assert!(settings.adopt(Some("{nope")).is_err());
        assert_eq!(
            settings.get_untracked().theme,
            ThemeChoice::Night,
            "refused, unchanged"
        );
        settings.adopt(None).expect("back to defaults");
        assert_eq!(settings.get_untracked(), Settings::default());
        settings.set(night.clone()).expect("saved");
        let raw = local().get_item(Settings::KEY).expect("ok").expect("some");
        assert_eq!(decode::<Settings>(&raw).expect("valid"), night);
    });
    clear();
}

/// Issue 11: a tab still running an older build never overwrites a value saved in a newer
/// format; it stops writing that key and asks for a reload.
#[wasm_bindgen_test]
fn a_value_from_a_newer_build_is_never_overwritten() {
    clear();
    let newer = r#"{"v":99,"data":{"theme":"night","from_the_future":true}}"#;
    owned(|| {
        let reports = Reports::new();
        let settings = Persisted::<Settings>::load(reports);
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Dark)));
        // Another tab, running a newer build, saves a newer format.
        local().set_item(Settings::KEY, newer).expect("set");
        settings.update(|s| s.apply(SettingsCmd::SetTheme(ThemeChoice::Light)));
        assert_eq!(
            local().get_item(Settings::KEY).expect("ok").as_deref(),
            Some(newer),
            "the newer value stays as it is"
        );
        assert!(settings.is_newer());
        assert!(reports
            .list()
            .iter()
            .any(|r| matches!(r, Report::NewerVersion { label: "settings" })));
        assert!(
            aside_copies().is_empty(),
            "newer is not corrupt: nothing is kept aside"
        );
    });
    clear();
}
