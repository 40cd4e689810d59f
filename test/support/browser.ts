import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
/**
 * Headless Chromium with no GPU: WebGL (sigma.js) runs on SwiftShader, Chromium's software renderer, which recent
 * Chromium only enables for WebGL when asked (--enable-unsafe-swiftshader).
 */
export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is required for this test but was not found at ${CHROMIUM}; install it with: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/** A context where every request that would leave the machine is aborted and recorded. */
export async function offlineContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext(options);
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  return { context, blocked };
}

/** Builds web/ into dist/web (Vite, ~2 s), so the explorer tests never run against stale assets. */
export function buildExplorer(): void {
  const vite = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--config", "web/vite.config.ts"], { encoding: "utf8", env: { ...process.env, VITE_LOG_LEVEL: "warn" } });
  if (vite.status !== 0) throw new Error(`vite build failed:\n${vite.stdout}${vite.stderr}`);
}

/**
 * Pixels of an element's screenshot that differ from its background, and those close to a given colour: decoded in
 * the page (createImageBitmap), since the test has no PNG decoder of its own.
 */
export async function pixelCounts(page: Page, selector: string, rgb: [number, number, number]): Promise<{ drawn: number; matching: number }> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(
    async ({ b64, rgb }) => {
      // Runs in the page; the tests' tsconfig has no DOM types.
      const { createImageBitmap, OffscreenCanvas } = globalThis as any;
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap: { width: number; height: number } = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d");
      ctx.drawImage(bitmap, 0, 0);
      const data: Uint8ClampedArray = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const [br, bg, bb] = [data[4 * (2 * bitmap.width + 2)]!, data[4 * (2 * bitmap.width + 2) + 1]!, data[4 * (2 * bitmap.width + 2) + 2]!];
      let drawn = 0;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.abs(r - br) + Math.abs(g - bg) + Math.abs(b - bb) > 30) drawn++;
        if (Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]) < 40) matching++;
      }
      return { drawn, matching };
    },
    { b64: png.toString("base64"), rgb },
  );
}
