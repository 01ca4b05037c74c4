import { describe, expect, test } from 'vitest';
import {
  egoNetwork,
  networkDiagram,
  sideOverviewDiagram,
  spanLabel,
  timelineDiagram,
  type DiagramActor,
  type DiagramRelationship,
} from '@/lib/diagrams/generate';
import { minifySvg, postProcessSvg } from '@/lib/diagrams/svg';
import { createRenderer, type DiagramBrowser } from '@/lib/diagrams/render';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const actors: DiagramActor[] = [
  { id: 'qaani', name: 'Esmail Qaani', kind: 'person', side: 'iran' },
  { id: 'quds-force', name: 'Quds Force', kind: 'armed-group', side: 'iran' },
  { id: 'iran', name: 'Iran', kind: 'state', side: 'iran' },
  { id: 'kh', name: 'Kataib "KH" Hezbollah', kind: 'armed-group', side: 'iraqi-factions' },
];
const rels: DiagramRelationship[] = [
  { id: 'r1', from: 'qaani', to: 'quds-force', type: 'commands', start: { value: '2020-01', precision: 'month' } },
  { id: 'r2', from: 'quds-force', to: 'iran', type: 'part-of' },
  { id: 'r3', from: 'iran', to: 'kh', type: 'backs' },
];
const href = (id: string) => `/actors/${id}/`;

