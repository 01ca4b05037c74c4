/**
 * Search as a student or journalist uses it: names as heard, misspelt, in
 * Arabic or Persian script, events, places and terms. Each query must put the
 * expected page among the first three results, and the names a reader is most
 * likely to type first of all.
 */
import { expect, test, type Page } from '@playwright/test';

/** Must be the very first result, not just near the top. */
const FIRST = 1;
const QUERIES: [query: string, expected: string, within?: number][] = [
  ['kataib', 'actors/kataib-hezbollah/', FIRST],
  ['Hizbollah', 'actors/kataib-hezbollah/', FIRST],
  ['Kataeb Hezbollah', 'actors/kataib-hezbollah/', FIRST],
  ['Hizballah', 'actors/kataib-hezbollah/'],
  ['Soleimany', 'actors/qasem-soleimani/'],
  ['Mohandes', 'actors/abu-mahdi-al-muhandis/'],
  ['Qani', 'actors/esmail-qaani/'],
  ['Qaani', 'actors/esmail-qaani/'],
  ['Ghaani', 'actors/esmail-qaani/'],
  ["Qa'ani", 'actors/esmail-qaani/'],
  ['Ismail Qaani', 'actors/esmail-qaani/'],
  ['قاآنی', 'actors/esmail-qaani/'],
  ['Soleimani', 'actors/qasem-soleimani/'],
  ['Qassem Soleimani', 'actors/qasem-soleimani/'],
  ['Suleimani', 'actors/qasem-soleimani/', FIRST],
  ['Muhandis', 'actors/abu-mahdi-al-muhandis/'],
  ['Abu Mahdi', 'actors/abu-mahdi-al-muhandis/'],
  ['al-Saadi', 'actors/abu-baqir-al-saadi/'],
  ['Abu Baqir', 'actors/abu-baqir-al-saadi/'],
  ['Mohammedawi', 'actors/abdul-aziz-al-mohammedawi/'],
  ['Kadhimi', 'actors/mustafa-al-kadhimi/'],
  ['Khadhimi', 'actors/mustafa-al-kadhimi/'],
  ['Sudani', 'actors/mohammed-shia-al-sudani/'],
  ['Kataib Hezbollah', 'actors/kataib-hezbollah/'],
  ["Kata'ib Hezbollah", 'actors/kataib-hezbollah/'],
  ['Hezbollah Brigades', 'actors/kataib-hezbollah/', FIRST],
  ['كتائب حزب الله', 'actors/kataib-hezbollah/'],
  ['Nujaba', 'actors/harakat-al-nujaba/'],
  ['Hashd', 'actors/popular-mobilization-forces/'],
  ['Popular Mobilization Forces', 'actors/popular-mobilization-forces/'],
  ['PMF', 'actors/popular-mobilization-forces/'],
  ['Quds Force', 'actors/quds-force/'],
  ['Qods', 'actors/quds-force/'],
  ['IRGC', 'actors/irgc/'],
  ['Revolutionary Guards', 'actors/irgc/'],
  ['Islamic Resistance in Iraq', 'actors/islamic-resistance-in-iraq/'],
  ['Imam Ali Brigades', 'actors/imam-ali-brigades/'],
  ['Coordination Framework', 'actors/coordination-framework/'],
  ['CENTCOM', 'actors/us-central-command/'],
  ['ISIS', 'actors/isis/'],
  ['Daesh', 'actors/isis/'],
  ['Biden', 'actors/joe-biden/'],
  ['Ahmed al-Sharifi', 'actors/ahmed-al-sharifi/'],
  ['Tower 22', 'glossary/#tower-22', FIRST],
  ['Green Zone', 'glossary/'],
  ['advise and assist', 'glossary/'],
  ['Golan', 'glossary/'],
  ['Kurdish fighters killed in Syria', 'timeline/'],
  ['seven-day truce', 'timeline/'],
  ['Where the reports disagree', 'compare/'],
  ['Jordan drone attack', 'timeline/'],
  ['IRIA', 'articles/iria-2024/'],
  // A side's page, where each relationship is written out with its sources, and the reporting ties'.
  ['Iraqi state', 'network/iraqi-state/'],
  ['who reported', 'network/reporting/'],
];

/**
 * Addresses of the first results, site-relative, with the #section where one is expected.
 * Types into the search page's box when it is already open, as a reader trying one name after
 * another would; the status line names the query once its results are shown.
 */
