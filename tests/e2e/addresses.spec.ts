/**
 * For anyone who copies an address: every canonical link, "Cite this page"
 * box, structured-data URL, social image, feed and sitemap entry points at the
 * site's public address (SITE_URL), and a build without it never invents one.
 * Reads the built files; run over a build made with the SITE_URL given here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, isRedirect, pageHtml } from './pages';

const SITE_URL = process.env.SITE_URL;
const origin = SITE_URL ? new URL(SITE_URL).origin : undefined;
const base = (process.env.BASE_PATH ?? (SITE_URL ? new URL(SITE_URL).pathname : '/')).replace(/\/?$/, '/');
const LOCAL = 'http://localhost:4321';
/** Where a page says it lives: absolute with SITE_URL, else its path. */
const expected = (p: string) => `${origin ?? ''}${base}${p}`;
/** A canonical link must be absolute, so a build that does not know its address has none. */
const expectedCanonical = (p: string) => (origin ? expected(p) : undefined);
const pages = builtPages().filter((p) => !isRedirect(p) && p !== '404.html');
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

test('every canonical link and "Cite this page" box gives the page’s own public address', () => {
  const wrong: string[] = [];
  for (const p of pages) {
    const html = pageHtml(p);
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    if (canonical !== expectedCanonical(p)) wrong.push(`/${p}: canonical ${canonical}`);
    const box = /<section class="cite-this[\s\S]*?<\/section>/.exec(html)?.[0];
    if (box) {
      const styles = [...box.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!);
      // Without a public address the box must say so (the page script fills in the reader's address), never print a bare path.
      const want = origin ? expected(p) : '<span data-here>[address not set';
      if (styles.length !== 4 || styles.some((s) => !s.includes(want))) wrong.push(`/${p}: cite box lacks ${want}`);
    }
  }
  expect(wrong, 'readers would copy an address that is not this site’s').toEqual([]);
  expect(pages.filter((p) => pageHtml(p).includes('class="cite-this')).length, 'profiles and explainers have a cite box').toBeGreaterThan(
    50,
  );
});

test('structured data, social images, feed, sitemap and robots.txt use the public address', () => {
  const host = origin ?? LOCAL;
  const foreign: string[] = [];
  for (const p of pages) {
    const html = pageHtml(p);
    for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      // The page's own addresses; `isBasedOn.url` is the original report, elsewhere by design.
      const ld = JSON.parse(m[1]!) as { url?: string; potentialAction?: { target: string }; itemListElement?: { item: string }[] };
      const urls = [ld.url, ld.potentialAction?.target, ...(ld.itemListElement ?? []).map((i) => i.item)].filter((u) => u !== undefined);
      // Structured data links this site by relative address when SITE_URL is not set.
      for (const u of urls) if (!(origin ? u.startsWith(`${origin}${base}`) : u.startsWith(base))) foreign.push(`/${p} JSON-LD ${u}`);
    }
    for (const prop of ['og:image', 'og:url']) {
      const v = attr(html, new RegExp(`<meta property="${prop}" content="([^"]+)"`));
      if (!v?.startsWith(`${host}${base}`)) foreign.push(`/${p} ${prop} ${v}`);
    }
  }
  const file = (f: string) => readFileSync(join(DIST, f), 'utf8');
  const locs = [
    ...[...file('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    ...[...file('feed.xml').matchAll(/<id>([^<]+)<\/id>|<link href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!),
  ];
  expect(locs.length, 'the sitemap and feed list pages').toBeGreaterThan(pages.length);
  for (const u of locs) if (!u.startsWith(`${host}${base}`)) foreign.push(`feed/sitemap ${u}`);
  if (!file('robots.txt').includes(`Sitemap: ${host}${base}sitemap.xml`)) foreign.push('robots.txt sitemap line');
  expect(foreign, 'search engines, feed readers and link previews would be sent elsewhere').toEqual([]);
});

test('no page points at a placeholder host', () => {
  const stray = pages.filter(
    (p) => /https?:\/\/[a-z0-9.-]*example\.(?:org|com)\b/.test(pageHtml(p)) || (origin && pageHtml(p).includes(LOCAL)),
  );
  expect(stray, 'these pages still carry a made-up or local address').toEqual([]);
});
