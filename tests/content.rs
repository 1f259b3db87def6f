//! The health content: every statement has a source, every source is cited, quinine is never
//! suggested, and the page the Learn view loads is generated from `domain::learn::content`.
//! Run `UPDATE_DATA=1 cargo test --test content` after changing the content.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use uncramp::domain::checklist::Builtin;
use uncramp::domain::language::Lang;
use uncramp::domain::learn::content::{
    all_statements, escape, render_html, render_html_in, statements, NOT_A_DIAGNOSIS, SECTIONS,
};
use uncramp::domain::learn::learn_file::{LEARN_FILE, LEARN_FILE_NL};
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
fn the_generated_pages_match_the_content() {
    let pages: Vec<(String, String)> = [("", Lang::En), ("-nl", Lang::Nl)]
        .into_iter()
        .map(|(suffix, lang)| {
            let html = render_html_in(lang);
            let file = format!(
                "content/learn{suffix}-{:08x}.html",
                fnv(html.as_bytes()) as u32
            );
            (file, html)
        })
        .collect();
    let rust = format!(
        "//! GENERATED by tests/content.rs from src/domain/learn/content.rs. Do not edit: run\n//! `UPDATE_DATA=1 cargo test --test content`.\n\n/// The Learn page's content (precached by the service worker).\npub const LEARN_FILE: &str = {:?};\n/// The Learn page in Dutch.\npub const LEARN_FILE_NL: &str = {:?};\n",
        pages[0].0, pages[1].0
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
        for (file, html) in &pages {
            fs::write(root().join("public").join(file), html).expect("write the page");
        }
        fs::write(&rust_path, &rust).expect("write learn_file.rs");
    }
    assert_eq!(
        [LEARN_FILE, LEARN_FILE_NL],
        [pages[0].0.as_str(), pages[1].0.as_str()],
        "run UPDATE_DATA=1 cargo test --test content"
    );
    assert_eq!(fs::read_to_string(&rust_path).unwrap_or_default(), rust);
    for (file, html) in &pages {
        assert_eq!(
            &fs::read_to_string(root().join("public").join(file)).unwrap_or_default(),
            html,
            "{file} is stale: run UPDATE_DATA=1 cargo test --test content"
        );
        assert!(
            !html.contains("<script") && !html.contains("style="),
            "no scripts or inline styles"
        );
    }
}

