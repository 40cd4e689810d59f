import type { RelationRule } from "./RelationRule.js";

/** Funding goes from a body or state to an initiative. */
const FUNDS_INITIATIVE = {
  type: "FUNDS",
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["INITIATIVE"],
} satisfies Partial<RelationRule>;

export const FUNDS_RULES: RelationRule[] = [
  {
    id: "funds-verb",
    ...FUNDS_INITIATIVE,
    trigger: "fund|finance|co-finance|co-fund|co-financed|co-funded|sponsor|bankroll",
    verbal: true,
    shape: "subject-first",
    passive: true,
    objectWithin: 40,
    confidence: 0.8,
    examples: {
      positive: [
        // A second participle joined by "and" to the first after the apposition (mentionLists.apposedClassParticiple).
        { text: "Much of the training was backed by the Seafarers Mobility Programme, a joint UN programme implemented by IOM, the ILO and UN Women and financed by Norway.", expect: ["ctry:no", "ini:seafarers-mobility-programme"] },
        { text: "The JMDI is jointly financed by the European Commission and Switzerland.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The JMDI is jointly financed by the European Commission and Switzerland.", expect: ["org:european-commission", "ini:jmdi"] },
        { text: "Italy funds MIDA in the Great Lakes region.", expect: ["ctry:it", "ini:mida"] },
        // The body and the agency it acts through both fund.
        { text: "Switzerland, through its development agency, has financed the JMDI since 2008.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The report praised MIDA, which Italy has funded since 2001.", expect: ["ctry:it", "ini:mida"] },
        // With its auxiliary the passive keeps its subject, whatever the aside between them says.
        { text: "MIDA, which built a network of clinics, is financed by Italy.", expect: ["ctry:it", "ini:mida"] },
        // "it" after a funding verb is the thing last named (coreference.ts).
        { text: "The Financing Facility for Remittances started in 2006. Spain and Luxembourg co-finance it.", expect: ["ctry:lu", "ini:ffr"] },
      ],
      negative: [
        { text: "Much of the training was backed by the Seafarers Mobility Programme, a partner of a network financed by Norway.", expect: ["ctry:no", "ini:seafarers-mobility-programme"] },
        { text: "Norway will fund the HARBOR project.", expect: ["ctry:no", "ini:harbor"] },
        { text: "The HARBOR project will eventually be financed by Norway.", expect: ["ctry:no", "ini:harbor"] },
        { text: "The European Commission will fund the JMDI.", expect: ["org:european-commission", "ini:jmdi"] },
        { text: "Donors such as Italy were asked to fund MIDA.", expect: ["ctry:it", "ini:mida"] },
        { text: "Switzerland, through its development agency, will finance the JMDI.", expect: ["ctry:ch", "ini:jmdi"] },
        // A reduced relative after a newer noun phrase ("opening a shelter, financed by") describes that phrase.
        { text: "IOM opened MIDA by building a shelter in Accra, financed by Italy.", expect: ["ctry:it", "ini:mida"] },
        { text: "UNDP supported the JMDI while building a training centre in Dakar, funded by Switzerland.", expect: ["ctry:ch", "ini:jmdi"] },
      ],
    },
  },
  {
    // Money given to it: "contributed 5 million euros to X", "provided most of the funding for X". The words between
    // the verb and the object are the sum and its preposition only, so a grant passed on ("gave grants to towns under
    // X") or help in kind ("contributed staff to X") funds nothing.
    id: "funds-sum",
    ...FUNDS_INITIATIVE,
    // A pledge made is a commitment of money; "is expected to pledge" or "will pledge" states none.
    trigger: "contribute|provide|give|gave|given|donate|allocate|grant|pay|paid|disburse|channel|pledge|pledged / announce|make|made contribution|contributions|donation|donations|grant|grants",
    verbal: true,
    shape: "subject-first",
    objectGap: "^\\s*(?:of\\s+)?(?:(?:some|about|around|over|nearly|almost|more than|up to|a total of|an additional|a further|another|additional|new|fresh|its|their|the|a|an|most of the|much of the|half of the|part of the|all of the)\\s+)*(?:(?:US\\$|USD|EUR|CHF|GBP|NOK|SEK|DKK|€|\\$|£)\\s*)?(?:[\\d.,]+\\s*)?(?:(?:million|billion|m|bn)\\s+)?(?:(?:US\\s+|[A-Z][a-z]+\\s+)?(?:dollars|euros?|francs|pounds|kroner|kronor|krona|yen)\\s+|(?:in\\s+)?(?:funding|funds|financing|money|financial support|core funding|grants?)\\s+)?(?:to|for|towards|into)\\s+(?:the\\s+)?$",
    clauseHas: "million|billion|euro|euros|dollar|dollars|franc|francs|pound|pounds|kroner|kronor|yen|usd|eur|chf|€|$|£|funding|funds|financing|money|grant|grants",
    objectWithin: 70,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "Switzerland contributed 5 million euros to the JMDI in 2013.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The European Commission provided most of the funding for the JMDI.", expect: ["org:european-commission", "ini:jmdi"] },
        { text: "Italy gave USD 2.5 million to MIDA.", expect: ["ctry:it", "ini:mida"] },
        { text: "At the launch, Sweden pledged 3 million dollars to the MIDA programme.", expect: ["ctry:se", "ini:mida"] },
        { text: "In May Sweden announced a contribution of 3 million dollars to MIDA.", expect: ["ctry:se", "ini:mida"] },
        { text: "MIDA was set up in 2001. Norway paid 15 million Norwegian kroner into the programme.", expect: ["ctry:no", "ini:mida"] },
        { text: "MIDA was set up in 2001. Norway paid 15 million Norwegian kroner into it.", expect: ["ctry:no", "ini:mida"] },
      ],
      negative: [
        { text: "Switzerland will contribute 5 million euros to the JMDI.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "Sweden is expected to pledge 3 million dollars to MIDA.", expect: ["ctry:se", "ini:mida"] },
        { text: "UNDP gave grants to local authorities under the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "Italy contributed two experts to MIDA.", expect: ["ctry:it", "ini:mida"] },
        { text: "Italy contributed to MIDA's first report.", expect: ["ctry:it", "ini:mida"] },
        { text: "MIDA was set up in 2001. Norway paid 15 million Norwegian kroner into a fund for it.", expect: ["ctry:no", "ini:mida"] },
      ],
    },
  },
  {
    id: "funds-with-funding",
    ...FUNDS_INITIATIVE,
    // Financial support to an initiative is funding it; to a forum it is support (predicateAdjuncts.ts).
    trigger: "with ?financial funding|financing|grant|grants from / with financial support|backing from",
    objectWithin: 60,
    shape: "object-first",
    confidence: 0.75,
    examples: {
      positive: [
        { text: "MIDA was expanded with funding from Italy and Belgium.", expect: ["ctry:be", "ini:mida"] },
        { text: "The Blue Heart Campaign against Human Trafficking was launched by UNODC in 2009 with financial support from Spain.", expect: ["ctry:es", "ini:blue-heart-campaign"] },
      ],
      negative: [
        { text: "MIDA was expanded with advice from Italy.", expect: ["ctry:it", "ini:mida"] },
        { text: "MIDA was expanded with political support from Italy.", expect: ["ctry:it", "ini:mida"] },
      ],
    },
  },
  {
    // "Funding comes from Switzerland and the European Union": the funders are listed after the trigger; what they
    // fund is named after them or earlier in the sentence, else it is the programme the page is about.
    id: "funding-comes-from",
    ...FUNDS_INITIATIVE,
    trigger: "funding|financing|money come|comes|came from",
    shape: "delegation",
    implicitObject: true,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI was launched in 2008. Funding comes from Switzerland and the European Union.", expect: ["ctry:ch", "ini:jmdi"] },
        // The fund the giver pays through is its means, not what it funds (ruleShapes.delegation).
        { text: "The Harbour Data Network started in 2015. Money comes from Norway through the Nordic Migration Fund.", expect: ["ctry:no", "ini:harbour-data-network"] },
      ],
      negative: [
        { text: "The Harbour Data Network started in 2015. Money comes from Norway through the Nordic Migration Fund.", expect: ["ctry:no", "ini:nordic-migration-fund"] },
        { text: "The JMDI was launched in 2008. Funding may come from Switzerland next year.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. Its partners hope funding comes from Switzerland.", expect: ["ctry:ch", "ini:jmdi"] },
      ],
    },
  },
  {
    // A sum and where it came from: "EUR 3 million from Italy", "voluntary contributions from Norway and Turkey". The
    // money is the page's programme's or fund's, unless the sentence names another initiative after the givers.
    id: "sum-from",
    ...FUNDS_INITIATIVE,
    trigger: "million|billion|contribution|contributions|donation|donations from",
    shape: "delegation",
    // The givers follow "from" at once: "contributions from researchers in Canada" are no money from Canada.
    subjectGap: "^\\s*(?:the\\s+)?(?:Government of\\s+(?:the\\s+)?|Kingdom of\\s+(?:the\\s+)?)?$",
    implicitObject: true,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI was launched in 2008. By 2012 it held EUR 3 million from Italy and USD 2 million from Norway.", expect: ["ctry:no", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. Its budget includes voluntary contributions from Norway and Turkey.", expect: ["ctry:tr", "ini:jmdi"] },
      ],
      negative: [
        { text: "The JMDI was launched in 2008. Norway may announce contributions from its budget next year.", expect: ["ctry:no", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. Its staff moved 3 million files from Geneva to Norway.", expect: ["ctry:no", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. Its guide was written thanks to contributions from researchers in Canada and France.", expect: ["ctry:fr", "ini:jmdi"] },
      ],
    },
  },
  {
    // "Switzerland and the European Union provide the funding": the page's programme, unless the funding goes to
    // someone named after it ("provides funding to local groups").
    id: "funds-provide-funding",
    ...FUNDS_INITIATIVE,
    trigger: "provide|give|gave|contribute funding|financing|funds|money / provide|give|gave financial support|backing",
    verbal: true,
    notFollowedBy: "^\\s+(?:to|for)\\s+(?!(?:the|this|its)\\s+(?:programme|program|project|initiative|plan|fund|facility)\\b)",
    shape: "subject-first",
    implicitObject: true,
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI was launched in 2008. Switzerland and the European Union provide the funding.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The Nansen Initiative was launched in 2012. Germany provides financial support.", expect: ["ctry:de", "ini:nansen-initiative"] },
      ],
      negative: [
        { text: "The JMDI was launched in 2008. Switzerland provides funding to local groups in Morocco.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The Nansen Initiative was launched in 2012. Germany provides financial support to host communities in Fiji.", expect: ["ctry:de", "ini:nansen-initiative"] },
        { text: "The JMDI was launched in 2008. Switzerland may provide the funding.", expect: ["ctry:ch", "ini:jmdi"] },
      ],
    },
  },
];
