import type { EntityKind } from "../../../src/ontology/ontology.js";
import type { HeadingList } from "./listRules.js";

/**
 * The question lexicon: what an FAQ's question heading asks, so that the names answering it are the relation's ends
 * (questionHeading.ts reads the question, questionAnswer.ts its answer). A question is a wh-word, for "which"/"what"
 * a noun saying what is asked for ("Which states", "What agencies"), and a verb phrase: "2. Who started it?",
 * "Q: Who pays for the programme?", "Which countries take part, and since when?".
 *  - `wh`: the asking word; `nouns` (for which/what): the plural or singular nouns asked for.
 *  - `verbs`: word sequences, any one of which, after the wh-word (and its noun), states the relation.
 *  - `answeredBy` (for a question that asks how, not who: "How it is run"): the verbs an answering clause must use
 *    after its names ("UNDP manages it"); a sentence of such a section that names a body doing something else is
 *    an account of the workings, not an answer.
 * The page's topic, or the body the question names ("Who founded the Colombo Process?"), is the other end. A question
 * that is future, modal or negated ("Who will host the next meeting?", "Which bodies did not join?") asks nothing
 * the page states; one whose clauses ask for different relations ("Who paid, and who ran it?") says nothing of its
 * answer's names. Every entry carries positive and negative pages; test/unit/questionLexicon.test.ts runs them.
 */
export interface QuestionSense extends Omit<HeadingList, "heading"> {
  wh: "who" | "which" | "where" | "what" | "how";
  nouns?: string[];
  verbs: string[];
  answeredBy?: string[];
}

/** Nouns a "which"/"what" question asks for, and the kinds of name that answer each. */
export const ASKED_NOUNS: Record<string, EntityKind[]> = {
  state: ["COUNTRY"], country: ["COUNTRY"], government: ["COUNTRY"], nation: ["COUNTRY"],
  agency: ["ORGANIZATION"], organisation: ["ORGANIZATION"], organization: ["ORGANIZATION"], body: ["ORGANIZATION"], institution: ["ORGANIZATION"],
  partner: ["ORGANIZATION", "COUNTRY"], donor: ["ORGANIZATION", "COUNTRY"], member: ["ORGANIZATION", "COUNTRY"],
};
const ASKED = Object.keys(ASKED_NOUNS);

const FOUNDED = ["started", "start", "starts", "founded", "found", "launched", "launch", "set up", "sets up", "set it up", "sets it up", "created", "create", "established", "establish", "initiated", "initiate", "was behind", "is behind", "came up with"];
const RUNS = ["runs", "run", "ran", "manages", "manage", "managed", "leads", "lead", "led", "implements", "implement", "implemented", "coordinates", "coordinate", "coordinated", "is in charge", "was in charge"];
const PAYS = ["pays", "pay", "paid", "funds", "fund", "funded", "finances", "finance", "financed", "financing", "funding", "sponsors", "sponsor", "sponsored", "contributes funds", "contributed funds", "contributes money", "contributed money", "gives money", "gave money", "provides funding", "provided funding", "provides the money", "provided the money"];
const HELPS = ["supports", "support", "supported", "helps", "help", "helped", "backs", "backed", "assists", "assisted", "provides the secretariat", "provided the secretariat", "hosts the secretariat", "hosted the secretariat", "serves as secretariat", "served as secretariat", "acts as secretariat", "acted as secretariat", "is the secretariat", "was the secretariat"];
const TAKE_PART = ["take part", "takes part", "took part", "taken part", "participate", "participates", "participated", "are participating", "were participating", "are involved", "were involved", "is involved", "was involved"];
const BELONG = ["the members are", "the members were", "are members", "were members", "are the members", "were the members", "is a member", "was a member", "are member states", "belong", "belongs", "belonged", "joined", "have joined", "has joined"];
const WORKS = ["work", "works", "worked", "operate", "operates", "operated", "is active", "was active", "is it active", "was it active", "is implemented", "was implemented", "is it implemented", "was it implemented", "run", "runs", "ran"];
// Who came to a meeting, or pledged at one, took part in it.
const CAME = ["came", "attended", "was there", "were there", "turned up", "sent delegations", "sent delegates"];
// Who spoke at one, or addressed it, was there; an answer must say so ("A opened the session"), as a critic's
// statement from afar is no part in it.
const SPOKE = ["spoke", "addressed it", "addressed the meeting", "took the floor", "made statements", "gave statements"];
const SPEAKING = ["spoke", "addressed", "took the floor", "made a statement", "made statements", "gave a statement", "gave statements", "opened", "closed", "delivered", "presented", "answered", "replied"];
const PLEDGED = ["pledged", "made pledges", "made a pledge", "gave", "donated", "put up money"];
// What was given at a meeting: its givers took part in it.
const GIVEN = ["was pledged", "were pledged", "was promised", "was given", "was offered", "was raised", "was committed", "did donors pledge", "did donors give", "did donors promise"];
// How a programme is run or paid for: the passive the heading asks in, and the active verbs an answer uses.
const RUN_HOW = ["is run", "was run", "is managed", "was managed", "is led", "was led", "is implemented", "was implemented", "is coordinated", "was coordinated", "is it run", "was it run", "is it managed", "is it led"];
const PAID_HOW = ["is funded", "was funded", "is financed", "was financed", "is paid for", "was paid for", "is it funded", "is it financed", "is it paid for"];
const COVERS = ["cover", "covers", "covered", "does cover", "target", "targets", "targeted", "work in", "works in", "worked in", "operate in", "operates in", "operated in", "is active in", "was active in", "benefit", "benefits", "benefited", "benefit from"];

