import type { M } from "./mentionLists.js";
import { answerRows, type Answer } from "./questionAnswer.js";
import type { RelationType } from "../../src/ontology/ontology.js";

/**
 * An FAQ's answer: the names opening its first sentence (answerRows) answer the question above it, each linked to
 * the body the question is about by every list the question asks for (questionHeading.ts) whose kinds fit.
 */
export function answerRelations(text: string, own: readonly M[], answer: Answer, topic: M, add: (type: RelationType, sourceId: string, targetId: string, method: string, confidence: number) => unknown): void {
  for (const r of answerRows(text, own)) {
    for (const l of answer.lists) {
      if (!l.rows.includes(r.kind) || !l.topics.includes(topic.kind) || r.id === topic.id) continue;
      add(l.type, l.rowsAreTargets ? topic.id : r.id, l.rowsAreTargets ? r.id : topic.id, l.id, l.confidence);
    }
  }
}
