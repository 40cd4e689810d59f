import { MINISTERIAL_BODIES } from "../../ingest/core/ministerialBody.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a body the text calls ministerial is a forum (ingest/core/ministerialBody.ts)", [MINISTERIAL_BODIES]);
