/**
 * IMPLEMENTER_LABELS: the label words of a fact sheet's field or list that name who implements a programme
 * ("Implemented by: IOM", "Implementing agency: FAO", "Implementing partners: UNHCR; UNFPA"). Implementing the
 * programme is leading it, as the ontology reads LEADS. One lexicon for the readers of these labels: the sheet's lead
 * list (listRules.ts lead-agency), the programme's lead list (programmeListRules.ts programme-lead, which leaves the
 * partners to lead-agency), the labels only an initiative carries (coinedTitleName.ts) and the label lexicon's
 * lead-body phrases (rules/labelLexicon.ts). Regex sources, no anchors; `implementedBy` is plain words as well.
 */
export const IMPLEMENTER_LABELS = {
  /** The passive label: "Implemented by:". */
  implementedBy: "implemented by",
  /** The nouns after "implementing" that name the implementing body: "Implementing agency", "Implementing organisations". */
  agencies: "agency|agencies|organi[sz]ations?",
  /** The noun after "implementing" that names the implementing partners: "Implementing partner(s)". */
  partners: "partners?",
};
