import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT } from "../repoRoot.js";

/**
 * The analysts' explorer: the single-page app built from web/ by Vite into dist/web (`npm run build`), served from
 * our own server. Its client-side routes (/, /entity/…, /path/…, /dashboard) all get index.html; its hashed files
 * come from /assets/. Everything else (/graphql, /health, /export/…, /playground/…) is left to the other handlers.
 */
export const EXPLORER_DIR = join(REPO_ROOT, "dist", "web");

const MIME_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
  map: "application/json; charset=utf-8",
  png: "image/png",
  woff2: "font/woff2",
};

/** Paths the browser app routes itself; deep links must reload into index.html. */
export function isExplorerRoute(pathname: string): boolean {
  return pathname === "/" || pathname === "/index.html" || pathname === "/dashboard" || pathname.startsWith("/entity/") || pathname.startsWith("/path/");
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer | string, cache: string): void {
  res.statusCode = status;
  res.setHeader("content-type", type);
  res.setHeader("content-length", Buffer.byteLength(body));
  res.setHeader("cache-control", cache);
  // The app talks to this server only; the policy makes any other request fail in the browser too.
  res.setHeader("content-security-policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'");
  res.setHeader("x-content-type-options", "nosniff");
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Returns a request handler that answers the explorer's pages and assets, and false for everything else. */
export function createExplorerHandler(dir: string = EXPLORER_DIR): (req: IncomingMessage, res: ServerResponse) => boolean {
  const assetsDir = join(dir, "assets");
  const compressed = new Map<string, Promise<{ body: Buffer; gz: Buffer }>>();
  return (req, res) => {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") return false;
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const pathname = q < 0 ? target : target.slice(0, q);

    if (isExplorerRoute(pathname)) {
      const indexFile = join(dir, "index.html");
      if (!existsSync(indexFile)) {
        send(req, res, 503, "text/plain; charset=utf-8", "The explorer is not built yet: run `npm run build` (it builds web/ into dist/web).\n", "no-store");
        return true;
      }
      // Read on every page load (1 kB): a rebuild of web/ shows without a restart.
      readFile(indexFile).then(
        (body) => send(req, res, 200, "text/html; charset=utf-8", body, "no-cache"),
        () => send(req, res, 500, "text/plain; charset=utf-8", "explorer page unreadable\n", "no-store"),
      );
      return true;
    }

    if (!pathname.startsWith("/assets/") && pathname !== "/favicon.svg") return false;
    let name: string;
    try {
      name = decodeURIComponent(pathname.startsWith("/assets/") ? pathname.slice("/assets/".length) : pathname.slice(1));
    } catch {
      name = "";
    }
    const base = pathname.startsWith("/assets/") ? assetsDir : dir;
    const file = join(base, name);
    const ext = name.slice(name.lastIndexOf(".") + 1);
    // Flat folders: refuse separators, dot-files and anything resolving outside them.
    const safe = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name) && !name.includes("..") && file.startsWith(base + sep) && Object.hasOwn(MIME_TYPES, ext);
    if (!safe) {
      send(req, res, 404, "text/plain; charset=utf-8", "not found\n", "no-store");
      return true;
    }
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    let entry = compressed.get(file);
    if (!entry) {
      // Hashed names never change content, so each file is read and gzipped once (the JS bundle: ~200 kB to ~50 kB).
      entry = readFile(file).then((body) => ({ body, gz: gzipSync(body, { level: 9 }) }));
      entry.catch(() => compressed.delete(file));
      compressed.set(file, entry);
    }
    entry.then(
      ({ body, gz }) => {
        res.setHeader("vary", "accept-encoding");
        if (gzip && gz.length < body.length) res.setHeader("content-encoding", "gzip");
        // Vite puts a content hash in every asset name, so they can be cached for good.
        send(req, res, 200, MIME_TYPES[ext]!, gzip && gz.length < body.length ? gz : body, pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=3600");
      },
      () => send(req, res, 404, "text/plain; charset=utf-8", "not found\n", "no-store"),
    );
    return true;
  };
}