const MIDA = "Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme.\n\n";
const JMDI = "Joint Migration and Development Initiative (JMDI)\n\nThe JMDI works with local authorities on migration.\n\n";
const RABAT = "The Rabat Process\n\nThe Rabat Process is a dialogue on migration between Europe and Africa.\n\n";
const BUDAPEST = "Budapest Process: questions and answers\n\nThe Budapest Process is a consultative forum of some fifty governments.\n\n";

export const QUESTION_SENSES: QuestionSense[] = [
  {
    id: "who-founded",
    // Who started or launched a body leads it, as a founder does in the rule table (LEADS: "launched").
    wh: "who", verbs: FOUNDED,
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${MIDA}2. Who started it?\nThe International Organization for Migration, in 2001.`, expect: ["org:iom", "ini:mida"] },
        { text: `${RABAT}Who set it up?\nThe initiative came from two governments acting together: Morocco and Spain, in 2006.`, expect: ["ctry:ma", "forum:rabat-process"] },
      ],
      negative: [
        { text: `${RABAT}Who set it up?\nSome fifty states, with Morocco as host of the first conference.`, expect: ["ctry:ma", "forum:rabat-process"] },
        { text: `${RABAT}Who will start the next phase?\nMorocco and Spain.`, expect: ["ctry:ma", "forum:rabat-process"] },
      ],
    },
  },
  {
    id: "who-runs",
    wh: "who", verbs: RUNS,
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE", "FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: `${JMDI}Q: Who runs the JMDI?\nA: The United Nations Development Programme, on behalf of the partner agencies.`, expect: ["org:undp", "ini:jmdi"] }],
      negative: [{ text: `${JMDI}Q: Who runs the JMDI?\nA: Not UNDP, whatever the press said.`, expect: ["org:undp", "ini:jmdi"] }],
    },
  },
  {
    id: "who-pays-initiative",
    // Money for a programme funds it; a forum is not funded in the ontology, so money for one supports it.
    wh: "who", verbs: PAYS,
    type: "FUNDS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        { text: `${MIDA}3. Who pays for it?\nItaly and Belgium cover most of the costs.`, expect: ["ctry:it", "ini:mida"] },
        { text: `${MIDA}Who funded the programme?\nThe European Union, through its migration budget line.`, expect: ["org:european-union", "ini:mida"] },
      ],
      negative: [
        { text: `${MIDA}Does Norway fund it?\nNorway hosted a workshop but gave no money.`, expect: ["ctry:no", "ini:mida"] },
        { text: `${MIDA}Who pays for it?\nNo donor is named; Norway was approached.`, expect: ["ctry:no", "ini:mida"] },
      ],
    },
  },
  {
    id: "who-pays-forum",
    wh: "who", verbs: PAYS,
    type: "SUPPORTS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: `${RABAT}5. Who paid for it, and who else helped?\nThe European Union and Switzerland.`, expect: ["org:european-union", "forum:rabat-process"] }],
      negative: [{ text: `${RABAT}5. Who paid for it?\nThe European Union paid for the meetings but never ran the process.`, expect: ["org:european-union", "forum:rabat-process"] }],
    },
  },
  {
    id: "who-helps",
    wh: "who", verbs: HELPS,
    type: "SUPPORTS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [{ text: `${RABAT}Who provides the secretariat?\nICMPD.`, expect: ["org:icmpd", "forum:rabat-process"] }],
      negative: [{ text: `${RABAT}Who provides the secretariat?\nICMPD did so until 2015, rather than a member state.`, expect: ["org:icmpd", "forum:rabat-process"] }],
    },
  },
  {
    id: "who-chairs",
    wh: "who", verbs: ["chairs", "chair", "chaired", "co-chairs", "co-chaired", "co chairs", "holds the chair", "held the chair", "presides", "presided", "holds the presidency", "held the presidency"],
    type: "CHAIRED", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: `${BUDAPEST}Who chairs it?\nTurkey, since 2006.`, expect: ["ctry:tr", "forum:budapest-process"] }],
      negative: [{ text: `${BUDAPEST}Who might chair it next?\nTurkey, perhaps.`, expect: ["ctry:tr", "forum:budapest-process"] }],
    },
  },
  {
    id: "which-take-part",
    wh: "which", nouns: ASKED, verbs: TAKE_PART,
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [
        // Year-labelled rows under a lead-in, in the question's section.
        { text: `${BUDAPEST}4. Which states took part, and since when?\nThe group grew over the years. By year of joining:\n- 1993: Austria, Hungary\n- 1995: Poland, Slovakia\n`, expect: ["ctry:sk", "forum:budapest-process"] },
        { text: `${JMDI}Which agencies take part?\nUNHCR, UNFPA and ILO, under the lead of UNDP.`, expect: ["org:unfpa", "ini:jmdi"] },
      ],
      negative: [
        // A row's own qualifier denies it.
        { text: `${BUDAPEST}4. Which states took part, and since when?\nBy year of joining:\n- 1993: Austria, Hungary\n- 2011: Iraq, not as a full participant\n`, expect: ["ctry:iq", "forum:budapest-process"] },
        // The states are asked for: an agency in the answer is none of them.
        { text: `${BUDAPEST}Which states take part?\nUNHCR and IOM advise the governments.`, expect: ["org:iom", "forum:budapest-process"] },
      ],
    },
  },
  {
    id: "who-takes-part",
    wh: "who", verbs: TAKE_PART,
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.65,
    examples: {
      positive: [{ text: `${JMDI}Who takes part?\nUNHCR and UNFPA, with UNDP in the lead.`, expect: ["org:unfpa", "ini:jmdi"] }],
      negative: [{ text: `${JMDI}Who takes part?\nAny agency may ask to join; UNFPA has asked.`, expect: ["org:unfpa", "ini:jmdi"] }],
    },
  },
  {
    id: "who-came",
    wh: "who", verbs: [...CAME, ...PLEDGED],
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.65,
    examples: {
      positive: [{ text: `${BUDAPEST}Who came?\nPoland and Hungary, with IOM as an observer.`, expect: ["ctry:pl", "forum:budapest-process"] }],
      negative: [{ text: `${BUDAPEST}Who came?\nNot Poland, which stayed away this year.`, expect: ["ctry:pl", "forum:budapest-process"] }],
    },
  },
  {
    id: "who-spoke",
    wh: "who", verbs: SPOKE, answeredBy: SPEAKING,
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.65,
    examples: {
      positive: [{ text: `${BUDAPEST}Who spoke?\nGeorgia took the floor after the co-chairs.`, expect: ["ctry:ge", "forum:budapest-process"] }],
      negative: [{ text: `${BUDAPEST}Who spoke?\nGeorgia may speak at the next round.`, expect: ["ctry:ge", "forum:budapest-process"] }],
    },
  },
  {
    id: "what-was-pledged",
    wh: "what", verbs: GIVEN,
    type: "PARTICIPATES_IN", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM"], confidence: 0.65,
    examples: {
      positive: [{ text: `${BUDAPEST}What was pledged?\nAustria and Hungary pledged most of the money.`, expect: ["ctry:hu", "forum:budapest-process"] }],
      negative: [{ text: `${BUDAPEST}What was pledged?\nHungary might pledge later in the year.`, expect: ["ctry:hu", "forum:budapest-process"] }],
    },
  },
  {
    id: "how-run",
    wh: "how", verbs: RUN_HOW, answeredBy: RUNS,
    type: "LEADS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE", "FORUM"], confidence: 0.7,
    examples: {
      positive: [{ text: `${MIDA}How is it run?\nThe International Organization for Migration manages it from its regional offices.`, expect: ["org:iom", "ini:mida"] }],
      negative: [{ text: `${MIDA}How is it run?\nThe International Organization for Migration sits on a board of twelve.`, expect: ["org:iom", "ini:mida"] }],
    },
  },
  {
    id: "how-funded-initiative",
    wh: "how", verbs: PAID_HOW, answeredBy: PAYS,
    type: "FUNDS", rows: ["ORGANIZATION", "COUNTRY"], topics: ["INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [{ text: `${MIDA}How is it funded?\nItaly and Belgium finance it.`, expect: ["ctry:be", "ini:mida"] }],
      negative: [{ text: `${MIDA}How is it funded?\nBelgium lends a building, and donors give the rest.`, expect: ["ctry:be", "ini:mida"] }],
    },
  },
  {
    id: "which-are-members",
    wh: "which", nouns: ASKED, verbs: BELONG,
    type: "MEMBER_OF", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE"], confidence: 0.7,
    examples: {
      positive: [{ text: `${RABAT}Which countries are members?\nMorocco, Senegal, Spain and France, among some sixty states.`, expect: ["ctry:sn", "forum:rabat-process"] }],
      negative: [{ text: `${RABAT}Which countries are observers?\nSenegal.`, expect: ["ctry:sn", "forum:rabat-process"] }],
    },
  },
  {
    id: "who-are-members",
    // A network that is a body of its own has members too ("Who the members are" on its yearly report).
    wh: "who", verbs: BELONG,
    type: "MEMBER_OF", rows: ["ORGANIZATION", "COUNTRY"], topics: ["FORUM", "INITIATIVE", "ORGANIZATION"], confidence: 0.7,
    examples: {
      positive: [{ text: `${RABAT}Who are the members?\nMorocco, Senegal and Spain, among others.`, expect: ["ctry:sn", "forum:rabat-process"] }],
      negative: [{ text: `${RABAT}Who are the members?\nSome sixty states; Senegal hosted the first meeting.`, expect: ["ctry:sn", "forum:rabat-process"] }],
    },
  },
  {
    id: "where-it-works",
    // Where a programme works: the answer's states are where it operates (not where it is based or met).
    // The answer names the states and nothing else they do ("Ghana and Ethiopia."): a clause going on with a verb
    // speaks of donors, plans or people ("Norway pays for the work", "Uganda is next in line").
    wh: "where", verbs: WORKS, answeredBy: ["", "is covered", "are covered", "was covered", "were covered"],
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [{ text: `${MIDA}4. Where does it work?\nGhana, Ethiopia and Somalia.`, expect: ["ini:mida", "ctry:et"] }],
      negative: [{ text: `${MIDA}Where is it based?\nIn Nairobi, Kenya.`, expect: ["ini:mida", "ctry:ke"] }],
    },
  },
  {
    id: "which-countries-covered",
    wh: "which", nouns: ["state", "country", "nation"], verbs: COVERS,
    type: "OPERATES_IN", rows: ["COUNTRY"], topics: ["INITIATIVE"], rowsAreTargets: true, confidence: 0.7,
    examples: {
      positive: [{ text: `${MIDA}Which countries does it cover?\nGhana, Ethiopia and Somalia.`, expect: ["ini:mida", "ctry:et"] }],
      negative: [{ text: `${MIDA}Which countries will it cover next?\nEthiopia, if funds allow.`, expect: ["ini:mida", "ctry:et"] }],
    },
  },
];
