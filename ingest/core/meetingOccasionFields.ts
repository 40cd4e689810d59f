import type { Occasion } from "./meetingOccasion.js";
import { agree, merged } from "./meetingOccasions.js";
import type { DiscoveredName, EntityRecord } from "./types.js";

/** The occasion of a group of readings resolved as one meeting: the first's, completed by those that agree with it. */
export function occasionOfGroup(group: DiscoveredName[]): Occasion | null {
  let o: Occasion | null = null;
  for (const d of group) if (d.occasion) o = !o ? { ...d.occasion } : agree(o, d.occasion) ? merged(o, d.occasion) : o;
  return o;
}

/** The dry-run fields of a meeting's occasion: `date`, `ordinal` and `city`, each only when stated. */
export function occasionFields(o: Occasion | null): Pick<EntityRecord, "date" | "ordinal" | "city"> {
  if (!o) return {};
  return { ...(o.date ? { date: o.date } : {}), ...(o.ordinal ? { ordinal: o.ordinal } : {}), ...(o.city ? { city: o.city } : {}) };
}
