/**
 * The diagram engine patches linkedom to keep each compiled CSS selector
 * (src/lib/diagrams/dom/selector-cache.ts). If a kept selector answered
 * differently from a fresh one, the cascade would read the wrong font size or
 * anchor for a label (its box, and the drawing around it, would move) or d3
 * would select the wrong element. The patched functions are run here beside
 * linkedom's own, on the installed linkedom's source, over HTML and SVG
 * documents, with each selector asked many times.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DOMParser, parseHTML } from 'linkedom';
import { SELECTOR_CACHE } from '@/lib/diagrams/dom/selector-cache';
import { patchedSource } from '@/lib/diagrams/dom/source-patch';

type Match = (element: Element, selectors: string) => boolean;
type Prepare = (element: Element, selectors: string) => (e: Element) => boolean;
interface Matches {
  matches: Match;
  prepareMatch: Prepare;
}

const SHARED = resolve('node_modules/linkedom/esm/shared');
const SOURCE = readFileSync(join(SHARED, 'matches.js'), 'utf8');
const CSS_SELECT = resolve('node_modules/linkedom/node_modules/css-select/dist/index.js');
let dir: string;
let ours: Matches;
let theirs: Matches;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'selector-cache-'));
  const patched = (patchedSource(SELECTOR_CACHE, SOURCE) ?? SOURCE)
    .replace(`from 'css-select'`, `from '${pathToFileURL(CSS_SELECT).href}'`)
    .replaceAll(/from '\.\/([\w-]+\.js)'/g, (_, f: string) => `from '${pathToFileURL(join(SHARED, f)).href}'`);
  writeFileSync(join(dir, 'matches.mjs'), patched);
  ours = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'matches.mjs')).href)) as Matches;
  theirs = (await import(/* @vite-ignore */ pathToFileURL(join(SHARED, 'matches.js')).href)) as Matches;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the text the patch replaces occurs exactly once in the installed linkedom', () => {
  for (const [from] of SELECTOR_CACHE.replacements) expect(SOURCE.split(from).length - 1).toBe(1);
});

const SELECTORS = [
  'g',
  'G',
  'DIV',
  'div',
  '.node',
  'g.node rect',
  '#d .label text',
  '#d > g',
  'text, tspan',
  ':scope > g',
  ':scope .label',
  'svg:not(.x) .edgeLabel',
  '[data-id="a"]',
  'rect:first-child',
  'tspan:nth-child(2)',
  '.nodeLabel p',
];

/** Every element of an SVG drawing (XML) and of an HTML page holding the same drawing. */
function elements(): Element[] {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" id="d"><g class="node" data-id="a"><rect/><g class="label"><text><tspan>a</tspan><tspan>b</tspan></text></g></g><g class="edgeLabel"><foreignObject><div class="nodeLabel"><p>x</p></div></foreignObject></g></svg>`;
  const xml = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const { document } = parseHTML(`<!doctype html><html><body><DIV>${svg}</DIV><div class="node"></div></body></html>`);
  return [...xml.querySelectorAll('*'), ...document.querySelectorAll('*')] as unknown as Element[];
}

test('matches() gives linkedom’s own answer for every element and selector, asked three times over', () => {
  const all = elements();
  for (let round = 0; round < 3; round++)
    for (const e of all)
      for (const s of SELECTORS) expect(ours.matches(e, s), `${e.localName} ${s} (round ${round + 1})`).toBe(theirs.matches(e, s));
});

test('a prepared selector (querySelector, closest) gives linkedom’s own answer from each element, asked twice over', () => {
  const all = elements();
  for (let round = 0; round < 2; round++)
    for (const from of all)
      for (const s of SELECTORS) {
        const a = ours.prepareMatch(from, s);
        const b = theirs.prepareMatch(from, s);
        for (const e of all) expect(a(e), `${s} asked from ${from.localName}, of ${e.localName}`).toBe(b(e));
      }
});

test('an invalid selector throws each time it is asked, as it does in linkedom', () => {
  const [e] = elements();
  for (let round = 0; round < 2; round++) {
    expect(() => theirs.matches(e!, 'g[')).toThrow();
    expect(() => ours.matches(e!, 'g[')).toThrow();
  }
});
