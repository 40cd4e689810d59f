import { MEETING_ACT_YEAR, SENTENCE_HELD_YEAR } from "../../ingest/core/meetingActYear.js";
import { OCCASION_YEAR } from "../../ingest/core/meetingYearOf.js";
import { RELATIVE_YEAR } from "../../ingest/core/relativeYear.js";
import { DATE_ADJUNCT_YEAR } from "../../ingest/core/meetingDateAdjunct.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a meeting dated by the clause or the sentence that holds it (ingest/core/meetingActYear.ts)", [MEETING_ACT_YEAR, SENTENCE_HELD_YEAR, OCCASION_YEAR, DATE_ADJUNCT_YEAR, RELATIVE_YEAR]);
