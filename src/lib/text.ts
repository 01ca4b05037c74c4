/** Pure text helpers: slugs, alias normalisation and a report's paragraphs. */

/** Lowercase ASCII slug of a name: "Kata’ib Hezbollah" → "kataib-hezbollah". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`ʿʾ]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Key under which two spellings count as the same alias: case, diacritics,
 * apostrophes and spacing are ignored; non-Latin scripts are kept as written.
 */
export function aliasKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`ʿʾ.\-\s]/g, '')
    .toLowerCase();
}

/**
 * Spelling variants a reader might type for a set of names: without
 * diacritics, without apostrophes, with hyphens as spaces, and without the
 * Arabic article "al-". Search has no synonyms, so profiles carry these.
 */
export function searchVariants(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    const noApostrophe = plain.replace(/['’‘`ʿʾ]/g, '');
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
export function editDistance(a: string, b: string): number {
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
