/**
 * The diagram engine replaces mermaid's getConfig() copy with a faster loop
 * (src/lib/diagrams/dom/config-copy.ts). If the two copies differed, a diagram
 * could be laid out with other settings than mermaid's own: labels, spacing or
 * arrowheads would change on the page. Compared here against mermaid's own
 * assignWithDepth, taken from the installed mermaid bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { COPIER, ORIGINAL, ORIGINAL_UPDATE } from '@/lib/diagrams/dom/config-copy';
import { mermaidConfig } from '@/lib/diagrams/theme';

type Copy = (src: object, depth: number) => Record<string, unknown>;
const CHUNKS = join('node_modules', 'mermaid', 'dist', 'chunks', 'mermaid.core');
const withOriginal = readdirSync(CHUNKS)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => readFileSync(join(CHUNKS, f), 'utf8'))
  .filter((s) => s.includes(ORIGINAL));

let theirs: Copy;
let ours: Copy;
let lazy: (src: object) => Record<string, unknown>;
let fresh: (src: object) => Record<string, unknown>;
beforeAll(() => {
  const source = withOriginal[0] ?? '';
  const start = source.indexOf('var assignWithDepth = ');
  const end = source.indexOf('}, "assignWithDepth");', start) + '}, "assignWithDepth");'.length;
  const name = <T>(f: T) => f;
  const assign = new Function('__name', `${source.slice(start, end)}\nreturn assignWithDepth;`)(name);
  theirs = (src, depth) => assign({}, src, { depth });
  ours = new Function(`${COPIER}\nreturn getConfigCopy;`)();
  lazy = new Function(`${COPIER}\nreturn getConfigLazy;`)();
  fresh = new Function(`${COPIER}\nreturn getConfigFresh;`)();
});

/** getConfig()'s copy (or another lazy copy), with every section read once (as mermaid reads the ones it needs). */
const materialised = (src: object, copier = lazy) => {
  const copy = copier(src);
  for (const k of Object.keys(copy)) void copy[k];
  return copy;
};

/** Same keys in the same order, same descriptors, same values; new objects where mermaid makes them, shared ones below. */
function expectSameCopy(a: unknown, b: unknown, src: unknown, level: number, path = 'config'): void {
  if (typeof a !== 'object' || a === null) return expect(b, path).toBe(a);
  expect(Array.isArray(b), path).toBe(Array.isArray(a));
  expect(b === src, `${path} is ${a === src ? 'shared' : 'a new object'} in mermaid's copy`).toBe(a === src);
  if (a === src) return;
  expect(Reflect.ownKeys(b as object), path).toEqual(Reflect.ownKeys(a));
  expect(Object.getPrototypeOf(b), path).toBe(Object.getPrototypeOf(a));
  for (const k of Reflect.ownKeys(a)) {
    const da = Object.getOwnPropertyDescriptor(a, k);
    const db = Object.getOwnPropertyDescriptor(b, k);
    expect({ ...db, value: undefined }, `${path}.${String(k)}`).toEqual({ ...da, value: undefined });
    const s = src && typeof src === 'object' && !Array.isArray(a) ? (src as Record<PropertyKey, unknown>)[k] : undefined;
    expectSameCopy(da?.value, db?.value, s, level + 1, `${path}.${String(k)}`);
  }
}

const same = (src: object, depth = 2) => {
  expectSameCopy(theirs(src, depth), ours(src, depth), src, 1);
  if (depth === 2) {
    expectSameCopy(theirs(src, depth), materialised(src), src, 1);
    expectSameCopy(theirs(src, depth), materialised(src, fresh), src, 1);
  }
};

