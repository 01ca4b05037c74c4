#!/usr/bin/env node
// Lighthouse (mobile settings) on one page of each type, served locally, in
// the same Chromium as the other tests. Accessibility, best practices and SEO
// must score 100; performance is printed for the record (the benchmark owns it).
// Usage: node tests/lighthouse.mjs [--json out.json]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../src/lib/chromium.ts';
import { SAMPLE_PAGES } from './sample-pages.ts';
import { normaliseBase } from '../src/lib/base.ts';
import { waitForUrl } from '../src/lib/wait.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4397);
const base = normaliseBase(process.env.BASE_PATH);
const PAGES = SAMPLE_PAGES;
const REQUIRED = ['accessibility', 'best-practices', 'seo'];

const server = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { stdio: 'ignore' });
await waitForUrl(`http://127.0.0.1:${PORT}${base}`);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const results = [];
let failed = 0;
try {
  for (const path of PAGES) {
    const url = `http://127.0.0.1:${PORT}${base}${path}`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: [...REQUIRED, 'performance'],
    });
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    const misses = REQUIRED.filter((c) => scores[c] !== 100);
    const why = misses.flatMap((c) =>
      lhr.categories[c].auditRefs.filter((a) => a.weight > 0 && (lhr.audits[a.id].score ?? 1) < 1).map((a) => `${c}: ${a.id}`),
    );
    results.push({ path: `/${path}`, ...scores });
    console.log(
      `${misses.length ? '✘' : '✓'} /${path}  ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}${why.length ? `  ← ${why.join(', ')}` : ''}`,
    );
    if (misses.length) failed++;
  }
} finally {
  await chrome.kill();
  server.kill();
}
const out = process.argv.indexOf('--json');
if (out > 0) writeFileSync(process.argv[out + 1], JSON.stringify(results, null, 2));
console.log(`Lighthouse: ${PAGES.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
