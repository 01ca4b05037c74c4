#!/usr/bin/env node
// Builds the site once more from a clean state (no content cache, no diagram
// or card cache) and compares every output file byte for byte with the build
// already in dist/ (which `npm test` has just made; built first if missing).
// Two builds agree only if the output depends on nothing but the sources, and
// a warm dist/ matching a clean build also shows the caches change nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from '../src/lib/files.ts';

const build = (env) => {
  const started = Date.now();
  const r = spawnSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`Build into ${env.OUT_DIR ?? 'dist'} failed`);
    process.exit(1);
  }
  return (Date.now() - started) / 1000;
};
const hashes = (dir) => new Map(listFiles(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

if (!existsSync('dist')) console.log(`no dist/ yet: built it in ${build({}).toFixed(1)} s`);
const a = hashes('dist');
const clean = '.cache/determinism';
rmSync(clean, { recursive: true, force: true });
for (const cache of ['.astro', 'node_modules/.astro', '.cache/diagrams', '.cache/og']) rmSync(cache, { recursive: true, force: true });
console.log(`clean build into ${clean}: ${build({ OUT_DIR: clean }).toFixed(1)} s`);
const b = hashes(clean);
rmSync(clean, { recursive: true, force: true });
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
if (differ.length) {
  console.error(
    `Not deterministic: ${differ.length} of ${a.size} files differ between dist/ and a clean build:\n  ${differ.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`Deterministic: ${a.size} files in dist/ byte-identical to a clean build.`);
