import { meetingMentions } from "./meetings.js";
import type { PassageScan } from "./PassageScan.js";
import type { RecentForums } from "./RecentForums.js";

/**
 * recognise.ts step 5: the passage's dated and numbered meetings (meetings.ts) become FORUM mentions of discovered
 * meeting events. A meeting phrase takes the place of the series' mention it read ("the 7th meeting of the Bali
 * Process" is one meeting, not the Process) and of the names it holds whole, so no rival reading of its words is left.
 */
export function scanMeetings(scan: PassageScan, recent: RecentForums): void {
  const { catalog, discovered } = scan.doc;
  for (const event of meetingMentions(scan.text, scan.mentions, catalog, (id) => discovered.get(id), recent)) {
    scan.discover(event.entity);
    for (const gone of [event.replaces, ...(event.absorbs ?? [])]) {
      const i = gone ? scan.mentions.indexOf(gone) : -1;
      if (i !== -1) scan.mentions.splice(i, 1);
    }
    const pushed = scan.push({ localStart: event.start, localEnd: event.end, kind: "FORUM", key: event.entity.key, method: "meeting", confidence: 0.8 });
    if (event.occasion) pushed.occasion = event.occasion;
  }
}
