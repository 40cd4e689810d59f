import { STATE_TITLE } from "../../ingest/core/stateTitle.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a state's formal style names the state, no body (ingest/core/stateTitle.ts)", [STATE_TITLE]);
