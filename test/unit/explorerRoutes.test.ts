import { describe, expect, it } from "vitest";
import { isExplorerRoute } from "../../src/api/explorer.js";
import { wantsPretty } from "../../src/log/logger.js";

describe("explorer routes", () => {
  it("sends the app's deep links to index.html and nothing that belongs to the API", () => {
    for (const p of ["/", "/index.html", "/dashboard", "/entity/org:iom", "/path/org:undp/forum:gmg", "/path/org:undp/"]) expect(isExplorerRoute(p), p).toBe(true);
    for (const p of ["/graphql", "/health", "/export/links.csv", "/export/graph.graphml", "/playground/ruru.js", "/assets/index.js", "/entity", "/dashboards"]) expect(isExplorerRoute(p), p).toBe(false);
  });
});

describe("log format", () => {
  it("is readable on a terminal, JSON when piped or under CI, unless told", () => {
    expect(wantsPretty("auto", { isTTY: true }, {})).toBe(true);
    expect(wantsPretty("auto", { isTTY: false }, {})).toBe(false);
    expect(wantsPretty("auto", {}, {})).toBe(false);
    expect(wantsPretty("auto", { isTTY: true }, { CI: "true" })).toBe(false);
    expect(wantsPretty("auto", { isTTY: true }, { CI: "false" })).toBe(true);
    expect(wantsPretty("json", { isTTY: true }, {})).toBe(false);
    expect(wantsPretty("pretty", { isTTY: false }, { CI: "1" })).toBe(true);
  });
});
