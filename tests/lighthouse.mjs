#!/usr/bin/env node
// Lighthouse (mobile settings) on four pages, served locally, in the same
// Chromium as the other tests. Accessibility, best practices and SEO must
// score 100. Its accessibility audits are axe's, which the every-page suite
// runs on every page in both colour schemes; best practices and SEO follow
// from the one layout every page shares, so the pages are the home page, an
// explainer, a profile and search (its own script and WebAssembly), and
// --all audits one page of each type (tests/sample-pages.ts). Performance is left out (the benchmark owns speed and size;
// its trace and back/forward-cache check took half of this stage's time);
// --performance adds it, printed for the record, and runs the pages one at a
// time so their timings do not disturb each other. Without it the pages are
// shared among one child process per core, each with its own browser.
// Usage: node tests/lighthouse.mjs [--all] [--performance] [--json out.json]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, testChromiumPath } from '../scripts/lib/chromium.ts';
import { SAMPLE_PAGES } from './sample-pages.ts';
import { normaliseBase } from '../src/lib/base.ts';
import { waitForUrl } from './support/wait.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4397);
const base = normaliseBase(process.env.BASE_PATH);
const REQUIRED = ['accessibility', 'best-practices', 'seo'];
const PERFORMANCE = process.argv.includes('--performance');
const CATEGORIES = PERFORMANCE ? [...REQUIRED, 'performance'] : REQUIRED;
// Static pages with about 1 KB of script: a short quiet window is enough to call them loaded.
const QUICK = {
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
  skipAboutBlank: true,
  disableFullPageScreenshot: true,
};
const PAGES = process.argv.includes('--all') ? SAMPLE_PAGES : ['', 'articles/antiwar-2024/', 'actors/esmail-qaani/', 'search/'];
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

/** Runs Lighthouse on `pages` in one browser; prints one line per page; returns the scores. */
async function audit(pages) {
  const chrome = await chromeLauncher.launch({ chromePath: testChromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results = [];
  try {
    for (const path of pages) {
      const { lhr } = await lighthouse(`http://127.0.0.1:${PORT}${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: CATEGORIES,
        ...(PERFORMANCE ? {} : QUICK),
      });
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
      const misses = REQUIRED.filter((c) => scores[c] !== 100);
      const why = misses.flatMap((c) =>
        lhr.categories[c].auditRefs.filter((a) => a.weight > 0 && (lhr.audits[a.id].score ?? 1) < 1).map((a) => `${c}: ${a.id}`),
      );
      results.push({ path: `/${path}`, ...scores, ok: misses.length === 0 });
      console.log(
        `${misses.length ? '✘' : '✓'} /${path}  ${Object.entries(scores)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · ')}${why.length ? `  ← ${why.join(', ')}` : ''}`,
      );
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** A child's share: audits the pages it is given and hands back the scores as JSON on stdout's last line. */
async function child(pages) {
  const results = await audit(pages);
  console.log(`RESULTS ${JSON.stringify(results)}`);
}

/** Runs `pages` in a child process of this script; resolves with its scores. */
function inChild(pages) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [process.argv[1], '--pages', JSON.stringify(pages), ...process.argv.slice(2)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d) => {
      out += d;
      for (const line of String(d).split('\n')) if (line && !line.startsWith('RESULTS ')) console.log(line);
    });
    p.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULTS '));
      if (code !== 0 || !line) reject(new Error(`Lighthouse on ${pages.join(', ')} stopped (exit ${code})`));
      else resolve(JSON.parse(line.slice('RESULTS '.length)));
    });
  });
}

const share = arg('--pages');
if (share !== undefined) {
  await child(JSON.parse(share));
} else {
  const server = spawn(process.execPath, ['scripts/serve.mjs', String(PORT)], { stdio: 'ignore' });
  let results;
  try {
    await waitForUrl(`http://127.0.0.1:${PORT}${base}`);
    const n = PERFORMANCE ? 1 : Math.min(availableParallelism(), PAGES.length);
    const shares = Array.from({ length: n }, (_, i) => PAGES.filter((_, j) => j % n === i));
    results = (await Promise.all(shares.map(inChild))).flat();
  } finally {
    server.kill();
  }
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify(results, null, 2));
  const failed = results.filter((r) => !r.ok).length;
  console.log(`Lighthouse: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
