/** The site holds up with JavaScript off, and keeps its strict policy everywhere. */
import { expect, test } from '@playwright/test';
import { builtPages, isRedirect, pageHtml } from './pages';
import { SAMPLE_PAGES } from '../sample-pages';

const pages = builtPages().filter((p) => !isRedirect(p));

test('every page carries a Content-Security-Policy that allows no inline script and no other origin', () => {
  const weak: string[] = [];
  for (const p of pages) {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(pageHtml(p))?.[1] ?? '';
    const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    if (!/default-src 'self'/.test(csp) || /(^|\s)'unsafe-(inline|eval)'|https?:|\*/.test(script) || !script)
      weak.push(`/${p}: ${csp || 'no policy'}`);
  }
  expect(weak).toEqual([]);
});

for (const path of SAMPLE_PAGES) {
  test(`/${path} is readable with JavaScript off: text, diagrams, navigation and citations`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await page.locator('main').innerText(), 'the page would be empty').not.toHaveLength(0);
    if (/network|actors/.test(path)) await expect(page.locator('figure.diagram svg:visible').first()).toBeVisible();
    // The timeline is a plain list by period (no chart): its first period's events must show.
    if (/timeline/.test(path)) await expect(page.locator('ol.timeline > li').first()).toBeVisible();
    if (/articles|actors/.test(path)) await expect(page.locator('.cite a').first()).toBeVisible();
    if (path === 'search/') await expect(page.getByRole('heading', { name: 'Actors A–Z' })).toBeVisible();
    await context.close();
  });
}
