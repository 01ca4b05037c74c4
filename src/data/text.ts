/** Pure text helpers: slugs and alias normalisation. */

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
