import { describe, expect, test } from 'vitest';
import {
  egoNetwork,
  eventNetwork,
  networkDiagram,
  sideMembersDiagram,
  sideOverviewDiagram,
  sideTies,
  spanLabel,
  wrapLabel,
  type DiagramActor,
  type DiagramRelationship,
} from '@/lib/diagrams/generate';
import { MAX_PHONE_WIDTH, minifySvg, phoneFitProblem, postProcessSvg } from '@/lib/diagrams/svg';
import { eraOf, timelineEras } from '@/data/timeline';
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
  test('a box per acting actor, a node per relationship naming type, span and other end; shaped by kind, coloured by side, linked', () => {
    expect(networkDiagram(actors, rels, { href }).code).toBe(
      [
        'flowchart TD',
        '  subgraph g1["Esmail Qaani …"]',
        '    g1_0["commands<br>(Jan\u00a02020–)<br>Quds Force"]:::org',
        '  end',
        '  subgraph g2["Quds Force …"]',
        '    g2_0{{"part of<br>Iran"}}:::state',
        '  end',
        '  subgraph g3["Iran …"]',
        '    g3_0["backs<br>Kataib #quot;KH#quot;<br>Hezbollah"]:::org',
        '  end',
        '  g1_0 ~~~ g2_0',
        '  g2_0 ~~~ g3_0',
        '  class g1_0,g2_0 side_iran',
        '  class g3_0 side_iraqi_factions',
        '  click g1_0 href "/actors/quds-force/"',
        '  click g2_0 href "/actors/iran/"',
        '  click g3_0 href "/actors/kh/"',
      ].join('\n'),
    );
  });
  test('an unknown actor in a relationship is an error, not a silent gap', () => {
    expect(() => networkDiagram(actors, [{ id: 'x', from: 'qaani', to: 'ghost', type: 'backs' }], { href })).toThrow(
      'relationship names unknown actor "ghost"',
    );
  });
  test("an actor's own network: the actor first, then a box per type and direction; outlets fold into one node", () => {
    const withMedia: DiagramActor[] = [
      ...actors,
      { id: 'ap', name: 'Associated Press', kind: 'media', side: 'other' },
      { id: 'reuters', name: 'Reuters', kind: 'media', side: 'other' },
    ];
    const more: DiagramRelationship[] = [
      ...rels,
      { id: 'r4', from: 'ap', to: 'qaani', type: 'reported-on' },
      { id: 'r5', from: 'reuters', to: 'qaani', type: 'reported-on' },
    ];
    const d = egoNetwork(withMedia, more, 'qaani', { href });
    expect(d.shown.map((r) => r.id)).toEqual(['r1', 'r4', 'r5']);
    expect(d.code).toBe(
      [
        'flowchart TD',
        '  a_qaani("Esmail Qaani"):::person',
        '  subgraph g1["Esmail Qaani commands …"]',
        '    g1_0["Quds Force"]:::org',
        '  end',
        '  subgraph g2["… reported on Esmail Qaani"]',
        '    g2_0["2 news outlets<br>(see the list)"]:::summary',
        '  end',
        '  a_qaani ~~~ g1_0',
        '  g1_0 ~~~ g2_0',
        '  class a_qaani focus',
        '  class a_qaani,g1_0 side_iran',
        '  click a_qaani href "/actors/qaani/"',
        '  click g1_0 href "/actors/quds-force/"',
        '  click g2_0 href "#relationships"',
      ].join('\n'),
    );
  });
  test('labels break between words only, never inside one', () => {
    expect(wrapLabel('Abdul Aziz al-Mohammedawi', 12)).toBe('Abdul Aziz<br>al-Mohammedawi');
    expect(wrapLabel('Iraq’s Iran-aligned armed factions', 18)).toBe('Iraq’s<br>Iran-aligned<br>armed factions');
    // Balanced, not greedy: no word left alone on the last line.
    expect(wrapLabel('Kataib Hezbollah is a member of …', 30)).toBe('Kataib Hezbollah<br>is a member of …');
    expect(wrapLabel('Kataib Hezbollah\n12 ties')).toBe('Kataib Hezbollah<br>12 ties');
  });
  test('an actor known only from events: a box per event, its link to the timeline, the actor at the top', () => {
    const d = eventNetwork(
      actors,
      [{ id: 'ev', date: { value: '2024-01-29', precision: 'day' }, title: 'Visit', actors: ['qaani', 'kh'] }],
      'qaani',
      {
        href,
        eventHref: (id) => `/timeline/#${id}`,
        cap: 8,
      },
    );
    expect(d.code.split('\n').slice(0, 6)).toEqual([
      'flowchart TD',
      '  a_qaani("Esmail Qaani"):::person',
      '  subgraph e1["29 Jan 2024: Visit"]',
      '    e1_0["Kataib #quot;KH#quot;<br>Hezbollah"]:::org',
      '    e1_1["This event on<br>the timeline"]:::summary',
      '  end',
    ]);
    expect(d.code).toContain('click e1_1 href "/timeline/#ev"');
  });
  test('time spans read naturally', () => {
    expect(spanLabel({ value: '2023-10', precision: 'month' }, { value: '2024-02-04', precision: 'day' })).toBe('Oct 2023–4 Feb 2024');
    expect(spanLabel(undefined, { value: '2020', precision: 'year' })).toBe('–2020');
    expect(spanLabel()).toBe('');
  });
});

