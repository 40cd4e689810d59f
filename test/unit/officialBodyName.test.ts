import { OFFICIAL_BODY_NAMES } from "../../ingest/core/officialBodyName.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a committee or council named as one of state officials is a forum (ingest/core/officialBodyName.ts)", [OFFICIAL_BODY_NAMES]);