async function topResults(page: Page, query: string, n: number, withHash: boolean): Promise<string[]> {
  if (/\/search\/(\?|$)/.test(page.url())) await page.locator('#search-page-q').fill(query);
  else await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toContainText(`“${query}”`);
  const hrefs = await page.locator('#search-hits li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((h) => {
    const u = new URL(h);
    return u.pathname + (withHash ? u.hash : '');
  });
}

// One tab for many queries, so the search engine and its index load once (a fresh tab per
// query spent most of its time loading them). Two halves, one per core.
const HALVES = [QUERIES.slice(0, Math.ceil(QUERIES.length / 2)), QUERIES.slice(Math.ceil(QUERIES.length / 2))];
HALVES.forEach((queries, i) => {
  test(`search puts the expected page at or near the top (${i + 1} of 2: ${queries[0]![0]} … ${queries.at(-1)![0]})`, async ({
    page,
    baseURL,
  }) => {
    const base = new URL(baseURL!).pathname;
    const misses: string[] = [];
    for (const [query, expected, within = 3] of queries) {
      const top = (await topResults(page, query, within, expected.includes('#'))).map((p) => p.slice(base.length));
      if (!top.includes(expected))
        misses.push(
          `"${query}": wanted /${expected} ${within === FIRST ? 'first' : `in the top ${within}`}, got ${top.map((t) => `/${t}`).join(', ') || 'nothing'}`,
        );
    }
    expect(misses, 'a student searching these would not find the page they want near the top').toEqual([]);
  });
});

/** The header box answers names instantly: the profile first, under the spelling a reader types. */
const HEADER: [query: string, expected: RegExp][] = [
  ['kataib', /\/actors\/kataib-hezbollah\/$/],
  ['hezbollah brigades', /\/actors\/kataib-hezbollah\/$/],
  ['Hizbollah', /\/actors\/kataib-hezbollah\/$/],
  ['Kataeb', /\/actors\/kataib-hezbollah\/$/],
  ['Suleimani', /\/actors\/qasem-soleimani\/$/],
  ['Soleimany', /\/actors\/qasem-soleimani\/$/],
  ['Qani', /\/actors\/esmail-qaani\/$/],
  ['Tower 22', /\/glossary\/#tower-22$/],
];
test('the header box offers the expected page first for names under every spelling', async ({ page }) => {
  await page.goto('about/');
  const misses: string[] = [];
  for (const [query, expected] of HEADER) {
    // Empty the box first, so the previous name's offers cannot pass for this one's.
    await page.locator('#site-search').fill('');
    await expect(page.locator('.search-panel')).toBeHidden();
    await page.locator('#site-search').fill(query);
    const first = page.locator('.search-panel .search-hits a').first();
    try {
      await expect(first).toHaveAttribute('href', expected, { timeout: 5000 });
    } catch {
      misses.push(
        `"${query}": first offer ${await first.getAttribute('href').catch(() => 'none')}, wanted ${expected.source.replace(/\\/g, '')}`,
      );
    }
  }
  expect(misses, 'typing these should offer that page first').toEqual([]);
});

for (const width of [320, 375, 540, 768, 1280]) {
  test(`at ${width} px the header results panel is inside the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('actors/');
    await page.locator('#site-search').fill('kataib');
    const panel = page.locator('.search-panel');
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x, 'the start of each result name would be cut off at the left edge').toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, 'results would run off the right edge').toBeLessThanOrEqual(width);
  });
}

test('the header results open in their own styles, which reading pages do not carry inline', async ({ page }) => {
  await page.goto('actors/');
  const inline = await page.evaluate(() => [...document.querySelectorAll('head style')].map((s) => s.textContent).join(''));
  expect(inline, "every page would carry the results panel's rules for readers who never search").not.toContain('.search-panel');
  await page.locator('#site-search').fill('kataib');
  const panel = page.locator('.search-panel');
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((el) => getComputedStyle(el).position), 'the results would push the page down, unstyled').toBe('absolute');
});

test('at 375 px the first result comes before the filters, which wait behind one control', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('search/?q=kataib');
  const first = page.locator('#search-hits li').first();
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y, 'a phone reader should see a result without scrolling past filters').toBeLessThan(800);
  const person = page.getByRole('checkbox', { name: /^Person/ });
  await expect(person, 'filters should be folded away on a phone').toBeHidden();
  await page.getByText(/^Filters/).click();
  await expect(person, 'one control opens the filters').toBeVisible();
});

test('filter counts follow the query', async ({ page }) => {
  const status = page.locator('#search-status');
  await page.goto('search/?q=Baghdad');
  await expect(status).toHaveText(/^\d+ result/);
  const label = page.locator('label', { has: page.getByRole('checkbox', { name: /^Person/ }) });
  const shown = Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
  await page.getByRole('checkbox', { name: /^Person/ }).check();
  await expect(status, 'the count beside "Person" should be the number of results ticking it gives').toHaveText(
    new RegExp(`^${shown} result`),
  );
});

test('a misspelt name still finds the pages about it in the full text', async ({ page }) => {
  await page.goto('search/?q=Hizbollah');
  await expect(page.locator('#search-status')).toContainText('Hezbollah');
  expect(await page.locator('#search-hits li').count(), 'more than the profile: the pages that mention it').toBeGreaterThan(5);
});

test('result snippets keep the spaces between blocks of the page', async ({ page }) => {
  for (const q of ['Names the Imam Ali Brigades', 'only report to quote him', 'Spells him']) {
    await page.goto(`search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-hits li').first()).toBeVisible();
    const glued = (await page.locator('.search-excerpt').allTextContents()).filter((t) => /\d{4}[A-Za-z]/.test(t));
    expect(glued, 'words from neighbouring blocks would run together ("2021Spells")').toEqual([]);
  }
});

