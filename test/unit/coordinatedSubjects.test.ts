import { describe, expect, it } from "vitest";
import { hasRelation } from "./support/pipelineRelations.js";

/** Subjects coordinated across an acronym in brackets, or named after the people they sent (mentionLists.ts subjectsBefore). */
const MEETING = "The 2016 ministerial meeting of the Colombo Process took place in Colombo. ";
const has = (text: string, from: string) => hasRelation(`${MEETING}${text}`, "spec.txt", "PARTICIPATES_IN", from, "forum:colombo-process-2016");

describe("subjects coordinated past an acronym in brackets", () => {
  it("reads the first of two bodies when an acronym follows its name", () => expect(has("The International Organization for Migration (IOM) and UNHCR attended.", "org:iom")).toBe(true));
  it("still reads the second", () => expect(has("The International Organization for Migration (IOM) and UNHCR attended.", "org:unhcr")).toBe(true));
});

describe("subjects named after the people they sent, opening the clause", () => {
  it("reads 'Representatives of A and B'", () => expect(has("Representatives of IOM and UNHCR were present.", "org:iom")).toBe(true));
  it("reads 'Officials from A and B'", () => expect(has("Officials from Nepal and Bhutan were in attendance.", "ctry:bt")).toBe(true));
  it("reads no body whose people only another subject invited", () => expect(has("Nepal, which had invited representatives of IOM and UNHCR, attended.", "org:iom")).toBe(false));
  it("reads no body named after people in an object", () => expect(has("Nepal thanked the representatives of IOM for a paper.", "org:iom")).toBe(false));
});
