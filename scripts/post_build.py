#!/usr/bin/env python3
"""Trunk post_build hook: finishes the staged build before Trunk moves it to dist/.

- a copy of index.html in a folder per view (checklist/, diary/ ...), so a deep link works on
  any plain static host with no rewrite rules;
- the service worker: in release, scripts/build-sw.mjs (node, Workbox) generates sw.js from
  scripts/sw-release.js with the precache list below and the build id; debug builds keep
  public/sw.js, a pass-through worker that never serves stale code, with the build id filled in;
- the Content-Security-Policy meta tag, with the hashes of the inline scripts.

With one build per language (scripts/build, `<meta name="uncramp-builds">`), the worker is
told which files belong to one language only: it precaches the build of the language it was
registered for (`sw.js?lang=nl`), not every language's.
"""
import base64
import hashlib
import html as html_lib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

# The views' folders; must match `View::slug` in src/domain/route.rs (a test checks this).
VIEWS = ["checklist", "magnesium", "diary", "learn", "settings"]
# Not precached: the worker itself, the per-view copies, install-sheet screenshots, and data
# fetched on first use (cached at run time instead). index.html (the app shell) is listed first.
SKIP_DIRS = set(VIEWS) | {"screenshots", "data"}
SKIP_FILES = {"sw.js", "index.html"}
SCRIPTS = Path(__file__).resolve().parent


def csp(html: str, debug: bool) -> str:
    hashes = []
    for body in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    script = "'self' 'wasm-unsafe-eval' " + (
        "'unsafe-inline'" if debug else " ".join(sorted(set(hashes)))
    )
    connect = "'self' ws: wss:" if debug else "'self'"
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {script}",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            f"connect-src {connect}",
            "manifest-src 'self'",
            "worker-src 'self'",
            "base-uri 'self'",
            "form-action 'none'",
            "object-src 'none'",
        ]
    )


def language_files(staging: Path, html: str) -> dict:
    """{language: [files only its build uses]}: each build's entry script, its first module,
    the scripts it imports (the split loader) and the modules they fetch, less the files every
    language's build shares. Empty for a site with one build."""
    m = re.search(r'<meta name="uncramp-builds" content="([^"]*)"', html)
    if not m:
        return {}
    builds = json.loads(html_lib.unescape(m.group(1)))
    if len(builds) < 2:
        return {}
    used = {}
    for lang, (js, wasm) in builds.items():
        files = {js.rsplit("/", 1)[-1], wasm.rsplit("/", 1)[-1]}
        todo = [js.rsplit("/", 1)[-1]]
        while todo:
            text = (staging / todo.pop()).read_text(encoding="utf-8")
            for dep in re.findall(r'from\s*"\./([^"/]+\.js)"', text):
                if dep not in files:
                    files.add(dep)
                    todo.append(dep)
            files.update(re.findall(r'"\./([^"/]+\.wasm)"', text))
        used[lang] = files
    shared = set.intersection(*used.values())
    return {lang: sorted(files - shared) for lang, files in used.items()}


def main() -> int:
    staging = Path(os.environ["TRUNK_STAGING_DIR"])
    debug = os.environ.get("TRUNK_PROFILE", "debug") != "release"
    index_path = staging / "index.html"
    html = index_path.read_text(encoding="utf-8")

    precache = ["index.html"]
    digest = hashlib.sha256()
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        rel = path.relative_to(staging).as_posix()
        if rel.split("/")[0] in SKIP_DIRS or rel in SKIP_FILES or rel.startswith("."):
            continue
        precache.append(rel)
        digest.update(rel.encode())
        digest.update(path.read_bytes())
    digest.update(html.encode())
    build_id = ("dev-" if debug else "") + digest.hexdigest()[:12]

    html = html.replace(
        "</head>", f'<meta name="uncramp-build" content="{build_id}" />\n</head>', 1
    )
    html = html.replace("__CSP__", csp(html, debug), 1)
    if "__CSP__" in html or "Content-Security-Policy" not in html:
        print("post_build: the CSP placeholder is missing from index.html", file=sys.stderr)
        return 1
    index_path.write_text(html, encoding="utf-8")
    # The other views' pages show a loading line instead of the static home view.
    other = re.sub(
        r"<!-- home:start.*?<!-- home:end -->",
        '<p class="boot__loading" role="status">Loading Uncramp…</p>',
        html,
        count=1,
        flags=re.S,
    )
    if other == html:
        print("post_build: the home:start/home:end markers are missing from index.html", file=sys.stderr)
        return 1
    for view in VIEWS:
        (staging / view).mkdir(exist_ok=True)
        (staging / view / "index.html").write_text(other, encoding="utf-8")

    if debug:
        sw_path = staging / "sw.js"
        sw = sw_path.read_text(encoding="utf-8")
        if "__BUILD_ID__" not in sw:
            print("post_build: __BUILD_ID__ missing from sw.js", file=sys.stderr)
            return 1
        sw_path.write_text(sw.replace("__BUILD_ID__", json.dumps(build_id)), encoding="utf-8")
        print(f"post_build: build {build_id}, pass-through service worker (debug)")
    else:
        # Replaces the staged copy of public/sw.js with the Workbox worker (and fails the build
        # if it cannot: a release must not ship the pass-through worker).
        started = time.monotonic()
        languages = language_files(staging, html)
        missing = [f for files in languages.values() for f in files if f not in precache]
        if missing:
            print(f"post_build: a language's files are not precached: {missing}", file=sys.stderr)
            return 1
        job = {"dir": str(staging), "build": build_id, "files": precache, "languages": languages}
        try:
            result = subprocess.run(
                ["node", str(SCRIPTS / "build-sw.mjs")], input=json.dumps(job), text=True
            )
        except FileNotFoundError:
            print("post_build: node is not installed (scripts/setup installs it)", file=sys.stderr)
            return 1
        if result.returncode != 0:
            print("post_build: scripts/build-sw.mjs failed", file=sys.stderr)
            return 1
        print(
            f"post_build: build {build_id}, {len(precache)} files precached "
            f"({', '.join(f'{len(f)} for {lang} only' for lang, f in languages.items()) or 'one build'}), "
            f"service worker generated in {time.monotonic() - started:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
