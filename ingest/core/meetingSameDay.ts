import { agree, merged } from "./meetingOccasions.js";
import type { DiscoveredName, Mention } from "./types.js";

/**
 * SAME_DAY_MEETING: "The group dates from a conference Italy convened in Rome on 20 March 2017, its first meeting …" and
 * a row "1st meeting: Rome, 20 March 2017" are one meeting. Within one document, two meetings of one series whose
 * readings state the same full day, and agree on everything else they state (number, city), are the same meeting: its
 * mentions take one key, the numbered one where there is one. Two numbers, two cities or two kinds of meeting on one
 * day stay apart. Runs in resolve after MEETING_OCCASION has keyed meetings by day.
 */
const TWO_ROWS_ONE_DAY = "The Harbour Contact Group met in Accra on 20 March 2017 for its first meeting.\n\nMeetings of the Harbour Contact Group so far:\n- 1st meeting: Accra, 20 March 2017\n- 2nd meeting: Lomé, 20 March 2017";

export const SAME_DAY_MEETING = {
  examples: {
    positive: [
      // The dated reading and the numbered row of Accra are one meeting.
      { text: TWO_ROWS_ONE_DAY, date: "2017-03-20", city: "Accra", count: 1 },
    ],
    negative: [
      // Another city on the same day is another meeting: it is not joined to the first.
      { text: TWO_ROWS_ONE_DAY, date: "2017-03-20", city: "Lomé", count: 1 },
    ],
  },
};

interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
}

export function joinSameDayMeetings(recognised: DocumentNames[]): void {
  for (const r of recognised) {
    const groups = new Map<string, DiscoveredName[]>();
    const used = new Set(r.mentions.map((m) => m.key));
    for (const d of r.discovered.values()) {
      const date = d.occasion?.date;
      if (!d.isEvent || !d.parentId || !date || date.length !== 10 || !used.has(d.key)) continue;
      const k = `${d.parentId}|${date}`;
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(d);
    }
    const into = new Map<string, DiscoveredName>();
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // One anchor per number stated (the numbered key first), else the first reading; a reading joins the one anchor it agrees with.
      const byNumber = new Map<number, DiscoveredName>();
      for (const d of [...group].sort((a, b) => Number(!!b.ordinal) - Number(!!a.ordinal) || a.key.localeCompare(b.key))) {
        const n = d.occasion!.ordinal;
        if (n !== undefined && !byNumber.has(n)) byNumber.set(n, d);
      }
      const anchors = byNumber.size > 0 ? [...byNumber.values()] : [[...group].sort((a, b) => a.key.localeCompare(b.key))[0]!];
      for (const d of group) {
        if (anchors.includes(d)) continue;
        const fits = anchors.filter((a) => agree(a.occasion!, d.occasion!) && (!a.ordinal || !d.ordinal || a.ordinal === d.ordinal));
        if (fits.length !== 1) continue;
        fits[0]!.occasion = merged(fits[0]!.occasion!, d.occasion!);
        into.set(d.key, fits[0]!);
      }
    }
    for (const m of r.mentions) {
      const target = into.get(m.key);
      if (target) m.key = target.key;
    }
  }
}
