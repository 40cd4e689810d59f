import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "../../src/api/createServer.js";
import { startIngestedApi } from "../support/ingestedApi.js";

const CHROMIUM = "/usr/bin/chromium";
const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

describe("the offline GraphQL playground", () => {
  let server: AppServer;
  let stop: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ({ server, stop } = await startIngestedApi());
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  it("serves an HTML page without CDN URLs to browsers, and still answers GraphQL GETs", async () => {
    const page = await fetch(server.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./i);

    // A GET that carries a query is a GraphQL request even from a browser-like client.
    const gqlGet = await fetch(`${server.url}?query=${encodeURIComponent("{ health { neo4j } }")}`, {
      headers: { accept: "text/html, application/json", "apollo-require-preflight": "true" },
    });
    expect(gqlGet.headers.get("content-type")).toContain("application/json");
    expect(await gqlGet.json()).toEqual({ data: { health: { neo4j: true } } });

    const asset = await fetch(new URL("/playground/ruru.js", server.url));
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("text/javascript");
    await asset.arrayBuffer();
    for (const path of ["/playground/..%2Fpackage.json", "/playground/%2e%2e%2f%2e%2e%2fpackage.json", "/playground/.%2E/server.js"]) {
      const refused = await fetch(new URL(path, server.url));
      expect(refused.status, path).toBe(404);
      await refused.arrayBuffer();
    }
  });

  it("runs a query in headless Chromium with every non-local request blocked", async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is required for this test but was not found at ${CHROMIUM}; install it with: apt-get install -y chromium`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const context = await browser.newContext();
    const blocked: string[] = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      blocked.push(url.href);
      return route.abort("internetdisconnected");
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));

    await page.goto(server.url, { waitUntil: "load" });
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await editor.waitFor({ state: "visible", timeout: 30_000 });
    // It opens with the analyst questions of schema/examples.graphql, not GraphiQL's welcome text.
    await expect.poll(() => editorText(page, ".graphiql-query-editor"), { timeout: 15_000 }).toContain("query IomInitiatives");
    expect(await editorText(page, ".graphiql-query-editor")).not.toMatch(/Welcome to/i);
    // Replace the whole document: with the examples left in, GraphiQL would ask which operation to run.
    // On a loaded machine Monaco may not have focus yet when the keys arrive, so try again until it holds.
    const query = "{ health { neo4j } }";
    for (let attempt = 0; attempt < 5; attempt++) {
      await editor.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.press("Delete");
      // insertText bypasses Monaco's bracket auto-closing, so the query arrives verbatim.
      await page.keyboard.insertText(query);
      if ((await editorText(page, ".graphiql-query-editor")).trim() === query) break;
      await page.waitForTimeout(500);
    }
    expect((await editorText(page, ".graphiql-query-editor")).trim()).toBe(query);
    // A click that lands while GraphiQL is still busy (its schema fetch, under load) is dropped: click again.
    let response = "";
    for (let attempt = 0; attempt < 3 && !response.includes('"neo4j": true'); attempt++) {
      await page.locator(".graphiql-execute-button").first().click();
      const until = Date.now() + 10_000;
      while (Date.now() < until && !(response = await editorText(page, ".graphiql-response")).includes('"neo4j": true')) await page.waitForTimeout(250);
    }
    expect(response).toContain('"neo4j": true');
    expect(blocked, "the playground must not need the internet").toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** The text a Monaco editor shows, with its non-breaking spaces made plain. */
async function editorText(page: import("playwright-core").Page, container: string): Promise<string> {
  const text = await page.locator(`${container} .view-lines`).first().innerText({ timeout: 5_000 }).catch(() => "");
  return text.replace(/\u00a0/g, " ");
}
