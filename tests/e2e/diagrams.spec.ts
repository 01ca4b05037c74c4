/** Diagrams as a reader meets them: clickable, complete, and never breaking the page on a phone. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, pageHtml } from './pages';

const html = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const actorPages = builtPages().filter((p) => /^actors\/[^/]+\/$/.test(p) && !/http-equiv="refresh"/.test(html(p)));

test('clicking a node in a profile’s diagram opens that actor’s profile', async ({ page }) => {
  await page.goto('actors/esmail-qaani/');
  const node = page.locator('figure.diagram svg a[href$="/actors/quds-force/"]').first();
  await node.scrollIntoViewIfNeeded();
  await node.click();
  await expect(page).toHaveURL(/\/actors\/quds-force\/$/);
  await expect(page.locator('h1')).toHaveText('Quds Force');
});

test('every actor profile has a diagram whose nodes link to other profiles', () => {
  expect(actorPages.length).toBeGreaterThan(40);
  const without = actorPages.filter((p) => {
    const svg = /<figure class="diagram">[\s\S]*?<\/figure>/.exec(html(p))?.[0] ?? '';
    const links = [...svg.matchAll(/<a href="[^"]*\/actors\/([^/"]+)\/"/g)].map((m) => m[1]);
    return !links.some((id) => `actors/${id}/` !== p);
  });
  expect(without, 'these profiles show no clickable network').toEqual([]);
});

test('the network page links every actor', () => {
  const page = html('network');
  const missing = actorPages.filter(
    (p) => !page.includes(`href="/${p}"`) && !page.includes(`href="${p}"`) && !new RegExp(`href="[^"]*/${p}"`).test(page),
  );
  expect(missing, 'these actors cannot be reached from the network page').toEqual([]);
});

test('every diagram has a title, a description and a text equivalent next to it', () => {
  const problems: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    for (const fig of page.match(/<figure class="diagram">[\s\S]*?<\/figure>/g) ?? []) {
      if (!/<title id="[^"]+">[^<]+<\/title>/.test(fig) || !/<desc id="[^"]+">[^<]+<\/desc>/.test(fig))
        problems.push(`${p}: diagram without title or description`);
    }
    const figures = (page.match(/<figure class="diagram">/g) ?? []).length;
    const lists = (page.match(/class="relationships"|class="timeline"|<ul|<ol/g) ?? []).length;
    if (figures > 0 && lists === 0) problems.push(`${p}: diagram without a text list`);
  }
  expect(problems).toEqual([]);
});

test('SVG ids are unique on every page', () => {
  const dupes: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id!)) dupes.push(`${p}#${id}`);
      seen.add(id!);
    }
  }
  expect(dupes, 'duplicate ids break links, labels and diagram arrowheads').toEqual([]);
});

for (const path of ['network/', 'actors/esmail-qaani/', 'articles/new-arab-2024/', 'timeline/']) {
  test(`on a phone, /${path} never scrolls sideways; wide diagrams scroll in their own box`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the whole page would slide sideways under the reader’s thumb').toBeLessThanOrEqual(0);
  });
}

test('no page ships JavaScript beyond the on-demand search loader', () => {
  const offenders: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    for (const tag of page.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
      if (/type="application\/ld\+json"/.test(tag)) continue;
      const src = /src="([^"]+)"/.exec(tag)?.[1] ?? '';
      if (!src) offenders.push(`${p}: inline script`);
      else if (!/\/_astro\/(Base|search)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src)) offenders.push(`${p}: ${src}`);
    }
  }
  expect(offenders).toEqual([]);
});
