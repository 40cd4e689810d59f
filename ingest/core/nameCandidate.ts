import { barePluralOpening } from "./barePluralSittings.js";
import { cutNameComplement } from "./cutNameComplement.js";
import { findNameOwner } from "./findNameOwner.js";
import { nameDraft } from "./nameDraft.js";
import type { PassageScan } from "./PassageScan.js";
import { isPublicationSubtitle, notePublicationTitle } from "./publicationSubtitle.js";
import { readNameKind } from "./readNameKind.js";
import { registerName } from "./registerName.js";
import { settleNameParent } from "./settleNameParent.js";
import { isStateTitle } from "./stateTitle.js";
import { isStageLabel } from "./stageLabel.js";

/** One name phrase read as an entity: trimmed, its parent or owner found, its kind read by its head noun. */
export function nameCandidate(scan: PassageScan, phrase: string, phraseStart: number): void {
  // "Meetings of the Harbour Council so far:": the sittings of the body after "of", no series (BARE_PLURAL_SITTINGS).
  const bare = barePluralOpening(phrase);
  if (bare > 0) return nameCandidate(scan, phrase.slice(bare), phraseStart + bare);
  const draft = nameDraft(scan, phrase, phraseStart);
  if (!draft) return;
  // "Part B is a regional network": a stage label alone names no body (STAGE_LABELS).
  if (isStageLabel(draft.name)) return;
  // "the Union of the Comoros": a state's formal style names the state its country mention gives (STATE_TITLE).
  if (isStateTitle(draft)) return;
  // "… entitled “Refugee Protection: The 10-Point Plan in Action”": a publication's subtitle (PUBLICATION_SUBTITLE).
  if (isPublicationSubtitle(scan.text, draft.start, draft.end)) return notePublicationTitle(scan.doc, draft.name);
  if (!findNameOwner(draft) || !cutNameComplement(draft, nameCandidate)) return;
  const reading = readNameKind(draft);
  const settling = reading && settleNameParent(draft, reading);
  if (reading && settling) registerName(draft, reading, settling);
}
