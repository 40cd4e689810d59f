import { CLASS_NOUN_TITLES } from "../../ingest/core/classNounTitles.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("titles typed by a class noun beside them (ingest/core/classNounTitles.ts)", [CLASS_NOUN_TITLES]);
