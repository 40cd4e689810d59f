import type { RelationType } from "../../src/ontology/ontology.js";

// The whole-pipeline examples of DESCRIPTION_HEADS (descriptionHeads.ts), apart from the table they test.

export interface DescriptionExample {
  text: string;
  /** The relation the description makes readable ([type, sourceId, targetId]). */
  expect: [RelationType, string, string];
}

/** Sentences every head reading must get right; test/unit/descriptionHeads.test.ts runs them through the whole pipeline. */
export const DESCRIPTION_EXAMPLES: { positive: DescriptionExample[]; negative: DescriptionExample[] } = {
  positive: [
    // A quoted title after the head is what the head classes: that project, not the programme named before.
    {
      text: "The Tinland Remittance Programme began in 2015. UNDP runs the project \"Safe Boats for Fishers\".",
      expect: ["LEADS", "org:undp", "ini:safe-boats-for-fishers"],
    },
    // "the Bureau" is the bureau named before, whose name carries the word.
    {
      text: "The Baltic Bureau for Seasonal Workers opened in Riga in 2004.\n\nSince 2019 the Bureau has come under the Home Office.",
      expect: ["PART_OF", "org:baltic-bureau-for-seasonal-workers", "org:home-office"],
    },
    // "the mechanism" is the mechanism named before, whose name carries the word.
    {
      text: "In 2020 the two governments opened the Coastal Evacuation Transfer Mechanism for stranded sailors. UNHCR manages the mechanism with local partners.",
      expect: ["LEADS", "org:unhcr", "ini:coastal-evacuation-transfer-mechanism"],
    },
    // "the Pact" is the pact named before, whose name carries the word.
    {
      text: "Ministers agreed the Lagoon Pact on Crew Welfare in 2021.\n\nThe European Union Agency for Asylum supports the Pact with training.",
      expect: ["SUPPORTS", "org:euaa", "ini:lagoon-pact-on-crew-welfare"],
    },
    // An office named by its head's title: "the High Commissioner" acts for the office whose name carries the title.
    {
      text: "The UN High Commissioner for Refugees set up the Reef Protection Forum in 2009.\n\nThe High Commissioner chairs the Reef Protection Forum every year.",
      expect: ["CHAIRED", "org:unhcr", "forum:reef-protection-forum"],
    },
    {
      text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II, 2018-2022. The second phase is funded by Norway.",
      expect: ["FUNDS", "ctry:no", "ini:coastal-fisheries-programme-phase-ii"],
    },
    {
      text: "The United Nations Task Force on Transnational Organized Crime was set up in 2011. The Task Force is co-chaired by UNODC and the United Nations Department of Political Affairs (DPA).",
      expect: ["CHAIRED", "org:unodc", "forum:united-nations-task-force-on-transnational-organized-crime"],
    },
    {
      text: "The International Centre for Migration Policy Development (ICMPD) works in Vienna. The centre supports the Budapest Process.",
      expect: ["SUPPORTS", "org:icmpd", "forum:budapest-process"],
    },
    { text: "The Colombo Process brings together countries of origin. IOM supports the Process.", expect: ["SUPPORTS", "org:iom", "forum:colombo-process"] },
    { text: "Ministers gathered for the 5th Ministerial Meeting of the Colombo Process. The meeting was hosted by Sri Lanka.", expect: ["HOSTED", "ctry:lk", "forum:colombo-process-5-meeting"] },
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Delegations from Nepal and India attended the consultation.", expect: ["PARTICIPATES_IN", "ctry:np", "forum:abu-dhabi-dialogue-3-consultation"] },
    // "the meeting" is the last meeting named, also when its own head word is another ("Consultation").
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the meeting.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the third consultation.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // A news report's day names the meeting it reports: "Wednesday's talks".
    { text: "Ministers gathered on Wednesday for the 4th Ministerial Meeting of the Colombo Process. Sri Lanka chaired Wednesday's talks.", expect: ["CHAIRED", "ctry:lk", "forum:colombo-process-4-meeting"] },
    // A modifier that keeps it the same meeting: "the two-day session".
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the two-day session.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // Capitalised "the Conference" is the standing body whose name carries it.
    { text: "The Andean Conference on Mobility met in Lima. The Conference brings together Peru, Chile and Bolivia.", expect: ["MEMBER_OF", "ctry:cl", "forum:andean-conference-on-mobility"] },
    // A numbered one is the body's meeting of the year stated, here by the paragraph's dateline.
    { text: "The Andean Conference on Mobility meets every year.\n\nQuito, 2015. Ecuador hosted the ninth Conference.", expect: ["HOSTED", "ctry:ec", "forum:andean-conference-on-mobility-2015"] },
    // A capitalised "the Community" or "the Union" is the regional body named before whose name carries the word.
    {
      text: "The Southern African Development Community was founded in 1992. The Community supports the Migration Dialogue for Southern Africa.",
      expect: ["SUPPORTS", "org:sadc", "forum:midsa"],
    },
    {
      text: "The African Union was founded in 2002. The Union supports the Khartoum Process.",
      expect: ["SUPPORTS", "org:african-union", "forum:khartoum-process"],
    },
    { text: "The South Asian Association for Regional Cooperation met in Kathmandu. Bhutan is a founding member of the Association.", expect: ["MEMBER_OF", "ctry:bt", "org:saarc"] },
    { text: "The Coastal Relief Trust Fund for West Africa was set up in 2015. The Fund works in Ghana and Togo.", expect: ["OPERATES_IN", "ini:coastal-relief-trust-fund-for-west-africa", "ctry:gh"] },
  ],
  negative: [
    // "the project" before a quoted title is that title's class, no reference to the programme named before.
    {
      text: "The Tinland Remittance Programme began in 2015. UNDP runs the project \"Safe Boats for Fishers\".",
      expect: ["LEADS", "org:undp", "ini:tinland-remittance-programme"],
    },
    // A bureau of something else (a meeting's officers) is not the bureau named before.
    {
      text: "The Baltic Bureau for Seasonal Workers opened in Riga in 2004.\n\nThe bureau of the conference came under the Home Office.",
      expect: ["PART_OF", "org:baltic-bureau-for-seasonal-workers", "org:home-office"],
    },
    // An indefinite new one of the head written since the named one: "the strategy", "the mechanism" are the new, unnamed one.
    {
      text: "The Savanna Herders Strategy guided grazing policy until 2019. Since then officials have written a further strategy on water. Sweden pays for the strategy.",
      expect: ["FUNDS", "ctry:se", "ini:savanna-herders-strategy"],
    },
    {
      text: "The Lagoon Crossing Mechanism opened in 2014. Three years later the ministers set up another referral mechanism for minors. UNICEF leads the mechanism.",
      expect: ["LEADS", "org:unicef", "ini:lagoon-crossing-mechanism"],
    },
    // "the mechanism" is only one whose name says so: the initiative named last is not it.
    {
      text: "In 2020 the two governments opened the Coastal Evacuation Transfer Programme for stranded sailors. UNHCR manages the mechanism with local partners.",
      expect: ["LEADS", "org:unhcr", "ini:coastal-evacuation-transfer-programme"],
    },
    // Lower-case "the pact" may be any agreement (here an unnamed one), never a named pact before it.
    { text: "The Atoll Pact for Fishing Crews was signed in 2016. Later, Palau and Nauru struck a short pact on labour. Italy pays for the pact.", expect: ["FUNDS", "ctry:it", "ini:atoll-pact-for-fishing-crews"] },
    // "the Pact" is the pact named nearest before it, in its own sentence too, not the first one on the page.
    { text: "The Atoll Pact for Fishing Crews was signed in 2016. The Delta Pact on Harbour Work created the Port Skills Network; IOM backs the Pact.", expect: ["SUPPORTS", "org:iom", "ini:atoll-pact-for-fishing-crews"] },
    // "the pact" is no compact: the name must carry the word itself, not inside another.
    {
      text: "Ministers agreed the Lagoon Compact on Crew Welfare in 2021.\n\nThe European Union Agency for Asylum supports the pact with training.",
      expect: ["SUPPORTS", "org:euaa", "ini:lagoon-compact-on-crew-welfare"],
    },
    // "the Fund" is only a name that carries "Fund"; lower-case "the fund" is any money.
    { text: "The Coastal Relief Programme was set up in 2015. The Fund works in Ghana and Togo.", expect: ["OPERATES_IN", "ini:coastal-relief-programme", "ctry:gh"] },
    { text: "The Coastal Relief Trust Fund for West Africa was set up in 2015. Spain keeps a fund of its own; the fund works in Ghana.", expect: ["OPERATES_IN", "ini:coastal-relief-trust-fund-for-west-africa", "ctry:gh"] },
    // Lower-case, "the community" is people, not the body named before.
    {
      text: "The Southern African Development Community was founded in 1992. The local community supports the Migration Dialogue for Southern Africa.",
      expect: ["SUPPORTS", "org:sadc", "forum:midsa"],
    },
    // Lower-case, "the association" may be any club, not the body named before.
    { text: "The South Asian Association for Regional Cooperation met in Kathmandu. Bhutan is a founding member of the association of hill farmers.", expect: ["MEMBER_OF", "ctry:bt", "org:saarc"] },
    { text: "The South Asian Association for Regional Cooperation met in Kathmandu. Bhutan is a founding member of the association.", expect: ["MEMBER_OF", "ctry:bt", "org:saarc"] },
    // A name that does not carry the word is not "the Union".
    {
      text: "The African Development Bank was founded in 1964. The Union supports the Khartoum Process.",
      expect: ["SUPPORTS", "org:afdb", "forum:khartoum-process"],
    },
    // Lower-case, a state's envoy: "high commissioner" names no office, so the office named before is not meant.
    {
      text: "The UN High Commissioner for Refugees set up the Reef Protection Forum in 2009.\n\nThe Kenyan high commissioner chairs the Reef Protection Forum every year.",
      expect: ["CHAIRED", "org:unhcr", "forum:reef-protection-forum"],
    },
    // A body named after its owner is not the owner: "the Process" is no steering group or core group of one.
    { text: "The Bali Process Steering Group met in Bangkok in 2019. The Process is co-chaired by Australia and Indonesia.", expect: ["CHAIRED", "ctry:au", "forum:steering-group-of-the-bali-process"] },
    { text: "The Prague Process Core Group met in Vienna. The Process is chaired by Poland.", expect: ["CHAIRED", "ctry:pl", "forum:core-group-of-the-prague-process"] },
    // A phase is the one of its number: "the third phase" is not Phase II, the one named last.
    {
      text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II, 2018-2022. The third phase is funded by Norway.",
      expect: ["FUNDS", "ctry:no", "ini:coastal-fisheries-programme-phase-ii"],
    },
    // Two processes named together: "the Process" could be either.
    { text: "The Bali Process and the Colombo Process are dialogues. The Process is co-chaired by Indonesia.", expect: ["CHAIRED", "ctry:id", "forum:colombo-process"] },
    // A head word in a name that does not carry it: the Task Force is not the GMG.
    { text: "The Global Migration Group met in 2012. The Task Force is chaired by UNODC.", expect: ["CHAIRED", "org:unodc", "forum:gmg"] },
    // "the meeting" is the meeting named before; membership is in the Process, never in a meeting.
    {
      text: "Ministers gathered for the 5th Ministerial Meeting of the Colombo Process. The meeting admitted Cambodia as a new member of the Process.",
      expect: ["MEMBER_OF", "ctry:kh", "forum:colombo-process-5-meeting"],
    },
    // Two meetings named in one sentence: "the meeting" could be either.
    {
      text: "Officials compared the second Ministerial Consultation of the Abu Dhabi Dialogue with the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the meeting.",
      expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"],
    },
    // A numbered meeting is the one of that number, not the last one named.
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. A year later Kuwait hosted the fourth consultation.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // A day's side meeting is another event; a day's programme is no meeting.
    { text: "Ministers gathered on Wednesday for the 4th Ministerial Meeting of the Colombo Process. Sri Lanka chaired Wednesday's side meeting.", expect: ["CHAIRED", "ctry:lk", "forum:colombo-process-4-meeting"] },
    { text: "IOM runs the Coastal Skills Programme. Ministers gathered for the 4th Ministerial Meeting of the Colombo Process. Norway funded Monday's programme.", expect: ["FUNDS", "ctry:no", "ini:coastal-skills-programme"] },
    // A side meeting is another event than the consultation.
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the side meeting.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // A numbered meeting with no year known is no body: Brazil chaired that meeting, not the Conference for good.
    { text: "The Andean Conference on Mobility meets every year. Brazil chaired the eleventh Conference.", expect: ["CHAIRED", "ctry:br", "forum:andean-conference-on-mobility"] },
    // "XIII Conference" read as a name is a meeting, not what "the Conference" speaks of.
    { text: "The XIII Conference met in Quito. Ecuador chaired the Conference.", expect: ["CHAIRED", "ctry:ec", "forum:xiii-conference"] },
    // "the organization of the meeting" is an act, not a body.
    { text: "The International Organization for Migration met the Colombo Process. UNHCR supported the organization of the meeting.", expect: ["SUPPORTS", "org:unhcr", "org:iom"] },
  ],
};
