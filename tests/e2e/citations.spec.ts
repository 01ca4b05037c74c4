/**
 * Citations a reader can use: short numbered markers that never pile up after
 * a sentence on a phone, a preview of the cited report paragraph that keeps the
 * reader's place, highlighted landings with a way back (also without
 * JavaScript), a cited key-facts box on every profile, and an A–Z by kind and
 * side.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, isRedirect, pageHtml } from './pages';

const KH = 'actors/kataib-hezbollah/';
const sources = JSON.parse(readFileSync(join(DIST, 'data', 'sources.json'), 'utf8')) as {
  id: string;
  label: string;
  paragraphs: string[];
}[];
const gist = (ref: string) => {
  const [id, p] = ref.split(':');
  const s = sources.find((x) => x.id === id)!;
  return { id: id!, label: s.label, p: Number(p), text: s.paragraphs[Number(p) - 1]! };
};
const firstMarker = (page: Page) => page.locator('main .cite a').first();
/** The first report paragraph a marker's note names, as `source:p` (from its link to the paragraph guide). */
const firstRef = async (marker: Locator) => {
  const note = (await marker.getAttribute('href'))!;
  const [, id, p] = /\/articles\/([^/]+)\/#p-(\d+)$/.exec(
    (await marker.page().locator(`li${note} a.note-guide`).first().getAttribute('href'))!,
  )!;
  return `${id}:${p}`;
};
const highlighted = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)');

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const path of [KH, 'timeline/']) {
    test(`/${path}: every group of citation markers fits on one line`, async ({ page }) => {
      await page.goto(path);
      const groups = await page.locator('main .cite').evaluateAll((els) =>
        els.map((el) => {
          const lines = new Set([...el.getClientRects()].map((r) => Math.round(r.top)));
          return { text: el.textContent?.trim() ?? '', lines: lines.size, height: el.getBoundingClientRect().height };
        }),
      );
      expect(groups.length, 'the page should have citations').toBeGreaterThan(5);
      const tall = groups.filter((g) => g.lines > 1 || g.height > 24);
      expect(tall, 'a reader would see markers wrap onto extra lines after a sentence').toEqual([]);
    });
  }
});

test('activating the first marker on a profile previews the report paragraph in place, and closing returns the reader there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(KH);
  const marker = firstMarker(page);
  const ref = await firstRef(marker);
  const want = gist(ref);
  await marker.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  await marker.focus();
  await page.keyboard.press('Enter');
  const preview = page.getByRole('dialog');
  await expect(preview, 'the preview opens with the keyboard').toBeVisible();
  await expect(preview).toContainText(`${want.label}, ¶${want.p}`);
  await expect(preview).toContainText(want.text);
  await expect(preview.getByRole('link', { name: /Original report/ }).first()).toHaveAttribute('href', /^https:\/\//);
  await expect(preview.getByRole('link', { name: `${want.label}, ¶${want.p}` })).toHaveAttribute('href', /\/articles\/[^/]+\/#p-\d+$/);
  expect(await page.evaluate(() => scrollY), 'opening the preview must not move the page').toBe(before);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(marker, 'focus goes back to the marker').toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(before);
});

test('a long preview opens at its top, its title and first source in view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('actors/esmail-qaani/');
  // The marker whose note cites the most paragraphs: its preview is taller than the half screen it may fill.
  const index = await page.locator('main .cite a').evaluateAll((markers) => {
    const size = (a: Element) =>
      document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.querySelectorAll('.note-guide').length ?? 0;
    return markers.reduce((best, a, i) => (size(a) > size(markers[best]!) ? i : best), 0);
  });
  const marker = page.locator('main .cite a').nth(index);
  await marker.scrollIntoViewIfNeeded();
  await marker.click();
  const preview = page.getByRole('dialog');
  await expect(preview).toBeVisible();
  const shown = await preview.evaluate((el) => ({
    scrolls: el.scrollHeight > el.clientHeight,
    scrolled: el.scrollTop,
    title: el.querySelector('#cite-preview-title')!.getBoundingClientRect().top - el.getBoundingClientRect().top,
  }));
  expect(shown.scrolls, 'this preview should be long enough to scroll').toBe(true);
  expect(shown.scrolled, 'the preview would open scrolled past its title and first sources').toBe(0);
  expect(shown.title).toBeLessThan(40);
});

