import type { RelationRule } from "./RelationRule.js";

export const PART_OF_RULES: RelationRule[] = [
  {
    id: "part-of",
    type: "PART_OF",
    trigger: "part|component|pillar|element|division|unit|department|branch|programme|program|sub-programme|subprogramme|project of / subsidiary body|organ of / attached agency|body|office of",
    shape: "subject-first",
    linkBefore: "be|become|remain|serve|now|^,|^as",
    subjects: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    objects: ["INITIATIVE", "FORUM", "ORGANIZATION"],
    objectWithin: 8,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Conference on Migrants and Cities (CMC), as part of IOM’s International Dialogue on Migration (IDM), met in Geneva.", expect: ["forum:cmc", "forum:idm"] },
        { text: "The Blue Heart Campaign is part of UN.GIFT.", expect: ["ini:blue-heart-campaign", "ini:un-gift"] },
        { text: "UNIFEM, now part of UN Women, supported the study.", expect: ["org:unifem", "org:un-women"] },
        { text: "CELADE, which serves as the Population Division of ECLAC, hosted the seminar.", expect: ["org:celade", "org:eclac"] },
        // A programme of a forum or a larger programme is a part of it; a period may follow the name.
        { text: "Ministers signed the Andean Return Plan 2024-2028, the new multiannual programme of the Budapest Process.", expect: ["ini:andean-return-plan", "forum:budapest-process"] },
        { text: "The Andean Return Plan is a programme of the Budapest Process.", expect: ["ini:andean-return-plan", "forum:budapest-process"] },
        // A body attached to a ministry keeps its own name and fund but is the ministry's.
        { text: "The Harbour Pilots Board was kept. It became an attached agency of the Coastal Labour Authority.", expect: ["org:harbour-pilots-board", "org:coastal-labour-authority"] },
      ],
      negative: [
        { text: "UN.GIFT is part of a wider effort, and the Blue Heart Campaign followed.", expect: ["ini:blue-heart-campaign", "ini:un-gift"] },
        // A singular noun set off by a comma describes only the name right before it.
        { text: "Ministers signed the Ankara Declaration and the Andean Return Plan, the new programme of the Budapest Process.", expect: ["ini:ankara-declaration", "forum:budapest-process"] },
        { text: "The Andean Return Plan set out a programme of work for the Budapest Process.", expect: ["ini:andean-return-plan", "forum:budapest-process"] },
        { text: "The Andean Return Plan may become a programme of the Budapest Process.", expect: ["ini:andean-return-plan", "forum:budapest-process"] },
        { text: "The Harbour Pilots Board was kept. It will become an attached agency of the Coastal Labour Authority.", expect: ["org:harbour-pilots-board", "org:coastal-labour-authority"] },
        // A co-mention list: the commissions are not a division of UN DESA.
        { text: "The study engaged all five regional commissions and the Population Division of UN DESA.", expect: ["org:un-regional-commissions", "org:un-desa"] },
        // The courses are part of the programme, not the agency that gave them.
        { text: "UNFPA gave talks at seminars, organized by UNITAR, and delivered courses as part of the Labour Migration Academy.", expect: ["org:unfpa", "org:labour-migration-academy"] },
        // A plain list of partners: the name after the commas is one more partner, not a part of the ones before it.
        { text: "Regional partners include the Population Division of the Economic Commission for Latin America and the Caribbean, IOM, the Ibero-American General Secretariat, the Central American Health Integration System, the National Institute of Public Health in Mexico and UNICEF.", expect: ["org:national-institute-of-public-health", "org:iom"] },
        // A name modifying another noun: the preparations are led by the World Bank, not part of it.
        { text: "IFAD has been a part of the World Bank-led preparations for the conference.", expect: ["org:ifad", "org:world-bank"] },
      ],
    },
  },
  {
    // A part noun with no "of": "the LCRP … is the Lebanon chapter", "MIDA Ghana is one component". The whole is the
    // plan or programme the sentence or page is about (the topic), never one merely named later.
    id: "part-of-topic",
    type: "PART_OF",
    trigger: "chapter|component|pillar|strand|window|sub-programme|subprogramme",
    shape: "subject-first",
    linkBefore: "be|become|remain|serve",
    notFollowedBy: "^\\s+(?:of|for|to|in|on|at|with)\\b",
    implicitObject: true,
    subjects: ["INITIATIVE"],
    objects: ["INITIATIVE"],
    objectWithin: 8,
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works through national chapters. Migration for Development in Africa, run by IOM in Ghana, is the Ghana chapter.", expect: ["ini:mida", "ini:jmdi"] },
        // An aside naming a government between the part and its verb.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works through national chapters. Migration for Development in Africa (MIDA), prepared under the Government of Ghana, is the Ghana chapter.", expect: ["ini:mida", "ini:jmdi"] },
      ],
      negative: [
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works through national chapters. Migration for Development in Africa is a chapter in the history of IOM.", expect: ["ini:mida", "ini:jmdi"] },
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works through national chapters. Migration for Development in Africa should become the Ghana chapter.", expect: ["ini:mida", "ini:jmdi"] },
        // Two parts named in one sentence: the second is not a part of the first.
        { text: "The Joint Migration and Development Initiative\n\nThe JMDI works through national chapters. Migration for Development in Africa, run by IOM, is the Ghana chapter, and KNOMAD, run by the World Bank, is the Kenya chapter.", expect: ["ini:knomad", "ini:mida"] },
      ],
    },
  },
  {
    // Made or run inside a larger programme or fund: "MIDA Great Lakes was launched in 2001 under MIDA", "the window
    // was created under the MDG-F". Only verbs of making, running or selecting: "discussed under" is a venue.
    id: "part-of-under",
    type: "PART_OF",
    trigger: "under",
    shape: "subject-first",
    subjectGap: "^\\s*(?:\\([^()]{1,20}\\)\\s*)?,?\\s*(?:which\\s+)?(?:is|was|were|are|has been|have been|had been)\\s+(?:\\w+ly\\s+)?(?:created|established|launched|set up|developed|selected|implemented|funded|financed|run|carried out|placed|built|housed|designed|started|begun|initiated|introduced|piloted|rolled out|organi[sz]ed|operated|managed|coordinated|conducted|delivered)\\s+(?:in\\s+(?:19|20)\\d{2}\\s+)?$",
    subjects: ["INITIATIVE"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Migrant Resource Network was launched in 2009 under the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        // Every verb of starting or running a thing inside the larger one.
        { text: "The Migrant Resource Network was piloted under the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "The Migrant Resource Network is managed under the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        // A project started under a dialogue is a part of that dialogue's work.
        { text: "The Migrant Resource Network was set up in 2012 under the Rabat Process.", expect: ["ini:migrant-resource-network", "forum:rabat-process"] },
      ],
      negative: [
        { text: "The Migrant Resource Network was discussed in 2009 under the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "The Migrant Resource Network was praised under the Joint Migration and Development Initiative's review.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "The Migrant Resource Network was discussed under the Rabat Process in 2012.", expect: ["ini:migrant-resource-network", "forum:rabat-process"] },
        { text: "The Migrant Resource Network will be launched under the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
      ],
    },
  },
  {
    // Set inside a larger programme or a dialogue: "the project is embedded in the Coastal Dialogue", "nested within
    // the Harbour Programme". Only after a copula: "ideas embedded in the Dialogue's declaration" name no part.
    id: "part-of-embedded",
    type: "PART_OF",
    // The family of setting one thing inside another: embedded, nested, anchored, integrated, incorporated, folded in.
    trigger: "embed|nest|anchor|integrate|incorporate in|into|within / fold into|within",
    shape: "subject-first",
    linkBefore: "be|become|remain",
    // "The X Programme's findings are integrated into Y": what the possessive owns was taken in, not X.
    subjectGap: "^(?!\\s*['’]s?\\s)",
    subjects: ["INITIATIVE"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 8,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Migrant Resource Network is embedded in the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "Since 2015 the Migrant Resource Network has been nested within the Rabat Process.", expect: ["ini:migrant-resource-network", "forum:rabat-process"] },
        { text: "In 2016 the Migrant Resource Network was integrated into the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "The Migrant Resource Network has been folded into the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
      ],
      negative: [
        // The network works with the programme; it is not set inside it.
        { text: "The Migrant Resource Network is embedded in local councils and works with the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "The Migrant Resource Network should be embedded in the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        // Lessons or ideas taken into a programme leave the thing they came from outside it.
        { text: "The Reef Skills Scheme's toolkit was incorporated into the Joint Migration and Development Initiative.", expect: ["ini:reef-skills-scheme", "ini:jmdi"] },
        { text: "Lessons of the Migrant Resource Network were integrated into the Joint Migration and Development Initiative.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
        { text: "The Migrant Resource Network integrated into its work the Joint Migration and Development Initiative's guidance.", expect: ["ini:migrant-resource-network", "ini:jmdi"] },
      ],
    },
  },
  {
    // A unit named right before "inside"/"within" a body: "a round-the-clock Alert Centre inside the Authority", "the
    // Migration Unit within the Ministry of Ports". A verb between them ("works within the UN system") says where a body
    // acts, not what it belongs to.
    id: "part-of-inside",
    type: "PART_OF",
    trigger: "inside|within",
    shape: "subject-first",
    subjectGap: "^\\s*$",
    subjects: ["ORGANIZATION"],
    objects: ["ORGANIZATION"],
    objectWithin: 4,
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The law also created a round-the-clock Seafarers Alert Centre inside the Coastal Labour Authority.", expect: ["org:seafarers-alert-centre", "org:coastal-labour-authority"] },
      ],
      negative: [
        { text: "The Seafarers Alert Centre works within the Coastal Labour Authority's rules.", expect: ["org:seafarers-alert-centre", "org:coastal-labour-authority"] },
        { text: "The Seafarers Alert Centre was set up outside the Coastal Labour Authority.", expect: ["org:seafarers-alert-centre", "org:coastal-labour-authority"] },
      ],
    },
  },
  {
    // The whole written as the possessor of a body noun after a copula: "X is the Community's committee of migration
    // authorities", "Y is the Union's main space for dialogue on migration". Names after the noun are never the whole.
    // "A is X's secretariat" is no such noun: a body serving as another's secretariat supports it (roleReadings).
    id: "part-of-possessor",
    type: "PART_OF",
    trigger: "committee|body|organ|arm|forum|platform|space|mechanism|council|commission",
    shape: "subject-first",
    linkBefore: "be|remain|serve|act",
    possessorObject: true,
    subjects: ["FORUM", "ORGANIZATION"],
    objects: ["FORUM", "ORGANIZATION"],
    confidence: 0.65,
    examples: {
      positive: [
        { text: "The Caribbean Community is a regional body. The Regional Committee on Labour Mobility is the Community's committee of labour ministry officials.", expect: ["org:regional-committee-on-labour-mobility", "org:caricom"] },
        { text: "The Colombo Process brings together Asian states. The Senior Officials Dialogue on Migration is the Colombo Process's main space for dialogue between capitals.", expect: ["forum:senior-officials-dialogue-on-migration", "forum:colombo-process"] },
      ],
      negative: [
        // A partner body works with the whole; it is no part of it.
        { text: "The Caribbean Community is a regional body. The Regional Committee on Labour Mobility is the Community's partner body for labour statistics.", expect: ["org:regional-committee-on-labour-mobility", "org:caricom"] },
        // A name after the body noun is what the body deals with, not the whole it belongs to.
        { text: "The Senior Officials Dialogue on Migration is the main space for dialogue with IOM in the region.", expect: ["forum:senior-officials-dialogue-on-migration", "org:iom"] },
        // Negated: no fact.
        { text: "The Caribbean Community is a regional body. The Regional Committee on Labour Mobility is not the Community's committee of labour officials.", expect: ["org:regional-committee-on-labour-mobility", "org:caricom"] },
      ],
    },
  },
];
