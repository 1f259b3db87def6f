//! The saved-data schema: golden fixtures of every released version load forever, and no
//! input, however broken, makes loading panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use uncramp::domain::language::{Lang, LanguageChoice};

use proptest::prelude::*;
use uncramp::domain::checklist::Checklist;
use uncramp::domain::diary::Diary;
use uncramp::domain::magnesium::intake::Reference;
use uncramp::domain::magnesium::{whole_mg, FoodRef, MagnesiumLog};
use uncramp::domain::saved::backup::{check_import, ImportUndo};
use uncramp::domain::saved::registry::StoreId;
use uncramp::domain::saved::schema::{decode, Schema};
use uncramp::domain::settings::{Settings, ThemeChoice};
use uncramp::domain::stretch::routine::{Leg, Muscle, RoutineKind};
use uncramp::domain::stretch::timer::ActiveSession;
use uncramp::domain::time::DayNum;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every saved value of the registry has a golden fixture of its current version, and it loads.
/// A new store, or a new version of one, fails here until its fixture is added.
#[test]
fn every_store_has_a_fixture_of_its_current_version() {
    for &id in StoreId::ALL {
        let name = format!(
            "{}.v{}.json",
            id.key().trim_start_matches("uncramp."),
            id.version()
        );
        let text = fixture(&name);
        let (summary, _) = id
            .check(&text)
            .unwrap_or_else(|e| panic!("{name} does not load: {e}"));
        assert!(!summary.is_empty());
        // What this version wrote, an import takes whole: nothing in it reads as unknown.
        id.check_in(&text, Lang::En)
            .unwrap_or_else(|e| panic!("{name} does not import whole: {e}"));
    }
}

#[test]
fn import_undo_v1_fixture_loads() {
    let u: ImportUndo = decode(&fixture("import-undo.v1.json")).expect("v1 loads");
    assert!(u.is_pending());
    assert_eq!(u.parts[1].before, None);
    assert_eq!(u.writes().len(), 2);
    assert_eq!(ImportUndo::VERSION, 1);
}

#[test]
fn settings_v1_fixture_loads() {
    let s: Settings = decode(&fixture("settings.v1.json")).expect("v1 loads");
    assert_eq!(s.theme, ThemeChoice::Night);
    assert_eq!(s.day_start.label(), "04:30");
    assert!(s.install_hint_dismissed);
}

#[test]
fn settings_v2_fixture_loads() {
    let s: Settings = decode(&fixture("settings.v2.json")).expect("v2 loads");
    assert_eq!(s.theme, ThemeChoice::Dark);
    assert_eq!(s.reminder.label(), "22:30");
    assert_eq!(s.reminder.sequence, 2);
    assert!(s.reminder_on && s.reminder_offered);
    assert_eq!(s.evening_from.label(), "20:30");
    assert_eq!(
        s.theme_before_night,
        ThemeChoice::System,
        "not in version 2"
    );
}

#[test]
fn settings_v3_fixture_loads() {
    let s: Settings = decode(&fixture("settings.v3.json")).expect("v3 loads");
    assert_eq!(s.theme, ThemeChoice::Night);
    assert_eq!(s.theme_before_night, ThemeChoice::Dark);
    assert_eq!(s.evening_from.label(), "20:30");
    assert_eq!(
        s.care,
        Default::default(),
        "not in version 3: no backup known"
    );
}

#[test]
fn settings_v4_fixture_loads() {
    let s: Settings = decode(&fixture("settings.v4.json")).expect("v4 loads");
    assert_eq!(s.theme, ThemeChoice::Dark);
    assert_eq!(s.care.last_backup_ms, Some(1_796_419_800_000));
    assert_eq!(s.care.nudge_after_ms, 1_797_629_400_000);
    assert!(s.care.storage_note_read && s.care.safari_import_answered);
    assert!(!s.care.silent_note_shown);
    assert_eq!(
        s.stretch.start_with,
        Some(uncramp::domain::stretch::routine::Pose::StandLoad)
    );
    assert_eq!(s.language, LanguageChoice::Phone, "not in version 4");
}

#[test]
fn settings_v5_fixture_loads() {
    let s: Settings = decode(&fixture("settings.v5.json")).expect("v5 loads");
    assert_eq!(s.language, LanguageChoice::Chosen(Lang::Nl));
    assert_eq!(s.theme, ThemeChoice::Night);
    assert_eq!(s.theme_before_night, ThemeChoice::Light);
    assert_eq!(s.care.last_backup_ms, Some(1_796_419_800_000));
    assert_eq!(s.mg_reference, None, "not in version 5");
    assert_eq!(s.mg_reference(Lang::Nl), Reference::Eu, "the language's");
    assert_eq!(s.mg_reference(Lang::En), Reference::Us, "the language's");
}

