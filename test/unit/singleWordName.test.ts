import { SINGLE_WORD_NAMES } from "../../ingest/core/singleWordName.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("one word an apposition or copula names (ingest/core/singleWordName.ts)", [SINGLE_WORD_NAMES]);
