import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Integration files share one Neo4j; running files in parallel on a 2-core box
// only adds contention, and each file isolates its own data anyway.
export default defineConfig({
  // type-graphql loads graphql through require(); make tests use that same copy, not the .mjs build.
  resolve: { alias: { graphql: createRequire(import.meta.url).resolve("graphql") } },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["reflect-metadata"],
    globalSetup: ["test/support/globalSetup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
