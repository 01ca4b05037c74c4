#!/usr/bin/env node
// Builds the site twice from a clean state (no content cache, no diagram
// cache) and compares every output file byte for byte.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dirs = ['.cache/determinism-a', '.cache/determinism-b'];
const hashes = [];
for (const out of dirs) {
  rmSync(out, { recursive: true, force: true });
  for (const cache of ['.astro', 'node_modules/.astro', '.cache/diagrams', '.cache/og']) rmSync(cache, { recursive: true, force: true });
  const started = Date.now();
  const r = spawnSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OUT_DIR: out } });
  if (r.status !== 0) {
    console.error(`Build into ${out} failed`);
    process.exit(1);
  }
  console.log(`clean build into ${out}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  hashes.push(new Map(walk(out).map((f) => [relative(out, f), createHash('sha256').update(readFileSync(f)).digest('hex')])));
}
const [a, b] = hashes;
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
for (const d of dirs) rmSync(d, { recursive: true, force: true });
if (differ.length) {
  console.error(`Not deterministic: ${differ.length} of ${a.size} files differ:\n  ${differ.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log(`Deterministic: ${a.size} files byte-identical across two clean builds.`);
