#!/usr/bin/env node
// Production build that never leaves a half-built site: Astro builds into a
// staging folder, and only a complete build replaces dist/. On failure dist/
// stays as it was and the staging folder is removed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = process.env.OUT_DIR ?? 'dist';
const staging = `.cache/build-staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
// V8 lets a heap grow up to four times past what survived its last full collection; held to 1.2
// times, a thousand-report build peaked at 1.76 GB instead of 2.11 GB in the same time (bench/NOTES.md,
// "Memory"). Unlike a heap limit it cannot stop a larger build.
// The bundler (Rolldown) allocates through its own mimalloc, which by default keeps what it frees
// committed; the build never bundles again, so that memory sat idle through page generation. Given
// back at once, a thousand-report build peaked at 1.41 GB instead of 1.59 GB, a 300-report build
// 1.15 instead of 1.29, at the same CPU (bench/NOTES.md, "The morning of 6 December").
// Its arena was also backed by transparent huge pages (mimalloc asks the kernel for them), so a few
// live kilobytes kept 2 MB resident: without them the real site's arena held 53 MB instead of
// 159, and a thousand-report build peaked at 959-989 MB instead of 1,109-1,189, at no more CPU
// (bench/NOTES.md, "Huge pages").
// The main thread's young generation is held to 8 MB semi-spaces (V8 let it reach 128 MB in a
// large build): 16 MB took a thousand-report build's peak from 1,295-1,356 MB to 1,165-1,177 MB at
// about 1 % more CPU (bench/NOTES.md, "The young generation"); 8 MB, measured again on 7 December
// with the build as it is now, peaked at 888 and 928 MB against 947 and 949 MB at 16, with no
// measurable cost in time (bench/NOTES.md, "7 December, morning").
// The build's workers (diagrams, social cards) set their own (src/lib/build-workers.ts), which clears
// this flag before the first starts: given to the process, it would hold for them too.
const result = spawnSync(
  process.execPath,
  ['--max-semi-space-size=8', '--heap-growing-percent=20', astro, 'build', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      OUT_DIR: staging,
      MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
      MIMALLOC_ALLOW_THP: process.env.MIMALLOC_ALLOW_THP ?? '0',
    },
  },
);
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${out}/ was left as it was.`);
  process.exit(result.status ?? 1);
}
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Build written to ${out}/`);
