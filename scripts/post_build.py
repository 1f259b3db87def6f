#!/usr/bin/env python3
"""Trunk post_build hook: finishes the staged build before Trunk moves it to dist/.

- a copy of index.html in a folder per view (checklist/, diary/ ...), so a deep link works on
  any plain static host with no rewrite rules;
- the service worker: in release, scripts/build-sw.mjs (node, Workbox) generates sw.js from
  scripts/sw-release.js with the precache list below and the build id; debug builds keep
  public/sw.js, a pass-through worker that never serves stale code, with the build id filled in;
- the Content-Security-Policy meta tag, with the hashes of the inline scripts.
"""
import base64
import hashlib
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
        job = {"dir": str(staging), "build": build_id, "files": precache}
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
            f"post_build: build {build_id}, {len(precache)} files precached, "
            f"service worker generated in {time.monotonic() - started:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
