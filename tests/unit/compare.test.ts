/** The Compare page's grouping: contradictions apart from differences of detail, each under its category. */
import { describe, expect, test } from 'vitest';
import { compareGroups, comparePoints } from '@/data/compare';
import { CATEGORY_LABELS as DISAGREEMENT_CATEGORY_LABELS } from '@/schemas/labels';
import { disagreementSchema } from '@/schemas/disagreement';
import type { Disagreement } from '@/data/model';
import { loadCorpus } from './content-loader';

const d = (id: string, kind: Disagreement['kind'], category: Disagreement['category']): Disagreement =>
  disagreementSchema.parse({
    id,
    kind,
    category,
    topic: id,
    positions: [
      { claim: 'a', cite: ['x-2024:1'] },
      { claim: 'b', cite: ['y-2024:1'] },
    ],
  });

describe('compareGroups', () => {
  test('puts contradictions first, then differences of detail, each split by category in a fixed order', () => {
    const groups = compareGroups([
      d('w1', 'detail', 'spelling'),
      d('c1', 'contradiction', 'date'),
      d('w2', 'detail', 'count'),
      d('c2', 'contradiction', 'count'),
    ]);
    expect(groups.map((g) => [g.kind, g.count, g.categories.map((c) => [c.anchor, c.items.map((i) => i.id)])])).toEqual([
      [
        'contradiction',
        2,
        [
          ['contradiction-count', ['c2']],
          ['contradiction-date', ['c1']],
        ],
      ],
      [
        'detail',
        2,
        [
          ['detail-count', ['w2']],
          ['detail-spelling', ['w1']],
        ],
      ],
    ]);
  });

  test('leaves out a kind with no disagreements rather than showing an empty heading', () => {
    expect(compareGroups([d('w1', 'detail', 'framing')]).map((g) => g.kind)).toEqual(['detail']);
  });

  test("gives every point a page in the Compare page's order, each naming its kind, category and neighbours", () => {
    const points = comparePoints(
      compareGroups([d('w1', 'detail', 'spelling'), d('c1', 'contradiction', 'date'), d('w2', 'detail', 'count')]),
    );
    expect(points.map((p) => [p.point.id, p.kind, p.category, `${p.index}/${p.total}`, p.prev?.id, p.next?.id])).toEqual([
      ['c1', 'Contradiction', 'Dates', '1/3', undefined, 'w2'],
      ['w2', 'Difference of detail or wording', 'Counts', '2/3', 'c1', 'w1'],
      ['w1', 'Difference of detail or wording', 'Spellings', '3/3', 'w2', undefined],
    ]);
  });

  test('a disagreement without a kind is refused, naming the field', () => {
    const r = disagreementSchema.safeParse({ id: 'x', topic: 't', category: 'date', positions: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('kind');
  });
});

describe('the real Compare page', () => {
  const all = loadCorpus().disagreements.map((e) => e.data);
  const groups = compareGroups(all);

  test('shows every disagreement exactly once, under both kinds', () => {
    const shown = groups.flatMap((g) => g.categories.flatMap((c) => c.items.map((i) => i.id)));
    expect(shown.sort()).toEqual(all.map((x) => x.id).sort());
    expect(groups.map((g) => g.kind)).toEqual(['contradiction', 'detail']);
  });

  test('every category used has a heading, and anchors do not collide with disagreement ids', () => {
    const anchors = groups.flatMap((g) => [g.kind, ...g.categories.map((c) => c.anchor)]);
    for (const x of all) expect(DISAGREEMENT_CATEGORY_LABELS[x.category], x.id).toBeTruthy();
    expect(new Set([...anchors, ...all.map((x) => x.id)]).size).toBe(anchors.length + all.length);
  });

  test('includes the disagreements a second reading found missing', () => {
    const ids = new Set(all.map((x) => x.id));
    for (const id of [
      'iran-role-kataib-hezbollah-statement',
      'who-confirmed-iran-request',
      'claimed-attacks-after-pause',
      'parliament-vote-wording',
      'kataib-hezbollah-persuaded-vs-only-nujaba',
    ])
      expect(ids.has(id), id).toBe(true);
  });
});

describe('the points × reports table', async () => {
  const { compareMatrix, compareGroups } = await import('@/data/compare');
  test('marks, for each point, the reports that take a position on it, in the page order', () => {
    const d = (id: string, kind: 'contradiction' | 'detail', sources: string[]) => ({
      id,
      topic: id,
      kind,
      category: 'date' as const,
      positions: sources.map((s) => ({ claim: s, cite: [{ source: s, p: 1 }] })),
      actors: [],
    });
    const rows = compareMatrix(compareGroups([d('b', 'detail', ['x', 'z']), d('a', 'contradiction', ['y', 'x'])]), [
      { id: 'x' },
      { id: 'y' },
      { id: 'z' },
    ]);
    expect(rows.map((r) => [r.id, r.says])).toEqual([
      ['a', [true, true, false]],
      ['b', [true, false, true]],
    ]);
  });
});

describe('the at-a-glance table at scale', async () => {
  const { comparePage, GLANCE_COLUMNS } = await import('@/data/compare');
  const point = (id: string, sources: string[]) => ({
    id,
    topic: id,
    kind: 'detail' as const,
    category: 'date' as const,
    positions: sources.map((s) => ({ claim: s, cite: [{ source: s, p: 1 }] })),
    actors: [],
  });
  const reports = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, label: `Report ${i}`, basedOn: [] }));
  const page = (n: number, points: ReturnType<typeof point>[]) =>
    comparePage({ disagreements: points, sources: reports(n) } as unknown as Parameters<typeof comparePage>[0]);

  test('gives a column only to the reports that take a position on some point', () => {
    const p = page(40, [point('a', ['r3', 'r1']), point('b', ['r1', 'r7'])]);
    expect(p.columns.map((c) => c.id)).toEqual(['r1', 'r3', 'r7']);
    expect(p.matrix.map((r) => r.says)).toEqual([
      [true, true, false],
      [true, false, true],
    ]);
    expect([p.asList, p.reports]).toEqual([false, 40]);
  });

  test('names the reports in each row once they are too many for a column each', () => {
    const ids = Array.from({ length: GLANCE_COLUMNS + 1 }, (_, i) => `r${i}`);
    const p = page(1000, [point('a', ids.slice(0, 5)), point('b', ids.slice(5))]);
    expect(p.columns).toHaveLength(GLANCE_COLUMNS + 1);
    expect(p.asList).toBe(true);
  });
});
