/**
 * Every built page, discovered from dist/ so the suite grows with the site:
 * accessible (WCAG 2.2 AA) in light and dark, exactly one h1, a title, a
 * description, a language, and no internal link or #anchor that leads nowhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, idsByPage, isRedirect, pageHtml } from './pages';
import { normaliseBase } from '../../src/lib/base';

const base = normaliseBase(process.env.BASE_PATH);
const pages = builtPages().filter((p) => !isRedirect(p));
const ids = idsByPage();

test('the site has pages to check', () => {
  expect(pages.length, 'the build produced almost no pages').toBeGreaterThan(20);
});

test('every page has one h1, a title, a description and a language', () => {
  const problems: string[] = [];
  for (const p of pages) {
    const html = pageHtml(p);
    const h1 = (html.match(/<h1[\s>]/g) ?? []).length;
    if (h1 !== 1) problems.push(`/${p}: ${h1} h1 elements`);
    if (!/<title>[^<]{6,}<\/title>/.test(html)) problems.push(`/${p}: no title`);
    if (!/<meta name="description" content="[^"]{40,}"/.test(html)) problems.push(`/${p}: no description`);
    if (!/<html lang="en"/.test(html)) problems.push(`/${p}: no lang`);
  }
  expect(problems, 'readers, screen readers and search engines rely on these').toEqual([]);
});

test('every internal link and #anchor on every page resolves', () => {
  const broken: string[] = [];
  for (const p of builtPages()) {
    const here = new URL(`${base}${p}`, 'http://site');
    for (const m of pageHtml(p).matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      const u = new URL(href, here);
      if (u.origin !== here.origin) continue;
      if (!u.pathname.startsWith(base)) {
        broken.push(`/${p} → ${href} (outside the site)`);
        continue;
      }
      const path = decodeURIComponent(u.pathname.slice(base.length));
      if (/^(pagefind|_astro|data)\/|\.(xml|txt|json|csv|svg|png)$/.test(path)) continue;
      const target = ids.get(path);
      if (!target) broken.push(`/${p} → ${href} (no such page)`);
      else if (u.hash && !target.has(decodeURIComponent(u.hash.slice(1)))) broken.push(`/${p} → ${href} (no such anchor)`);
    }
  }
  expect(broken, 'a reader clicking these would land nowhere').toEqual([]);
});

for (const page of pages) {
  test(`/${page}: no WCAG 2.2 AA violations in light or dark, no third-party request, no CSP violation`, async ({ page: tab }) => {
    const foreign: string[] = [];
    const refused: string[] = [];
    tab.on('request', (r) => {
      const u = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !u.protocol.startsWith('data')) foreign.push(r.url());
    });
    tab.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text());
    });
    await tab.goto(page);
    // Colours and structure do not depend on the base path: the sub-path run (test:subpath) checks links, requests and policy only.
    for (const scheme of base === '/' ? (['light', 'dark'] as const) : []) {
      await tab.emulateMedia({ colorScheme: scheme });
      // The dark scheme changes only colours: the light pass runs every WCAG rule, the dark pass the colour rules.
      const axe = new AxeBuilder({ page: tab });
      const results = await (
        scheme === 'light'
          ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          : axe.withRules(['color-contrast', 'link-in-text-block'])
      ).analyze();
      const summary = results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
      expect(summary, 'a reader using assistive technology or with low vision would hit these').toEqual([]);
    }
    expect(foreign, 'the page contacted another host: a reader in a risky place could be exposed').toEqual([]);
    expect(refused, 'the Content-Security-Policy blocked part of the page').toEqual([]);
  });
}
