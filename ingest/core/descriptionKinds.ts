import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import type { DescriptionHead } from "./descriptionHeads.js";

/** The kinds a body that carries a head word may have been filed under (a state or a treaty is no "Council"). */
const ACTOR_BODIES: EntityKind[] = ["ORGANIZATION", "FORUM", "INITIATIVE"];

/**
 * "Programme" and "Project" head the names of UN agencies (the United Nations Development Programme, the World Food
 * Programme): "the Programme" written of a programme the page speaks of is never the agency named beside it.
 */
const AGENCY_HEADS = /^(?:Programmes?|Programs?|Projects?)$/;

/**
 * The kinds a definite description may stand for. A head that the name must carry ("the Council", "the Forum", "the
 * network") says by the name's own head word which body is meant, whatever kind the body was filed under: "the
 * Transatlantic Council on Migration, an initiative of MPI … The Council is supported by A" is that initiative, and
 * "Migrant Forum in Asia … the Forum" that organization. The head's own kinds come first. A programme's head written
 * capitalised is a short name the name must carry (describedReferent.ts), so it too may be a body of another kind: "the
 * Platform" of the "Platform for International Cooperation on Undocumented Migrants", an organization (not "the
 * Programme", AGENCY_HEADS). A head taken on
 * kind alone ("the programme"), a treaty's head or a meeting's head keeps its kinds.
 */
export function descriptionKinds(head: DescriptionHead, written = ""): EntityKind[] {
  if (head.event) return head.kinds;
  const shortName = /^[A-Z]/.test(written.trim()) && head.kinds.every((k) => ACTOR_BODIES.includes(k)) && !AGENCY_HEADS.test(written.trim());
  if (!head.carries && !shortName) return head.kinds;
  return [...head.kinds, ...ACTOR_BODIES.filter((k) => !head.kinds.includes(k))];
}

/** Sentences the reading must get right; test/unit/descriptionHeads.test.ts runs them through the whole pipeline. */
export const DESCRIPTION_KIND_EXAMPLES: { positive: { text: string; expect: [RelationType, string, string] }[]; negative: { text: string; expect: [RelationType, string, string] }[] } = {
  positive: [
    {
      text: "The report was written for the Atlantic Council on Mobility, an initiative of the Migration Policy Institute. The Council is supported by Norway and Sweden.",
      expect: ["SUPPORTS", "ctry:no", "ini:atlantic-council-on-mobility"],
    },
    // "the Platform" written capitalised is the short name of a body filed as an organization.
    {
      text: "PICUM was founded in Brussels in 2001 as an association of charities. Caritas Europa is a member of the Platform.",
      expect: ["MEMBER_OF", "org:caritas-europa", "org:picum"],
    },
  ],
  negative: [
    // A heading that names another body is a change of topic: "the Council" under it is not the earlier one.
    {
      text: "The report was written for the Atlantic Council on Mobility, an initiative of the Migration Policy Institute.\n\nOther programmes\n\nThe Council is supported by Norway and Sweden.",
      expect: ["SUPPORTS", "ctry:no", "ini:atlantic-council-on-mobility"],
    },
    // Two bodies that carry the head named in one sentence: "the Council" after it is neither.
    {
      text: "The Atlantic Council on Mobility, an initiative of the Migration Policy Institute, reports to the Nordic Council of Ministers. The Council is supported by Norway and Sweden.",
      expect: ["SUPPORTS", "ctry:no", "ini:atlantic-council-on-mobility"],
    },
    // Lower-case "the platform" is taken on kind alone: an initiative, never an organization named before.
    {
      text: "PICUM was founded in Brussels in 2001 as an association of charities. Caritas Europa is a member of the platform.",
      expect: ["MEMBER_OF", "org:caritas-europa", "org:picum"],
    },
  ],
};
