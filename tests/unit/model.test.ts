/** The model pages read from: sorted lists, lookups that fail loudly, derived facts. */
import { describe, expect, test } from 'vitest';
import {
  aliasRedirects,
  buildModel,
  corpusLine,
  eventsOf,
  isReporting,
  nameInText,
  pronounFor,
  relationshipsOf,
  sourceLabels,
  sourcesCovering,
} from '@/data/model';
import { validCorpus } from './fixtures';

const cite = (source: string, p: number) => ({ source, p, note: undefined });

function corpus() {
  const c = validCorpus();
  const actor = c.actors[1]!;
  c.actors.push(
    {
      ...actor,
      id: 'the-outlet',
      filePath: 'content/actors/the-outlet.yaml',
      data: { ...actor.data, name: 'An Outlet', kind: 'media', side: 'other' },
    },
    {
      ...actor,
      id: 'a-writer',
      filePath: 'content/actors/a-writer.yaml',
      data: { ...actor.data, name: 'A Writer', kind: 'person', side: 'other' },
    },
  );
  const rel = (id: string, from: string, type: 'member-of' | 'reported-on' | 'backs', to: string) => ({
    id,
    filePath: 'content/relationships/x.yaml',
    data: { id, from, type, to, cite: [cite('report-a', 2)] },
  });
  c.relationships.push(
    rel('writer-member-of-outlet', 'a-writer', 'member-of', 'the-outlet'),
    rel('writer-reported', 'a-writer', 'reported-on', 'qaani'),
  );
  c.events.unshift({
    ...c.events[0]!,
    id: 'early',
    data: { ...c.events[0]!.data, id: 'early', date: { value: '2024-01', precision: 'month' } },
  });
  return c;
}

describe('the model', () => {
  const m = buildModel(corpus());

  test('actors come A to Z by name, events by date with the vaguer date first', () => {
    expect(m.actors.map((a) => a.name)).toEqual(['A Writer', 'An Outlet', 'Esmail Qaani', 'Quds Force']);
    expect(m.events.map((e) => e.id)).toEqual(['early', 'visit']);
  });

  test('a lookup of an unknown id fails naming it, instead of rendering an empty page', () => {
    expect(m.actor('qaani').name).toBe('Esmail Qaani');
    expect(() => m.actor('nobody')).toThrow('unknown actor "nobody"');
    expect(() => m.source('nowhere')).toThrow('unknown source "nowhere"');
  });

  test('an actor’s relationships and events are those that name it', () => {
    expect(relationshipsOf(m, 'quds-force').map((r) => r.id)).toEqual(['qaani-commands']);
    expect(eventsOf(m, 'qaani').map((e) => e.id)).toEqual(['early', 'visit']);
    expect(eventsOf(m, 'quds-force')).toEqual([]);
  });

  test('the lookups are made once per corpus, yet a page that sorts or trims what it got changes no other page', () => {
    const mine = relationshipsOf(m, 'qaani');
    const ids = mine.map((r) => r.id);
    mine.reverse().pop();
    eventsOf(m, 'qaani').length = 0;
    expect(relationshipsOf(m, 'qaani').map((r) => r.id)).toEqual(ids);
    expect(eventsOf(m, 'qaani').map((e) => e.id)).toEqual(['early', 'visit']);
    // A new corpus (the dev server's next load) is indexed anew, not served the last one's lists.
    const next = buildModel(corpus());
    next.relationships.splice(0);
    expect(relationshipsOf(next, 'qaani')).toEqual([]);
  });

  test('reporting relationships: reported-on and spoke-to, and any tie with a news organization', () => {
    const reporting = m.relationships.filter((r) => isReporting(m, r)).map((r) => r.id);
    expect(reporting).toEqual(['writer-member-of-outlet', 'writer-reported']);
  });

  test('source labels, reports covering an actor and alias redirects are derived from content', () => {
    expect(sourceLabels(m)).toEqual({ 'report-a': 'Report A' });
    expect(sourcesCovering(m.actor('qaani'))).toEqual(['report-a']);
    expect(aliasRedirects(m.actors).map((r) => [r.slug, r.actor.id])).toEqual([['ghaani', 'qaani']]);
  });
});

test('the header line counts the reports and spans the years they were published in', () => {
  const source = (id: string, date: string) =>
    ({ id, published: { date: { value: date } } }) as unknown as ReturnType<typeof buildModel>['sources'][number];
  expect(corpusLine({ sources: [source('a', '2021-07-09'), source('b', '2024-02'), source('c', '2024-02-19')] })).toBe(
    'Three reports, 2021–2024, read side by side',
  );
  expect(corpusLine({ sources: [source('a', '2024-02')] })).toBe('One report, 2024, read side by side');
});

test('a name inside a sentence takes its article, and a person is "they", not "it"', () => {
  expect(nameInText({ name: 'United States', article: 'the' }), 'a reader would read "the ties of United States"').toBe(
    'the United States',
  );
  expect(nameInText({ name: 'Iran', article: undefined })).toBe('Iran');
  expect(nameInText({ name: 'Unnamed senior Iraqi security source (unattributed 2024 report)', article: 'the' })).toBe(
    'the unnamed senior Iraqi security source (unattributed 2024 report)',
  );
  expect(pronounFor({ kind: 'person' }).it).toBe('they');
  expect(pronounFor({ kind: 'state' }).its).toBe('its');
});
