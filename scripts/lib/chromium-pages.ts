/**
 * Mermaid in real Chromium: one headless browser, a small pool of pages with
 * mermaid and the diagram font loaded (by @font-face, as readers get it), so
 * several diagrams are laid out at once. Not used by the build: the parity
 * test and the benchmark compare it with the Node engine (dom-workers.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import type { DiagramEngine, EngineResult } from '../../src/lib/diagrams/render.ts';
import { mermaidConfig } from '../../src/lib/diagrams/theme.ts';
import { fontDir } from '../../src/lib/font-files.ts';

const require = createRequire(import.meta.url);

/** The page's stylesheet: the diagram font, from the same WOFF2 files the site ships. */
function fontFaces(dir: string): string {
  const face = (file: string, weight: number) =>
    `@font-face{font-family:"Diagram Sans";font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(join(dir, file)).toString('base64')}) format("woff2");}`;
  return face('diagram-sans.woff2', 400) + face('diagram-sans-bold.woff2', 700);
}

async function mermaidPage(page: Page, css: string): Promise<Page> {
  await page.setContent(
    `<!doctype html><html><head><style>${css}</style></head><body><p style="font-family:'Diagram Sans'">x<b>x</b></p></body></html>`,
  );
  // Both weights must be loaded before the first measurement.
  await page.evaluate(async () => {
    await Promise.all([document.fonts.load('16px "Diagram Sans"'), document.fonts.load('bold 16px "Diagram Sans"')]);
  });
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  await page.evaluate(
    (config) => {
      (window as unknown as { mermaid: { initialize: (c: unknown) => void } }).mermaid.initialize(config);
    },
    mermaidConfig as unknown as Record<string, unknown>,
  );
  return page;
}

/** Launches Chromium once; `size` pages share the work. */
export async function launchChromiumPages(size = 2, fonts = fontDir()): Promise<DiagramEngine> {
  const browser = await launchChromium();
  const css = fontFaces(fonts);
  const idle: Page[] = await Promise.all(Array.from({ length: size }, async () => mermaidPage(await browser.newPage(), css)));
  const waiting: ((p: Page) => void)[] = [];
  const acquire = () => new Promise<Page>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (p: Page) => (waiting.length ? waiting.shift()!(p) : idle.push(p));
  return {
    async render(items) {
      const page = await acquire();
      try {
        return (await page.evaluate(async (list) => {
          const m = (window as unknown as { mermaid: { render: (id: string, code: string) => Promise<{ svg: string }> } }).mermaid;
          const out: ({ svg: string } | { error: string })[] = [];
          for (const { id, code } of list) {
            try {
              out.push({ svg: (await m.render(id, code)).svg });
            } catch (e) {
              out.push({ error: String((e as Error)?.message ?? e) });
              document.getElementById(id)?.remove();
              document.getElementById(`d${id}`)?.remove();
            }
          }
          return out;
        }, items)) as EngineResult[];
      } finally {
        release(page);
      }
    },
    async close() {
      await browser.close();
    },
  };
}