describe('timeline eras', () => {
  const eras = [
    { id: 'early', title: 'Origins', until: { value: '2020', precision: 'year' as const } },
    { id: 'campaign', title: 'Campaign', until: { value: '2024-01-28', precision: 'day' as const }, cite: [{ source: 's', p: 1 }] },
    { id: 'pause', title: 'Pause' },
  ];
  test('an event falls in the first era that has not ended by the last day its date can mean', () => {
    expect(eraOf(eras, { value: '2020', precision: 'year' })).toBe(0);
    expect(eraOf(eras, { value: '2023-01-11', precision: 'day' })).toBe(1);
    expect(eraOf(eras, { value: '2024-01', precision: 'month' })).toBe(2);
    expect(eraOf(eras, { value: '2024-01-29', precision: 'day' })).toBe(2);
  });
  test('groups events under their era, keeps citations, drops empty eras', () => {
    const events = [
      { id: 'a', date: { value: '2014', precision: 'year' as const } },
      { id: 'b', date: { value: '2024-01-29', precision: 'day' as const } },
    ];
    expect(timelineEras(events, eras).map((g) => [g.id, g.cite.length, g.events.map((e) => e.id)])).toEqual([
      ['early', 0, ['a']],
      ['pause', 0, ['b']],
    ]);
  });
});

describe('SVG post-processing', () => {
  const svg =
    '<svg id="dabc" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 300px;" viewBox="0 0 300.5 80" role="graphics-document document" aria-roledescription="flowchart-v2"><style>#dabc{fill:#333}</style><a xlink:href="/actors/x/"><text>X</text></a></svg>';
  test('drops mermaid styles from flowcharts, adds title, description and natural width, keeps links', () => {
    expect(postProcessSvg(svg, { title: 'T & co', description: 'D' })).toBe(
      '<svg id="dabc" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300.5 80" role="graphics-document document" aria-roledescription="flowchart-v2" width="301" style="max-width:301px" aria-labelledby="dabc-title" aria-describedby="dabc-desc" class="mmd mmd-flow"><title id="dabc-title">T &amp; co</title><desc id="dabc-desc">D</desc><a href="/actors/x/"><text>X</text></a></svg>',
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
  test('counts ties per pair of sides, either direction, and within a side', () => {
    expect(sideTies(actors, rels)).toEqual([
      { a: 'iran', b: 'iran', count: 2 },
      { a: 'iran', b: 'iraqi-factions', count: 1 },
    ]);
  });
  test('one box per side, a linked count per side it has ties with', () => {
    expect(sideOverviewDiagram(actors, rels, (side) => `/network/${side}/`).code).toBe(
      [
        'flowchart TD',
        '  subgraph box_iran["Iran’s state and forces"]',
        '    t_iran_iran["2 within this side"]:::org',
        '    t_iran_iraqi_factions["1 with Iraq’s<br>armed factions"]:::org',
        '  end',
        '  subgraph box_iraqi_factions["Iraq’s armed factions"]',
        '    t_iraqi_factions_iran["1 with Iran’s<br>state and forces"]:::org',
        '  end',
        '  t_iran_iran ~~~ t_iran_iraqi_factions',
        '  t_iran_iraqi_factions ~~~ t_iraqi_factions_iran',
        '  class t_iran_iran side_iran',
        '  click t_iran_iran href "/network/iran/"',
        '  class t_iran_iraqi_factions side_iraqi_factions',
        '  click t_iran_iraqi_factions href "/network/iraqi-factions/"',
        '  class t_iraqi_factions_iran side_iran',
        '  click t_iraqi_factions_iran href "/network/iran/"',
      ].join('\n'),
    );
  });
  test("a side's members: a box per kind, each node with its number of ties and a link", () => {
    const code = sideMembersDiagram(actors, rels, 'iran', { href, kindLabel: (k) => `${k}s` });
    expect(code).toContain('  subgraph k1["persons"]\n    k1_0("Esmail Qaani<br>1 tie"):::person\n  end');
    expect(code).toContain('click k3_0 href "/actors/iran/"');
  });
});

describe('phone fit', () => {
  test('a diagram wider than a 360 px column holds at 12 px labels is named with its label size', () => {
    expect(MAX_PHONE_WIDTH).toBe(402);
    expect(phoneFitProblem('<svg viewBox="0 0 402 100">')).toBeUndefined();
    expect(phoneFitProblem('<svg viewBox="0 0 900 100">')).toMatch(
      /^is 900 px wide; in a 360 px phone column its labels would shrink to 5\.4 px/,
    );
  });
});
