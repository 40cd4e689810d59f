import { describe, expect, it } from "vitest";
import { HEADLINE_TOPIC } from "../../ingest/core/headlineTopic.js";
import { fold, meetingNames } from "./support/meetingNames.js";

/** Under a breadcrumb title, the headline that is a forum's whole name makes the page that forum's (core/headlineTopic.ts). */
describe(`${HEADLINE_TOPIC.id}: the headline over the first passage names the page's series`, () => {
  for (const ex of HEADLINE_TOPIC.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of HEADLINE_TOPIC.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});
