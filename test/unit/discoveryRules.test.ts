import { DISCOVERY_RULES } from "../../ingest/core/discoveryRules.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("recognition of bodies and meetings no catalog lists (ingest/core/discoveryRules.ts)", DISCOVERY_RULES);
