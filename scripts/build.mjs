#!/usr/bin/env node
// Production build that never leaves a half-built site: Astro builds into a
// staging folder, and only a complete build replaces dist/. On failure dist/
// stays as it was and the staging folder is removed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const out = process.env.OUT_DIR ?? 'dist';
const staging = `.cache/build-staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const result = spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${out}/ was left as it was.`);
  process.exit(result.status ?? 1);
}
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Build written to ${out}/`);
