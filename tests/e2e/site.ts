import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** How the host answers a request for a page (a navigation): normally, never, or with an error page. */
export type PageMode = "normal" | "hang" | 404 | 500;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".tsv": "text/tab-separated-values; charset=utf-8",
};

/**
 * A copy of a release build (E2E_DIST, default dist/) in a temporary folder, served by a plain
 * static host in this process, like python's http.server (a folder serves its index.html, no
 * rewrites), that can be told to hang or fail page requests. A page request is one that accepts
 * text/html: a navigation, also when the service worker passes it on; the worker's own precache
 * requests and the app's fetches are answered normally.
 */
export class Site {
  /** How page requests are answered from now on. */
  pages: PageMode = "normal";
  /** The paths of the page requests that reached the host. */
  readonly pageRequests: string[] = [];
  readonly url: string;

  private constructor(
    readonly dir: string,
    private readonly server: http.Server,
  ) {
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  static async start(): Promise<Site> {
    const root = path.resolve(__dirname, "../..");
    const dist = path.resolve(root, process.env.E2E_DIST || "dist");
    const dir = mkdtempSync(path.join(tmpdir(), "uncramp-site-"));
    cpSync(dist, dir, { recursive: true });
    let site: Site | undefined;
    const server = http.createServer((req, res) => site!.answer(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    site = new Site(dir, server);
    return site;
  }

  /** The path of a file of the site. */
  file(name: string): string {
    return path.join(this.dir, name);
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", this.url);
    if ((req.headers.accept ?? "").includes("text/html")) {
      this.pageRequests.push(url.pathname);
      if (this.pages === "hang") return; // Never answers (until the site is closed).
      if (this.pages !== "normal") {
        return this.send(res, this.pages, "text/html", `<h1>Error ${this.pages} from the host</h1>`);
      }
    }
    let file = path.join(this.dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(this.dir)) return this.send(res, 403, "text/plain", "Forbidden");
    try {
      if (statSync(file).isDirectory()) {
        if (!url.pathname.endsWith("/")) {
          res.writeHead(301, { Location: url.pathname + "/" }).end();
          return;
        }
        file = path.join(file, "index.html");
      }
      const body = readFileSync(file);
      this.send(res, 200, TYPES[path.extname(file)] ?? "application/octet-stream", body);
    } catch {
      this.send(res, 404, "text/html", "<h1>404 Not Found</h1>");
    }
  }

  private send(res: http.ServerResponse, status: number, type: string, body: string | Buffer) {
    res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache" }).end(body);
  }
}
