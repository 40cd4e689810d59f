import { escapeRegExp } from "./escapeRegExp.js";

const wordPatterns = new Map<string, RegExp>();

/** The label holds the form as whole words ("Puebla Process" in "Regional Conference on Migration (Puebla Process)"). */
export function labelNames(label: string, form: string): boolean {
  if (!label.includes(form)) return false;
  let re = wordPatterns.get(form);
  if (!re) {
    // Word edges as lookarounds: a form that opens or closes on a quote or bracket ('Against "Drift"') has no word edge there.
    re = new RegExp(`(?<!\\w)${escapeRegExp(form)}(?!\\w)`);
    wordPatterns.set(form, re);
  }
  return re.test(label);
}
