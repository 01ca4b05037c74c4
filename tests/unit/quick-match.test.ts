import { describe, expect, test } from 'vitest';
import { normalise, quickMatch, type QuickEntry } from '@/lib/quick-match';

// Keys go through the same normalisation as at build time.
const entry = (t: string, u: string, k: string, names: string[]): QuickEntry => ({ t, u, k, s: names.map(normalise) });
const entries: QuickEntry[] = [
  entry('Esmail Qaani', '/actors/esmail-qaani/', 'Person', ['Esmail Qaani', 'Esmail Ghaani', 'Qaani', 'اسماعیل قاآنی']),
  entry('Kataib Hezbollah', '/actors/kataib-hezbollah/', 'Armed group', ['Kataib Hezbollah', 'Hezbollah Brigades']),
  entry('Tower 22', '/glossary/#tower-22', 'Glossary', ['Tower 22']),
];

describe('instant name matching', () => {
  test('normalises case, diacritics, apostrophes and hyphens, keeps other scripts', () => {
    expect(normalise('Kata’ib-Hezbollah')).toBe('kataib hezbollah');
    expect(normalise('Qāʾānī')).toBe('qaani');
    expect(normalise('قاآنی')).toBe('قاآنی'.normalize('NFKD'));
  });
  test('finds an actor under another spelling, a word inside a name, or native script', () => {
    expect(quickMatch(entries, 'Ghaani').map((e) => e.t)).toEqual(['Esmail Qaani']);
    expect(quickMatch(entries, 'brigades').map((e) => e.t)).toEqual(['Kataib Hezbollah']);
    expect(quickMatch(entries, "Kata'ib").map((e) => e.t)).toEqual(['Kataib Hezbollah']);
    expect(quickMatch(entries, 'قاآنی').map((e) => e.t)).toEqual(['Esmail Qaani']);
  });
  test('ranks whole-name matches before partial ones and ignores one-letter queries', () => {
    expect(quickMatch(entries, 'tower 22')[0]?.t).toBe('Tower 22');
    expect(quickMatch(entries, 'q')).toEqual([]);
  });
});
