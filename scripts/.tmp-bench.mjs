// one-off search figures: header typing → results, search page query → first result, bytes
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const queries = ['Qaani','Kataib Hezbollah','Soleimani','Tower 22','Nujaba','Hashd','Muhandis','Sudani','Green Zone','Kadhimi','CENTCOM','Golan','ISIS','Biden','IRGC','al-Saadi','Jordan','Reuters','truce','Baghdad airport','Hizbollah','Soleimany','Qani','kataib','xyzzyq'];
const stats = (t) => { const s = [...t].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], p95: s[Math.ceil(s.length * 0.95) - 1], max: s.at(-1) }; };
{
  const page = await browser.newPage();
  let bytes = 0, gz = 0;
  page.on('response', async (res) => {
    if (!new URL(res.url()).pathname.match(/pagefind|_astro\/search|quick-search/)) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    gz += /\.(js|css|json)$/.test(new URL(res.url()).pathname) ? gzipSync(body).length : body.length;
  });
  await page.goto(base + 'actors/esmail-qaani/', { waitUntil: 'networkidle' });
  const times = [];
  let first;
  for (const [i, q] of queries.entries()) {
    await page.fill('#site-search', '');
    const t0 = Date.now();
    await page.fill('#site-search', q);
    await page.waitForFunction((text) => document.querySelector('.search-panel [role=status]')?.textContent?.includes(text), `“${q}”`);
    times.push(Date.now() - t0);
    if (i === 0) first = { ms: times[0], bytes, gz };
  }
  console.log('header', JSON.stringify({ ...stats(times), first }));
  await page.close();
}
{
  const page = await browser.newPage();
  const times = [];
  await page.goto(base + 'search/?q=Qaani');
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
  for (const q of queries) {
    await page.fill('#search-page-q', '');
    const t0 = Date.now();
    await page.fill('#search-page-q', q);
    await page.waitForFunction((text) => { const s = document.querySelector('#search-status')?.textContent ?? ''; return /result/i.test(s) && s.includes(text); }, q === 'Hizbollah' ? 'Hizbollah' : `“${q}”`);
    times.push(Date.now() - t0);
  }
  console.log('page (incl. 150 ms debounce)', JSON.stringify(stats(times)));
  await page.close();
}
await browser.close();
