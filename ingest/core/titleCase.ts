/** Words a title keeps in lower case between its capitalised words. */
export const CONNECTOR = /^(?:of|on|the|and|for|against|from|in|to|by|with|relating|concerning|&)$/;

/** An upper-case word in title case: "SÖDERKÖPING" → "Söderköping", "CROSS-BORDER" → "Cross-Border", "OF" → "of". */
const titleWord = (w: string) => (CONNECTOR.test(w.toLowerCase()) ? w.toLowerCase() : w.split("-").map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join("-"));

/** A title printed in capitals read in title case, its first word capitalised even when a connector. */
export const titleCase = (words: string) => words.trim().split(/\s+/).map((w, i) => (i === 0 ? titleWord(w.charAt(0) + w.slice(1)).replace(/^./, (c) => c.toUpperCase()) : titleWord(w))).join(" ");
