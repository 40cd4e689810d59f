import { STATE_NETWORK_NAMES } from "../../ingest/core/stateNetworkName.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a network named as one of states is a forum (ingest/core/stateNetworkName.ts)", [STATE_NETWORK_NAMES]);
