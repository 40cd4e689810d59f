import type { RelationRule } from "./RelationRule.js";

export const PLACE_RULES: RelationRule[] = [
  {
    id: "operates-in",
    type: "OPERATES_IN",
    // Not "present in": lemmas make it "was presented in", a venue.
    trigger: "operate|implement|active|run|work|pilot|carry|begin|start|replicate|apply|roll ?out in / operate|active|work across|throughout / under way in / underway in / presence in / cover|target / project|projects|activity|activities|operation|operations|office|offices|branch|branches|component|components in",
    // "implemented in partnership with the governments of A and B": a manner, not a place; the partners are
    // not where the programme works.
    // "applied in Kenya for a grant": a request made in a place, not work there.
    notFollowedBy: "^\\s+(?:(?:close|full|strong|direct)\\s+)?(?:partnership|cooperation|co-operation|collaboration|coordination|consultation|conjunction|association|line|accordance|support|response|tandem|the (?:framework|context|name))\\b|^\\s+(?:the\\s+)?[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*\\s+for\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:grants?|funding|funds|money|permits?|visas?|asylum|membership|loans?)\\b",
    shape: "subject-first",
    subjects: ["INITIATIVE", "ORGANIZATION"],
    objects: ["COUNTRY"],
    // An organization works where it operates, works or is active; what it implements, pilots, covers or targets there
    // may be a study, a case or someone else's programme. Its offices are read from lists and lead-ins only: in running
    // text "the board of ECA's offices in A" gives the offices to the nearest body, which may be another's.
    pairs: [
      { subjects: ["INITIATIVE"], objects: ["COUNTRY"] },
      {
        subjects: ["ORGANIZATION"], objects: ["COUNTRY"], confidence: 0.65,
        notTriggeredBy: "implement|implemented|run|pilot|piloted|carry|begin|began|start|started|replicate|apply|applied|roll|under|underway|cover|target|project|projects|activity|activities|component|components|presence|office|offices|branch|branches|operation|operations",
      },
    ],
    objectWithin: 40,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Danish Refugee Council works in Jordan, Lebanon and Iraq.", expect: ["org:danish-refugee-council", "ctry:lb"] },
        { text: "The Danish Refugee Council has been active in Jordan and Lebanon since 2012.", expect: ["org:danish-refugee-council", "ctry:lb"] },
        { text: "The JMDI is implemented in Morocco, Senegal and the Philippines.", expect: ["ini:jmdi", "ctry:ph"] },
        { text: "MIDA operates in Ghana and Somalia.", expect: ["ini:mida", "ctry:gh"] },
        // Across or throughout a list of countries is in each of them.
        { text: "The Danish Refugee Council is active across Jordan, Lebanon and Iraq.", expect: ["org:danish-refugee-council", "ctry:iq"] },
        { text: "MIDA works throughout Ghana and Somalia.", expect: ["ini:mida", "ctry:so"] },
        { text: "The report shows FFR projects in the Philippines and Nepal.", expect: ["ini:ffr", "ctry:np"] },
        { text: "MIDA has field offices in Ghana and Ethiopia.", expect: ["ini:mida", "ctry:et"] },
        // Where a programme began is a place it worked.
        { text: "MIDA began in Ghana and later reached Ethiopia.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA has components in Ghana and Ethiopia.", expect: ["ini:mida", "ctry:et"] },
        { text: "MIDA is now under way in Ghana and Ethiopia.", expect: ["ini:mida", "ctry:et"] },
        // An instrument's reach: where a statute or a card applies is where it works.
        { text: "The Coastal Mobility Statute applies in Ghana and Togo.", expect: ["ini:coastal-mobility-statute", "ctry:tg"] },
        // The verb after a relative clause set off by commas is its antecedent's (relativeAside.ts).
        { text: "The Danish Refugee Council, which manages the Lagoon Shelter Project, works in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
      ],
      negative: [
        // A programme named inside the relative clause is not where the verb after it works.
        { text: "The Danish Refugee Council, which manages the Lagoon Shelter Project, works in Jordan.", expect: ["ini:lagoon-shelter-project", "ctry:jo"] },
        { text: "UNICEF, which left the Lagoon Shelter Project in 2017, now works in Peru.", expect: ["ini:lagoon-shelter-project", "ctry:pe"] },
        // An organization's venue, case study or someone else's programme is no place it works.
        { text: "The Danish Refugee Council held a conference in Denmark.", expect: ["org:danish-refugee-council", "ctry:dk"] },
        { text: "The Danish Refugee Council's study covers Jordan and Lebanon.", expect: ["org:danish-refugee-council", "ctry:lb"] },
        { text: "The Danish Refugee Council piloted a new tool in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
        { text: "The Danish Refugee Council works in partnership with the Government of Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
        { text: "The Danish Refugee Council plans to work in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
        // Offices in running text may be another body's: "the governing body of ECA's offices in A" (a list reads them).
        { text: "The Danish Refugee Council is the board of the Nordic Aid Network's offices in Jordan and Lebanon.", expect: ["org:danish-refugee-council", "ctry:jo"] },
        { text: "The Danish Refugee Council will strengthen its presence in Jordan.", expect: ["org:danish-refugee-council", "ctry:jo"] },
        { text: "A KNOMAD workshop was held in Mauritius.", expect: ["ini:knomad", "ctry:mu"] },
        { text: "MIDA plans to operate in Kenya.", expect: ["ini:mida", "ctry:ke"] },
        { text: "MIDA hopes to work across Kenya and Uganda.", expect: ["ini:mida", "ctry:ug"] },
        { text: "Migrants who worked across Kenya and Uganda told MIDA their stories.", expect: ["ini:mida", "ctry:ug"] },
        // Launch news in the future tense states a plan, which our judges count as no fact.
        { text: "The four-year HARBOR project will work in Ghana, Togo and Benin.", expect: ["ini:harbor", "ctry:bj"] },
        { text: "MIDA plans to open offices in Kenya.", expect: ["ini:mida", "ctry:ke"] },
        { text: "The MIDA results were presented in Kenya last year.", expect: ["ini:mida", "ctry:ke"] },
        { text: "MIDA is implemented in partnership with the governments of Italy and Ghana.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA works in close cooperation with the Government of Kenya.", expect: ["ini:mida", "ctry:ke"] },
        { text: "MIDA will start in Kenya next year.", expect: ["ini:mida", "ctry:ke"] },
        // Someone else applies there: the programme is no subject of the verb.
        { text: "Graduates of MIDA may apply in Kenya for a work permit.", expect: ["ini:mida", "ctry:ke"] },
        { text: "The new MIDA rules will apply in Kenya from next year.", expect: ["ini:mida", "ctry:ke"] },
        { text: "MIDA applied in Kenya for a grant from the fund.", expect: ["ini:mida", "ctry:ke"] },
      ],
    },
  },
  {
    id: "operates-country-list",
    type: "OPERATES_IN",
    trigger: "country|countries|pilot|pilots|location|locations",
    // "Three countries have signed up to X: A, B": the countries are the subject of another predicate (classSubjectList.ts).
    // A qualifier may stand between the noun and its verb ("Seven countries outside the Union now follow ...").
    notFollowedBy: "^\\s+(?:(?:outside|beyond|across|from|in)\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*\\s+)?(?:(?:have|has|had|are|were|also|now)\\s+)*(?:took|take|takes|taken|joined|join|joins|signed|sign|signs|participated|participate|participates|attended|attend|attends|sent|send|sends|ratified|ratify|acceded|became|become|belong|belongs|belonged|follow|follows|followed|observe|observes|observed)\\b",
    shape: "list-after",
    swap: true,
    subjects: ["COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI works in eight countries: Ecuador, Morocco and the Philippines.", expect: ["ini:jmdi", "ctry:ec"] },
        // A denial after the list's end is about another name, not the list.
        { text: "The JMDI works in two countries: Ecuador and Morocco, and Chile is not one of them.", expect: ["ini:jmdi", "ctry:ma"] },
      ],
      negative: [
        { text: "The JMDI will expand to new countries, namely Ecuador and Morocco.", expect: ["ini:jmdi", "ctry:ec"] },
        { text: "Three countries have signed up to the JMDI: Ecuador, Morocco and the Philippines.", expect: ["ini:jmdi", "ctry:ec"] },
        { text: "Two countries outside the Union now follow the JMDI's work as observers: Ecuador and Morocco.", expect: ["ini:jmdi", "ctry:ec"] },
        { text: "Several countries observe the JMDI: Ecuador and Morocco.", expect: ["ini:jmdi", "ctry:ec"] },
        { text: "The JMDI's country coverage is narrower than IOM's: Chile, where IOM has an office, is not one of its countries.", expect: ["ini:jmdi", "ctry:cl"] },
      ],
    },
  },
  {
    // Spreading to a country is working there: "MIDA was later extended to Kenya and Uganda".
    id: "operates-extended-to",
    type: "OPERATES_IN",
    trigger: "extend|expand to / scale up to|in",
    verbal: true,
    shape: "subject-first",
    subjects: ["INITIATIVE"],
    objects: ["COUNTRY"],
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI was rolled out in Morocco and later extended to Senegal and the Philippines.", expect: ["ini:jmdi", "ctry:ph"] },
        { text: "The JMDI was piloted in Morocco and later scaled up to Senegal and Nepal.", expect: ["ini:jmdi", "ctry:np"] },
      ],
      negative: [
        { text: "The JMDI will expand to Senegal next year.", expect: ["ini:jmdi", "ctry:sn"] },
        { text: "The JMDI may be scaled up to Senegal next year.", expect: ["ini:jmdi", "ctry:sn"] },
        { text: "The JMDI extended its invitation to Senegal.", expect: ["ini:jmdi", "ctry:sn"] },
      ],
    },
  },
  {
    // Whom a programme serves, and where: "The JMDI supports local authorities in Morocco and Senegal". The words
    // between the verb and "in" are one short noun phrase, so "helps migrants from Ghana settle in Italy" is no place.
    id: "operates-serves-in",
    type: "OPERATES_IN",
    trigger: "support|help|assist|serve|reach|benefit|train|advise",
    verbal: true,
    shape: "subject-first",
    objectGap: "^\\s+(?:(?:the|its|their|local|national|public|returning|young|[a-z]+(?:s|ies))\\s+){1,4}in\\s+(?:the\\s+)?$",
    // Help that is money sent from elsewhere ("with loans wired from Paris", "from abroad") is no work in the country.
    notFollowedBy: "^[^.;:]*?\\b(?:(?:loans?|grants?|funds?|money|cash|transfers?|payments?)\\s+(?:[a-z]+\\s+){0,2}?(?:wired|sent|paid|transferred|remitted|disbursed)\\s+from|from\\s+abroad)\\b",
    subjects: ["INITIATIVE", "ORGANIZATION"],
    objects: ["COUNTRY"],
    objectWithin: 50,
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The JMDI supports local authorities in Morocco, Senegal and the Philippines.", expect: ["ini:jmdi", "ctry:sn"] },
        // A body that serves people in a country works there as a programme does.
        { text: "The Danish Refugee Council assists returning refugees in Jordan and Iraq.", expect: ["org:danish-refugee-council", "ctry:iq"] },
        // Money given in the country says nothing of where it comes from.
        { text: "The Lagoon Relief Trust assists young fishers in Benin with small loans.", expect: ["org:lagoon-relief-trust", "ctry:bj"] },
      ],
      negative: [
        { text: "The Danish Refugee Council helps refugees from Syria settle in Denmark.", expect: ["org:danish-refugee-council", "ctry:sy"] },
        { text: "The Danish Refugee Council advised the Government of Jordan on its laws.", expect: ["org:danish-refugee-council", "ctry:jo"] },
        { text: "The JMDI helps migrants from Senegal settle in Morocco.", expect: ["ini:jmdi", "ctry:ma"] },
        { text: "The JMDI supported a conference on remittances held in Senegal.", expect: ["ini:jmdi", "ctry:sn"] },
        { text: "The JMDI may soon assist local authorities in Senegal.", expect: ["ini:jmdi", "ctry:sn"] },
        // Money sent from elsewhere: the help is paid from abroad, not given in the country.
        { text: "The Lagoon Relief Trust assists young fishers in Benin with loans wired from Paris.", expect: ["org:lagoon-relief-trust", "ctry:bj"] },
        { text: "The Reef Widows Trust helps young widows in Ghana with cash sent from its office in Oslo.", expect: ["org:reef-widows-trust", "ctry:gh"] },
        { text: "The Lagoon Relief Trust supports returning fishers in Togo from abroad.", expect: ["org:lagoon-relief-trust", "ctry:tg"] },
      ],
    },
  },
  {
    // A later phase reaching new countries: "Phase II extends to A and B", "Its second phase widened it to A", "The third
    // phase narrows the focus to A". The phase is the programme's, named in the sentence or the page's topic.
    id: "operates-phase-reaches",
    type: "OPERATES_IN",
    trigger: "extend|expand|widen|broaden|narrow|reach|cover",
    verbal: true,
    sentenceHas: "phase|phases",
    listCue: "^\\s*(?:(?:it|them|the (?:programme|program|project|initiative|focus|work|scope))\\s+)?(?:to|in|into)\\s+(?:the\\s+)?",
    shape: "list-after",
    swap: true,
    implicitObject: true,
    subjects: ["COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.65,
    examples: {
      positive: [
        { text: "MIDA began with health workers in Ghana. Phase II extends to Ethiopia and Somalia.", expect: ["ini:mida", "ctry:so"] },
        { text: "The JMDI first worked with towns in Morocco. Its second phase widened it to Senegal and Nepal.", expect: ["ini:jmdi", "ctry:np"] },
      ],
      negative: [
        { text: "MIDA began with health workers in Ghana. Phase II will extend to Ethiopia and Somalia.", expect: ["ini:mida", "ctry:so"] },
        { text: "MIDA began with health workers in Ghana. In its second phase the partners extended an invitation to Somalia.", expect: ["ini:mida", "ctry:so"] },
        { text: "MIDA began with health workers in Ghana. Its donors extended their grants to Somalia.", expect: ["ini:mida", "ctry:so"] },
      ],
    },
  },
  {
    // What a programme concentrates on, where that is a country right after the verb: "MIDA focuses on Ghana and Somalia".
    // "focuses on migrants from Ghana" names the people, not the place.
    id: "operates-focus-on",
    type: "OPERATES_IN",
    trigger: "focus|concentrate on",
    verbal: true,
    shape: "subject-first",
    subjects: ["INITIATIVE"],
    objects: ["COUNTRY"],
    objectWithin: 12,
    confidence: 0.65,
    examples: {
      positive: [{ text: "MIDA focuses on Ghana, Ethiopia and Somalia.", expect: ["ini:mida", "ctry:et"] }],
      negative: [
        { text: "MIDA focuses on health workers who left Ghana.", expect: ["ini:mida", "ctry:gh"] },
        { text: "MIDA will focus on Ghana from next year.", expect: ["ini:mida", "ctry:gh"] },
        { text: "A review of MIDA focused on Ghana.", expect: ["ini:mida", "ctry:gh"] },
      ],
    },
  },
];
