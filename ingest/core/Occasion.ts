/**
 * What tells one meeting of a series from another of the same year: the day (or month) it was held, its number in
 * the series and the city it met in. Read from the words right after a meeting's phrase ("the third meeting of the X,
 * Bern, 13 November 2017", "… held in Tbilisi on 3 May 2022", "… (Mombasa, 4 April 2022)", "… of 12-13 October 2006")
 * or from the dateline of the paragraph whose first sentence names it ("Bern, 13 November 2017 - … today for the
 * third meeting of the X"). meetingOccasions.ts keys meetings by it where one series has several in a year.
 */
export interface Occasion {
  /** ISO day ("2017-11-13") or month ("2017-11"); a span of days gives its first. */
  date?: string;
  /** The meeting's number in its series. */
  ordinal?: number;
  /** The city it met in, as the catalog of cities spells it. */
  city?: string;
  /** The standing series' full name, for the meeting's descriptive name. */
  series?: string;
  /** A numbered meeting's natural key ("3 ministerial meeting"), as resolve joins numbered meetings by it. */
  kind?: string;
}
