import { JOINT_MEETING_NAMES } from "../../ingest/core/jointMeetingNames.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("meetings named for their two sides (ingest/core/jointMeetingNames.ts)", [JOINT_MEETING_NAMES]);