describe("the diagram engine's copy of mermaid's configuration", () => {
  test('mermaid 12 has getConfig() and updateCurrentConfig() in the form the engine replaces, in one module', () => {
    expect(withOriginal).toHaveLength(1);
    expect(withOriginal[0]?.split(ORIGINAL_UPDATE)).toHaveLength(2);
  });

  test("is mermaid's own copy of its default configuration and of the site's configuration", async () => {
    const mermaid = (await import('mermaid')).default;
    same(mermaid.mermaidAPI.defaultConfig);
    mermaid.initialize(mermaidConfig);
    same(mermaid.mermaidAPI.getConfig());
    same({ ...mermaid.mermaidAPI.getConfig(), layout: 'dagre', flowchart: { curve: 'basis', padding: 8 } });
  });

  test('keeps mermaid quirks: nulls left out, undefined kept, arrays without duplicates, deep objects shared', () => {
    const deep = { x: { y: 1 } };
    const fn = () => 1;
    same({
      a: null,
      b: undefined,
      c: [1, 1, 'x', 'x', NaN, NaN, deep, deep],
      d: { e: null, f: [2, 2, [3, 3]], g: { h: deep, i: [4, 4], j: null }, k: fn },
      l: 'text',
      m: 0,
      n: false,
      [Symbol.for('s')]: { t: 1 },
      ['__proto__']: { polluted: true },
    });
    // Sparse arrays: mermaid's forEach skips holes.
    // eslint-disable-next-line no-sparse-arrays
    same({ sparse: [1, , 2] });
    same({ deep: { deeper: { deepest: { leaf: 1 } } } }, 3);
  });

  test('returns a new copy each time, so a caller changing its copy changes no other', () => {
    const src = { flowchart: { arrowMarkerAbsolute: false, nested: { x: 1 } } };
    const first = ours(src, 2) as { flowchart: { arrowMarkerAbsolute: boolean; nested: { x: number } } };
    first.flowchart.arrowMarkerAbsolute = true;
    first.flowchart.nested.x = 2;
    expect(ours(src, 2)).toEqual({ flowchart: { arrowMarkerAbsolute: false, nested: { x: 1 } } });
  });

  test("getConfig()'s copy makes a section only when it is read, and it is still the caller's own", () => {
    const src = { theme: 'base', flowchart: { arrowMarkerAbsolute: false, nested: { x: 1 } }, list: [1, 1] };
    const first = lazy(src) as { flowchart: { arrowMarkerAbsolute: boolean; nested: { x: number } }; list: number[] };
    expect(Object.keys(first)).toEqual(['theme', 'flowchart', 'list']);
    const section = first.flowchart;
    expect(first.flowchart, 'the same section object on every read of one copy').toBe(section);
    section.arrowMarkerAbsolute = true;
    section.nested.x = 2;
    first.list.push(3);
    expect(first.flowchart.arrowMarkerAbsolute).toBe(true);
    expect(src.flowchart.arrowMarkerAbsolute, 'the source is untouched').toBe(false);
    expect(lazy(src)).toEqual({ theme: 'base', flowchart: { arrowMarkerAbsolute: false, nested: { x: 1 } }, list: [1] });
    // A caller may replace a section before reading it.
    const second = lazy(src) as { flowchart: unknown };
    second.flowchart = { replaced: true };
    expect(second.flowchart).toEqual({ replaced: true });
    expect(JSON.parse(JSON.stringify(lazy(src)))).toEqual({
      theme: 'base',
      flowchart: { arrowMarkerAbsolute: false, nested: { x: 1 } },
      list: [1],
    });
  });

  test("a copy of a configuration that is itself a lazy copy is mermaid's copy of the whole one", () => {
    // updateCurrentConfig() builds each diagram's configuration lazily from the site's, and getConfig() copies that.
    const deep = { x: { y: 1 } };
    const site = { theme: 'base', flowchart: { padding: 8, nested: { deep } }, themeVariables: { primaryColor: '#fff' }, list: [1, 1] };
    const current = fresh(site);
    (current.flowchart as { padding: number }).padding = 15;
    const expected = theirs({ ...theirs(site, 2), flowchart: { ...(site.flowchart as object), padding: 15 } }, 2);
    const copy = materialised(current);
    expect(copy).toEqual(expected);
    expect(Object.keys(copy)).toEqual(Object.keys(expected));
    expect((copy.flowchart as { nested: { deep: unknown } }).nested.deep, 'deeper objects shared, as in mermaid').toBe(deep);
    expect(site.flowchart.padding, 'the site configuration is untouched').toBe(8);
  });

  test('getConfig() copies one configuration object the same way every time, and a new object anew', () => {
    const one = { theme: 'base', flowchart: { padding: 8 } };
    const a = lazy(one) as { flowchart: { padding: number } };
    a.flowchart.padding = 20;
    expect(lazy(one)).toEqual({ theme: 'base', flowchart: { padding: 8 } });
    // mermaid never changes a configuration in place: each change makes a new object (updateCurrentConfig).
    expect(lazy({ theme: 'dark', flowchart: { padding: 9 } })).toEqual({ theme: 'dark', flowchart: { padding: 9 } });
  });
});
