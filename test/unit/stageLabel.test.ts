import { STAGE_LABELS } from "../../ingest/core/stageLabel.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a stage label alone is no name (ingest/core/stageLabel.ts)", [STAGE_LABELS]);
