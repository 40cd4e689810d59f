import { KIND_RULES } from "../../ingest/core/kindRules.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("kind rules: every example of every rule (ingest/core/kindRules.ts)", KIND_RULES);
