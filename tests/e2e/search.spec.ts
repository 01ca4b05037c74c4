/**
 * Search as a student or journalist uses it: names as heard, misspelt, in
 * Arabic or Persian script, events, places and terms. Each query must put the
 * expected page among the first three results.
 */
import { expect, test, type Page } from '@playwright/test';

const QUERIES: [query: string, expected: string][] = [
  ['Qaani', 'actors/esmail-qaani/'],
  ['Ghaani', 'actors/esmail-qaani/'],
  ["Qa'ani", 'actors/esmail-qaani/'],
  ['Ismail Qaani', 'actors/esmail-qaani/'],
  ['قاآنی', 'actors/esmail-qaani/'],
  ['Soleimani', 'actors/qasem-soleimani/'],
  ['Qassem Soleimani', 'actors/qasem-soleimani/'],
  ['Suleimani', 'actors/qasem-soleimani/'],
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
  ['Hezbollah Brigades', 'actors/kataib-hezbollah/'],
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
  ['Tower 22', 'glossary/'],
  ['Green Zone', 'glossary/'],
  ['advise and assist', 'glossary/'],
  ['Golan', 'glossary/'],
  ['Kurdish fighters killed in Syria', 'timeline/'],
  ['seven-day truce', 'timeline/'],
  ['Where the reports disagree', 'compare/'],
  ['Jordan drone attack', 'timeline/'],
  ['IRIA', 'articles/iria-2024/'],
];

async function topResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const hits = page.locator('#search-hits li a');
  await expect(page.locator('#search-status')).toContainText(/result|No results/);
  return (await hits.evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname))) as string[];
}

test.describe('search finds the right page', () => {
  for (const [query, expected] of QUERIES) {
    test(`"${query}" puts /${expected} in the top three`, async ({ page, baseURL }) => {
      const base = new URL(baseURL!).pathname;
      const top = await topResults(page, query);
      expect(
        top.map((p) => p.slice(base.length)),
        `a student searching "${query}" would not find the page they want`,
      ).toContain(expected);
    });
  }
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
