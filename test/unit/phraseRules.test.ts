import { PHRASE_RULES } from "../../ingest/core/phraseRules.js";
import { describeExamples } from "./support/describeExamples.js";

/** Every phrase reading runs its own positive and negative sentences through the whole pipeline. */

describeExamples("phrase readings (data) with their example sentences", PHRASE_RULES, { page: "spec.txt", exactlyOnce: false });
