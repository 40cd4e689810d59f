import { NAME_RULES } from "../../ingest/core/nameRules.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("entity recognition rules: every example of every rule (ingest/core/nameRules.ts)", NAME_RULES);
