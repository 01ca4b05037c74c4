import { describe, expect, test } from 'vitest';
import {
  clusterGraph,
  egoGraph,
  eventGraph,
  FAN_MAX,
  sideTies,
  wrapLabel,
  type DiagramActor,
  type DiagramRelationship,
} from '@/lib/diagrams/generate';
import { applyEdgeDirectives, MAX_PHONE_WIDTH, minifySvg, phoneFitProblem, postProcessSvg } from '@/lib/diagrams/svg';
import { eraOf, timelineEras } from '@/data/timeline';
import { createRenderer, type DiagramEngine } from '@/lib/diagrams/render';
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

describe('relationship graphs', () => {
  const ring: DiagramRelationship[] = [
    ...rels,
    { id: 'r4', from: 'qaani', to: 'kh', type: 'requested' },
    { id: 'r5', from: 'kh', to: 'qaani', type: 'complied-with' },
    { id: 'r6', from: 'qaani', to: 'kh', type: 'met-with' },
  ];
  const relHref = (r: DiagramRelationship) => `/network/#rel-${r.id}`;

  test("an actor's own graph on a phone: the actor alone on the left, each tie a labelled edge, true direction kept", () => {
    const d = egoGraph(actors, ring, 'qaani', { href, relHref });
    expect(d.phone!.code).toBe(
      [
        '---',
        'config:',
        '  layout: dagre',
        '---',
        'flowchart LR',
        '  a_qaani("Esmail Qaani"):::person',
        '  a_quds_force["Quds Force"]:::org',
        '  a_kh["Kataib #quot;KH#quot;<br>Hezbollah"]:::org',
        '  a_qaani e1@-- "commands" --> a_quds_force',
        '  a_qaani e2@-- "asked,<br>met with" --> a_kh',
        '  a_qaani e3@-- "complied<br>with" --> a_kh',
        '  class a_qaani focus',
        '  class a_qaani,a_quds_force side_iran',
        '  class a_kh side_iraqi_factions',
        '  click a_qaani href "/actors/qaani/"',
        '  click a_quds_force href "/actors/quds-force/"',
        '  click a_kh href "/actors/kh/"',
        '%% edge-link e1 href "/network/#rel-r1" "Esmail Qaani commands Quds Force"',
        '%% edge-link e2 href "/network/#rel-r4" "Esmail Qaani asked, met with Kataib KH Hezbollah"',
        // Kataib Hezbollah complied with Qaani: laid out from Qaani, its arrowhead drawn at Qaani's end.
        '%% reverse e3',
        '%% edge-link e3 href "/network/#rel-r5" "Kataib KH Hezbollah complied with Esmail Qaani"',
      ].join('\n'),
    );
    expect(d.direct.map((r) => r.id)).toEqual(['r1', 'r4', 'r5', 'r6']);
  });

  test('ties among the actors around it need a third column: they get a layered drawing of the whole graph, and are listed', () => {
    const withAmong = [...ring, { id: 'r7', from: 'kh', to: 'quds-force', type: 'opposed' as const }];
    const d = egoGraph(actors, withAmong, 'qaani', { href, relHref });
    expect(d.among.map((r) => r.id)).toEqual(['r7']);
    expect(d.notOnPhone.map((r) => r.id)).toEqual(['r7']);
    expect(d.phone!.code).not.toContain('opposed');
    expect(d.wide!.code.split('\n')[0]).toBe('flowchart TD');
    expect(d.wide!.code).toContain('  a_kh e4@-- "opposed" --> a_quds_force');
    // Without such ties the fan is the whole graph and is the only drawing.
    expect(egoGraph(actors, ring, 'qaani', { href }).wide).toBeUndefined();
  });

  test('news outlets fold into one node that says how many and links to the list', () => {
    const media: DiagramActor[] = ['a', 'b', 'c'].map((x) => ({ id: `m${x}`, name: `Outlet ${x}`, kind: 'media', side: 'other' }));
    const reported = media.map((m, i) => ({ id: `m${i}`, from: m.id, to: 'qaani', type: 'reported-on' as const }));
    const d = egoGraph([...actors, ...media], [...rels, ...reported], 'qaani', { href, listHref: '#relationships' });
    expect(d.phone!.code).toContain('  media["3 news outlets<br>(see the list)"]:::summary');
    expect(d.phone!.code).toContain('  a_qaani e2@-- "reported on" --> media\n');
    expect(d.phone!.code).toContain('%% reverse e2');
    expect(d.phone!.code).toContain('click media href "#relationships"');
    expect(d.folded).toBe(3);
    // The key explains what is drawn: the outlets' side ("other") is folded away, their box is not.
    expect(d.phone!.key).toEqual({ sides: ['iran'], shapes: ['person', 'org', 'summary'], focus: true });
  });

  test('a drawing’s key lists the sides and shapes of its nodes, in the key’s order', () => {
    const d = egoGraph(actors, rels, 'iran', { href });
    expect(d.phone!.key).toEqual({ sides: ['iran', 'iraqi-factions'], shapes: ['org', 'state'], focus: true });
    const cluster = clusterGraph(actors, rels, { href });
    expect((cluster.wide ?? cluster.phone)!.key.focus, 'a graph of no one actor marks none').toBe(false);
  });

  test('beyond the fan limit, the least connected neighbours fold into one node', () => {
    const many: DiagramActor[] = Array.from({ length: FAN_MAX + 2 }, (_, i) => ({
      id: `n${i}`,
      name: `N ${i}`,
      kind: 'armed-group',
      side: 'other',
    }));
    const ties = many.map((a) => ({ id: `t-${a.id}`, from: 'iran', to: a.id, type: 'backs' as const }));
    const d = egoGraph([...actors, ...many], [...ties, { id: 'x', from: 'n13', to: 'kh', type: 'opposed' }], 'iran', { href });
    expect(d.phone!.nodes).toBe(1 + FAN_MAX);
    expect(d.phone!.code).toContain('others["3 more actors<br>(see the list)"]:::summary');
    // The better-connected n13 is kept.
    expect(d.phone!.code).toContain('a_n13');
  });

  test('an unknown actor in a relationship is an error, not a silent gap', () => {
    expect(() => egoGraph(actors, [{ id: 'x', from: 'qaani', to: 'ghost', type: 'backs' }], 'qaani', { href })).toThrow(
      'relationship names unknown actor "ghost"',
    );
    expect(() => clusterGraph(actors, [{ id: 'x', from: 'qaani', to: 'ghost', type: 'backs' }], { href })).toThrow(
      'relationship names unknown actor "ghost"',
    );
  });

  test('a set of ties: the whole graph laid out top to bottom, and on a phone the fan of its most connected actor', () => {
    const d = clusterGraph(actors, rels, { href, relHref });
    expect(d.hub).toBe('quds-force');
    expect(d.wide!.code).toContain('flowchart TD');
    expect(d.wide!.code).toContain('  a_iran e3@-- "backs" --> a_kh');
    expect(d.phone!.code).toContain('flowchart LR');
    expect(d.phone!.code).not.toContain('a_kh');
    expect(d.notOnPhone.map((r) => r.id)).toEqual(['r3']);
    // A star is its own fan: one drawing.
    const star = clusterGraph(actors, rels.slice(0, 2), { href });
    expect(star.wide).toBeUndefined();
    expect(star.notOnPhone).toEqual([]);
  });

  test('separate ties, or separate stars, fit two columns: a phone reader sees every tie, in one drawing', () => {
    const more: DiagramActor[] = [
      { id: 'us', name: 'United States', kind: 'state', side: 'us-coalition' },
      { id: 'saadi', name: 'Abu Baqir al-Saadi', kind: 'person', side: 'iraqi-factions' },
      { id: 'pmf', name: 'Popular Mobilization Forces', kind: 'armed-group', side: 'iraqi-factions' },
    ];
    const apart: DiagramRelationship[] = [
      { id: 's1', from: 'qaani', to: 'kh', type: 'requested' },
      { id: 's2', from: 'kh', to: 'qaani', type: 'complied-with' },
      { id: 's3', from: 'us', to: 'saadi', type: 'killed' },
      { id: 's4', from: 'pmf', to: 'us', type: 'opposed' },
      { id: 's5', from: 'iran', to: 'quds-force', type: 'commands' },
    ];
    const d = clusterGraph([...actors, ...more], apart, { href, relHref });
    expect(d.wide, 'no second, wider drawing').toBeUndefined();
    expect(d.notOnPhone).toEqual([]);
    const code = d.phone!.code;
    // Qaani and Kataib Hezbollah: a pair, centred on who acts first; the US: a star of two ties; Iran and the Quds Force: a pair.
    expect(code).toContain('  a_qaani e1@-- "asked" --> a_kh');
    expect(code).toContain('  a_qaani e2@-- "complied<br>with" --> a_kh\n');
    expect(code).toContain('%% reverse e2');
    expect(code).toContain('  a_us e3@-- "killed" --> a_saadi');
    expect(code).toContain('  a_us e4@-- "opposed" --> a_pmf');
    expect(code).toContain('%% reverse e4');
    expect(code).toContain('  a_iran e5@-- "commands" --> a_quds_force');
    expect(d.phone!.edges).toBe(5);
    expect(d.phone!.nodes).toBe(7);
    // A chain of three ties is not a forest of stars: the layered drawing, and a fan of its hub on a phone.
    const chain = clusterGraph([...actors, ...more], [...apart, { id: 's6', from: 'saadi', to: 'kh', type: 'member-of' }], { href });
    expect(chain.wide).toBeDefined();
    expect(chain.notOnPhone.length).toBeGreaterThan(0);
  });

  test('labels break between words only, never inside one', () => {
    expect(wrapLabel('Abdul Aziz al-Mohammedawi', 12)).toBe('Abdul Aziz<br>al-Mohammedawi');
    expect(wrapLabel('Iraq’s Iran-aligned armed factions', 18)).toBe('Iraq’s<br>Iran-aligned<br>armed factions');
    // Balanced, not greedy: no word left alone on the last line.
    expect(wrapLabel('Kataib Hezbollah is a member of …', 30)).toBe('Kataib Hezbollah<br>is a member of …');
    expect(wrapLabel('Kataib Hezbollah\n12 ties')).toBe('Kataib Hezbollah<br>12 ties');
  });

  test('an actor known only from events: a fan to each event, dated, each linked to the timeline; no tie between actors implied', () => {
    const d = eventGraph(
      actors,
      [{ id: 'ev', date: { value: '2024-01-29', precision: 'day' }, title: 'Visit', actors: ['qaani', 'kh'] }],
      'qaani',
      { href, eventHref: (id) => `/timeline/#${id}`, cap: 8 },
    );
    expect(d.phone!.code.split('\n').slice(4, 8)).toEqual([
      'flowchart LR',
      '  a_qaani("Esmail Qaani"):::person',
      '  ev1["Visit"]:::event',
      '  a_qaani e1@-- "named in,<br>29 Jan 2024" --> ev1',
    ]);
    expect(d.phone!.code).toContain('click ev1 href "/timeline/#ev"');
    expect(d.phone!.code).not.toContain('a_kh');
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
  test('edge directives: a reversed edge gets its arrowhead at its start; a linked edge label becomes a link titled with the whole tie', () => {
    const edges =
      '<path d="M0 0L9 9" id="dabc-e1" class="flowchart-link" marker-end="url(#dabc_flowchart-v2-pointEnd)"></path>' +
      '<path d="M0 0L9 9" id="dabc-e2" class="flowchart-link" marker-end="url(#dabc_flowchart-v2-pointEnd)"></path>' +
      '<g class="edgeLabel" transform="translate(1, 2)"><g class="label" data-id="e2" transform="translate(0, 0)"><g><rect class="background"></rect><text>refused</text></g></g></g>';
    const code = '%% reverse e2\n%% edge-link e2 href "/network/#rel-r" "Harakat al-Nujaba refused Esmail Qaani"';
    expect(applyEdgeDirectives(edges, code)).toBe(
      '<path d="M0 0L9 9" id="dabc-e1" class="flowchart-link" marker-end="url(#dabc_flowchart-v2-pointEnd)"></path>' +
        '<path d="M0 0L9 9" id="dabc-e2" class="flowchart-link" marker-start="url(#dabc_flowchart-v2-pointStart)"></path>' +
        '<a href="/network/#rel-r" class="edge-link"><title>Harakat al-Nujaba refused Esmail Qaani</title><g class="edgeLabel" transform="translate(1, 2)"><g class="label" data-for="e2" transform="translate(0, 0)"><g><rect class="background"></rect><text>refused</text></g></g></g></a>',
    );
  });
});

describe('renderer', () => {
  function fakeBrowser(calls: string[]): DiagramEngine {
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

describe('ties between sides', () => {
  test('counts ties per pair of sides, either direction, and within a side, the most first', () => {
    expect(sideTies(actors, [...rels].reverse())).toEqual([
      { a: 'iran', b: 'iran', count: 2 },
      { a: 'iran', b: 'iraqi-factions', count: 1 },
    ]);
  });
});

describe('phone fit', () => {
  test('a diagram wider than a 360 px column holds at 12 px labels is named with its label size', () => {
    expect(MAX_PHONE_WIDTH).toBe(469);
    expect(phoneFitProblem('<svg viewBox="0 0 469 100">')).toBeUndefined();
    expect(phoneFitProblem('<svg viewBox="0 0 900 100">')).toMatch(
      /^is 900 px wide; in a 360 px phone column its labels would shrink to 6\.3 px/,
    );
  });
});
