//! Architecture invariants, checked as tests (in the rust-analyzer manner).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/domain` never touches the browser or reads the clock.
#[test]
fn domain_is_pure() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("domain.rs")];
    rust_files(&root.join("domain"), &mut files);
    assert!(files.len() > 1, "found the domain sources");
    let forbidden = [
        "leptos",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "Local::now",
        "Utc::now",
        "SystemTime",
        "Instant::now",
        "thread_rng",
    ];
    let mut hits = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                if code.contains(word) {
                    hits.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        hits.is_empty(),
        "the domain must stay pure:\n{}",
        hits.join("\n")
    );
}

/// Only the storage module talks to localStorage.
#[test]
fn only_storage_touches_local_storage() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let storage = root.join("storage");
    let mut hits = Vec::new();
    for file in &files {
        if file.starts_with(&storage) || file == &root.join("storage.rs") {
            continue;
        }
        let text = fs::read_to_string(file).expect("source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("local_storage") || code.contains("gloo_storage") {
                hits.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "localStorage outside src/storage:\n{}",
        hits.join("\n")
    );
}

/// The app has one sort (`domain::sorted::sort_by`): every `sort_by` call site would carry its
/// own copy of the standard library's sort in the wasm.
#[test]
fn one_sort_in_the_app() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    // The sort itself, and the USDA conversion, which only the data test runs on the host.
    let allowed = [
        root.join("domain/sorted.rs"),
        root.join("domain/magnesium/usda.rs"),
    ];
    let mut hits = Vec::new();
    for file in files.iter().filter(|f| !allowed.contains(f)) {
        let text = fs::read_to_string(file).expect("source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let std_sort = [".sort()", ".sort_by(", ".sort_by_key(", ".sort_unstable"];
            if std_sort.iter().any(|s| code.contains(s)) {
                hits.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "use domain::sorted::sort_by instead:\n{}",
        hits.join("\n")
    );
}

/// Every choice of words by language goes through `Lang::words`, so a build for one language
/// (scripts/build makes one per language) leaves the other languages' words out of the wasm:
/// a bare `match lang {` (or `lang == Lang::…`) that picks words keeps both. The few matches
/// that are about the language itself, not its words, are listed.
#[test]
fn words_are_chosen_through_lang_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    // The language's own methods (its tag, its name in a list of languages), the reference a
    // language's country follows, and a language's name in the language shown.
    let about_the_language = [
        "domain/language.rs",
        "domain/magnesium/intake.rs",
        "features/settings/phone.rs",
    ];
    let mut hits = Vec::new();
    for file in &files {
        let rel = file
            .strip_prefix(&root)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        if about_the_language.contains(&rel.as_str()) {
            continue;
        }
        let text = fs::read_to_string(file).expect("source is UTF-8");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let bare_match = code.contains("match lang {")
                || code.contains("match rt.lang {")
                || (code.contains("match (")
                    && (code.contains(", lang)") || code.contains("(lang,")));
            // (Going through the languages, as the Learn page's build does, is not a choice.)
            let bare_compare = (code.contains("lang == Lang::") || code.contains("lang != Lang::"))
                && !code.contains("Lang::ALL");
            if bare_match || bare_compare {
                hits.push(format!("{}:{}: {}", file.display(), n + 1, code.trim()));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "choose words with `match lang.words()` (or `language::t`):\n{}",
        hits.join("\n")
    );
}

/// The module a source file defines: `src/features/stretch/guide.rs` → `features::stretch::guide`.
fn module_of(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).expect("under src");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.last_mut() {
        *last = last.trim_end_matches(".rs").to_string();
    }
    parts.join("::")
}

/// Every `crate::a::b::…` path a file names, resolved to the deepest module that exists.
fn imports(text: &str, modules: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        for n in (1..=segments.len()).rev() {
            let candidate = segments[..n].join("::");
            if modules.contains(&candidate) {
                out.push(candidate);
                break;
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn layer(module: &str) -> &str {
    module.split("::").next().unwrap_or(module)
}

/// Issue 13: the layers depend downwards only. `domain` is pure; `storage` sits on it; `state`
/// (stores, registry, shared signals) on storage; `ui` and `features` on state; `app` on
/// everything. ui, state and storage never import a feature or the app, features never
/// import the app, and no module imports one that imports it back (0 cycles).
#[test]
fn layers_depend_downwards_and_nothing_is_circular() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let modules: Vec<String> = files.iter().map(|f| module_of(&root, f)).collect();
    let allowed = |from: &str, to: &str| -> bool {
        let (a, b) = (layer(from), layer(to));
        a == b
            || match a {
                "domain" => false,
                // `translations` (the words of each language) sits on the domain, beside the
                // browser glue; everything above may use it.
                "storage" | "browser" | "translations" => matches!(b, "domain"),
                "state" => matches!(b, "domain" | "storage" | "browser" | "translations"),
                "pwa" => matches!(
                    b,
                    "domain" | "storage" | "browser" | "translations" | "state"
                ),
                "ui" => matches!(
                    b,
                    "domain" | "storage" | "browser" | "translations" | "state" | "pwa"
                ),
                "features" => {
                    matches!(
                        b,
                        "domain" | "storage" | "browser" | "translations" | "state" | "pwa" | "ui"
                    )
                }
                _ => true, // app, lib, main
            }
    };
    let mut graph: Vec<(String, Vec<String>)> = Vec::new();
    let mut wrong = Vec::new();
    for (file, module) in files.iter().zip(&modules) {
        let text = fs::read_to_string(file).expect("source is UTF-8");
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let deps: Vec<String> = imports(&code, &modules)
            .into_iter()
            .filter(|d| d != module && !module.starts_with(&format!("{d}::")))
            .collect();
        for d in &deps {
            if !allowed(module, d) {
                wrong.push(format!("{module} imports {d}"));
            }
        }
        graph.push((module.clone(), deps));
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );

    // Cycles: a module that can reach itself through its imports (a parent module's
    // `pub mod` of its children is not an import).
    let reach = |start: &str| -> bool {
        let mut stack: Vec<String> = graph
            .iter()
            .find(|(m, _)| m == start)
            .map(|(_, d)| d.clone())
            .unwrap_or_default();
        let mut seen: Vec<String> = Vec::new();
        while let Some(m) = stack.pop() {
            if m == start {
                return true;
            }
            if seen.contains(&m) {
                continue;
            }
            seen.push(m.clone());
            if let Some((_, deps)) = graph.iter().find(|(x, _)| *x == m) {
                stack.extend(deps.iter().cloned());
            }
        }
        false
    };
    let cyclic: Vec<&String> = modules.iter().filter(|m| reach(m)).collect();
    assert!(cyclic.is_empty(), "modules in an import cycle: {cyclic:?}");
}

/// Components stay thin (STYLE.md): a view file over 500 lines is doing the core's work or
/// wants splitting, as `features/diary/` and `features/stretch/` are. One older view is
/// over the line; its cap only goes down.
#[test]
fn view_files_stay_small() {
    const LIMIT: usize = 500;
    const OVER: [(&str, usize); 1] = [("settings.rs", 582)];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/features");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut long = Vec::new();
    for file in &files {
        let lines = fs::read_to_string(file)
            .expect("source is UTF-8")
            .lines()
            .count();
        let name = file.strip_prefix(&root).expect("under features");
        let cap = OVER
            .iter()
            .find(|(f, _)| Path::new(f) == name)
            .map_or(LIMIT, |(_, cap)| *cap);
        if lines > cap {
            long.push(format!(
                "{} has {lines} lines (at most {cap})",
                name.display()
            ));
        }
    }
    assert!(long.is_empty(), "view files too long:\n{}", long.join("\n"));
}
