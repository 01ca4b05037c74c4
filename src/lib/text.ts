/** Pure text helpers: the name normaliser (keys, slugs, search variants), counts in words, a report's paragraphs. */

/** Marks an accented letter decomposes into (NFKD): "ā" is "a" and one of these. */
const DIACRITICS = /[\u0300-\u036f]/g;
/** Apostrophes and the ayn and hamza signs of transliterated Arabic and Persian. */
const APOSTROPHES = /['’‘`ʿʾ]/g;

/** The name without diacritics or apostrophes, case and punctuation as written: "Kata’ib" → "Kataib". */
function unmarked(name: string): string {
  return name.normalize('NFKD').replace(DIACRITICS, '').replace(APOSTROPHES, '');
}

/** The forms `normalise` gives; see there. */
export type NameForm = 'words' | 'slug' | 'compact';

/**
 * The one name normaliser. Every form ignores case, diacritics and apostrophes
 * and reads hyphens and punctuation as spaces; they differ in what is left:
 * - `words` (the default): words separated by one space, other scripts kept as
 *   written: "Kata’ib-Hezbollah" → "kataib hezbollah". Search keys and queries,
 *   and a report's words matched against the actors' spellings.
 * - `slug`: ASCII letters and digits joined by hyphens, for an address:
 *   "Kata’ib Hezbollah" → "kataib-hezbollah".
 * - `compact`: no spaces at all, so "Al-Kadhimi", "al Kadhimi" and "AlKadhimi"
 *   are one spelling: the key under which two aliases count as the same.
 */
export function normalise(name: string, form: NameForm = 'words'): string {
  const words = unmarked(name)
    .replace(/[-‐–—_.,:;!?()"“”]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (form === 'words') return words;
  if (form === 'compact') return words.replace(/ /g, '');
  return words.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Lowercase ASCII slug of a name: "Kata’ib Hezbollah" → "kataib-hezbollah" (`normalise(name, 'slug')`). */
export function slugify(name: string): string {
  return normalise(name, 'slug');
}

/**
 * Key under which two spellings count as the same alias (`normalise(name,
 * 'compact')`): case, diacritics, apostrophes, punctuation and spacing are
 * ignored; non-Latin scripts are kept as written.
 */
export function aliasKey(name: string): string {
  return normalise(name, 'compact');
}

/**
 * Spelling variants a reader might type for a set of names: without
 * diacritics, without apostrophes, with hyphens as spaces, and without the
 * Arabic article "al-". Search has no synonyms, so profiles carry these.
 */
export function searchVariants(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const plain = name.normalize('NFKD').replace(DIACRITICS, '');
    const noApostrophe = unmarked(name);
    const spaced = noApostrophe.replace(/-/g, ' ');
    const noArticle = spaced.replace(/\b[Aa]l\s+/g, '');
    const joined = noApostrophe.replace(/\b([Aa]l)-/g, '$1');
    [plain, noApostrophe, spaced, noArticle, joined].forEach((v) => out.add(v.trim()));
  }
  names.forEach((n) => out.delete(n));
  return [...out].filter(Boolean);
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as prose spells it: "five" up to twelve, digits above ("13"). */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** The text with its first letter in capitals: "five reports" → "Five reports". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Edit distance between two strings (insertions, deletions and substitutions each count 1). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate most like `name`, for a "did you mean" hint: the closest by edit
 * distance, if it is within a third of the longer length (so a typo or a missing
 * prefix finds its id, an unrelated word finds nothing); ties go to the first.
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD && d <= Math.max(2, Math.ceil(Math.max(name.length, c.length) / 3))) [best, bestD] = [c, d];
  }
  return best;
}

/**
 * The text's paragraphs: blocks separated by one or more blank lines (a line
 * with only spaces counts as blank), in order, so paragraph N is `[N - 1]`.
 */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}
