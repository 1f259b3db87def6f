//! The health content: every statement has a source, every source is cited, quinine is never
//! suggested, and the page the Learn view loads is generated from `domain::learn::content`.
//! Run `UPDATE_DATA=1 cargo test --test content` after changing the content.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use uncramp::domain::checklist::Builtin;
use uncramp::domain::learn::content::{
    all_statements, render_html, statements, NOT_A_DIAGNOSIS, SECTIONS,
};
use uncramp::domain::learn::learn_file::LEARN_FILE;
use uncramp::domain::learn::safety::{self, RED_FLAGS};
use uncramp::domain::learn::sources::Src;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

#[test]
fn every_statement_has_a_source_and_every_source_is_cited() {
    let all = all_statements();
    assert!(all.len() > 40, "{} statements", all.len());
    for st in &all {
        assert!(!st.sources.is_empty(), "no source for: {}", st.text);
    }
    for src in Src::ALL {
        assert!(
            all.iter().any(|st| st.sources.contains(&src)),
            "{src:?} is listed but never cited"
        );
    }
    for b in Builtin::ALL {
        assert!(
            !b.sources().is_empty(),
            "checklist item {b:?} has no source"
        );
    }
}

#[test]
fn the_page_has_what_the_issue_asks_for() {
    let ids: Vec<&str> = SECTIONS.iter().map(|s| s.id).collect();
    for id in [
        "what",
        "causes",
        "who",
        "during",
        "prevent",
        "medicines",
        "myths",
        "red-flags",
    ] {
        assert!(ids.contains(&id), "section {id}");
    }
    let text: String = statements()
        .iter()
        .map(|s| s.text)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for must in [
        "10 minutes",
        "emergency number",
        "one leg (calf or thigh)",
        "warm, red or darker",
        "stroke",
        "growing pains",
        "116 117",
        "coughing up blood",
        "stop the statin",
        "dark urine",
        "midwife",
        "cramps in your chest, arms or belly",
        "numbness",
        "new medicine",
        "alcohol",
        "fluid",
        "tetanus",
        "statins",
        "diuretics",
        "over 60",
        "pregnancy",
        "Athletes",
        "garlic",
        "hyponatraemia",
    ] {
        assert!(
            text.contains(&must.to_lowercase()),
            "the content mentions {must:?}"
        );
    }
    assert!(NOT_A_DIAGNOSIS.contains("not a diagnosis"));
}

