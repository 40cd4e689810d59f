import { namesOtherHead, sits, type Sitter } from "./datedBodySitting.js";
import { headWord } from "./headKind.js";
import { MONTH } from "./months.js";
import type { Mention } from "./types.js";

/**
 * BARE_HEAD_ITS: "At its 49th session the Commission adopted …", "The committee was set up at its first session": a
 * numbered sitting whose "its" stands for a body the sentence shortens to its head word, capitalised or not. The
 * head is the clause's subject right after a fronted phrase, or the subject the sentence opens on with no other name
 * before "its". It is the one committee, council, board, commission or assembly of that head the passage named before
 * it, else the one the page has named so far; two of them, or the head written for another body in the passage
 * ("Tinland's Council", "the Council of the Lake States"), leave it unread. Examples are page texts run through the
 * whole pipeline (test/unit/bareHeadIts.test.ts); `event` names the sitting's series and year.
 */
export const BARE_HEAD_ITS = {
  id: "bare-head-its",
  positive: [
    { text: "The Andean Statistical Commission gathers the statistical offices of four states.\n\n2018\nAt its 49th session the Commission adopted the two texts.", parentId: "org:andean-statistical-commission", year: 2018 },
    { text: "The Andean Statistical Commission gathers the statistical offices of four states. At its 49th session in 2018, the Commission adopted the two texts.", parentId: "org:andean-statistical-commission", year: 2018 },
    { text: "The Andean Fisheries Committee gathers the fisheries ministers of Peru, Chile and Ecuador.\n\nHow it began\nThe committee was set up at its first session, held in Lima in November 2015.", parentId: "org:andean-fisheries-committee", year: 2015 },
    // The body written in full and short before: one body, not two.
    { text: "The Andean Statistical Commission gathers the statistical offices of four states.\n\n2016\nAt its 47th session the Statistical Commission set up a group.\n\n2018\nAt its 49th session the Commission adopted the two texts.", parentId: "org:andean-statistical-commission", year: 2018 },
    { text: "The Tasman Labour Council brings together the labour ministers of Australia and New Zealand. The Council adopted the plan at its third meeting in Hobart in 2019.", parentId: "org:tasman-labour-council", year: 2019 },
  ],
  negative: [
    // Two commissions named before: which one sat is not said.
    { text: "The Andean Statistical Commission and the Andean Fisheries Commission met in Lima.\n\n2018\nAt its 49th session the Commission adopted the two texts.", parentId: "org:andean-statistical-commission", year: 2018 },
    // The head is written for another body in the passage.
    { text: "The Andean Statistical Commission gathers the statistical offices of four states.\n\n2018\nThe Commission of the Lake States met as well. At its 49th session the Commission adopted the two texts.", parentId: "org:andean-statistical-commission", year: 2018 },
    // No body of that head named before.
    { text: "The Andean Statistical Office gathers the statistical data of four states.\n\n2018\nAt its 49th session the Commission adopted the two texts.", parentId: "org:andean-statistical-office", year: 2018 },
    // Another name stands before "its": that name's sitting, not the committee's.
    { text: "The Andean Fisheries Committee gathers the fisheries ministers of Peru, Chile and Ecuador. The committee wrote to the Andean Statistics Office at its first session in 2015.", parentId: "org:andean-fisheries-committee", year: 2015 },
  ],
};

const HEADS = "commission|council|board|committee|assembly";
/** The fronted phrase's own time ("in 2018", "in May 2018"), then the bare head as the clause's subject. */
const AFTER_FRONTED = new RegExp(String.raw`^,?\s+(?:(?:in|on|during)\s+(?:(?:\d{1,2}\s+)?${MONTH}\s+)?(?:19|20)\d{2},?\s+|in\s+${MONTH},?\s+)?the\s+(${HEADS})\s+(?=[a-z])`, "i");
/** A sentence opening on the bare head as its subject ("The committee was set up …"). */
const OPENING = new RegExp(String.raw`^\s*the\s+(${HEADS})\s+(?=[a-z])`, "i");

/** The bare head a numbered "its" phrase [at, end) stands for, with where it is written; else null. */
export function bareHeadSubject(text: string, sentenceStart: number, at: number, end: number, fronted: boolean, sorted: readonly Mention[]): { head: string; at: number } | null {
  const head = (m: RegExpExecArray | null, from: number) => (m ? { head: m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase(), at: from + m[0].search(new RegExp(m[1]!, "i")) } : null);
  if (fronted) return head(AFTER_FRONTED.exec(text.slice(end, end + 60)), end);
  if (sorted.some((m) => m.kind !== "COUNTRY" && m.localStart >= sentenceStart && m.localEnd <= at)) return null;
  return head(OPENING.exec(text.slice(sentenceStart, at)), sentenceStart);
}

/** The one sitting body of that head the passage named before `at`, else the one the page has named so far (BARE_HEAD_ITS). */
export function bareHeadBody(head: string, headAt: number, text: string, sorted: Mention[], page: ReadonlyMap<string, Set<string>> | undefined, entityOf: (key: string) => Sitter | undefined): string | null {
  const here = new Set(sorted.filter((m) => m.localEnd <= headAt).filter((m) => { const e = entityOf(m.key); return sits(e) && headWord(e.name) === head; }).map((m) => m.key));
  const ids = here.size > 0 ? here : page?.get(head);
  const id = ids ? oneBody([...ids], entityOf) : null;
  return id && !namesOtherHead(text, head, headAt, sorted, entityOf) ? id : null;
}

/**
 * The one body among `ids`: a name that ends another one ("Statistical Commission", "United Nations Statistical
 * Commission") is that body written short, before the resolver folds the two; else none where there are two.
 */
function oneBody(ids: string[], entityOf: (key: string) => Sitter | undefined): string | null {
  const named = ids.map((id) => ({ id, name: entityOf(id)?.name.toLowerCase() ?? "" })).sort((a, b) => b.name.length - a.name.length);
  const longest = named[0];
  if (!longest) return null;
  return named.every((n) => n === longest || (n.name.length > 0 && longest.name.endsWith(` ${n.name}`))) ? longest.id : null;
}
