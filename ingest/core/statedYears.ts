/**
 * The years a sentence dates something with: "in 2009", "2016", but not the bound of a period
 * ("which has held the chair since 2013", "from 2015", "until 2018"), which dates no meeting.
 */
export function statedYears(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(since|from|until|till|before|after|by)?\s*((?:19|20)\d{2})\b/gi)].filter((y) => !y[1]).map((y) => y[2]!));
}
