// The same synthetic corpus built with Starlight (bench/starlight), for comparison.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, timed } from './util.mjs';

/** Builds the Starlight copy of the corpus in `dir` (written by synthetic.mjs). */
export function benchStarlight(dir) {
  const src = join(process.cwd(), dir, 'starlight', 'src');
  writeFileSync(
    join(src, 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  const out = join(process.cwd(), dir, 'starlight-dist');
  const sl = timed('npx', ['astro', 'build', '--root', 'bench/starlight'], {
    STARLIGHT_SRC: src,
    STARLIGHT_OUT: out,
    STARLIGHT_CACHE: join(process.cwd(), dir, 'starlight-cache'),
  });
  const pages = htmlPages(out);
  return {
    starlightSeconds: sl.seconds,
    starlightCpuSeconds: sl.cpuSeconds,
    starlightPeakMB: sl.peakMB,
    starlightPages: pages.length,
    starlightBytesPerPage: Math.round(pages.reduce((s, f) => s + statSync(f).size, 0) / pages.length),
  };
}
