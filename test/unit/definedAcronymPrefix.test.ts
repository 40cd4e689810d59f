import { DEFINED_ACRONYM_PREFIX } from "../../ingest/core/definedAcronymPrefix.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a page-defined acronym opens a longer name (ingest/core/definedAcronymPrefix.ts)", [DEFINED_ACRONYM_PREFIX]);