test('the search page has one search box', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('input[type="search"]'), 'two boxes leave a reader unsure which to use').toHaveCount(1);
});

test('a ?q= address opens with results shown, so a search can be shared', async ({ page }) => {
  await page.goto('search/?q=Kataib');
  await expect(page.locator('#search-hits li').first()).toBeVisible();
  await expect(page.locator('#search-page-q')).toHaveValue('Kataib');
});

test('filters narrow the results and are kept in the address', async ({ page }) => {
  const status = page.locator('#search-status');
  const count = async () => Number(/^(\d+) result/.exec((await status.textContent()) ?? '')?.[1] ?? NaN);
  await page.goto('search/?q=Baghdad');
  await expect(status).toHaveText(/^\d+ result/);
  const all = await count();
  await page.getByRole('checkbox', { name: /^Person/ }).check();
  await expect(page).toHaveURL(/kind=Person/);
  await expect.poll(count, { message: 'ticking "Person" should leave fewer results' }).toBeLessThan(all);
  expect(await count(), 'some people are connected with Baghdad').toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Person/ }), 'a shared address keeps its filter').toBeChecked();
});

test('a reading page loads no search code until the reader reaches for search, then only the small name index', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('actors/esmail-qaani/');
  await page.waitForLoadState('networkidle');
  expect(
    requests.filter((p) => /pagefind|search-core|search-header|quick-search/.test(p)),
    'reading a profile should not download any search code or index',
  ).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Nujaba');
  await expect(page.locator('.search-panel a').first()).toHaveAttribute('href', /harakat-al-nujaba/);
  expect(
    requests.some((p) => p.endsWith('quick-search.json')),
    'the name index loads once the reader types',
  ).toBe(true);
  expect(
    requests.some((p) => p.includes('pagefind')),
    'the header box answers names without the full-text engine',
  ).toBe(false);
});

test('Ctrl+K focuses the header search, names match under other spellings, and results work from the keyboard', async ({ page }) => {
  await page.goto('timeline/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Ghaani');
  await expect(page.locator('.search-panel [role="status"]')).toContainText('matching');
  await expect(page.locator('.search-panel .search-hits a').first()).toHaveAttribute('href', /\/actors\/esmail-qaani\/$/);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-panel a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-panel')).toBeHidden();
});

test('Enter in the header box opens full-text results on the search page', async ({ page }) => {
  await page.goto('glossary/');
  await page.locator('#site-search').fill('drone');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=drone$/);
  await expect(page.locator('#search-hits li').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a search says plainly that it needs JavaScript and offers the A–Z and the glossary', async ({ page }) => {
    await page.goto('search/?q=ghaani');
    const note = page.locator('.search-needs-script');
    await expect(note, 'the reader would see an empty box with no word of why').toBeVisible();
    await expect(note).toContainText('needs JavaScript');
    await expect(note.getByRole('link', { name: 'Actors A–Z' })).toBeVisible();
    await expect(note.getByRole('link', { name: 'Glossary' })).toBeVisible();
  });
});

test('with JavaScript the no-script note stays out of sight', async ({ page }) => {
  await page.goto('search/?q=ghaani');
  await expect(page.locator('.search-needs-script')).toHaveCount(0);
});
