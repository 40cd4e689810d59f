import { bodyOfficeHolders } from "./bodyOfficeHolders.js";
import { holderSurnames } from "./holderSurnames.js";
import type { PassageScan } from "./PassageScan.js";
import { stateOfficeHolders } from "./stateOfficeHolders.js";

/**
 * Office-holders stand for what they hold office in: a state's ("Italy's Prime Minister …", stateOfficeHolders.ts), a
 * body's ("the President of the European Commission", bodyOfficeHolders.ts), and the holder named again later by the
 * family name alone ("Meloni attended", holderSurnames.ts).
 */
export function officeHolders(scan: PassageScan): void {
  stateOfficeHolders(scan);
  holderSurnames(scan, bodyOfficeHolders(scan));
}
