import { describe, expect, test } from 'vitest';
import { correctQuery, editDistance, fold, quickMatch, quickRank, STRONG, type QuickEntry } from '@/lib/quick-match';
import { normalise } from '@/lib/text';

// Keys go through the same normalisation as at build time; the title's key comes first.
const entry = (t: string, u: string, k: string, names: string[], secondary = false): QuickEntry => ({
  t,
  u,
  k,
  s: [t, ...names].map((n) => normalise(n)),
  ...(secondary ? { p: 1 as const } : {}),
});
const entries: QuickEntry[] = [
  entry('Esmail Qaani', '/actors/esmail-qaani/', 'Person', ['Esmail Ghaani', 'Qaani', 'اسماعیل قاآنی']),
  entry('Imam Ali Brigades', '/actors/imam-ali-brigades/', 'Armed group', ['Kataib Imam Ali']),
  entry('Iran', '/actors/iran/', 'State', []),
  entry('Kataib Hezbollah', '/actors/kataib-hezbollah/', 'Armed group', ['Hezbollah Brigades']),
  entry('Qasem Soleimani', '/actors/qasem-soleimani/', 'Person', ['Soleimani']),
  entry('Abu Mahdi al-Muhandis', '/actors/abu-mahdi-al-muhandis/', 'Person', ['Muhandis']),
  entry('Harakat al-Nujaba', '/actors/harakat-al-nujaba/', 'Armed group', ['Nujaba']),
  entry('Tower 22', '/glossary/#tower-22', 'Glossary', [], true),
  entry('Nujaba', '/glossary/#nujaba', 'Glossary', [], true),
  entry('Three US soldiers killed at Tower 22 in Jordan', '/timeline/#tower-22', 'Timeline', [], true),
];
const titles = (q: string) => quickMatch(entries, q).map((e) => e.t);

describe('instant name matching', () => {
  test('normalises case, diacritics, apostrophes and hyphens, keeps other scripts', () => {
    expect(normalise('Kata’ib-Hezbollah')).toBe('kataib hezbollah');
    expect(normalise('Qāʾānī')).toBe('qaani');
    expect(normalise('قاآنی')).toBe('قاآنی'.normalize('NFKD'));
  });
  test('finds an actor under another spelling, a word inside a name, or native script', () => {
    expect(titles('Ghaani')).toEqual(['Esmail Qaani']);
    expect(titles('brigades')).toContain('Kataib Hezbollah');
    expect(titles("Kata'ib")[0]).toBe('Kataib Hezbollah');
    expect(titles('قاآنی')).toEqual(['Esmail Qaani']);
  });
  test('ranks whole-name matches before partial ones and ignores one-letter queries', () => {
    expect(titles('tower 22')).toEqual(['Tower 22', 'Three US soldiers killed at Tower 22 in Jordan']);
    expect(quickMatch(entries, 'q')).toEqual([]);
  });
  test('a name that starts with the query ranks above another spelling that does', () => {
    // Both "Kataib Hezbollah" and "Kataib Imam Ali" start with it; only the first is a title.
    expect(titles('kataib')).toEqual(['Kataib Hezbollah', 'Imam Ali Brigades']);
  });
  test('a profile ranks above a term or event that matches as well', () => {
    expect(titles('Nujaba')).toEqual(['Harakat al-Nujaba', 'Nujaba']);
  });
  test('a whole spelling typed exactly ranks first, in any case', () => {
    expect(titles('hezbollah brigades')[0]).toBe('Kataib Hezbollah');
    expect(titles('HEZBOLLAH BRIGADES')[0]).toBe('Kataib Hezbollah');
  });
  test('press spellings and near misses find the profile', () => {
    for (const q of ['Hizbollah', 'Hizballah', 'Hisbollah', 'Hezbolah', 'Kataeb Hezbollah', 'Ketaib Hizbullah'])
      expect(titles(q)[0], q).toBe('Kataib Hezbollah');
    for (const q of ['Suleimani', 'Soleimany', 'Sulaimani', 'Qassem Suleimani', 'Kassem Soleimani'])
      expect(titles(q)[0], q).toBe('Qasem Soleimani');
    for (const q of ['Qani', 'Ghaani', 'Esmail Ghani', 'Ismail Qaani']) expect(titles(q)[0], q).toBe('Esmail Qaani');
    expect(titles('Mohandes')[0]).toBe('Abu Mahdi al-Muhandis');
    expect(titles('hizbol')[0], 'a half-typed misspelling').toBe('Kataib Hezbollah');
  });
  test('short words are not stretched to other names', () => {
    expect(titles('Iraq'), 'Iraq is not a typo for Iran').toEqual([]);
    expect(titles('zzzz')).toEqual([]);
  });
  test('near misses rank below names that match as typed, and count as strong', () => {
    const hits = quickRank(entries, 'Hizbollah');
    expect(hits[0]!.score).toBeGreaterThanOrEqual(STRONG);
    expect(quickRank(entries, 'kataib')[0]!.score).toBeGreaterThan(hits[0]!.score);
    expect(quickRank(entries, 'oleiman')[0]!.score, 'letters inside a word are a weak match').toBeLessThan(STRONG);
  });
});

describe('spelling skeletons', () => {
  test('common transliterations share one skeleton', () => {
    expect(new Set(['hezbollah', 'hizbollah', 'hizballah', 'hisbollah', 'hezbolla'].map(fold)).size).toBe(2); // "…lla" lacks the final h
    expect(fold('hezbollah')).toBe(fold('hizballah'));
    expect(fold('soleimani')).toBe(fold('suleymani'));
    expect(fold('qaani')).toBe(fold('ghani'));
    expect(fold('kadhimi')).toBe(fold('kazemi'));
    expect(fold('kataib')).toBe(fold('kataeb'));
  });
  test('edit distance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('hezbollah', 'hezbollah')).toBe(0);
    expect(editDistance('hezbolah', 'hezbollah')).toBe(1);
    expect(editDistance('hezbolalh', 'hezbollah')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('correcting a query for full-text search', () => {
  test('replaces a misspelt name with the spelling the pages use', () => {
    expect(correctQuery(entries, 'Hizbollah')).toBe('Hezbollah');
    expect(correctQuery(entries, 'Hizbollah brigades')).toBe('Hezbollah brigades');
    expect(correctQuery(entries, 'Soleimany')).toBe('Soleimani');
  });
  test('leaves known words, short words and unknown words alone', () => {
    expect(correctQuery(entries, 'Kataib Hezbollah')).toBeUndefined();
    expect(correctQuery(entries, 'Iraq')).toBeUndefined();
    expect(correctQuery(entries, 'ceasefire')).toBeUndefined();
  });
});
