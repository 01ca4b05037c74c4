import { describe, expect, test } from 'vitest';
import { aliasKey, capitalise, countWord, normalise, paragraphsOf, searchVariants, slugify } from '@/lib/text';

describe('spelling helpers', () => {
  test('variants drop diacritics, apostrophes, hyphens and the article al-', () => {
    expect(searchVariants(['Kata’ib Hezbollah', 'Abu Mahdi al-Muhandis', 'Esmāʿīl Qāʾānī'])).toEqual([
      'Kataib Hezbollah',
      'Abu Mahdi al Muhandis',
      'Abu Mahdi Muhandis',
      'Abu Mahdi alMuhandis',
      'Esmaʿil Qaʾani',
      'Esmail Qaani',
    ]);
  });
  test('slugs are ASCII and hyphenated', () => {
    expect(slugify('Kata’ib Hezbollah')).toBe('kataib-hezbollah');
    expect(slugify('Qāʾānī')).toBe('qaani');
  });
  test('alias keys ignore case, apostrophes and spacing', () => {
    expect(aliasKey("Qa'ani")).toBe(aliasKey('qaani'));
    expect(aliasKey('Al-Kadhimi')).toBe(aliasKey('al kadhimi'));
  });
  test('one normaliser, three forms: search words, an address, an alias key', () => {
    expect(normalise('Kata’ib-Hezbollah (KH)')).toBe('kataib hezbollah kh');
    expect(normalise('Kata’ib-Hezbollah (KH)', 'slug')).toBe('kataib-hezbollah-kh');
    expect(normalise('Kata’ib-Hezbollah (KH)', 'compact')).toBe('kataibhezbollahkh');
    expect(normalise('كتائب حزب الله', 'slug'), 'an address is ASCII only').toBe('');
    expect(normalise('كتائب حزب الله', 'compact'), 'other scripts are kept').toBe('كتائبحزبالله'.normalize('NFKD'));
  });
  test('paragraphs are blank-line-separated blocks', () => {
    expect(paragraphsOf('A\nstill A\n \nB\r\n\r\nC')).toEqual(['A\nstill A', 'B', 'C']);
  });
});

describe('counts in prose', () => {
  test('are spelled out up to twelve, so "five reports" follows the number of sources', () => {
    expect([0, 1, 5, 12, 13].map(countWord)).toEqual(['no', 'one', 'five', 'twelve', '13']);
    expect(capitalise('five reports')).toBe('Five reports');
  });
});
