import { TITLED_STATE_SCOPE } from "../../ingest/core/titledStateScope.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a titled fund or office keeps the state it serves (ingest/core/titledStateScope.ts)", [TITLED_STATE_SCOPE]);