/// Red flags come from one table: the Learn page renders all of it, and no view words a red
/// flag of its own (issue 10: the guide once showed three lines the table did not have).
#[test]
fn red_flags_come_only_from_the_table() {
    let html = render_html();
    for f in RED_FLAGS {
        assert!(!f.sources.is_empty(), "{} has no source", f.id);
        assert!(
            html.contains(&format!(r#"<li id="flag-{}">"#, f.id)),
            "Learn lacks the {} flag",
            f.id
        );
    }
    // Phrases only a red flag uses: no view may write them itself.
    let flag_words = [
        "blood clot",
        "deep vein",
        "emergency number",
        "non-urgent medical line",
        "NHS 111",
        "tetanus",
        "statin",
    ];
    for dir in [
        "src/features",
        "src/features/stretch",
        "src/features/stretch/guide",
        "src/ui",
    ] {
        for entry in fs::read_dir(root().join(dir)).expect("readable").flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("utf-8");
            for words in flag_words {
                assert!(
                    !text.contains(words),
                    "{} words a red flag itself ({words:?}): use domain::learn::safety",
                    path.display()
                );
            }
        }
    }
    let guide =
        fs::read_to_string(root().join("src/features/stretch/guide/overlay.rs")).expect("guide");
    assert!(
        guide.contains("safety::flag_sheet()") && guide.contains("safety::long_cramp_alert_in(")
    );
    assert_eq!(
        safety::flag_sheet().count(),
        RED_FLAGS
            .iter()
            .filter(|f| f.level != safety::Level::SeeDoctor)
            .count()
    );
}

/// Quinine and tonic water appear only in the myth that says not to use them.
#[test]
fn quinine_is_never_suggested() {
    for section in SECTIONS {
        for st in statements() {
            let lower = st.text.to_lowercase();
            if lower.contains("quinine") || lower.contains("tonic") {
                assert!(
                    st.sources.contains(&Src::FdaQuinine) || st.sources.contains(&Src::Mhra),
                    "in {}: {}",
                    section.id,
                    st.text
                );
            }
        }
    }
    // No other source file talks about them.
    let mut offenders = Vec::new();
    for dir in ["src/features", "src/ui", "src"] {
        for entry in fs::read_dir(root().join(dir)).expect("readable").flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("utf-8").to_lowercase();
                if text.contains("quinine") || text.contains("tonic water") {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:?}");
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn the_generated_page_matches_the_content() {
    let html = render_html();
    let file = format!("content/learn-{:08x}.html", fnv(html.as_bytes()) as u32);
    let rust = format!(
        "//! GENERATED by tests/content.rs from src/domain/learn/content.rs. Do not edit: run\n//! `UPDATE_DATA=1 cargo test --test content`.\n\n/// The Learn page's content (precached by the service worker).\npub const LEARN_FILE: &str = {file:?};\n"
    );
    let rust_path = root().join("src/domain/learn/learn_file.rs");
    if std::env::var("UPDATE_DATA").is_ok_and(|v| v == "1") {
        for old in fs::read_dir(root().join("public/content"))
            .into_iter()
            .flatten()
            .flatten()
        {
            fs::remove_file(old.path()).expect("remove the old page");
        }
        fs::write(root().join("public").join(&file), &html).expect("write the page");
        fs::write(&rust_path, &rust).expect("write learn_file.rs");
    }
    assert_eq!(
        LEARN_FILE, file,
        "run UPDATE_DATA=1 cargo test --test content"
    );
    assert_eq!(fs::read_to_string(&rust_path).unwrap_or_default(), rust);
    assert_eq!(
        fs::read_to_string(root().join("public").join(&file)).unwrap_or_default(),
        html,
        "{file} is stale: run UPDATE_DATA=1 cargo test --test content"
    );
    assert!(
        !html.contains("<script") && !html.contains("style="),
        "no scripts or inline styles"
    );
}

/// Issue 23: the guide's safety words in Dutch follow the Dutch and Belgian route to care, at
/// the same levels as the English (clot signs: today; breathlessness, chest pain, stroke
/// signs: 112 now; a cramp not easing after 10 minutes: now), with Dutch sources, and nothing
/// of the UK route or of quinine (kinine) or tonic.
#[test]
fn the_dutch_guide_safety_follows_the_dutch_and_belgian_route() {
    use uncramp::domain::language::Lang;
    let nl = safety::guide_safety(Lang::Nl);
    let en = safety::guide_safety(Lang::En);
    assert_ne!(nl, en);
    let every = [
        nl.clot_check,
        nl.clot_check_short,
        nl.clot_check_spoken,
        nl.after_long_cramp,
        nl.alert_lead,
        nl.alert_advice,
        nl.alert_spoken_lead,
    ]
    .into_iter()
    .chain(nl.alert_spoken_signs.iter().copied());
    for text in every {
        let lower = text.to_lowercase();
        for foreign in [
            "nhs",
            "111",
            "999",
            "116 117",
            "emergency",
            "doctor",
            "kinine",
            "tonic",
        ] {
            assert!(!lower.contains(foreign), "{foreign:?} in {text:?}");
        }
    }
    // The clot check: the huisarts today (out of hours the huisartsenpost, in Belgium 1733);
    // the lungs: 112.
    for text in [nl.clot_check, nl.clot_check_spoken] {
        assert!(text.contains("vandaag de huisarts"), "{text}");
        assert!(text.contains("huisartsenpost"), "{text}");
        assert!(
            text.contains("benauwd") || text.contains("Benauwd"),
            "{text}"
        );
        assert!(
            text.contains("bel dan 112") || text.contains("Bel 112"),
            "{text}"
        );
    }
    assert!(nl.clot_check.contains("1733"));
    assert!(nl.clot_check_short.contains("vandaag de huisarts"));
    // The alert: medical advice now, the out-of-hours routes of both countries, 112 for the
    // emergency signs including the stroke signs.
    assert!(nl.alert_advice.contains("nu medisch advies"));
    for route in ["huisartsenpost", "1733", "Bel 112", "één kant"] {
        assert!(nl.alert_advice.contains(route), "{route}");
    }
    assert!(nl.alert_spoken_lead.contains("nu medisch advies"));
    let signs = nl.alert_spoken_signs.join(" ");
    assert_eq!(signs.matches("bel dan nu 112").count(), 2, "{signs}");
    assert!(signs.contains("vandaag de huisarts"));
    // As many spoken signs as the English table has.
    assert_eq!(
        nl.alert_spoken_signs.len(),
        RED_FLAGS.iter().filter(|f| f.spoken.is_some()).count()
    );
    assert!(nl.sources.contains(&Src::ThuisartsTrombosebeen) && nl.sources.contains(&Src::Be1733));
    assert!(Src::ALL
        .iter()
        .filter(|s| s.dutch_only())
        .all(|s| nl.sources.contains(s)));
    // The English record is the English constants, unchanged.
    assert_eq!(en.clot_check, safety::CLOT_CHECK);
    assert_eq!(
        safety::long_cramp_alert_in(Lang::En),
        safety::long_cramp_alert()
    );
    let alert = safety::long_cramp_alert_in(Lang::Nl);
    assert!(alert.spoken.starts_with(nl.alert_spoken_lead));
    assert!(alert.spoken.ends_with(nl.alert_spoken_signs[2]));
}
