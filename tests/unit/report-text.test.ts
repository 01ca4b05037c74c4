/** Reading a report text the way the site cites it, on small hand-made texts. */
import { describe, expect, test } from 'vitest';
import { datesIn, namesIn, numbersIn, paragraphsOf, unknownNames } from '@/lib/report-text';

const people = [
  { id: 'qaani', names: ['Esmail Qaani', 'Qaani'] },
  { id: 'kh', names: ['Kataib Hezbollah', 'Kata’ib Hezbollah'] },
  { id: 'hezbollah', names: ['Hezbollah'] },
  { id: 'us', names: ['United States', 'US'] },
];

describe('paragraphsOf', () => {
  test('counts blocks between blank lines, a line of spaces being blank, from the first block as 1', () => {
    expect(paragraphsOf('Headline\n\nFirst line\nsame paragraph\n  \nLast\n\n\n')).toEqual([
      'Headline',
      'First line\nsame paragraph',
      'Last',
    ]);
    expect(paragraphsOf('\r\nA\r\n\r\nB')).toEqual(['A', 'B']);
  });
});

describe('namesIn', () => {
  const ids = (text: string) => namesIn(text, people).map((m) => `${m.id}:${m.alias}`);
  test('matches any spelling, ignoring case, apostrophes and a possessive', () => {
    expect(ids('KATAIB HEZBOLLAH said so, and Qaani’s trip followed.')).toEqual(['kh:Kataib Hezbollah', 'qaani:Qaani']);
  });
  test('a name inside a longer one counts once, for the longer one', () => {
    expect(ids('Kataib Hezbollah, not Hezbollah alone')).toEqual(['kh:Kataib Hezbollah', 'hezbollah:Hezbollah']);
    expect(ids('Brig. Gen. Esmail Qaani')).toEqual(['qaani:Esmail Qaani']);
  });
  test('a spelling in capitals matches only in capitals', () => {
    expect(ids('They told us the US would respond.')).toEqual(['us:US']);
  });
});

describe('unknownNames, datesIn, numbersIn', () => {
  test('capitalised runs nobody is known by, without titles or sentence openers', () => {
    const text = 'In March Gen. Ahmed Example met the Council of Elders and Qaani in Baghdad.';
    expect(unknownNames(text, namesIn(text, people))).toEqual(['Ahmed Example', 'Council of Elders', 'Baghdad']);
  });
  test('dates as written, and numbers with their qualifier and the word after', () => {
    const text = 'On January 29, 2024 and on 7 February, more than 170 attacks and three drones; in 2014 one of them.';
    expect(datesIn(text)).toEqual(['January 29, 2024', '7 February', '2014']);
    expect(numbersIn(text)).toEqual(['more than 170 attacks', 'three drones']);
  });
});
