import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/api/createServer.js";
import { startIngestedApi } from "../support/ingestedApi.js";
import { buildExplorer, launchChromium, offlineContext, pixelCounts } from "../support/browser.js";

describe("the explorer in headless Chromium", () => {
  let server: AppServer;
  let stop: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  let base: string;
  const open: { page: Page; blocked: string[]; errors: string[] }[] = [];

  beforeAll(async () => {
    buildExplorer();
    ({ server, stop } = await startIngestedApi());
    base = new URL("/", server.url).href.replace(/\/$/, "");
    browser = await launchChromium();
  });
  afterEach(async () => {
    // Whatever a test did, nothing may have tried to leave the machine, and no script may have thrown.
    for (const o of open.splice(0)) {
      expect(o.blocked, "requests that tried to leave the machine").toEqual([]);
      expect(o.errors, "uncaught errors in the page").toEqual([]);
      await o.page.context().close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const { context, blocked } = await offlineContext(browser!, { viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    open.push({ page, blocked, errors });
    return page;
  }

  it("serves the app for its deep links and leaves /graphql, /health and /export alone", async () => {
    for (const path of ["/", "/entity/org:iom", "/path/org:undp/forum:gmg", "/dashboard"]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toContain("text/html");
      const html = await res.text();
      expect(html).toContain('<main id="main"');
      expect(html, "no asset from another host").not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
    }
    // The bundle is served from here, gzipped for clients that accept it.
    const index = await (await fetch(`${base}/`)).text();
    const script = index.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(base + script!, { headers: { "accept-encoding": "gzip" } });
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(js.headers.get("content-encoding")).toBe("gzip");
    expect((await js.text()).length).toBeGreaterThan(10_000);
    const health = await fetch(`${base}/health`);
    expect(health.headers.get("content-type")).toContain("application/json");
    await health.arrayBuffer();
    const exported = await fetch(`${base}/export/links.csv`);
    expect(exported.headers.get("content-type") ?? "").not.toContain("text/html");
    await exported.arrayBuffer();
    const gql = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ health { neo4j } }" }) });
    expect(await gql.json()).toEqual({ data: { health: { neo4j: true } } });
    for (const path of ["/assets/..%2F..%2Fpackage.json", "/assets/.env", "/entityx"]) {
      const refused = await fetch(base + path);
      expect(refused.status, path).toBe(404);
      await refused.arrayBuffer();
    }
  });

  it("finds IOM by type-ahead, opens it with the keyboard and shows its links with their sentences", async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    const box = page.getByRole("combobox", { name: /find an organization/i });
    await box.fill("IOM");
    const option = page.getByRole("option", { name: /International Organization for Migration/ });
    await option.waitFor();
    // Grouped by kind: the organization sits under an "Organizations" heading.
    expect(await page.locator(".suggestions .group").allInnerTexts()).toContain("ORGANIZATIONS");
    while ((await option.getAttribute("aria-selected")) !== "true") await box.press("ArrowDown");
    await box.press("Enter");
    await page.waitForURL(/\/entity\/org:iom$/);
    await expect.poll(() => page.locator(".link").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    const sentences = await page.locator(".link .evidence blockquote").allInnerTexts();
    expect(sentences.filter((t) => t.trim().length > 20).length).toBeGreaterThanOrEqual(10);
    // Names are highlighted in the sentence, and each passage names its document and offsets.
    expect(await page.locator(".link .evidence mark", { hasText: "IOM" }).count()).toBeGreaterThan(0);
    expect(await page.locator(".link .evidence .cite").first().innerText()).toMatch(/characters \d+–\d+/);
    await expect.poll(() => page.locator("h1").innerText()).toContain("International Organization for Migration");

    // "Show all passages" loads every passage of a link stated in several places.
    const index = await page.locator(".link").evaluateAll((els) => els.findIndex((e) => /Show all \d+ passages/.test(e.textContent ?? "")));
    expect(index).toBeGreaterThanOrEqual(0);
    const several = page.locator(".link").nth(index);
    const stated = Number((await several.getByRole("button").innerText()).match(/\d+/)![0]);
    expect(await several.locator(".evidence").count()).toBeLessThan(stated);
    await several.getByRole("button").click();
    await expect.poll(() => several.locator(".evidence").count(), { timeout: 15_000 }).toBe(stated);

    // Filters: only MEMBER_OF links remain, and the export links carry the filter.
    const all = await page.locator(".link").count();
    for (const box of await page.locator(".filters input[type=checkbox]").all()) if ((await box.getAttribute("value")) !== "MEMBER_OF") await box.uncheck();
    const kept = await page.locator(".link").count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(all);
    expect(await page.locator(".link").evaluateAll((els) => els.every((e) => e.getAttribute("data-type") === "MEMBER_OF"))).toBe(true);
    expect(await page.locator(".actions .exports a").first().getAttribute("href")).toMatch(/^\/export\/graph\.graphml\?types=MEMBER_OF&involving=org%3Aiom$/);
  });

  it("draws the graph with WebGL and adds nodes when one is expanded", async () => {
    const page = await newPage();
    await page.goto(`${base}/entity/org:iom`);
    const canvas = page.locator(".graph-canvas");
    await expect.poll(async () => Number(await canvas.getAttribute("data-nodes")), { timeout: 15_000 }).toBeGreaterThan(10);
    await page.waitForFunction(() => performance.getEntriesByName("graph-rendered").length > 0);
    // Pixels, not just a canvas element: the nodes' colour (organizations are #0072B2) must be on screen.
    const pixels = await pixelCounts(page, ".graph-canvas", [0x00, 0x72, 0xb2]);
    expect(pixels.drawn).toBeGreaterThan(2000);
    expect(pixels.matching).toBeGreaterThan(100);

    const nodeAt = (id: string) =>
      canvas.evaluate((el, id) => {
        const sigma = (el as any).sigma;
        return sigma.graphToViewport(sigma.getGraph().getNodeAttributes(id)) as { x: number; y: number };
      }, id);
    // Hovering an edge shows its type and passage (IOM → GMG, before other nodes crowd in between).
    const [a, b] = [await nodeAt("org:iom"), await nodeAt("forum:gmg")];
    await canvas.hover({ position: { x: a.x + (b.x - a.x) * 0.4, y: a.y + (b.y - a.y) * 0.4 } });
    await expect.poll(() => page.locator(".graph-tooltip").isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await page.locator(".graph-tooltip").innerText()).toMatch(/IOM → [^\n]*member of[^\n]* → GMG[\s\S]+\w{4,}/);
    await page.mouse.move(0, 0);

    // A real double-click on the drawn IOM node expands it again: its next neighbours beyond the first 25.
    const first = Number(await canvas.getAttribute("data-nodes"));
    const iom = await nodeAt("org:iom");
    await canvas.dblclick({ position: iom });
    await expect.poll(async () => Number(await canvas.getAttribute("data-nodes")), { timeout: 15_000 }).toBeGreaterThan(first);
    expect(page.url(), "a double-click expands; it does not open").toMatch(/\/entity\/org:iom$/);

    const before = Number(await canvas.getAttribute("data-nodes"));
    await page.locator(".graph-nodes summary").click();
    await page.locator('.graph-node-list button[data-id="forum:gmg"]').click();
    await expect.poll(async () => Number(await canvas.getAttribute("data-nodes")), { timeout: 15_000 }).toBeGreaterThan(before);
    const after = Number(await canvas.getAttribute("data-nodes"));
    // Capped: one expansion adds at most 25 nodes.
    expect(after - before).toBeLessThanOrEqual(25);
    expect(await page.locator(".graph-status").innerText()).toMatch(/Global Migration Group|GMG/);

    // A single click opens the node's page and keeps the graph that contains it.
    await page.locator(".graph-nodes summary").click();
    await page.waitForTimeout(300);
    await canvas.click({ position: await nodeAt("forum:gmg") });
    await page.waitForURL(/\/entity\/forum:gmg$/);
    await expect.poll(() => page.locator("h1").innerText()).toContain("Global Migration Group");
    expect(Number(await canvas.getAttribute("data-nodes"))).toBe(after);
  });

  it("shows a path from UNDP to the GMG with the passage of each step", async () => {
    const page = await newPage();
    await page.goto(`${base}/path/org:undp/forum:gmg`);
    await page.locator(".path").first().waitFor({ timeout: 15_000 });
    const first = page.locator(".path").first();
    expect(await first.locator(".path-node").allInnerTexts()).toEqual([expect.stringContaining("UNDP"), expect.stringContaining("GMG")]);
    expect(await first.locator(".step-type").innerText()).toMatch(/MEMBER OF|SUPPORTS|CHAIRED/i);
    expect((await first.locator(".evidence blockquote").innerText()).length).toBeGreaterThan(30);
    expect(await first.locator(".evidence mark").count()).toBeGreaterThan(0);
  });

  it("shows the dashboard's charts, most linked organizations and timeline, each linking into the explorer", async () => {
    const page = await newPage();
    await page.goto(`${base}/dashboard`);
    await page.locator(".timeline-grid").waitFor({ timeout: 20_000 });
    const charts = page.locator(".chart");
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(0).locator(".bar").count()).toBe(5);
    expect(await charts.nth(1).locator(".bar").count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator(".ranked li").count()).toBeGreaterThanOrEqual(5);
    const timeline = await page.locator(".timeline-grid").innerText();
    for (const text of ["GFMD 2008", "Philippines", "UNCTAD", "2006"]) expect(timeline).toContain(text);
    expect(await page.locator(".documents tbody tr").count()).toBeGreaterThan(0);
    // A bar is a link: "links by type" narrows the ranking to that type.
    await page.locator(".chart", { hasText: "Links by type" }).getByRole("link", { name: /member of/ }).click();
    await page.waitForURL(/type=MEMBER_OF/);
    await expect.poll(() => page.locator("#most-linked h2").innerText()).toContain("member of only");
  });

  it("ranks the most linked organizations by their number of links, of one type when a type is picked", async () => {
    // The counts shown must be what `links` selects for that organization: an independent count of the same links.
    const linksInvolving = async (id: string, types?: string[]) => {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query($f: LinkFilter) { links(first: 0, filter: $f) { totalCount } }", variables: { f: { involving: [id], types } } }),
      });
      return ((await res.json()) as { data: { links: { totalCount: number } } }).data.links.totalCount;
    };
    const page = await newPage();
    for (const type of [null, "MEMBER_OF"]) {
      await page.goto(`${base}/dashboard${type ? `?type=${type}` : ""}`);
      await page.locator(".ranked li").first().waitFor({ timeout: 20_000 });
      const rows = await page.locator(".ranked li").evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector("a")!.getAttribute("href")!, count: Number(li.querySelector(".bar-value")!.textContent) })),
      );
      expect(rows.length, String(type)).toBeGreaterThanOrEqual(3);
      expect(rows.length).toBeLessThanOrEqual(15);
      const counts = rows.map((r) => r.count);
      expect(counts, "most first").toEqual([...counts].sort((a, b) => b - a));
      for (const row of rows.slice(0, 3)) {
        const id = decodeURIComponent(new URL(row.href, base).pathname.replace(/^\/entity\//, ""));
        expect(id).toMatch(/^org:/);
        expect(row.count, `${id} ${type ?? "all types"}`).toBe(await linksInvolving(id, type ? [type] : undefined));
      }
    }
  });

  it("offers only export links that answer 200 with their format's content type", async () => {
    const expected: Record<string, string> = {
      "graph.graphml": "application/graphml+xml",
      "graph.gexf": "application/gexf+xml",
      "links.csv": "text/csv",
      "entities.csv": "text/csv",
      "graph.json": "application/json",
    };
    const page = await newPage();
    const seen = new Set<string>();
    for (const path of ["/dashboard", "/dashboard?type=MEMBER_OF", "/entity/org:iom", "/entity/org:iom?types=MEMBER_OF&minConfidence=0.5"]) {
      await page.goto(base + path);
      await page.locator(".exports a").first().waitFor({ timeout: 20_000 });
      const hrefs = await page.locator('a[href^="/export/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      expect(hrefs.length, path).toBeGreaterThanOrEqual(4);
      for (const href of hrefs) seen.add(href);
    }
    // The filters the pages show travel as the parameter names the export endpoint parses.
    expect([...seen].some((h) => /[?&]types=MEMBER_OF(&|$)/.test(h))).toBe(true);
    expect([...seen].some((h) => /[?&]involving=org%3Aiom(&|$)/.test(h))).toBe(true);
    expect([...seen].some((h) => /[?&]minConfidence=0\.5(&|$)/.test(h))).toBe(true);
    for (const href of seen) {
      const file = new URL(href, base).pathname.replace(/^\/export\//, "");
      expect(expected[file], href).toBeDefined();
      const res = await fetch(base + href);
      const body = await res.text();
      expect(res.status, `${href}: ${body.slice(0, 200)}`).toBe(200);
      expect(res.headers.get("content-type"), href).toContain(expected[file]);
      expect(body.length, href).toBeGreaterThan(0);
    }
  });

  it("fits a phone's width without sideways scrolling", async () => {
    const page = await newPage({ width: 390, height: 844 });
    for (const path of ["/entity/org:iom", "/dashboard", "/path/org:undp/forum:gmg"]) {
      await page.goto(base + path);
      await page.locator(".link, .chart, .path").first().waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number), path).toBeLessThanOrEqual(390);
    }
  });
});