describe('network diagrams', () => {
  test('nodes are shaped by kind, edges labelled with type and span, every node links to its profile', () => {
    expect(networkDiagram(actors, rels, { href }).code).toBe(
      [
        'flowchart LR',
        '  a_qaani("Esmail Qaani"):::person',
        '  a_quds_force["Quds Force"]:::org',
        '  a_iran{{"Iran"}}:::state',
        '  a_kh["Kataib #quot;KH#quot; Hezbollah"]:::org',
        '  a_qaani -->|"commands (Jan 2020–)"| a_quds_force',
        '  a_quds_force -->|"part of"| a_iran',
        '  a_iran -->|"backs"| a_kh',
        '  click a_qaani href "/actors/qaani/"',
        '  click a_quds_force href "/actors/quds-force/"',
        '  click a_iran href "/actors/iran/"',
        '  click a_kh href "/actors/kh/"',
      ].join('\n'),
    );
  });
  test('grouping by side puts nodes in labelled boxes', () => {
    const code = networkDiagram(actors, rels, { href, groupBySide: true }).code;
    expect(code).toContain('  subgraph side_iran["Iran’s state and forces"]\n    a_qaani("Esmail Qaani"):::person');
    expect(code).toContain('  subgraph side_iraqi_factions["Iraq’s armed factions"]\n    a_kh');
  });
  test('an unknown actor in a relationship is an error, not a silent gap', () => {
    expect(() => networkDiagram(actors, [{ id: 'x', from: 'qaani', to: 'ghost', type: 'backs' }], { href })).toThrow(
      'relationship names unknown actor "ghost"',
    );
  });
  test("an actor's own network keeps direct ties, adds the next ring up to the cap and counts the rest", () => {
    const d = egoNetwork(actors, rels, 'qaani', { href, cap: 2 });
    expect(d.shown.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(d.omitted).toBe(0);
    const tight = egoNetwork(actors, rels, 'quds-force', { href, cap: 2 });
    expect(tight.shown.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(tight.omitted).toBe(1);
    expect(tight.code).toContain('  class a_quds_force focus');
  });
  test('time spans read naturally', () => {
    expect(spanLabel({ value: '2023-10', precision: 'month' }, { value: '2024-02-04', precision: 'day' })).toBe('Oct 2023–4 Feb 2024');
    expect(spanLabel(undefined, { value: '2020', precision: 'year' })).toBe('–2020');
    expect(spanLabel()).toBe('');
  });
});

describe('timeline diagram', () => {
  test('groups events into eras and merges same-date events', () => {
    const code = timelineDiagram(
      [
        { id: 'a', date: { value: '2014', precision: 'year' }, title: 'PMF formed: to fight ISIS' },
        { id: 'b', date: { value: '2024-01-29', precision: 'day' }, title: 'Qaani visits' },
        { id: 'c', date: { value: '2024-01-29', precision: 'day' }, title: 'Meeting; at airport' },
      ],
      [
        { title: 'Origins', until: '2020-12-31' },
        { title: 'Pause', until: '9999' },
      ],
    );
    expect(code).toBe(
      [
        'timeline',
        '  section Origins',
        '    2014 : PMF formed to fight ISIS',
        '  section Pause',
        '    29 Jan 2024 : Qaani visits',
        '    : Meeting at airport',
      ].join('\n'),
    );
  });
});

describe('SVG post-processing', () => {
  const svg =
    '<svg id="dabc" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 300px;" viewBox="0 0 300.5 80" role="graphics-document document" aria-roledescription="flowchart-v2"><style>#dabc{fill:#333}</style><a xlink:href="/actors/x/"><text>X</text></a></svg>';
  test('drops mermaid styles from flowcharts, adds title, description and natural width, keeps links', () => {
    expect(postProcessSvg(svg, { title: 'T & co', description: 'D' })).toBe(
      '<svg id="dabc" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300.5 80" role="graphics-document document" aria-roledescription="flowchart-v2" width="301" style="max-width:301px;min-width:301px" aria-labelledby="dabc-title" aria-describedby="dabc-desc" class="mmd mmd-flow"><title id="dabc-title">T &amp; co</title><desc id="dabc-desc">D</desc><a href="/actors/x/"><text>X</text></a></svg>',
    );
  });
});

describe('renderer', () => {
  function fakeBrowser(calls: string[]): DiagramBrowser {
    return {
      async render(items) {
        return items.map(({ id, code }) => {
          calls.push(code);
          return code.includes('broken') ? { error: 'Parse error on line 1' } : { svg: `<svg id="${id}"></svg>` };
        });
      },
      async close() {},
    };
  }
  test('renders once, then serves the cache; the browser starts only when needed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    const calls: string[] = [];
    let launches = 0;
    const make = () => createRenderer({ cacheDir: dir, version: '1', launch: async () => (launches++, fakeBrowser(calls)) });
    const cold = make();
    const first = await cold.render('flowchart LR\n a-->b', 'test');
    expect(cold.stats).toEqual({ rendered: 1, cached: 0 });
    const warm = make();
    expect(await warm.render('flowchart LR\n a-->b', 'test')).toBe(first);
    expect(warm.stats).toEqual({ rendered: 0, cached: 1 });
    expect([calls.length, launches]).toEqual([1, 1]);
  });
  test('a diagram that does not parse fails naming its origin', async () => {
    const r = createRenderer({ cacheDir: mkdtempSync(join(tmpdir(), 'diagrams-')), version: '1', launch: async () => fakeBrowser([]) });
    await expect(r.render('broken', 'content/articles/x.mdx')).rejects.toThrow(
      'Diagram in content/articles/x.mdx does not parse: Parse error on line 1',
    );
  });
  test('ids differ between different diagrams', async () => {
    const r = createRenderer({ cacheDir: mkdtempSync(join(tmpdir(), 'diagrams-')), version: '1', launch: async () => fakeBrowser([]) });
    expect(await r.render('one', 'x')).not.toBe(await r.render('two', 'x'));
  });
});

describe('SVG minification', () => {
  test('drops bookkeeping, default font attributes and unused markers; rounds coordinates', () => {
    const svg =
      '<svg viewBox="4 4 100.123456 50.98765"><marker id="m1"><path d="M0,0"/></marker><marker id="m2"><path/></marker>' +
      '<path d="M10.123456,20.987654L30.5,40" data-points="abc" data-id="x" style="" marker-end="url(#m1)"/>' +
      '<tspan font-style="normal" font-weight="normal">A</tspan></svg>';
    expect(minifySvg(svg)).toBe(
      '<svg viewBox="4 4 100.1 50.9"><marker id="m1"><path d="M0,0"/></marker><path d="M10.1,20.9L30.5,40" marker-end="url(#m1)"/><tspan>A</tspan></svg>',
    );
  });
});

describe('side overview', () => {
  test('folds relationships into one node per side, counting types; nodes link to the side panels', () => {
    expect(sideOverviewDiagram(actors, rels, (side) => `#side-${side}`).code).toBe(
      [
        'flowchart TB',
        '  s_iran["Iran’s state and forces"]:::org',
        '  s_iraqi_factions["Iraq’s armed factions"]:::org',
        '  s_iran -->|"commands; part of"| s_iran',
        '  s_iran -->|"backs"| s_iraqi_factions',
        '  click s_iran href "#side-iran"',
        '  click s_iraqi_factions href "#side-iraqi-factions"',
      ].join('\n'),
    );
  });
});
