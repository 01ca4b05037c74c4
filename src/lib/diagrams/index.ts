/**
 * The build's single diagram renderer. It lives on globalThis because Astro
 * loads this module more than once in one build (config, content pipeline,
 * page rendering) and all of them must share one engine and one tally.
 * Diagrams are laid out in Node (dom-workers.ts): the build needs no browser.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createRenderer, type Renderer } from './render';
import { engineFingerprint, launchDomEngine } from './dom-workers';
import { postProcessSvg } from './svg';
import { baseLinks, rootLinks } from './base-links';
import { normaliseBase } from '../base';

const KEY = Symbol.for('quds-explainer.diagram-renderer');
const store = globalThis as unknown as Record<symbol, Renderer | undefined>;

function renderer(): Renderer {
  if (store[KEY]) return store[KEY];
  // The cache key: mermaid's version and the engine's fingerprint.
  const mermaid = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;
  const version = `${mermaid}+${engineFingerprint()}`;
  // DIAGRAM_CACHE_DIR lets a test build start from an empty cache without touching the real one.
  const cacheDir = process.env.DIAGRAM_CACHE_DIR ?? join(process.cwd(), '.cache', 'diagrams');
  // The dev server keeps its workers: there a diagram comes whenever a contributor saves one, and a
  // stopped worker would make each such save wait for mermaid's start-up again.
  const idleMs = import.meta.env?.DEV ? Infinity : undefined;
  return (store[KEY] = createRenderer({ cacheDir, launch: () => launchDomEngine(undefined, idleMs), version }));
}

/**
 * Renders one mermaid diagram to accessible inline SVG.
 * @param origin where the diagram comes from, for the error message
 */
export async function renderDiagram(code: string, origin: string, a11y: { title: string; description: string }): Promise<string> {
  const base = normaliseBase(process.env.BASE_PATH);
  return postProcessSvg(baseLinks(await renderer().render(rootLinks(code, base), origin), base), a11y, code);
}

/** Stops the diagram engine (if one was started) and returns the build's tally. */
export async function finishDiagrams(): Promise<{ rendered: number; cached: number } | undefined> {
  const r = store[KEY];
  if (!r) return undefined;
  await r.close();
  store[KEY] = undefined;
  return { ...r.stats };
}
