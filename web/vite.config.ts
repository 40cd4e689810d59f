import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// The explorer is built into dist/web and served by our own server (src/api/explorer.ts): no CDN, no dev server needed.
export default defineConfig({
  root,
  base: "/",
  logLevel: (process.env.VITE_LOG_LEVEL as "info" | "warn" | "error" | "silent" | undefined) ?? "info",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // sigma + graphology are most of the bundle; one chunk loads in one round trip on loopback.
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { "/graphql": "http://127.0.0.1:4000", "/export": "http://127.0.0.1:4000" } },
});
