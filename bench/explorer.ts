/**
 * npm run bench:explorer — the explorer in headless Chromium against a running server (`npm start`, or BASE=…):
 * bundle size (raw and gzip), page-load times per route (cold cache, fresh context each run) and graph-render time.
 * With --screenshots it also writes the README's pictures to docs/.
 *
 * Figures: "assets" = navigation start → load event (HTML, JS, CSS on loopback); "ready" = navigation start → the
 * page's data drawn (performance mark "page-ready"); "graph" = navigation start → sigma's first frame with the
 * neighbourhood (mark "graph-rendered"), and "graph-only" = from the graph's own start (measure "graph-render").
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { REPO_ROOT } from "../src/repoRoot.js";

const BASE = (process.env.BASE ?? `http://127.0.0.1:${process.env.PORT ?? 4000}`).replace(/\/$/, "");
const RUNS = Number(process.env.RUNS ?? 7);
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function bundle(): void {
  const dir = join(REPO_ROOT, "dist", "web");
  const files = ["index.html", ...readdirSync(join(dir, "assets")).map((f) => join("assets", f))];
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const body = readFileSync(join(dir, f));
    const z = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += z;
    console.log(`  ${f.padEnd(34)} ${(body.length / 1024).toFixed(1).padStart(7)} kB  gzip ${(z / 1024).toFixed(1).padStart(6)} kB`);
  }
  console.log(`  ${"total".padEnd(34)} ${(raw / 1024).toFixed(1).padStart(7)} kB  gzip ${(gz / 1024).toFixed(1).padStart(6)} kB`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => (xs.length ? `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})` : "n/a");

async function waitReady(page: Page, graph: boolean): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("page-ready").length > 0, undefined, { timeout: 30_000 });
  if (graph) await page.waitForFunction(() => performance.getEntriesByName("graph-rendered").length > 0, undefined, { timeout: 30_000 });
}

async function main(): Promise<void> {
  console.log(`explorer bench against ${BASE}, ${RUNS} cold loads per route\nbundle (dist/web):`);
  bundle();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
  const outside: string[] = [];
  const routes = [
    { path: "/", graph: false },
    { path: "/entity/org:iom", graph: true },
    { path: "/path/org:undp/forum:gmg", graph: false },
    { path: "/dashboard", graph: false },
  ];
  for (const route of routes) {
    const assets: number[] = [];
    const ready: number[] = [];
    const graph: number[] = [];
    const graphOnly: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route("**/*", (r) => (new URL(r.request().url()).hostname === "127.0.0.1" ? r.continue() : (outside.push(r.request().url()), r.abort())));
      const page = await context.newPage();
      await page.goto(BASE + route.path, { waitUntil: "load" });
      await waitReady(page, route.graph);
      // A string, not a function: tsx would wrap inner functions in a __name() helper the page does not have.
      const t: { load: number; ready: number; graph: number; graphOnly: number } = await page.evaluate(`(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const start = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { load: nav.loadEventEnd, ready: start("page-ready"), graph: start("graph-rendered"), graphOnly: performance.getEntriesByName("graph-render")[0]?.duration ?? NaN };
      })()`);
      // The first run warms the server (JIT, Neo4j page cache); it is not counted.
      if (i > 0) {
        assets.push(t.load);
        ready.push(t.ready);
        if (route.graph) (graph.push(t.graph), graphOnly.push(t.graphOnly));
      }
      await context.close();
    }
    console.log(`${route.path}\n  assets ${fmt(assets)}\n  ready  ${fmt(ready)}${route.graph ? `\n  graph  ${fmt(graph)}\n  graph-only ${fmt(graphOnly)}` : ""}`);
  }
  if (process.argv.includes("--screenshots")) await screenshots(browser);
  await browser.close();
  console.log(outside.length ? `requests that tried to leave the machine: ${outside.join(", ")}` : "no request left the machine");
}

async function screenshots(browser: import("playwright-core").Browser): Promise<void> {
  const docs = join(REPO_ROOT, "docs");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/entity/org:iom`);
  await waitReady(page, true);
  await page.screenshot({ path: join(docs, "explorer-entity.png") });
  await page.locator(".graph-nodes summary").click();
  await page.locator('.graph-node-list button[data-id="forum:gmg"]').click();
  await page.waitForFunction(() => Number((globalThis as any).document.querySelector(".graph-canvas")?.getAttribute("data-nodes")) > 30);
  await page.locator(".graph-nodes summary").click();
  await page.waitForTimeout(500);
  await page.locator(".graph-panel").screenshot({ path: join(docs, "explorer-graph.png") });
  await page.goto(`${BASE}/path/org:undp/ctry:ph`);
  await waitReady(page, false);
  await page.screenshot({ path: join(docs, "explorer-path.png") });
  await page.goto(`${BASE}/dashboard`);
  await waitReady(page, false);
  await page.screenshot({ path: join(docs, "explorer-dashboard.png"), fullPage: true });
  await context.close();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const p = await phone.newPage();
  await p.goto(`${BASE}/entity/forum:gmg`);
  await waitReady(p, true);
  await p.screenshot({ path: join(docs, "explorer-phone.png") });
  await phone.close();
  console.log("screenshots written to docs/explorer-*.png");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
