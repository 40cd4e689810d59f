import { STATE_NAMED_OFFICES } from "../../ingest/core/stateNamedOffice.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a state's office named by its field and the state (ingest/core/stateNamedOffice.ts)", [STATE_NAMED_OFFICES]);
