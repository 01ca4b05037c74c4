#!/usr/bin/env node
// Builds the site once more from a clean state (no content cache, no diagram
// or card cache) on what looks like a deploy host's build image, with no
// browser anywhere, and checks two things with that one build:
//
// 1. The build needs no browser: no Chromium can be found, Playwright (and
//    anything else that drives a browser) cannot even be loaded, and still
//    every diagram is rendered from the empty cache onto the pages.
// 2. The output depends on nothing but the sources: every file is byte for
//    byte the one in dist/ (which `npm test` has just built, with its caches
//    warm; built first if missing), so the caches change nothing either.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listFiles } from '../src/lib/files.ts';
import { clearCaches } from './lib/caches.mjs';

const ROOT = resolve('.cache/determinism');
const OUT = join(ROOT, 'dist');
const LOG = join(ROOT, 'playwright-attempts.log');

const fail = (message) => {
  console.error(message);
  process.exit(1);
};
const build = (env) => {
  const started = Date.now();
  const r = spawnSync('node', ['scripts/build.mjs'], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) fail(`Build into ${env.OUT_DIR ?? 'dist'} failed:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
  return { seconds: (Date.now() - started) / 1000, output: `${r.stdout}\n${r.stderr}` };
};
const hashes = (dir) => new Map(listFiles(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

if (!existsSync('dist')) console.log(`no dist/ yet: built it in ${build({}).seconds.toFixed(1)} s`);
const a = hashes('dist');

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(join(ROOT, 'no-browsers'), { recursive: true });
clearCaches();
const clean = build({
  OUT_DIR: OUT,
  // Nowhere to find a browser…
  CHROMIUM_PATH: join(ROOT, 'no-such-chromium'),
  PLAYWRIGHT_BROWSERS_PATH: join(ROOT, 'no-browsers'),
  // …and no way to load the library that would drive one (the diagram workers inherit this too).
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${resolve('tests/build/no-playwright.mjs')}`,
  NO_PLAYWRIGHT_LOG: LOG,
});
console.log(`clean build with no browser into ${relative('.', OUT)}: ${clean.seconds.toFixed(1)} s`);

if (existsSync(LOG)) fail(`The build tried to load a browser library:\n${readFileSync(LOG, 'utf8')}`);
const rendered = Number(/diagrams: (\d+) rendered, 0 from cache/.exec(clean.output)?.[1] ?? 0);
if (!rendered) fail('The clean build rendered no diagram from its empty cache (no "diagrams: N rendered, 0 from cache" line).');
const shown = listFiles(OUT)
  .filter((f) => f.endsWith('.html'))
  .reduce((n, f) => n + (readFileSync(f, 'utf8').match(/<svg[^>]*class="mmd/g)?.length ?? 0), 0);
if (shown < rendered) fail(`Only ${shown} diagrams on the pages for ${rendered} rendered.`);
console.log(`No browser needed: ${rendered} diagrams rendered from an empty cache, ${shown} on the pages.`);

const b = hashes(OUT);
rmSync(ROOT, { recursive: true, force: true });
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
if (differ.length)
  fail(
    `Not deterministic: ${differ.length} of ${a.size} files differ between dist/ and a clean build:\n  ${differ.slice(0, 20).join('\n  ')}`,
  );
console.log(`Deterministic: ${a.size} files in dist/ byte-identical to a clean build.`);
