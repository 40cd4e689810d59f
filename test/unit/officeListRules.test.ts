import { OFFICE_LISTS } from "../../ingest/core/rules/officeListRules.js";
import { describeExamples, rowsMeetSomeTopic } from "./support/describeExamples.js";

/** Every office label runs its own positive and negative pages through the whole pipeline. */
describeExamples("a body's seat and offices on its profile (data) with their example pages", OFFICE_LISTS, { page: "profile.txt", ends: rowsMeetSomeTopic, exactlyOnce: true });
