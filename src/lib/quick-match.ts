/**
 * Instant name look-up for the header search box: a small prebuilt list of
 * names and spellings, matched in plain JavaScript, so finding an actor never
 * waits for the full-text engine. Shared by the build (keys) and the browser
 * (queries), so both normalise the same way (`normalise` in text.ts).
 *
 * Names reach readers through many transliterations (Hezbollah, Hizbollah,
 * Hizballah; Soleimani, Suleimani, Soleymani), so a word that matches no key
 * exactly is compared by its spelling skeleton (`fold`) and by edit distance.
 * Nothing about the skeletons is stored: they are derived from the keys at
 * query time, which keeps the index as small as the list of spellings.
 */
import { normalise } from './text.ts';

/** One thing the box can find: its title, address, kind, and the keys it answers to. */
export interface QuickEntry {
  /** Title shown. */
  t: string;
  /** Address. */
  u: string;
  /** Kind shown beside the title ("Person", "Glossary", …). */
  k: string;
  /** Normalised search keys; the first is the title's, so a match on the name shown ranks above one on another spelling. */
  s: string[];
  /** Set on secondary entries (terms, events that mention a name): a match as good ranks below a primary entry's. */
  p?: 1;
}

/**
 * The spelling skeleton of one normalised word, the same for the common
 * transliterations of a name: letter pairs that render one Arabic or Persian
 * sound are merged (gh/kh/q/k, dh/z/s, ph/f), doubled letters made single and
 * every run of vowels (y included) made one "a". "hezbollah", "hizbollah" and
 * "hizballah" all give "hasbalah"; "soleimani" and "suleymani" give "salamana".
 */
export function fold(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ck|gh|kh|q|c(?!h)/g, 'k')
    .replace(/dh|z/g, 's')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouy]+/g, 'a');
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rolling rows, reused: this runs for every word of every name as the reader types.
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[n]!;
}

// Keys repeat from query to query: their words and skeletons are worked out once per page.
const folds = new Map<string, string>();
const splits = new Map<string, string[]>();
const memo = <T>(cache: Map<string, T>, key: string, make: (k: string) => T): T => {
  let v = cache.get(key);
  if (v === undefined) cache.set(key, (v = make(key)));
  return v;
};

const vocabularies = new WeakMap<QuickEntry[], string[]>();
/** Every distinct word of every key, once per index. */
function vocabularyOf(entries: QuickEntry[]): string[] {
  let v = vocabularies.get(entries);
  if (!v) vocabularies.set(entries, (v = [...new Set(entries.flatMap((e) => e.s.flatMap((k) => memo(splits, k, (x) => x.split(' ')))))]));
  return v;
}

/** Typos forgiven for a typed word of this length: none under 5 letters (too many short names look alike), one, or two from 8. */
const tolerance = (n: number) => (n >= 8 ? 2 : n >= 5 ? 1 : 0);

/**
 * How far a typed word is from a word of a name, or -1 if it is not a near
 * miss: 0 for the same skeleton, else the edit distance. The last word typed
 * may be unfinished, so it also matches the start of a skeleton.
 */
function nearMiss(typed: string, word: string, last: boolean): number {
  if (!/[a-z]/.test(typed)) return typed === word ? 0 : -1;
  const ft = memo(folds, typed, fold);
  const fw = memo(folds, word, fold);
  // A skeleton of one or two letters says too little to go on.
  if (ft.length >= 3 && (ft === fw || (last && ft.length >= 4 && fw.startsWith(ft)))) return 0;
  const tol = tolerance(typed.length);
  if (!tol) return -1;
  // A slip in the skeleton counts one more than a slip in the letters (equal skeletons were handled above).
  const d = Math.min(editDistance(typed, word, tol), tol > 1 ? editDistance(ft, fw, tol - 1) + 1 : Infinity);
  return d <= tol ? d : -1;
}

/**
 * Match tiers, best first. Within a tier primary entries come first, then
 * matches on the title: "kataib" ranks Kataib Hezbollah (title starts with it)
 * above Imam Ali Brigades (an alias, "Kataib Imam Ali", does), and "Nujaba"
 * the profile (an alias) above the glossary term of that name.
 */
