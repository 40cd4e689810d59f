/**
 * Example pages for the last resort of an unwritten end (PageTopics.mostNamedUnlessTitled): the most named entity of the
 * kinds a rule asks for stands in, unless the page opens on a body of another kind. Run by
 * test/unit/unwrittenEnd.test.ts through the whole pipeline; `expect` is [type, source id, target id].
 */
export const UNWRITTEN_END_EXAMPLES: { positive: Array<{ text: string; expect: [string, string, string] }>; negative: Array<{ text: string; expect: [string, string] }> } = {
  positive: [
    // A page titled by no body: the programme it names throughout is what the answer is about.
    {
      text: "Programme updates\n\nThe Joint Migration and Development Initiative (JMDI) works with local authorities. The JMDI published a toolkit, and the JMDI trained officials in 2015.\n\nWho pays for it?\nFunding comes from the European Union.",
      expect: ["FUNDS", "org:european-union", "ini:jmdi"],
    },
  ],
  negative: [
    // A forum's page: a programme it names more often is not who the money went to.
    {
      text: "Khartoum Process: frequently asked questions\n\nThe Khartoum Process is a dialogue between states of the Horn of Africa and Europe. The Better Migration Management programme (BMM) supports its aims; the BMM trains police and the BMM runs shelters.\n\nWho pays for it?\nFunding comes from the European Union.",
      expect: ["org:european-union", "ini:better-migration-management"],
    },
  ],
};
