import { ACRONYM_TITLE_FULL_NAME } from "../../ingest/core/acronymTitleFullName.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a one-word capitalised title spelt out by a full-name field line (ingest/core/acronymTitleFullName.ts)", [ACRONYM_TITLE_FULL_NAME]);
