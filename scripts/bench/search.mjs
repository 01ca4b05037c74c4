// Header search on the built site, in headless Chromium: typing to results, bytes for a first query.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium.ts';

/* global fetch */
const QUERIES = [
  'Qaani',
  'Kataib Hezbollah',
  'Soleimani',
  'Tower 22',
  'Nujaba',
  'Hashd',
  'Muhandis',
  'Sudani',
  'Green Zone',
  'Kadhimi',
  'CENTCOM',
  'Golan',
  'ISIS',
  'Biden',
  'IRGC',
  'al-Saadi',
  'Jordan',
  'Reuters',
  'truce',
  'Baghdad airport',
];

async function waitForPort(url, ms = 15_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Serves dist/ on `port` and times the header search over a fixed list of queries. */
export async function benchSearch(port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: 'ignore' });
  const out = {};
  const browser = await launchChromium();
  try {
    await waitForPort(`http://127.0.0.1:${port}/`);
    const page = await browser.newPage();
    let bytes = 0;
    let gzipBytes = 0;
    page.on('response', async (res) => {
      if (!new URL(res.url()).pathname.match(/pagefind|_astro\/search|quick-search/)) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      // Pagefind's index files are already compressed; text files would be gzipped by any real host.
      gzipBytes += /\.(js|css|json)$/.test(new URL(res.url()).pathname) ? gzipSync(body).length : body.length;
    });
    await page.goto(`http://127.0.0.1:${port}/actors/esmail-qaani/`, { waitUntil: 'networkidle' });
    const times = [];
    for (const [i, q] of QUERIES.entries()) {
      await page.fill('#site-search', '');
      const t0 = Date.now();
      await page.fill('#site-search', q);
      await page.waitForFunction((text) => document.querySelector('.search-panel [role=status]')?.textContent?.includes(text), `“${q}”`);
      times.push(Date.now() - t0);
      if (i === 0) Object.assign(out, { firstQueryBytes: bytes, firstQueryGzipBytes: gzipBytes });
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      ...out,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      p95Ms: sorted[Math.ceil(sorted.length * 0.95) - 1],
      firstQueryMs: times[0],
      queries: QUERIES.length,
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
