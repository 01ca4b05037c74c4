import { describe, expect, test } from 'vitest';
import { eventWhen, orderEvents } from '@/data/chronology';
import type { PartialDate } from '@/schemas/common';

const d = (value: string): PartialDate => ({
  value,
  precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
});
const ev = (id: string, date: string, after?: string) => ({ id, date: d(date), ...(after ? { after } : {}) });
const ids = (es: { id: string }[]) => es.map((e) => e.id);

describe('one order of events, respecting precision and "after"', () => {
  test('without "after", dates sort by their first possible day, the month before its days', () => {
    expect(ids(orderEvents([ev('b', '2024-02-07'), ev('a', '2024-02'), ev('c', '2024-01-28')]))).toEqual(['c', 'a', 'b']);
  });
  test('a funeral known only to the month comes after the killing it follows, not before it', () => {
    const order = ids(
      orderEvents([
        ev('golan-claim', '2024-02-12'),
        ev('funeral', '2024-02', 'killing'),
        ev('killing', '2024-02-07'),
        ev('strikes', '2024-02-02'),
      ]),
    );
    expect(order).toEqual(['strikes', 'killing', 'funeral', 'golan-claim']);
  });
  test('a year-only event placed after a January one sorts after it and before May', () => {
    const order = ids(
      orderEvents([
        ev('kadhimi', '2020-05'),
        ev('vote', '2020', 'killing'),
        ev('killing', '2020-01'),
        ev('succession', '2020-01', 'killing'),
      ]),
    );
    expect(order).toEqual(['killing', 'vote', 'succession', 'kadhimi']);
  });
  test('an exact later date keeps its own place after the event it follows', () => {
    const order = ids(orderEvents([ev('late', '2024-02-20', 'killing'), ev('killing', '2024-02-07'), ev('mid', '2024-02-12')]));
    expect(order).toEqual(['killing', 'mid', 'late']);
  });
  test('chains follow each other', () => {
    expect(ids(orderEvents([ev('c', '2024-02', 'b'), ev('b', '2024-02', 'a'), ev('a', '2024-02-07')]))).toEqual(['a', 'b', 'c']);
  });
  test('an unknown "after" or a cycle throws', () => {
    expect(() => orderEvents([ev('a', '2024', 'nope')])).toThrow(/unknown event "nope"/);
    expect(() => orderEvents([ev('a', '2024', 'b'), ev('b', '2024', 'a')])).toThrow(/cycle/);
  });
});

describe('when an event happened, in words', () => {
  const anchor = { date: d('2024-02-07'), title: 'US strike kills al-Saadi', short: 'the strike that killed al-Saadi' };
  test('a loose date names the event it followed', () => {
    expect(eventWhen({ date: d('2024-02'), after: 'k' }, () => anchor)).toBe('February 2024, after the strike that killed al-Saadi');
  });
  test('an exact date needs nothing more', () => {
    expect(eventWhen({ date: d('2024-02-12'), after: 'k' }, () => anchor)).toBe('12 February 2024');
    // A date no report states is marked wherever it is shown.
    expect(eventWhen({ date: d('2021-06'), inferred: "from the piece's date" }, () => undefined)).toBe(
      "June 2021 (inferred from the piece's date)",
    );
    expect(eventWhen({ date: d('2024-02') }, () => anchor)).toBe('February 2024');
  });
});

describe('the real timeline reads in the order the reports give', async () => {
  const { loadCorpus } = await import('./content-loader');
  const { buildModel } = await import('@/data/model');
  const { keyFacts } = await import('@/data/profile');
  const m = buildModel(loadCorpus());
  const at = (id: string) => m.events.findIndex((e) => e.id === id);
  test('the succession and the parliament vote come after the January 2020 killing', () => {
    expect(at('qaani-succeeds-soleimani-2020')).toBeGreaterThan(at('soleimani-muhandis-killed-2020'));
    expect(at('parliament-vote-2020')).toBeGreaterThan(at('soleimani-muhandis-killed-2020'));
  });
  test("al-Saadi's funeral and the government's condemnation come after the strike that killed him", () => {
    expect(at('al-saadi-funeral-2024-02')).toBeGreaterThan(at('al-saadi-killed-2024-02'));
    expect(at('sudani-government-condemns-strike-2024-02')).toBeGreaterThan(at('al-saadi-killed-2024-02'));
  });
  const row = (actor: string, label: string) =>
    keyFacts(m, actor)
      .find((r) => r.label === label)
      ?.items.map((i) => `${i.text} (${i.detail})`)
      .join('; ');
  test("key facts: al-Saadi's first event is his killing and his latest the funeral, dated in words", () => {
    expect(row('abu-baqir-al-saadi', 'First reported event')).toMatch(/^US strike kills .*\(7 February 2024\)$/);
    expect(row('abu-baqir-al-saadi', 'Latest reported event')).toMatch(
      /\(February 2024 \(inferred from the killing’s date\), after the strike that killed al-Saadi\)$/,
    );
    expect(row('qasem-soleimani', 'First reported event')).toMatch(/kills Qasem Soleimani/);
  });
  test("Kataib Hezbollah's first event is not the PMF's 2014 founding", () => {
    expect(row('kataib-hezbollah', 'First reported event')).not.toMatch(/2014/);
  });
});

describe('the key-dates strip', async () => {
  const { loadCorpus } = await import('./content-loader');
  const { buildModel } = await import('@/data/model');
  const { keyDates } = await import('@/data/chronology');
  test('shows the 2024 sequence from the events marked key, in order, each cited', () => {
    const dates = keyDates(buildModel(loadCorpus()).events);
    expect(dates.map((d) => d.datetime)).toEqual([
      '2024-01-28',
      '2024-01-29',
      '2024-01-30',
      '2024-02-02',
      '2024-02-04',
      '2024-02-07',
      '2024-02-18',
    ]);
    expect(dates.every((d) => d.cite.length > 0)).toBe(true);
  });
});
