/**
 * Instant name look-up for the header search box: a small prebuilt list of
 * names and spellings, matched in plain JavaScript, so finding an actor never
 * waits for the full-text engine. Shared by the build (keys) and the browser
 * (queries), so both normalise the same way.
 */

/** One thing the box can find: its title, address, kind, and the keys it answers to. */
export interface QuickEntry {
  /** Title shown. */
  t: string;
  /** Address. */
  u: string;
  /** Kind shown beside the title ("Person", "Glossary", …). */
  k: string;
  /** Normalised search keys. */
  s: string[];
}

/** Lower case, no diacritics, apostrophes or hyphens; other scripts kept as written. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/[-‐–—_.,:;!?()"“”]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Score of one key for a query: whole key 4, key starts with it 3, a word starts with it 2, contains it 1. */
function score(key: string, q: string): number {
  if (key === q) return 4;
  if (key.startsWith(q)) return 3;
  if (key.includes(` ${q}`)) return 2;
  return key.includes(q) ? 1 : 0;
}

/** The best `limit` entries for a query, best first; ties keep the list's order. */
export function quickMatch(entries: QuickEntry[], query: string, limit = 6): QuickEntry[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  return entries
    .map((e, i) => ({ e, i, s: Math.max(...e.s.map((k) => score(k, q))) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.e);
}
