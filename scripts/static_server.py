#!/usr/bin/env python3
"""A plain static file server, like any simple host, that compresses text and wasm with gzip
when the browser accepts it (python's http.server does not, which would make download sizes
look three times larger than on a real host). No rewrite rules: a path that is not a file
is a 404, a folder serves its index.html.

    python3 scripts/static_server.py PORT DIR
"""
import gzip
import http.server
import os
import sys
from functools import partial

COMPRESS = {".html", ".js", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".tsv", ".txt"}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
    }

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            index = os.path.join(path, "index.html")
            # A folder without its trailing slash is redirected by the base class; a folder's
            # index.html takes the same path as any other file below, so it is never answered
            # with a 304 from a Last-Modified that only counts whole seconds (a redeploy within
            # the second of the last visit would otherwise look unchanged).
            if not self.path.split("?", 1)[0].endswith("/") or not os.path.isfile(index):
                return super().send_head()
            path = index
        ext = os.path.splitext(path)[1]
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and ext in COMPRESS and os.path.isfile(path)):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        from io import BytesIO

        return BytesIO(body)


if __name__ == "__main__":
    port, directory = int(sys.argv[1]), sys.argv[2]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=directory))
    server.serve_forever()
