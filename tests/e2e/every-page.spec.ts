/**
 * Every built page, discovered from dist/: accessible in light and dark, one h1,
 * a title, a description, a language, and no broken internal link or anchor.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, idsByPage, isRedirect } from './pages';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages().filter((p) => !isRedirect(p));
const ids = idsByPage();

test('the site has pages to check', () => {
  expect(pages.length, 'the build produced almost no pages').toBeGreaterThan(20);
});

for (const page of pages) {
  test.describe(`/${page}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`has no WCAG 2.2 AA violations in ${scheme} mode`, async ({ page: tab }) => {
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.goto(page);
        const results = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
        expect(summary, 'a reader using assistive technology or low vision would hit these').toEqual([]);
      });
    }

    test('has one h1, a title, a description and a language', async ({ page: tab }) => {
      await tab.goto(page);
      await expect(tab.locator('h1'), 'a page needs exactly one main heading').toHaveCount(1);
      expect((await tab.title()).length, 'the browser tab would show no title').toBeGreaterThan(5);
      const description = await tab.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0, 'search engines and link previews would show no summary').toBeGreaterThan(40);
      expect(await tab.locator('html').getAttribute('lang'), 'screen readers would not know the language').toBe('en');
    });

    test('every internal link and anchor resolves', async ({ page: tab }) => {
      await tab.goto(page);
      // SVG links (diagram nodes) count too; their href is not a string property, so resolve the attribute.
      const hrefs = await tab
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
      const broken: string[] = [];
      for (const href of hrefs) {
        const u = new URL(href);
        if (u.origin !== new URL(tab.url()).origin) continue;
        if (!u.pathname.startsWith(base)) {
          broken.push(href);
          continue;
        }
        const path = decodeURIComponent(u.pathname.slice(base.length));
        const target = ids.get(path) ?? ids.get(path.replace(/^\/?/, ''));
        if (!target) broken.push(`${href} (no such page)`);
        else if (u.hash && !target.has(decodeURIComponent(u.hash.slice(1)))) broken.push(`${href} (no such anchor)`);
      }
      expect(broken, 'a reader clicking these would land nowhere').toEqual([]);
    });
  });
}
