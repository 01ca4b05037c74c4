/** Partial dates keep the precision the reports give: never a day that was not stated. */
import { describe, expect, test } from 'vitest';
import { earliest, endsBeforeStart, formatDate, latest, missingPart, shortDate, sortKey } from '@/lib/dates';

const d = (value: string) => ({
  value,
  precision: (value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year') as 'day' | 'month' | 'year',
});

describe('partial dates', () => {
  test('a month or a year spans from its first to its last day (leap years included)', () => {
    expect([earliest(d('2024-02')), latest(d('2024-02'))]).toEqual(['2024-02-01', '2024-02-29']);
    expect([earliest(d('2023-02')), latest(d('2023-02'))]).toEqual(['2023-02-01', '2023-02-28']);
    expect([earliest(d('2020')), latest(d('2020'))]).toEqual(['2020-01-01', '2020-12-31']);
    expect([earliest(d('2024-02-07')), latest(d('2024-02-07'))]).toEqual(['2024-02-07', '2024-02-07']);
  });

  test('an end is before its start only when it certainly is', () => {
    expect(endsBeforeStart(d('2024-02-07'), d('2024-01'))).toBe(true);
    expect(endsBeforeStart(d('2024-02-07'), d('2024-02')), 'the same month may end after the 7th').toBe(false);
    expect(endsBeforeStart(d('2024'), d('2024-01-01'))).toBe(false);
  });

  test('dates read at their own precision, long and short', () => {
    expect([d('2024-02-07'), d('2021-06'), d('2014')].map(formatDate)).toEqual(['7 February 2024', 'June 2021', '2014']);
    expect([d('2024-02-07'), d('2021-06'), d('2014')].map(shortDate)).toEqual(['7 Feb 2024', 'Jun 2021', '2014']);
  });

  test('what a date leaves out is said in plain words, not as a "precision"', () => {
    expect([d('2024-02-07'), d('2021-06'), d('2014')].map(missingPart)).toEqual(['', 'day not given', 'month not given']);
  });

  test('in the same period, the vaguer date sorts first', () => {
    const sorted = [d('2024-01-01'), d('2024'), d('2024-01')].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted.map((x) => x.value)).toEqual(['2024', '2024-01', '2024-01-01']);
  });
});

describe('spans in words', async () => {
  const { spanWords } = await import('@/lib/dates');
  const d = (value: string) => ({
    value,
    precision: (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day',
  });
  test('open ends read "from" and "until", never a dangling dash', () => {
    expect(spanWords(d('2020-01'))).toBe('from January 2020');
    expect(spanWords(undefined, d('2024-02'))).toBe('until February 2024');
  });
  test('closed spans read "to", each end at its own precision', () => {
    expect(spanWords(d('2014'), d('2020'))).toBe('2014 to 2020');
    expect(spanWords(d('2023-10'), d('2024-02-04'))).toBe('October 2023 to 4 February 2024');
  });
  test('a one-off act is the day it happened, not an open span', () => {
    expect(spanWords(d('2024-01-30'), undefined, { once: true })).toBe('30 January 2024');
    expect(spanWords(d('2024-02-07'), d('2024-02-07'))).toBe('7 February 2024');
    expect(spanWords()).toBe('');
  });
});
