import type { EntityKind } from "../../src/ontology/ontology.js";
import { DEFINITE_DESCRIPTION, MODIFIED_DESCRIPTION, SORTED_DESCRIPTION, VENUE_AFTER, carriesHead, headFor } from "./descriptionHeads.js";
import { descriptionKinds } from "./descriptionKinds.js";
import { seatCountry } from "./seatCountry.js";
import type { M } from "./mentionLists.js";
import { BARE_PLURAL, PLURAL_REFERENCE, bareCount, barePluralReferents, pluralReferents } from "./pluralReference.js";
import { modifiedReferent } from "./modifiedReferent.js";
import { NUMBERED, PHASE_NAME, PHASE_NUMBERS, namesNumber, ordinalOf } from "./descriptionNumber.js";
import { carriedSubject } from "./carriedSubject.js";
import { joinedObjectAt } from "./joinedObject.js";
import { pluralEventPronouns } from "./pluralEventPronoun.js";
import { readPronouns, type PronounScope } from "./pronounReferents.js";
import { describedReferent, otherYear, type Referents } from "./describedReferent.js";
import type { EntityReading } from "./EntityReading.js";
import type { Salient } from "./Salient.js";
import { definedClass } from "./definedClass.js";
import { quotedClasses } from "./quotedClass.js";
import { unnamedAntecedent } from "./unnamedAntecedent.js";
import { pairedSubject, pairReferences } from "./pairedSubject.js";
import { moneySource } from "./moneySource.js";
import { CHOICE_BEFORE, PLURAL_CHOICE_BEFORE } from "./choiceBefore.js";

export type { Salient };

/**
 * A sentence opening with a noun phrase of its own: "The second phase kept …", "This window was …", "Each phase …".
 * Named or not, "It"/"Its" after it speaks of that thing, never of a body named earlier.
 */
const UNNAMED_SUBJECT = /^\s*(?:(?:The|This|That|These|Those)\s+[a-z]|(?:A|An|Each|Every)\s+(?:[a-z][\w-]*\s+){0,3}?(?:phase|stage|project|programme|program|plan|initiative|window|component|round|cycle|edition|meeting|study|report|fund|facility)s?\b)/;

/**
 * Coreference within a section: "It is co-chaired by …", "Its members are …", "the Forum",
 * "the programme", "the treaty". Each reference becomes a mention marked `via: "coref"`
 * that points at an entity named earlier in the same section (or article, or chapter).
 *  - A pronoun opening a sentence ("It", "Its") is the subject of the sentence before.
 *  - "its" inside a sentence is the nearest organization, forum or initiative before it in
 *    that sentence, named or described (pronounReferents.ts), else the subject of the sentence before.
 *  - "it" after a verb or preposition ("ratified or acceded to it") is something named before that is not a
 *    country, of a kind the verb can act on (objectPronoun.ts).
 *  - A definite description ("the Task Force", "the centre", "the event") follows the head words
 *    kept as data in descriptionHeads.ts. "the Organization" in an agency's chapter is that agency
 *    (recognise marks it already).
 */
export class Coreference {
  private history: Salient[] = [];
  private previousSubject: Salient | null = null;
  /** The sentence before opened with a state and named more ("Italy gave money from the Fund to the programme X."). */
  private previousOpenedByState = false;
  /** The state that opened the sentence before, when it named more. */
  private previousOpener: Salient | null = null;
  /** The two bodies that together opened the sentence before ("A and B signed …"), for "the two" and "Both" (pairedSubject.ts). */
  private previousPair: [Salient, Salient] | null = null;
  private scope: string | null = null;
  private sentences = 0;
  /** The scope's last sentences by number: what a description reads between its referent and itself. */
  private texts: Array<{ n: number; text: string }> = [];
  /** Bodies a sentence of this scope was about: one named later beside an amount is still the topic, not a mere source. */
  private subjects = new Set<string>();
  /** The meeting or programme the scope's heading names ("The Accra meeting, June 2021"), which an object "it" may speak of (headingReferent). */
  private headingReferent: Salient | null = null;
  /** The sentence count at which the heading's referent was noted: a row of a list heads the sentences after it, not the scope. */
  private headingFrom = 0;