const TIER = { exact: 6, prefix: 5, wordPrefix: 4, allWords: 3, nearMiss: 2, contains: 1 } as const;

/** Score of one key for a normalised query (split into words), as a tier. */
function keyTier(key: string, q: string, words: string[], near?: Set<string>[]): number {
  if (key === q) return TIER.exact;
  if (key.startsWith(q)) return TIER.prefix;
  if (key.includes(` ${q}`)) return TIER.wordPrefix;
  const keyWords = memo(splits, key, (k) => k.split(' '));
  if (words.length > 1 && words.every((w) => keyWords.some((k) => k.startsWith(w)))) return TIER.allWords;
  if (near && near.every((set) => keyWords.some((k) => set.has(k)))) return TIER.nearMiss;
  return q.length >= 3 && key.includes(q) ? TIER.contains : 0;
}

/** One entry's score for a query: its best key's tier × 4, plus 2 for a primary entry, plus 1 when that key is the title. */
function entryScore(e: QuickEntry, q: string, words: string[], near?: Set<string>[]): number {
  let best = 0;
  e.s.forEach((key, i) => {
    const tier = keyTier(key, q, words, near);
    if (tier) best = Math.max(best, tier * 4 + (e.p ? 0 : 2) + (i === 0 ? 1 : 0));
  });
  return best;
}

/** A scored match. */
export interface QuickHit {
  entry: QuickEntry;
  /** Higher is better; see `STRONG`. */
  score: number;
}

/** The lowest score of a hit that names what was asked for (a spelling, or nearly), not one that only contains the letters somewhere. */
export const STRONG = TIER.nearMiss * 4;

/**
 * Entries matching a query, best first; ties keep the list's order. Near
 * misses, the costly part, are looked for only when fewer than `enough`
 * entries match better, since they would rank below those anyway.
 */
export function quickRank(entries: QuickEntry[], query: string, enough = Infinity): QuickHit[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const words = q.split(' ');
  const rank = (near?: Set<string>[]) =>
    entries
      .map((entry, i) => ({ entry, i, score: entryScore(entry, q, words, near) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map(({ entry, score }) => ({ entry, score }));
  const exact = rank();
  if (exact.filter((h) => h.score >= TIER.allWords * 4).length >= enough) return exact;
  // Each distinct word of the names is compared once with each word typed.
  const near = words.map((w, i) => new Set(vocabularyOf(entries).filter((v) => nearMiss(w, v, i === words.length - 1) >= 0)));
  return rank(near);
}

/** The best `limit` entries for a query, best first; ties keep the list's order. */
export function quickMatch(entries: QuickEntry[], query: string, limit = 6): QuickEntry[] {
  return quickRank(entries, query, limit)
    .slice(0, limit)
    .map((h) => h.entry);
}

/**
 * The query with each word that is in no name replaced by the nearest word
 * that is ("Hizbollah" → "Hezbollah"), written as in the titles where one has
 * it; `undefined` when every word is known or has no near miss. Full-text
 * search has no fuzzy matching, so this is how a misspelt name reaches the
 * pages that mention it.
 */
export function correctQuery(entries: QuickEntry[], query: string): string | undefined {
  const vocabulary = new Set(vocabularyOf(entries));
  const cased = new Map<string, string>();
  for (const e of entries)
    for (const w of e.t.split(/\s+/)) if (!cased.has(normalise(w))) cased.set(normalise(w), w.replace(/[,.:;]$/, ''));
  const words = normalise(query).split(' ').filter(Boolean);
  let changed = false;
  const out = words.map((w, i) => {
    if (vocabulary.has(w) || !/[a-z]/.test(w) || w.length < 4) return w;
    let best: string | undefined;
    let bestD = Infinity;
    for (const v of vocabulary) {
      const d = nearMiss(w, v, false);
      if (d >= 0 && d < bestD) [best, bestD] = [v, d];
    }
    if (best === undefined || (i === words.length - 1 && [...vocabulary].some((v) => v.startsWith(w)))) return w;
    changed = true;
    return cased.get(best) ?? best;
  });
  return changed ? out.join(' ') : undefined;
}
