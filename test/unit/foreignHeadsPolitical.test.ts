import { FOREIGN_HEADS } from "../../ingest/core/foreignHeads.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("foreign heads, political fronts and movements included (ingest/core/foreignHeads.ts)", [FOREIGN_HEADS]);
