import { ORGANISATION_NETWORKS } from "../../ingest/core/organisationNetwork.js";
import { describeNameRules } from "../support/nameRuleSpecs.js";

describeNameRules("a network of organizations is an organization (ingest/core/organisationNetwork.ts)", [ORGANISATION_NETWORKS]);