test('the preview sits at the foot of the screen in its own styles, which the page itself does not carry', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(KH);
  const inline = await page.evaluate(() => [...document.querySelectorAll('head style')].map((s) => s.textContent).join(''));
  expect(inline, "every page would carry the preview's rules for readers who never open one").not.toContain('.cite-preview');
  const marker = firstMarker(page);
  await marker.focus();
  await page.keyboard.press('Enter');
  const preview = page.getByRole('dialog');
  await expect(preview).toBeVisible();
  const style = await preview.evaluate((el) => ({ position: getComputedStyle(el).position, bottom: el.getBoundingClientRect().bottom }));
  expect(style.position, 'the preview would open unstyled, in the middle of the page').toBe('fixed');
  expect(Math.round(style.bottom), 'the preview should rest on the foot of the screen').toBe(800);
});

test('from the preview, the paragraph guide is highlighted under its heading and offers the way back', async ({ page }) => {
  await page.goto(KH);
  await firstMarker(page).click();
  await page
    .getByRole('dialog')
    .getByRole('link', { name: /, ¶\d+$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\/#p-\d+$/);
  await page.waitForLoadState();
  const target = `[id="${new URL(page.url()).hash.slice(1)}"]`;
  // The URL changes before the new page has painted: ask again until it has.
  await expect.poll(() => highlighted(page, target), { message: 'the cited paragraph is highlighted' }).toBe(true);
  await expect(page.getByRole('heading', { name: /Paragraph guide/ })).toBeInViewport();
  await page
    .locator(target)
    .getByRole('button', { name: /Back to where you were/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${KH}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

  test('the first marker lands on a highlighted note listing its paragraphs by report and ¶, each linking its gist in the paragraph guide, and ↑ goes back', async ({
    page,
  }) => {
    await page.goto(KH);
    const marker = firstMarker(page);
    const want = gist(await firstRef(marker));
    const markerId = (await marker.getAttribute('id'))!;
    await marker.click();
    const note = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await expect(note).toBeInViewport();
    expect(await highlighted(page, `[id="${new URL(page.url()).hash.slice(1)}"]`), 'the note is highlighted').toBe(true);
    // The list stays short: the gist and the original report are one link away, in the paragraph guide.
    // It names each report once, before the ¶ links to its paragraphs.
    const run = note.locator('.note-report', { hasText: want.label });
    await expect(run, 'the note names the report before its paragraphs').toContainText(new RegExp(`^${want.label.replace(/ /g, '\\s')}, `));
    await expect(run.getByRole('link', { name: `¶${want.p}`, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/articles/${want.id}/#p-${want.p}$`),
    );
    await note.locator(`a[href="#${markerId}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${markerId}$`));
    await expect(marker, 'the reader is back at the sentence').toBeInViewport();
  });

  test("a note's report and ¶ link lands on a highlighted paragraph, with its gist and its heading in view", async ({ page }) => {
    await page.goto(KH);
    await firstMarker(page).click();
    const note = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
    await note
      .getByRole('link', { name: /^¶\d+$/ })
      .first()
      .click();
    const target = `[id="${new URL(page.url()).hash.slice(1)}"]`;
    expect(target).toMatch(/p-\d+/);
    expect(await highlighted(page, target)).toBe(true);
    await expect(page.locator(target)).toBeInViewport();
    await expect(page.getByRole('heading', { name: /Paragraph guide/ })).toBeInViewport();
    const [id, p] = [page.url().split('/articles/')[1]!.split('/')[0]!, target.match(/p-(\d+)/)![1]!];
    await expect(page.locator(target), 'the reader can read our gist of the cited paragraph').toHaveText(gist(`${id}:${p}`).text);
    await expect(page.locator('dt:text-is("Original") + dd a'), 'the same page links the original report').toHaveAttribute(
      'href',
      /^https:\/\//,
    );
  });
});

test('every marker on every page links to a note that names its report paragraphs, and is described by them', () => {
  const bad: string[] = [];
  let markers = 0;
  for (const p of builtPages().filter((x) => !isRedirect(x))) {
    const html = pageHtml(p);
    const notes = new Set(
      [
        ...html.matchAll(
          /<li id="note-(\d+)">[\s\S]*?<div class="note-body" id="note-\1-refs"><span class="note-report">[^<]+, <a class="note-guide" href="[^"]*\/articles\/[a-z0-9-]+\/#p-\d+"/g,
        ),
      ].map((m) => m[1]),
    );
    for (const m of html.matchAll(/<sup class="cite"[^>]*>(<a [^>]*>)/g)) {
      markers++;
      const n = /href="#note-(\d+)"/.exec(m[1]!)?.[1];
      if (!n || !notes.has(n) || !m[1]!.includes(` aria-describedby="note-${n}-refs"`)) bad.push(`/${p}: ${m[0]}`);
    }
  }
  expect(markers, 'the site should have citation markers').toBeGreaterThan(100);
  expect(bad, 'a reader following these markers, or hearing them read aloud, would not learn which report paragraphs they rest on').toEqual(
    [],
  );
});

test('every profile has a key-facts box and every row in it is cited', () => {
  const profiles = builtPages().filter((p) => /^actors\/[^/]+\/$/.test(p) && !isRedirect(p));
  expect(profiles.length).toBeGreaterThan(40);
  const problems: string[] = [];
  for (const p of profiles) {
    const box = /<section class="key-facts"[\s\S]*?<\/section>/.exec(pageHtml(p))?.[0];
    if (!box) {
      problems.push(`/${p}: no key-facts box`);
      continue;
    }
    const rows = [...box.matchAll(/<div class="fact-row">([\s\S]*?)<\/div>/g)];
    if (rows.length < 2) problems.push(`/${p}: only ${rows.length} key-fact rows`);
    for (const [, row] of rows) {
      const label = /<dt>([^<]*)<\/dt>/.exec(row!)?.[1];
      const items = row!.split('<li>').slice(1);
      // A stated absence ("Not named in the reports") is marked unknown and needs no citation.
      if (items.some((i) => !/class="cite-ref"/.test(i) && !/^<span class="unknown">/.test(i.trim())))
        problems.push(`/${p}: "${label}" has an uncited item`);
    }
  }
  expect(problems, 'a reader could not check these facts').toEqual([]);
});

test("a person's roles are listed once, in the key facts, and a link to #roles still lands on them", () => {
  const profiles = builtPages().filter((p) => /^actors\/[^/]+\/$/.test(p) && !isRedirect(p));
  const problems: string[] = [];
  let persons = 0;
  for (const p of profiles) {
    const html = pageHtml(p);
    const row = /<div class="fact-row" id="roles"><dt>Roles<\/dt>([\s\S]*?)<\/div>/.exec(html);
    if (!row) continue;
    persons++;
    if (html.includes('<h2 id="roles"')) problems.push(`/${p}: a Roles section repeats the key facts' Roles row`);
    if ((html.match(/id="roles"/g) ?? []).length !== 1) problems.push(`/${p}: #roles is not one place`);
  }
  expect(persons, 'person profiles should list their roles in the key facts').toBeGreaterThan(5);
  expect(problems, 'a reader would read the same roles twice, or land nowhere from #roles').toEqual([]);
});

test('the A–Z groups actors by kind and side without JavaScript, main actors stand out, and no "also" trails off', () => {
  const html = pageHtml('actors/');
  for (const id of ['by-kind', 'by-side']) expect(html, `the ${id} grouping`).toMatch(new RegExp(`<details id="${id}"`));
  expect(html, 'Armed groups heading in the kind grouping').toMatch(/<h3 id="kind-armed-group">Armed groups/);
  expect(html).toMatch(/<li class="main-actor"><a href="[^"]*kataib-hezbollah\/"><strong>Kataib Hezbollah<\/strong>/);
  expect(html, 'a list entry ending in "also" with nothing after it').not.toMatch(/also\s*<\/span>/);
});

test('a relationship and its note are set apart, never run together', async ({ page }) => {
  await page.goto(KH);
  const runOn = await page.locator('ul.relationships li').evaluateAll((lis) =>
    lis
      .map((li) => {
        const to = li.querySelectorAll(':scope > a')[1];
        const after = to?.nextSibling?.textContent ?? '';
        return /^\s+[A-Z]/.test(after) ? li.textContent!.replace(/\s+/g, ' ').slice(0, 80) : '';
      })
      .filter(Boolean),
  );
  expect(runOn, 'the note reads as part of the relationship').toEqual([]);
});
