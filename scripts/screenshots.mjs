#!/usr/bin/env node
// Screenshots of key pages at phone and desktop widths, light and dark, for
// looking at the site as a reader would. Usage: node scripts/screenshots.mjs [baseURL] [outDir] [paths…]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';

const [base = 'http://127.0.0.1:4321/', out = '.cache/screenshots', ...rest] = process.argv.slice(2);
const paths = rest.length ? rest : ['', 'articles/antiwar-2024/', 'actors/esmail-qaani/', 'network/', 'timeline/'];
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const p of paths) {
      await page.goto(new URL(p, base).href);
      const name = (p.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: false });
    }
    await page.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