#[test]
fn settings_v6_fixture_loads() {
    let s: Settings = decode(&fixture("settings.v6.json")).expect("v6 loads");
    assert_eq!(s.language, LanguageChoice::Chosen(Lang::Nl));
    assert_eq!(s.mg_reference, Some(Reference::Us));
    assert_eq!(
        s.mg_reference(Lang::Nl),
        Reference::Us,
        "chosen over the language's"
    );
    assert_eq!(s.profile.map(|p| p.age), Some(72));
    assert_eq!(
        Settings::VERSION,
        6,
        "a new version needs a new fixture and a migration"
    );
    // A reference this version does not know reads as not chosen, and the rest still reads.
    let newer =
        fixture("settings.v6.json").replace(r#""mg_reference":"us""#, r#""mg_reference":"who""#);
    let s: Settings = decode(&newer).expect("reads");
    assert_eq!((s.mg_reference, s.theme), (None, ThemeChoice::Night));
}

#[test]
fn checklist_v1_fixture_loads() {
    let c: Checklist = decode(&fixture("checklist.v1.json")).expect("v1 loads");
    assert_eq!(c.items.len(), 4);
    assert_eq!(c.items[1].label(), "Water");
    assert_eq!(c.active().count(), 3);
    assert_eq!(c.days.len(), 2);
    assert!(c.is_skipped(c.days[1].day));
    assert_eq!(Checklist::VERSION, 1);
}

#[test]
fn diary_v1_fixture_loads() {
    let d: Diary = decode(&fixture("diary.v1.json")).expect("v1 loads");
    assert_eq!(d.entries.len(), 2);
    assert_eq!(d.entries[0].draft.severity, Some(6));
    assert_eq!(d.entries[0].draft.at.input_value(), "2025-11-26T02:15");
    assert_eq!(d.entries[1].draft.muscle, Muscle::Foot);
    assert!(d.nights.is_empty() && d.medicines.is_empty() && d.trial.is_none());
    assert!(d.entries[0].draft.tags.is_empty(), "not in version 1");
}

#[test]
fn diary_v2_fixture_loads() {
    use uncramp::domain::diary::{DrugClass, NightAnswer, Tag};
    use uncramp::domain::stretch::routine::Pose;
    let d: Diary = decode(&fixture("diary.v2.json")).expect("v2 loads");
    assert_eq!(
        d.entries[0].draft.tags,
        vec![Tag::Standing, Tag::Own("gardening".into())]
    );
    assert_eq!(d.entries[0].draft.eased_by, Some(Pose::StandLoad));
    assert_eq!(d.nights[0].answer, Some(NightAnswer::Cramp));
    assert_eq!(d.nights[0].sleep_lost, Some(6));
    assert_eq!(d.own_tags, vec!["gardening".to_string()]);
    assert_eq!(
        d.medicines[0].draft.class,
        Some(DrugClass::ThiazideDiuretic)
    );
    assert_eq!(d.medicines[0].draft.dose, "1.5 mg in the morning");
    assert_eq!(d.trial.map(|t| t.started.0), Some(20400));
    assert_eq!(
        Diary::VERSION,
        2,
        "a new version needs a new fixture and a migration"
    );
}

#[test]
fn magnesium_v1_fixture_loads() {
    let m: MagnesiumLog = decode(&fixture("magnesium.v1.json")).expect("v1 loads");
    assert_eq!(whole_mg(m.total_x10(DayNum(20419))), 160, "120 + 39.5");
    assert_eq!(m.custom[0].facts.name, "Flapjack");
    assert!(m.is_favourite(&FoodRef::Custom(3)));
    assert_eq!(m.recents[0], FoodRef::Usda(11457));
    assert_eq!(MagnesiumLog::VERSION, 1);
}

#[test]
fn session_v1_fixture_loads_and_resumes() {
    let a: ActiveSession = decode(&fixture("session.v1.json")).expect("v1 loads");
    let s = a.session.expect("a session");
    assert_eq!(
        s.routine,
        RoutineKind::Cramp {
            muscle: Muscle::Calf,
            leg: Leg::Left,
            first: None
        }
    );
    assert!(s.is_valid());
    let p = s.position(s.started_at + 50_000);
    assert_eq!((p.step, p.remaining_ms), (1, 25_000));
    assert_eq!(ActiveSession::VERSION, 1);
}

#[test]
fn backup_format_1_fixture_imports() {
    let preview = check_import(&fixture("backup.format1.json")).expect("imports");
    assert_eq!(preview.exported_at, "2026-11-28T03:12:00+01:00");
    assert_eq!(preview.parts.len(), 1);
    let s: Settings = decode(&preview.parts[0].encoded).expect("re-encoded at current version");
    assert_eq!(s.theme, ThemeChoice::Dark);
}

/// Strings that look like our data, then get mangled.
fn near_json() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"v\"",
        "\"data\"",
        "\"theme\"",
        "\"night\"",
        "1",
        "99",
        "-1",
        "0",
        "null",
        "true",
        "\"app\"",
        "\"uncramp\"",
        "\"format\"",
        "\"uncramp.settings\"",
        "\"day_start\"",
        "4294967296",
        "1e400",
        "\"\\u0000\"",
        " ",
        "\"é\"",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(common::property_config(2000))]

    #[test]
    fn no_string_makes_loading_panic(raw in any::<String>()) {
        let _ = decode::<Settings>(&raw);
        let _ = check_import(&raw);
    }

    #[test]
    fn no_json_like_string_makes_loading_panic(raw in near_json()) {
        let _ = decode::<Settings>(&raw);
        let _ = check_import(&raw);
    }
}

/// Every fixture of every version imports whole: reading it (migrating an old one) and writing
/// it back keeps every field it had. An import refuses a part that would lose one (a diary v1
/// `{"cramps": …}` was read as an empty diary); a migration that renames or drops a field
/// fails here until `schema::decode_whole` knows of it.
#[test]
fn every_fixture_imports_whole() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for file in std::fs::read_dir(&dir).expect("fixtures") {
        let path = file.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let key = format!("uncramp.{}", name.split('.').next().unwrap_or(""));
        let Some(id) = StoreId::from_key(&key) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("UTF-8");
        id.check_in(&text, Lang::En)
            .unwrap_or_else(|e| panic!("{name} does not import whole: {e}"));
        checked += 1;
    }
    assert!(checked >= 11, "only {checked} fixtures found");
}
