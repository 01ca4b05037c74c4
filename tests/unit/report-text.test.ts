/** Reading a report text the way the site cites it, on small hand-made texts. */
import { describe, expect, test } from 'vitest';
import { paragraphsOf } from '@/lib/text';
import { datelineOf, datesIn, foldSpelling, namesIn, numbersIn, unknownNames, wordOrderVariants } from '../../scripts/lib/report-text';

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

describe('a report’s own forms', () => {
  test('British and American spellings fold together', () => {
    expect(['defence', 'mobilisation', 'organisations', 'labour', 'centre'].map(foldSpelling)).toEqual([
      'defense',
      'mobilization',
      'organizations',
      'labor',
      'center',
    ]);
    expect(['four', 'rise', 'hour'].map(foldSpelling), 'short words stay as they are').toEqual(['four', 'rise', 'hour']);
  });
  test('an office is found under either word order, and a possessive s’ is dropped', () => {
    expect(wordOrderVariants('US Department of Defense')).toEqual(['US Defense Department']);
    const entries = [
      { id: 'dod', names: ['Department of Defense'] },
      { id: 'corps', names: ['Guard Corps'] },
    ];
    expect(namesIn('The Defence Department said so.', entries).map((m) => `${m.id}:${m.found}`)).toEqual(['dod:Defence Department']);
    expect(namesIn('The Guard Corps’ envoy came.', entries).map((m) => `${m.id}:${m.found}`)).toEqual(['corps:Guard Corps']);
  });
  test('sentence openers are not names: listed ones, words the text also writes in lower case, participles', () => {
    const text =
      'Militia leaders met. Although tired, they stayed. Designated units moved. Rebels said the rebels had left. Nothing changed.';
    expect(unknownNames(text, [])).toEqual([]);
    expect(unknownNames('Ahmed Example said so. Karim spoke.', []), 'names ending in -ed stay').toEqual(['Ahmed Example', 'Karim']);
  });
  test('a dateline gives the date; a year the story mentions does not', () => {
    expect(datelineOf(['Headline', 'BAGHDAD, 12 March 2025 – Factions said …'])).toEqual({
      date: '2025-03-12',
      paragraph: 2,
      text: '12 March 2025',
    });
    expect(datelineOf(['Headline', 'Published: Wednesday, February 21, 2024'])?.date).toBe('2024-02-21');
    expect(datelineOf(['Headline', 'The group has been on a list since 2009, and struck in January 2020.'])).toBeUndefined();
  });
});
