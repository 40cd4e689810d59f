import { DATED_VENUE, DATED_VENUE_OF_BODY } from "../../ingest/core/datedVenue.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a meeting's place before its date is a venue, not a word of its name (ingest/core/datedVenue.ts)", [DATED_VENUE, DATED_VENUE_OF_BODY]);
