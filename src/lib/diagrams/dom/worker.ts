/**
 * A worker thread that renders mermaid diagrams in the emulated DOM. It runs
 * in its own thread so the DOM globals mermaid needs never leak into the
 * build, and so two diagrams are laid out on two cores at once.
 *
 * Messages in: { id, code }; out: { svg } or { error }. workerData carries the
 * mermaid configuration and the font directory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installDiagramDom } from './svg-dom.ts';
import { loadDiagramFonts } from './text-metrics.ts';

interface Mermaid {
  initialize(config: unknown): void;
  render(id: string, code: string): Promise<{ svg: string }>;
}

const { config, fontDir } = workerData as { config: unknown; fontDir?: string };
const fonts = loadDiagramFonts(fontDir);
let env = installDiagramDom(fonts);
let rendered = 0;
/**
 * A fresh document every few diagrams: jsdom keeps each removed <style> in
 * `document.styleSheets` and caches selector results per document, about
 * 2 MB a diagram that only a new document frees. (mermaid finds the new one
 * on globalThis at its next render.)
 */
const FRESH_DOCUMENT_EVERY = 20;
// After the DOM is installed: DOMPurify binds to `window` when first imported.
const mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
mermaid.initialize(config);

parentPort?.on('message', async ({ id, code }: { id: string; code: string }) => {
  try {
    const { svg } = await mermaid.render(id, code);
    parentPort?.postMessage({ svg });
  } catch (e) {
    parentPort?.postMessage({ error: String((e as Error)?.message ?? e) });
  } finally {
    // Whatever a failed render left behind (mermaid removes its own on success).
    env.document.getElementById(id)?.remove();
    env.document.getElementById(`d${id}`)?.remove();
    env.document.body.replaceChildren();
    if (++rendered % FRESH_DOCUMENT_EVERY === 0) {
      env.close();
      env = installDiagramDom(fonts);
    }
  }
});
parentPort?.postMessage({ ready: true });
