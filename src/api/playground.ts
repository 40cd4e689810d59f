import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { ruruHTML } from "ruru/server";
import { REPO_ROOT } from "../repoRoot.js";

/**
 * An offline GraphQL playground (Ruru, a GraphiQL distribution) served by our own
 * server: the HTML at GET /graphql for browsers, and its assets under /playground/.
 * Nothing is loaded from a CDN.
 */
export const PLAYGROUND_PATH = "/playground/";
const ENDPOINT = "/graphql";

// ruru's "exports" map hides package.json, so locate the package through ruru/server.
const STATIC_DIR = resolve(dirname(createRequire(import.meta.url).resolve("ruru/server")), "..", "static");

const MIME_TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  map: "application/json; charset=utf-8",
  ttf: "font/ttf",
  txt: "text/plain; charset=utf-8",
};

/**
 * The analyst questions of schema/examples.graphql (each run by a test), opened as the playground's default document
 * instead of GraphiQL's generic welcome text; the run button offers each named operation.
 */
export function playgroundDefaultQuery(): string {
  const examples = readFileSync(join(REPO_ROOT, "schema", "examples.graphql"), "utf8").trim();
  return `# Pick a question with the run button (Ctrl-Enter runs the one under the cursor); the Docs pane lists every field.\n${examples}\n`;
}

let html: string | undefined;
function playgroundHTML(): string {
  html ??= ruruHTML({
    endpoint: ENDPOINT,
    staticPath: PLAYGROUND_PATH,
    // ruru types every client option as required; all but the default document keep their defaults.
    clientConfig: { defaultQuery: playgroundDefaultQuery() } as NonNullable<Parameters<typeof ruruHTML>[0]["clientConfig"]>,
    htmlParts: { titleTag: "<title>Migration graph - GraphQL playground</title>" },
  });
  return html;
}

function acceptsHTML(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  return (Array.isArray(accept) ? accept.join(",") : (accept ?? "")).includes("text/html");
}

/** Handles the playground page and its assets; returns false for every other request. */
export function servePlayground(req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") return false;
  const url = new URL(req.url ?? "/", "http://localhost");

  if (url.pathname === ENDPOINT) {
    // A GET carrying a query is a GraphQL request, whatever the Accept header says.
    if (!acceptsHTML(req) || url.searchParams.has("query")) return false;
    const body = playgroundHTML();
    res.statusCode = 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-length", Buffer.byteLength(body));
    res.setHeader("cache-control", "no-cache");
    res.end(method === "HEAD" ? undefined : body);
    return true;
  }

  if (!url.pathname.startsWith(PLAYGROUND_PATH)) return false;
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(PLAYGROUND_PATH.length));
  } catch {
    name = "";
  }
  const ext = name.slice(name.lastIndexOf(".") + 1);
  const file = join(STATIC_DIR, name);
  // The asset folder is flat: refuse separators, dot-files and anything resolving outside it.
  const safe = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name) && !name.includes("..") && file.startsWith(STATIC_DIR + sep) && Object.hasOwn(MIME_TYPES, ext);
  const notFound = () => {
    res.statusCode = 404;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end("not found\n");
  };
  if (!safe) {
    notFound();
    return true;
  }
  readFile(file).then(
    (content) => {
      res.statusCode = 200;
      res.setHeader("content-type", MIME_TYPES[ext]);
      res.setHeader("content-length", content.length);
      res.setHeader("cache-control", "public, max-age=3600");
      res.end(method === "HEAD" ? undefined : content);
    },
    notFound,
  );
  return true;
}
