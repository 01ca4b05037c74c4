/**
 * Runs axe-core in the page itself. The Playwright wrapper runs each frame
 * separately and finishes in a second blank page, about four times slower on
 * these pages (no iframes here, so nothing is lost by running in one frame).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.2 A and AA rule axe knows. */
export const WCAG_AA: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
/** Only the rules a change of colour scheme can break. */
export const COLOUR_RULES: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };

/** The page's violations, one line each: rule, how many elements, the first of them, what is wrong. */
export async function axeViolations(page: Page, options: RunOptions): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<{ violations: Result[] }> } }).axe
        .run(document, { ...opts, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({ id: v.id, help: v.help, count: v.nodes.length, first: v.nodes[0]?.target.join(' ') ?? '' })),
        ),
    options,
  );
  return violations.map((v) => `${v.id}: ${v.count}× ${v.first} — ${v.help}`);
}
