// The same synthetic corpus built with Starlight (bench/starlight), for comparison.
// Starlight is the benchmark's own package (bench/starlight/package.json), not the
// project's: `npm install` does not bring it; the first `npm run bench` does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, timed } from './util.mjs';

const PKG = join(process.cwd(), 'bench', 'starlight');

/**
 * Installs bench/starlight's packages from its lockfile when they are missing or
 * older than the lockfile (npm's own record of the install says which).
 */
export function ensureStarlight() {
  const lock = join(PKG, 'package-lock.json');
  const installed = join(PKG, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return false;
  console.log('  installing the benchmark’s Starlight package (bench/starlight, once)…');
  const r = spawnSync('npm', ['ci', '--prefix', PKG, '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error(`npm ci --prefix ${PKG} failed (exit ${r.status}); Starlight figures need it (or pass --skip-starlight)`);
  return true;
}

/** Starlight's version, as installed for the benchmark. */
export const starlightVersion = () =>
  JSON.parse(readFileSync(join(PKG, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')).version;

/** Builds the Starlight copy of the corpus in `dir` (written by synthetic.mjs). */
export function benchStarlight(dir) {
  ensureStarlight();
  const src = join(process.cwd(), dir, 'starlight', 'src');
  writeFileSync(
    join(src, 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  // The corpus lives outside bench/starlight: a link beside its sources and output lets
  // them find Starlight's packages (the project's node_modules no longer has them).
  const link = join(process.cwd(), dir, 'starlight', 'node_modules');
  rmSync(link, { force: true });
  symlinkSync(join(PKG, 'node_modules'), link, 'dir');
  const out = join(process.cwd(), dir, 'starlight', 'dist');
  const cache = join(process.cwd(), dir, 'starlight', 'cache');
  // A clean build every time: a round after the first must not reuse the last one's content store.
  for (const d of [out, cache]) rmSync(d, { recursive: true, force: true });
  // Its own Astro (bench/starlight/node_modules), the same version as the site's.
  const sl = timed('node', [join(PKG, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', PKG], {
    STARLIGHT_SRC: src,
    STARLIGHT_OUT: out,
    STARLIGHT_CACHE: cache,
  });
  const pages = htmlPages(out);
  return {
    starlightVersion: starlightVersion(),
    starlightSeconds: sl.seconds,
    starlightCpuSeconds: sl.cpuSeconds,
    starlightPeakMB: sl.peakMB,
    starlightPages: pages.length,
    starlightBytesPerPage: Math.round(pages.reduce((s, f) => s + statSync(f).size, 0) / pages.length),
  };
}