  /**
   * The state's body a profile page is titled by ("Department of Coastal Affairs (DCA), Tinland - profile",
   * titleState.ts): its short name written capitalised ("the Department") is that body, though the page names other
   * departments in full before it ("taken from the Department of Ports").
   */
  pageStateBody: string | null = null;

  /** The class noun a body was defined by on this page ("The Harbour Welcome Circle is a network that …"), kept across scopes (definedClass.ts). */
  private definedAs = new Map<string, string>();

  constructor(private readonly nameOf: (id: string) => EntityReading | undefined) {}

  /** Starts a new scope when the section, article or chapter changes; says whether it did. */
  enter(scope: string): boolean {
    if (scope === this.scope) return false;
    this.scope = scope;
    this.sentences = 0;
    this.history = [];
    this.texts = [];
    this.subjects = new Set();
    this.previousSubject = null;
    this.previousOpenedByState = false;
    this.previousOpener = null;
    this.previousPair = null;
    this.headingReferent = null;
    this.headingFrom = 0;
    return true;
  }

  /** References in `text` resolved to earlier entities; `ms` are the sentence's own mentions. */
  resolve(text: string, ms: M[], ownerId: string | null, named?: (kind: EntityKind) => string | null, meetingOf?: (forumId: string) => string | null, pageEvent?: () => string | null): M[] {
    const out: M[] = [];
    const taken = (s: number, e: number) => ms.some((m) => s < m.end && m.start < e);
    const deferred = readPronouns(text, ms, out, this.pronounScope(), ownerId);
    for (const d of text.matchAll(DEFINITE_DESCRIPTION)) {
      const s = d.index!;
      const e = s + d[0].length;
      if (taken(s, e) || CHOICE_BEFORE.test(text.slice(Math.max(0, s - 24), s))) continue;
      // "the Forum in Mexico" is one of the Forum's meetings; "the conference in Yemen" may be any conference held there.
      if (VENUE_AFTER.test(text.slice(e))) continue;
      // "Caritas began a campaign of its own, and Norway funded the campaign": that unnamed one (UNNAMED_ANTECEDENT).
      if (unnamedAntecedent(text, s, d[1]!, [...ms, ...out])) continue;
      // "The Reef Pact … set up X; UNHCR supports the Pact": a carrier named earlier in this sentence is nearer than any before it.
      const near = this.nearCarrier(d[1]!, ms.filter((m) => m.end <= s));
      if (near) {
        out.push({ ...near, start: s, end: e, via: "coref" });
        continue;
      }
      let target = describedReferent(this.referents(text.slice(0, s)), d[1]!, ownerId, named, pageEvent, text.slice(e, e + 24));
      // "Ghana hosted the workshop in 2020" after the 2018 workshop: a sentence of another year speaks of another sitting.
      const reading = target ? this.nameOf(target.id) : undefined;
      if (reading?.isEvent && otherYear(reading.year, text)) target = null;
      // "Sudan hosted the seventh meeting" after the sixth was named: a numbered meeting is the one of that number.
      const number = ordinalOf(d[0]);
      if (target && number && this.nameOf(target.id)?.isEvent && !namesNumber(this.nameOf(target.id)!.name, number)) target = null;
      // "the second phase" is the phase of that number ("… Phase II"), never the one named last whatever its number.
      const phase = target ? PHASE_NAME.exec(this.nameOf(target.id)?.name ?? "") : null;
      if (target && phase && (!number || PHASE_NUMBERS.indexOf(phase[1]!) + 1 !== number)) target = null;
      if (phase && target) {
        out.push({ id: target.id, kind: target.kind, isEvent: false, start: s, end: e, via: "coref" });
        continue;
      }
      // "the seventh Conference", "The 16th Conference": a numbered one is a meeting of the standing body, never the body;
      // it is that meeting when the year is known, else nothing.
      if (target && !this.nameOf(target.id)?.isEvent && NUMBERED.test(d[0])) {
        const meeting = meetingOf?.(target.id);
        target = meeting ? this.salient(meeting) : null;
      }
      if (target) out.push({ id: target.id, kind: target.kind, isEvent: this.nameOf(target.id)?.isEvent === true, start: s, end: e, via: "coref" });
    }
    // "… allow the Fund to scale up its hotspots": "its" is what the description before it was read as, or nothing.
    for (const p of deferred) {
      const d = out.find((m) => m.start === p.at && m.via === "coref");
      if (d) out.push({ ...d, start: p.start, end: p.end });
    }
    // "… hosted the talks, and its minister chaired them" (pluralEventPronoun.ts).
    for (const t of pluralEventPronouns(text, out)) if (!taken(t.start, t.end)) out.push(t);
    for (const d of text.matchAll(MODIFIED_DESCRIPTION)) {
      const s = d.index!;
      const e = s + d[0].length;
      if (taken(s, e) || out.some((m) => s < m.end && m.start < e)) continue;
      const target = modifiedReferent(this.history, this.nameOf, d[1]!, d[2]!);
      if (target) out.push({ id: target.id, kind: target.kind, isEvent: false, start: s, end: e, via: "coref" });
    }
    // "This research and advocacy project": words of a programme's sort before the head, read as the head alone.
    for (const d of text.matchAll(SORTED_DESCRIPTION)) {
      const s = d.index!;
      const e = s + d[0].length;
      if (taken(s, e) || out.some((m) => s < m.end && m.start < e) || CHOICE_BEFORE.test(text.slice(Math.max(0, s - 24), s)) || VENUE_AFTER.test(text.slice(e))) continue;
      const target = describedReferent(this.referents(), d[1]!, ownerId, named, pageEvent);
      if (target) out.push({ id: target.id, kind: target.kind, isEvent: false, start: s, end: e, via: "coref" });
    }
    for (const p of text.matchAll(PLURAL_REFERENCE)) {
      let s = p.index!;
      const e = s + p[0].length;
      // "the six GCC states": a name standing as the modifier keeps its mention, and the reference is the noun.
      const head = e - p[4]!.length;
      if (ms.some((m) => m.start >= s && m.end <= head && /^\s+$/.test(text.slice(m.end, head))) && !taken(head, e)) s = head;
      // "each of the five States" is every one of them, no choice among them.
      if (taken(s, e) || PLURAL_CHOICE_BEFORE.test(text.slice(Math.max(0, p.index! - 24), p.index!))) continue;
      for (const t of pluralReferents(p, this.history, this.nameOf, this.sentences)) out.push({ id: t.id, kind: t.kind, isEvent: this.nameOf(t.id)?.isEvent === true, start: s, end: e, via: "coref" });
    }
    // "All three are full members of SICA": as many states, or bodies, as the sentence right before named.
    const bare = text ? BARE_PLURAL.exec(text) : null;
    if (bare) {
      const e = bare.index + bare[0].length;
      const s = e - bare[0].trimStart().replace(/^["“(]+/, "").length;
      if (!taken(s, e) && !out.some((m) => s < m.end && m.start < e)) for (const t of barePluralReferents(this.history.filter((h) => !this.nameOf(h.id)?.isEvent), bareCount(bare), this.sentences)) out.push({ id: t.id, kind: t.kind, isEvent: false, start: s, end: e, via: "coref" });
    }
    // "A and B signed a memorandum. In 2019 the two launched X": both of the pair that opened the sentence before.
    if (this.previousPair) for (const t of pairReferences(text, this.previousPair, (s, e) => taken(s, e) || out.some((m) => s < m.end && m.start < e))) out.push(t);
    const joined = this.joinedObject(text, [...ms, ...out]);
    if (joined) out.push(joined);
    // Last, so that a subject which is itself a reference ("The Task Force … and is comprised of") is carried.
    const carried = carriedSubject(text, [...ms, ...out]);
    if (carried) out.push(carried);
    return out;
  }

  /**
   * "The Bali Process was founded in 2002. Fiji and Nauru joined later.": "joined" with no object of its own joined
   * what the sentence right before was about, when that is a standing forum or an initiative and this sentence names
   * none (joinedObject.ts). The object is placed right after the verb, so the predicate reader reads "Fiji and Nauru
   * joined [it]" and its negation and modal checks still apply.
   */
  private joinedObject(text: string, ms: M[]): M | null {
    const subject = this.previousSubject;
    if (!subject || (subject.kind !== "FORUM" && subject.kind !== "INITIATIVE") || this.nameOf(subject.id)?.isEvent) return null;
    // "Greece already took part in the Budapest Process. The Netherlands joined in 2023.": a state opened the sentence
    // before, so the forum was what that state did something in, not what the sentence was about.
    if (this.previousOpenedByState) return null;
    if (this.history.find((h) => h.id === subject.id)?.sentence !== this.sentences) return null;
    const at = joinedObjectAt(text, ms);
    return at === null ? null : { id: subject.id, kind: subject.kind, isEvent: false, start: at, end: at, via: "coref" };
  }

  /** The last of `before` (own mentions) whose name carries a carried, non-meeting head. */
  private nearCarrier(phrase: string, before: M[]): { id: string; kind: EntityKind; isEvent: false } | null {
    const head = headFor(phrase);
    if (!head?.carries || head.event || head.part) return null;
    const word = phrase.toLowerCase().replace(/\s+/g, " ");
    const hit = before.filter((m) => !m.isEvent && descriptionKinds(head).includes(m.kind) && carriesHead(this.nameOf(m.id)?.name ?? "", word)).at(-1);
    return hit ? { id: hit.id, kind: hit.kind, isEvent: false } : null;
  }

  /** Records what the scope's heading names, before its first sentence; a meeting or programme it names is the heading's referent. */
  noteHeading(m: M): void {
    this.note([m]);
    this.headingReferent = m.isEvent || m.kind === "INITIATIVE" ? this.salient(m.id) : null;
    this.headingFrom = this.sentences;
  }

  /**
   * Records a sentence's mentions (own and resolved) once it has been read. A sentence that names nothing but opens
   * with a noun phrase of its own ("The second phase kept the same aims.") becomes the subject "Its" or "It" then
   * speaks of, so no earlier entity stays the previous subject.
   */
  note(ms: M[], text?: string): void {
    if (ms.length === 0 && text && UNNAMED_SUBJECT.test(text)) this.previousSubject = null;
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    const defined = text ? definedClass(text, sorted) : null;
    if (defined && !this.definedAs.has(defined.id)) this.definedAs.set(defined.id, defined.noun);
    // "runs the project "X"": the quoted title is of the class named before it (quotedClass.ts).
    if (text) for (const q of quotedClasses(text, sorted)) if (!this.definedAs.has(q.id)) this.definedAs.set(q.id, q.noun);
    this.sentences++;
    if (text !== undefined) this.texts = [...this.texts.slice(-5), { n: this.sentences, text }];
    // A body named only as the money's source or budget line is no subject and no antecedent (moneySource.ts), unless an
    // earlier sentence of the scope was about it.
    const source = (m: M) => text !== undefined && m.via !== "coref" && m.start >= 0 && !this.subjects.has(m.id) && moneySource(text, m.start);
    for (const m of sorted) {
      const s = this.salient(m.id);
      if (!s) continue;
      s.sentence = this.sentences;
      if (source(m) && !sorted.some((o) => o.id === m.id && o !== m && !source(o))) s.source = true;
      this.history = this.history.filter((h) => h.id !== s.id);
      this.history.push(s);
      if (this.history.length > 30) this.history.shift();
    }
    this.previousPair = text ? pairedSubject(text, sorted.filter((m) => !this.nameOf(m.id)?.isEvent), (id) => this.salient(id)) : null;
    // "2024 – Provedor for Human Rights and Justice (PDHJ), Timor-Leste.": the state closing a body's address says where
    // the body sits; it is no subject, so "Under its chair …" next does not read the state (seatCountry.ts).
    const seat = (m: M) => text !== undefined && m.via !== "coref" && m.start >= 0 && seatCountry(text, sorted, m);
    const actors = sorted.filter((m) => !source(m) && !seat(m));
    const subject = actors.find((m) => m.kind !== "COUNTRY" || actors.length === 1) ?? actors[0];
    if (!subject && sorted.some(seat)) this.previousSubject = null;
    this.previousOpenedByState = sorted.length > 1 && sorted[0]!.kind === "COUNTRY";
    this.previousOpener = this.previousOpenedByState ? this.salient(sorted[0]!.id) : null;
    // "A and B began in 2018. It is financed by C": a pair opened the sentence, so a singular "It" after it is neither.
    if (subject) this.previousSubject = this.previousPair?.some((p) => p.id === subject.id) ? null : this.salient(subject.id);
    if (subject && subject.via !== "coref") this.subjects.add(subject.id);
  }

  /** The most recent entity of one of these kinds (the topic of a heading list); with meetingFirst, the most recent meeting if any. */
  latest(kinds: EntityKind[], meetingFirst = false, within?: number): M | null {
    const recent = [...this.history].reverse().filter((x) => within === undefined || this.sentences - (x.sentence ?? 0) < within);
    // Who was present is said of a meeting: the last meeting named in the scope, before any standing body named since.
    const h = (meetingFirst ? recent.find((x) => kinds.includes(x.kind) && this.nameOf(x.id)?.isEvent === true) : undefined) ?? recent.find((x) => kinds.includes(x.kind));
    return h ? { id: h.id, kind: h.kind, isEvent: this.nameOf(h.id)?.isEvent === true, start: -1, end: -1, via: "coref" } : null;
  }

  /** What a pronoun reads at this point of the scope (pronounReferents.ts). */
  private pronounScope(): PronounScope {
    const texts = this.texts;
    return {
      previousSubject: this.previousSubject, previousOpenedByState: this.previousOpenedByState, previousOpener: this.previousOpener, history: this.history, sentences: this.sentences, headingReferent: this.headingReferent, headingFrom: this.headingFrom,
      previousText: texts.at(-1)?.n === this.sentences ? texts.at(-1)!.text : null,
      // Joined only where a pronoun's reading asks for it (pronounReferents.ts), which most sentences never do. `texts`
      // is replaced, never changed in place, when a sentence is noted, so the join reads the scope as it is now.
      get recentText() {
        return texts.map((t) => t.text).join(" ");
      },
      salient: (id) => this.salient(id), nameOf: this.nameOf,
    };
  }

  /** What a description reads at this point of the scope (describedReferent.ts). */
  private referents(prefix = ""): Referents {
    const textAfter = (n: number) => [...this.texts.filter((t) => t.n > n).map((t) => t.text), prefix].join(" ");
    return { history: this.history, nameOf: this.nameOf, salient: (id) => this.salient(id), pageStateBody: this.pageStateBody, textAfter };
  }

  private salient(id: string): Salient | null {
    const e = this.nameOf(id);
    // A body defined as "a network" carries that head as if it were a name of its own ("the network").
    const defined = this.definedAs.get(id);
    return e ? { id, kind: e.kind, name: defined ? `${e.name} | ${defined}` : e.name } : null;
  }
}
