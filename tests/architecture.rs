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
    let allowed = [root.join("domain/sorted.rs"), root.join("domain/usda.rs")];
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
