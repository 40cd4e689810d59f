import { COLON_TITLES } from "../../ingest/core/colonTitles.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a title and its subtitle defined with an acronym (ingest/core/colonTitles.ts)", [COLON_TITLES]);