/// Issue 23: the guide's safety words in Dutch follow the Dutch and Belgian route to care, at
/// the same levels as the English (clot signs: today; breathlessness, chest pain, stroke
/// signs: 112 now; a cramp not easing after 10 minutes: now), with Dutch sources, and nothing
/// of the UK route or of quinine (kinine) or tonic.
#[test]
fn the_dutch_guide_safety_follows_the_dutch_and_belgian_route() {
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
    // Every Dutch source is cited by the Dutch guide or by a Dutch red flag.
    for src in Src::ALL.iter().filter(|s| s.dutch_only()) {
        assert!(
            nl.sources.contains(src)
                || RED_FLAGS.iter().any(|f| f.dutch().sources.contains(src))
                || uncramp::domain::learn::content_nl::DUTCH
                    .iter()
                    .any(|(_, _, extra)| extra.contains(src)),
            "{src:?}"
        );
    }
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

/// Issue 23: every red flag in Dutch, at its level, with the Dutch route: 112 where the English
/// says the emergency number, "meteen" where it says straight away, "vandaag" for today and
/// "nu" for now; the same parts (an emergency escalation, spoken words) as the English; and
/// nothing of the UK route, of quinine (kinine) or of tonic.
#[test]
fn every_red_flag_is_in_dutch_at_its_level_with_the_dutch_route() {
    let uk_route = [
        "NHS",
        "111",
        "999",
        "911",
        "GP",
        "emergency",
        "ambulance",
        "kinine",
        "tonic",
    ];
    for f in RED_FLAGS {
        let (en, nl) = (f.full_text(), f.full_text_in(Lang::Nl));
        assert!(
            f.dutch().text.ends_with('.') && f.dutch().text != f.text,
            "{}",
            f.id
        );
        assert_eq!(
            f.escalate.is_some(),
            f.dutch().escalate.is_some(),
            "{}",
            f.id
        );
        assert_eq!(f.spoken.is_some(), f.dutch().spoken.is_some(), "{}", f.id);
        for word in uk_route {
            assert!(!nl.contains(word), "{}: {word} in {nl}", f.id);
        }
        for (english, dutch) in [
            ("emergency number", "112"),
            ("ambulance", "112"),
            ("straight away", "meteen"),
            ("today", "vandaag"),
            ("advice now", "nu medisch advies"),
        ] {
            if en.contains(english) {
                assert!(nl.contains(dutch), "{}: {english:?} but no {dutch:?}", f.id);
            }
        }
        // Every sentence of a flag ends; no English word for a sign is left in.
        for word in [" the ", " and ", " with ", " or "] {
            assert!(!nl.contains(word), "{}: English {word:?}", f.id);
        }
    }
    let nl = |id: &str| safety::flag(id).expect(id).full_text_in(Lang::Nl);
    assert!(nl("clot").contains("huisarts") && nl("clot").contains("niet"));
    assert!(nl("pregnancy").contains("verloskundige"));
    assert!(nl("statin").contains("stop met de statine"));
    // The level headings: 112 for an emergency; the huisarts, the huisartsenpost and 1733.
    use safety::Level;
    assert!(Level::Emergency.heading_in(Lang::Nl).contains("112"));
    let urgent = Level::Urgent.heading_in(Lang::Nl);
    for route in ["vandaag", "meteen", "huisarts", "huisartsenpost", "1733"] {
        assert!(urgent.contains(route), "{route}");
    }
    assert!(Level::SeeDoctor.heading_in(Lang::Nl).contains("huisarts"));
    for level in Level::ALL {
        assert_eq!(level.heading_in(Lang::En), level.heading());
    }
    // The alert's spoken Dutch signs are the table's, in order, as the English are.
    let spoken: Vec<&str> = RED_FLAGS.iter().filter_map(|f| f.dutch().spoken).collect();
    assert_eq!(
        safety::guide_safety(Lang::Nl).alert_spoken_signs,
        spoken.as_slice()
    );
}

/// The Dutch Learn page: its red flags are the Dutch table, every flag and level in Dutch,
/// with Dutch sources listed; every other text has its Dutch (`content_nl`), and no Dutch is
/// left over; the English page is untouched by any of it.
#[test]
fn the_dutch_learn_page_is_dutch_through_and_through() {
    use uncramp::domain::learn::content::{Block, MAGNESIUM_NOTES};
    use uncramp::domain::learn::content_nl::DUTCH;
    use uncramp::domain::learn::sources::Strength;
    // Every English text of the page (but the red flags, which have their own table) has
    // its Dutch, once, and every Dutch text belongs to an English one.
    let mut english: Vec<&str> = Vec::new();
    // Quinine (kinine) only in the myth that says not to use it.
    let mut quinine_myth: Vec<&str> = Vec::new();
    for section in SECTIONS.iter().filter(|s| s.id != "red-flags") {
        english.push(section.title);
        for block in section.blocks {
            match block {
                Block::Para(st) => english.push(st.text),
                Block::List(items) => english.extend(items.iter().map(|st| st.text)),
                Block::Myth {
                    claim,
                    verdict,
                    answer,
                } => {
                    english.extend([*claim, *verdict]);
                    english.extend(answer.iter().map(|st| st.text));
                    if claim.contains("Quinine") {
                        quinine_myth.extend([*claim, *verdict]);
                        quinine_myth.extend(answer.iter().map(|st| st.text));
                    }
                }
                Block::RedFlags => {}
            }
        }
    }
    english.extend(MAGNESIUM_NOTES.iter().map(|st| st.text));
    english.push(uncramp::domain::learn::content::KIDNEY_BEFORE_TARGET);
    for strength in [
        Strength::MayHelp,
        Strength::Advice,
        Strength::TestedNoBenefit,
        Strength::NotShown,
    ] {
        assert_ne!(strength.label_in(Lang::Nl), strength.label());
    }
    for text in &english {
        let found: Vec<_> = DUTCH.iter().filter(|(en, _, _)| en == text).collect();
        assert_eq!(found.len(), 1, "no Dutch (or twice) for: {text}");
        let nl = found[0].1;
        assert!(!nl.is_empty() && nl != *text, "not Dutch: {nl}");
        assert!(
            !nl.to_lowercase().contains("kinine") || quinine_myth.contains(text),
            "kinine outside the myth: {nl}"
        );
        assert_eq!(
            text.ends_with('.'),
            nl.ends_with('.'),
            "a sentence stays a sentence: {nl}"
        );
    }
    for (en, _, _) in DUTCH {
        assert!(
            english.contains(en),
            "Dutch for a text the page no longer has: {en}"
        );
    }

    let html = render_html_in(Lang::Nl);
    assert!(!html.contains(r#"lang="en""#), "nothing is left in English");
    for text in &english {
        if text.len() > 30 {
            assert!(!html.contains(&escape(text)), "English left: {text}");
        }
    }
    let flags_at = html.find(r#"id="red-flags""#).expect("red flags");
    let flags_end = flags_at + html[flags_at..].find("</section>").expect("end");
    let flags = &html[flags_at..flags_end];
    assert!(flags.contains("Alarmsignalen"));
    for f in RED_FLAGS {
        assert!(
            flags.contains(&format!(r#"<li id="flag-{}">"#, f.id)),
            "{}",
            f.id
        );
        let first_words: String = f.dutch().text.chars().take(30).collect();
        assert!(flags.contains(&first_words), "{}", f.id);
    }
    assert!(!html.contains("NHS 111") && !html.contains("aria-label=\"Source"));
    for src in Src::ALL.iter().filter(|s| s.dutch_only()) {
        assert!(
            html.contains(&format!(r#"<li id="src-{}">"#, src.number())),
            "{src:?}"
        );
    }
    let english_page = render_html();
    for src in Src::ALL.iter().filter(|s| s.dutch_only()) {
        assert!(
            !english_page.contains(&format!(r#"<li id="src-{}">"#, src.number())),
            "{src:?}"
        );
    }
    assert!(!english_page.contains("Alarmsignalen") && !english_page.contains("Bron "));
}
