/**
 * GENERIC_HEAD_AT_PLACE: "a side event at the Commission in Nairobi", "the Secretariat in Bangkok". A head noun alone
 * before "in <place>" is a body the text refers back to, seated there; the place is where it sits, not a word of a name
 * ("Commission in Nairobi" names nothing). The place is cut, so the generic head alone is no entity either. A name of
 * two words or more before the place was already cut there; the test is nameTrim.ts isGenericHead. A name the place closes with a complement
 * ("University of Nairobi") is untouched.
 */
export const GENERIC_HEAD_AT_PLACE = {
  examples: {
    positive: [
      // The body named in full before the place keeps its name.
      { text: "Delegates met at the Tinland Coastal Commission in Nairobi in May.", name: "Tinland Coastal Commission" },
    ],
    negative: [
      { text: "After a side event at the Commission in Nairobi, the members met in Oslo.", name: "Commission in Nairobi" },
      { text: "Members held a side event at the Secretariat in Bangkok before the meeting.", name: "Secretariat in Bangkok" },
    ],
  },
};

