/**
 * The real diagram browser: playwright-core driving one headless Chromium for
 * the whole build, with mermaid loaded into a small pool of pages so that
 * diagrams of pages rendered in parallel are laid out in parallel.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '@/lib/browser';
import type { DiagramBrowser } from './render';
import { mermaidConfig } from './theme';

const require = createRequire(import.meta.url);
type Result = { svg: string } | { error: string };

async function mermaidPage(newPage: () => Promise<Page>): Promise<Page> {
  const page = await newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  await page.evaluate(
    (config) => {
      (window as unknown as { mermaid: { initialize: (c: unknown) => void } }).mermaid.initialize(config);
    },
    mermaidConfig as unknown as Record<string, unknown>,
  );
  return page;
}

/** Launches Chromium once; `size` pages (default: one per core, at most 4) share the work. */
export async function launchDiagramBrowser(size = Math.min(4, availableParallelism())): Promise<DiagramBrowser> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const idle: Page[] = await Promise.all(Array.from({ length: size }, () => mermaidPage(() => browser.newPage())));
  const waiting: ((p: Page) => void)[] = [];
  const acquire = () => new Promise<Page>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const release = (p: Page) => (waiting.length ? waiting.shift()!(p) : idle.push(p));
  return {
    async render(items) {
      const page = await acquire();
      try {
        return await page.evaluate(async (list) => {
          const m = (window as unknown as { mermaid: { render: (id: string, code: string) => Promise<{ svg: string }> } }).mermaid;
          const out: Result[] = [];
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
        }, items);
      } finally {
        release(page);
      }
    },
    async close() {
      await browser.close();
    },
  };
}
