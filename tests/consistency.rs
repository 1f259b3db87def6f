//! Facts written in more than one place (Rust, CSS, the build hook, the manifest, index.html)
//! must agree.
#![cfg(not(target_arch = "wasm32"))]

use uncramp::domain::learn::safety::{CLOT_ADVICE, CLOT_CHECK, CLOT_CHECK_LINK};
use uncramp::domain::route::View;
use uncramp::domain::settings::{DARK_SURFACE, LIGHT_SURFACE, NIGHT_SURFACE};

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn theme_surfaces_match_the_css_tokens() {
    let css = read("style/tokens.css");
    for (theme, colour) in [
        ("light", LIGHT_SURFACE),
        ("dark", DARK_SURFACE),
        ("night", NIGHT_SURFACE),
    ] {
        assert!(
            css.contains(&format!("--surface-1: {colour};")),
            "{theme}: --surface-1 {colour} not in tokens.css"
        );
    }
    let html = read("index.html");
    assert!(html.contains(&format!("content=\"{LIGHT_SURFACE}\"")));
    assert!(html.contains(&format!("content=\"{DARK_SURFACE}\"")));
    let manifest = read("public/manifest.webmanifest");
    assert!(manifest.contains(&format!("\"background_color\": \"{DARK_SURFACE}\"")));
}

#[test]
fn every_view_folder_is_written_by_the_build_hook() {
    let hook = read("scripts/post_build.py");
    let line = hook
        .lines()
        .find(|l| l.starts_with("VIEWS = "))
        .expect("VIEWS list in post_build.py");
    for view in View::ALL {
        if !view.slug().is_empty() {
            assert!(
                line.contains(&format!("\"{}\"", view.slug())),
                "{} missing",
                view.slug()
            );
        }
    }
}

#[test]
fn every_tab_links_to_a_view() {
    let html = read("index.html");
    for view in [
        View::Stretch,
        View::Checklist,
        View::Magnesium,
        View::Diary,
        View::Learn,
    ] {
        assert!(
            html.contains(&format!("class=\"tabbar__link\" href=\"{}\"", view.href())),
            "no tab for {view:?}"
        );
    }
    assert!(html.contains(&format!("href=\"{}\"", View::Settings.href())));
}

/// index.html carries the home view as static HTML (it paints before the app loads); its
/// words must be the app's own.
#[test]
fn the_static_home_view_matches_the_app() {
    let html = read("index.html");
    let start = html.find("<!-- home:start").expect("home:start marker");
    let end = html.find("<!-- home:end -->").expect("home:end marker");
    let static_home = &html[start..end];
    // The app adopts index.html's markup; it builds its own (`hero::Hero`) only for a page
    // that started on another view.
    let app = read("src/features/stretch/hero.rs");
    for text in [
        "Leg cramp?",
        "Pick where it hurts, then tap. The guide talks you through the stretch.",
        "Where is the cramp?",
        "Which leg? (optional)",
        "Foot or toes",
        "Back of thigh",
        "Front of thigh",
        "Not sure",
        "Cramp now",
        "home__hero",
        "home__choices",
        "segmented__grid segmented__grid--three",
        "cramp-button__sub",
        "clotcheck clotcheck--home",
    ] {
        assert!(
            static_home.contains(text),
            "index.html home view lacks {text:?}"
        );
        assert!(
            app.contains(text),
            "src/features/stretch/hero.rs lacks {text:?}"
        );
    }
    assert!(
        static_home.contains(r#"href="./?start=cramp""#),
        "the static button works before the app"
    );
}

/// The clot check speaks wherever the app does, with or without the wasm (issue 10, H2):
/// on the static home, and with what to do in the boot-failure and noscript text.
#[test]
fn the_clot_check_is_on_every_page_that_works_without_the_app() {
    let html = read("index.html");
    let start = html.find("<!-- home:start").expect("home:start marker");
    let end = html.find("<!-- home:end -->").expect("home:end marker");
    let home = &html[start..end];
    assert!(home.contains(CLOT_CHECK), "static home");
    assert!(home.contains(&format!(
        r#"<a href="learn/#red-flags">{CLOT_CHECK_LINK}</a>"#
    )));
    let failed = &html[html.find("boot__failed").expect("boot failure")..];
    let noscript = &html[html.find("<noscript>").expect("noscript")..];
    assert!(failed.contains(CLOT_ADVICE), "boot failure");
    assert!(noscript.contains(CLOT_ADVICE), "noscript");
    for (file, name) in [
        ("src/ui/crash.rs", "CLOT_ADVICE"),
        ("src/features/learn.rs", "CLOT_ADVICE"),
        ("src/features/stretch/hero.rs", "CLOT_CHECK"),
        ("src/features/stretch/guide.rs", "CLOT_CHECK"),
    ] {
        assert!(read(file).contains(name), "{file} shows {name}");
    }
}

/// The dark theme is written twice in tokens.css (for "same as phone" in dark mode, and for
/// the dark theme chosen in Settings); the two must say the same.
#[test]
fn both_dark_theme_blocks_agree() {
    let css = read("style/tokens.css");
    let declarations = |from: &str| -> Vec<String> {
        let start = css
            .find(from)
            .unwrap_or_else(|| panic!("{from} in tokens.css"));
        let body = &css[start..];
        let body = &body[body.find('{').expect("block") + 1..];
        let body = &body[..body.find('}').expect("end")];
        body.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    };
    let system = declarations(":where(html:not([data-theme]))");
    let chosen = declarations(r#":where(html[data-theme="dark"])"#);
    assert!(system.len() > 15);
    assert_eq!(system, chosen);
}
