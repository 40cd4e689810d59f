import { KNOWN_BEFORE_COMPLEMENT } from "../../ingest/core/knownBeforeComplement.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("initiative names (init18): every example of every rule", [KNOWN_BEFORE_COMPLEMENT]);
