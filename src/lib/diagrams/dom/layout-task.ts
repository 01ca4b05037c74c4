/**
 * Lays mermaid diagrams out in the emulated DOM: a task of the build's worker
 * threads (lib/task-worker.ts), imported by a worker on its first diagram. It
 * runs in a worker so the DOM globals mermaid needs never leak into the build,
 * and so diagrams are laid out on a core the build's main thread leaves free.
 *
 * Input: { id, code }; answer: { svg } or { error }.
 */
import type { TaskAnswer } from '../../task-worker.ts';
import { mermaidConfig } from '../theme.ts';
import { CONFIG_COPY } from './config-copy.ts';
import { LAZY_LISTENERS } from './lazy-listeners.ts';
import { SELECTOR_CACHE } from './selector-cache.ts';
import { patchSources } from './source-patch.ts';
import { loadDiagramFonts } from './text-metrics.ts';

// Before linkedom and mermaid load: the faster configuration copy, lazy listener maps, kept selectors.
const patches = patchSources([CONFIG_COPY, LAZY_LISTENERS, SELECTOR_CACHE]);
const { installDiagramDom } = await import('./svg-dom.ts');

interface Mermaid {
  initialize(config: unknown): void;
  render(id: string, code: string): Promise<{ svg: string }>;
}

const fonts = loadDiagramFonts();
/*
 * One document for the worker's life, and one id for every diagram it lays
 * out. mermaid prefixes each diagram's stylesheet and marker ids with the
 * diagram's id, and the DOM caches what it learns per selector; with a new id
 * each time those caches only grew (about 1.2 MB a diagram). Laid out under
 * one placeholder id, every diagram reuses the same compiled selectors, and
 * the placeholder is replaced by the real id in the finished SVG (the layout
 * never depends on the id). Swapping documents instead is not an option:
 * mermaid's sanitiser binds to the first `window`, and labels it builds in a
 * swapped-out document measure wrong (the parity test caught boxes up to
 * 1,100 px off).
 */
const PLACEHOLDER = 'mermaidlayoutid';
const env = installDiagramDom(fonts);
// After the DOM is installed: DOMPurify binds to `window` when first imported.
const mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
// mermaid imports DOMPurify with it, which has now looked up the node getters it needs.
env.sanitizerLoaded();
patches.assertApplied();
mermaid.initialize(mermaidConfig);

export async function run({ id, code }: { id: string; code: string }): Promise<TaskAnswer> {
  try {
    const { svg } = await mermaid.render(PLACEHOLDER, code);
    return { message: { svg: svg.replaceAll(PLACEHOLDER, id) } };
  } catch (e) {
    return { message: { error: String((e as Error)?.message ?? e) } };
  } finally {
    // Whatever a failed render left behind (mermaid removes its own on success).
    env.document.getElementById(PLACEHOLDER)?.remove();
    env.document.getElementById(`d${PLACEHOLDER}`)?.remove();
    env.document.body.replaceChildren();
  }
}
