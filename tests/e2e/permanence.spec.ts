/**
 * For journalists and researchers: published addresses keep working, other
 * spellings lead to the profile, structured data parses, feeds and data files
 * are well-formed and match the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, isRedirect, pageHtml } from './pages';

const published = readFileSync('tests/published-urls.txt', 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('/'));

test('every URL ever published still resolves', () => {
  const missing = published.filter((u) => !existsSync(join(DIST, u.endsWith('/') ? `${u}index.html` : u)));
  expect(missing, 'links in published stories would break; add a redirect for a renamed page').toEqual([]);
});

const redirects = builtPages().filter((p) => p.startsWith('actors/') && isRedirect(p));

test('alias redirects exist and each names its profile, or where a report names it in passing, as canonical', () => {
  expect(redirects.length, 'well-known spellings should have their own address').toBeGreaterThan(20);
  for (const p of redirects) {
    const html = pageHtml(p);
    const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
    expect(target, `/${p} has no redirect target`).toMatch(/^\/(actors\/[a-z0-9-]+\/|articles\/[a-z0-9-]+\/#named-[a-z0-9-]+)$/);
    expect(html, `/${p} should declare its canonical page`).toMatch(new RegExp(`rel="canonical" href="[^"]*${target}"`));
    const [path, anchor] = target!.replace(/^\//, '').split('#');
    expect(existsSync(join(DIST, path!, 'index.html')), `/${p} leads to a missing page`).toBe(true);
    if (anchor) expect(pageHtml(path!), `/${p} leads to a missing mention`).toContain(`id="${anchor}"`);
  }
});

// Named only in a photo caption or credit: no profile of their own, and their old profile addresses
// lead to where the report names them.
for (const slug of [
  '2nd-battalion-149th-aviation-regiment',
  '36th-combat-aviation-brigade',
  'telemark-battalion',
  'julio-hernandez',
  'us-army',
]) {
  test(`/actors/${slug}/ (named only in a caption or credit) redirects to where the report names it`, () => {
    expect(published, 'the old address stays in the published list').toContain(`/actors/${slug}/`);
    expect(isRedirect(`actors/${slug}/`), 'a profile for a name given only in passing is noise beside the main actors').toBe(true);
    expect(pageHtml(`actors/${slug}/`)).toMatch(/url=\/articles\/iria-2024\/#named-/);
    expect(pageHtml('actors/'), 'the A–Z still lists it').toMatch(new RegExp(`href="/articles/iria-2024/#named-[^"]*"`));
  });
}

for (const [alias, profile] of [
  ['actors/esmail-ghaani/', 'actors/esmail-qaani/'],
  ['actors/hezbollah-brigades/', 'actors/kataib-hezbollah/'],
] as const) {
  test(`/${alias} lands on /${profile} without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(alias);
    await expect(page).toHaveURL(new RegExp(`${profile}$`));
    await expect(page.locator('h1')).toBeVisible();
    await context.close();
  });
}

test('every JSON-LD block parses and has the expected type', () => {
  const types = new Map<string, Set<string>>();
  for (const p of builtPages()) {
    for (const m of pageHtml(p).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      const data = JSON.parse(m[1]!) as { '@context': string; '@type': string };
      expect(data['@context']).toBe('https://schema.org');
      types.set(p, (types.get(p) ?? new Set()).add(data['@type']));
    }
  }
  expect([...(types.get('') ?? [])]).toEqual(['WebSite']);
  expect([...(types.get('articles/antiwar-2021/') ?? [])].sort()).toEqual(['Article', 'BreadcrumbList']);
  expect([...(types.get('actors/esmail-qaani/') ?? [])].sort()).toEqual(['BreadcrumbList', 'Person']);
  expect([...(types.get('actors/kataib-hezbollah/') ?? [])].sort()).toEqual(['BreadcrumbList', 'Organization']);
  expect([...(types.get('actors/iran/') ?? [])].sort()).toEqual(['BreadcrumbList', 'Country']);
});

test('the feed and the sitemap are well-formed XML listing the right pages', async ({ page }) => {
  await page.goto('');
  for (const [file, count] of [
    ['feed.xml', 5],
    ['sitemap.xml', builtPages().filter((p) => !isRedirect(p) && p !== '404.html').length],
  ] as const) {
    const xml = readFileSync(join(DIST, file), 'utf8');
    const result = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, entries: doc.querySelectorAll('entry, url').length };
    }, xml);
    expect(result.error, `${file} is not well-formed`).toBe(0);
    expect(result.entries, `${file} should list ${count} items`).toBe(count);
  }
});

test('the open data parses and its counts match the content', () => {
  const count = (dir: string, list: boolean) => {
    const files = readdirSync(join('content', dir));
    return list
      ? files.reduce((n, f) => n + (readFileSync(join('content', dir, f), 'utf8').match(/^- id: /gm) ?? []).length, 0)
      : files.length;
  };
  const json = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8')) as unknown[];
  expect(json('actors.json').length).toBe(count('actors', false));
  expect(json('sources.json').length).toBe(count('sources', false));
  expect(json('relationships.json').length).toBe(count('relationships', true));
  expect(json('events.json').length).toBe(count('events', true));
  for (const name of ['relationships', 'events']) {
    const lines = readFileSync(join(DIST, 'data', `${name}.csv`), 'utf8')
      .trim()
      .split('\n');
    expect(lines.length - 1, `${name}.csv rows`).toBe(json(`${name}.json`).length);
  }
  for (const name of ['actors', 'relationships', 'events', 'sources']) {
    const schema = JSON.parse(readFileSync(join(DIST, 'data', `${name}.schema.json`), 'utf8')) as {
      type: string;
      items: { required: string[] };
    };
    expect(schema.type).toBe('array');
    expect(schema.items.required).toContain(name === 'sources' ? 'headline' : name === 'actors' ? 'name' : 'cite');
  }
});

test('every page names a social image that exists', () => {
  const missing: string[] = [];
  for (const p of builtPages().filter((x) => !isRedirect(x))) {
    const img = /<meta property="og:image" content="([^"]+)"/.exec(pageHtml(p))?.[1];
    if (!img || !existsSync(join(DIST, new URL(img).pathname))) missing.push(`/${p}`);
  }
  expect(missing, 'link previews for these pages would show no image').toEqual([]);
});

test('"cite this page" gives four styles with the page address and date, readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('actors/esmail-qaani/');
  const box = page.locator('.cite-this');
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX']) await expect(box.getByRole('heading', { name: style })).toBeVisible();
  // A build without SITE_URL does not know its public address: the box says so rather than print a bare path.
  await expect(box.locator('pre').first()).toContainText(process.env.SITE_URL ? '/actors/esmail-qaani/' : 'address not set');
  await expect(box.locator('pre').first()).toContainText('2026');
  await context.close();
});

test('without a public address, "cite this page" gives the address the reader is on', async ({ page }) => {
  test.skip(!!process.env.SITE_URL, 'a build with SITE_URL prints its own address');
  await page.goto('actors/esmail-qaani/');
  const here = new URL(page.url());
  await expect(page.locator('.cite-this pre').first(), 'a journalist would paste a relative path').toContainText(
    `${here.origin}${here.pathname}`,
  );
});

test('every h2 with an id has a visible link to itself, on every page', () => {
  const missing: string[] = [];
  let headings = 0;
  for (const p of builtPages()) {
    for (const [h2, id] of pageHtml(p).matchAll(/<h2\b[^>]*\sid="([^"]+)"[^>]*>[\s\S]*?<\/h2>/g)) {
      headings++;
      if (!h2.includes(`<a class="heading-anchor" href="#${id}"`)) missing.push(`/${p}#${id}`);
    }
  }
  expect(headings, 'the build has almost no section headings').toBeGreaterThan(100);
  expect(missing, 'a reader could not copy a link to these sections').toEqual([]);
});

test('a heading’s link shows on the page and points at its section', async ({ page }) => {
  await page.goto('articles/antiwar-2024/');
  const anchor = page.locator('h2#what-happened a.heading-anchor');
  await expect(anchor).toBeVisible();
  await expect(anchor).toHaveAttribute('href', '#what-happened');
});

// Until December 2026 every point of the Compare page was on that page, at /compare/#its-id. Each now
// has a page of its own; the old address lands on the point's row, which links to it.
const points = [...readFileSync('content/disagreements/disagreements.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]!);

test('every point once on the Compare page keeps its anchor there, on a row linking to the point’s own page', () => {
  const html = pageHtml('compare/');
  expect(points.length, 'the content should have points of disagreement').toBeGreaterThan(10);
  const broken = points.filter((id) => {
    const row = new RegExp(`<tr id="${id}"><th scope="row"><a href="([^"]+)"`).exec(html);
    return !row || !row[1]!.endsWith(`/compare/${id}/`) || !existsSync(join(DIST, 'compare', id, 'index.html'));
  });
  expect(broken, 'links to these points in published stories would land nowhere, or lead to a missing page').toEqual([]);
});

test('an old link to a point lands on its highlighted row, whose link opens what each report says', async ({ page }) => {
  await page.goto('compare/#last-attack-date');
  const row = page.locator('tr#last-attack-date');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor), 'the reader would not see which row the link meant').not.toBe(
    'rgba(0, 0, 0, 0)',
  );
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/compare\/last-attack-date\/$/);
  await expect(page.locator('h1')).toHaveText('When the last attack before the pause took place');
  const positions = page.locator('section[aria-labelledby="says"] > ul > li');
  expect(await positions.count()).toBeGreaterThan(1);
  for (const li of await positions.all()) await expect(li.locator('.cite a'), 'a position with no citation').toHaveCount(1);
});
