/**
 * The build's single diagram renderer. It lives on globalThis because Astro
 * loads this module more than once in one build (config, content pipeline,
 * page rendering) and all of them must share one browser session and one tally.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createRenderer, type Renderer } from './render';
import { launchDiagramBrowser } from './chromium';
import { postProcessSvg } from './svg';
import { baseLinks, rootLinks } from './base-links';
import { normaliseBase } from '../base';

const KEY = Symbol.for('quds-explainer.diagram-renderer');
const store = globalThis as unknown as Record<symbol, Renderer | undefined>;

function renderer(): Renderer {
  const version = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;
  store[KEY] ??= createRenderer({ cacheDir: join(process.cwd(), '.cache', 'diagrams'), launch: launchDiagramBrowser, version });
  return store[KEY];
}

/**
 * Renders one mermaid diagram to accessible inline SVG.
 * @param origin where the diagram comes from, for the error message
 */
export async function renderDiagram(code: string, origin: string, a11y: { title: string; description: string }): Promise<string> {
  const base = normaliseBase(process.env.BASE_PATH);
  return postProcessSvg(baseLinks(await renderer().render(rootLinks(code, base), origin), base), a11y);
}

/** Closes the browser (if one was started) and returns the build's tally. */
export async function finishDiagrams(): Promise<{ rendered: number; cached: number } | undefined> {
  const r = store[KEY];
  if (!r) return undefined;
  await r.close();
  store[KEY] = undefined;
  return { ...r.stats };
}
