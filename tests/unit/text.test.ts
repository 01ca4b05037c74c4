import { describe, expect, test } from 'vitest';
import { aliasKey, capitalise, countWord, searchVariants, slugify } from '@/lib/text';

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
});

describe('counts in prose', () => {
  test('are spelled out up to twelve, so "five reports" follows the number of sources', () => {
    expect([0, 1, 5, 12, 13].map(countWord)).toEqual(['no', 'one', 'five', 'twelve', '13']);
    expect(capitalise('five reports')).toBe('Five reports');
  });
});
