/** The real diagram browser: playwright-core driving a headless Chromium with mermaid loaded. */
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '@/lib/browser';
import type { DiagramBrowser } from './render';
import { mermaidConfig } from './theme';

const require = createRequire(import.meta.url);

/** Launches Chromium once and loads mermaid into one page for the whole build. */
export async function launchDiagramBrowser(): Promise<DiagramBrowser> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  await page.evaluate(
    (config) => {
      (window as unknown as { mermaid: { initialize: (c: unknown) => void } }).mermaid.initialize(config);
    },
    mermaidConfig as unknown as Record<string, unknown>,
  );
  return {
    async render(items) {
      return page.evaluate(async (list) => {
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
      }, items);
    },
    async close() {
      await browser.close();
    },
  };
}
