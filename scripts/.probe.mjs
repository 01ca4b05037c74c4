// one-off probe: top search-page results for queries
import { chromium } from 'playwright-core';
const [base, ...qs] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const q of qs) {
  await page.goto(base + 'search/?q=' + encodeURIComponent(q));
  await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const rows = await page.$$eval('#search-hits li', (lis) => lis.slice(0, 5).map((li) => new URL(li.querySelector('a').href).pathname + new URL(li.querySelector('a').href).hash + ' :: ' + li.querySelector('.search-excerpt')?.textContent?.slice(0, 110)));
  console.log(`== ${q}: ${await page.textContent('#search-status')}\n  ` + rows.join('\n  '));
}
await browser.close();
