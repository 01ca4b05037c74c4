// The synthetic corpus at N reports, built by this site (clean and warm).
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSynthetic } from './synthetic.mjs';
import { clearCaches, dirBytes, htmlPages, renderedDiagrams, timed } from './util.mjs';

/** Writes the corpus into `dir`, builds it twice; returns the figures (the corpus stays for Starlight). */
export function benchScale(n, dir) {
  const counts = writeSynthetic(dir, n);
  clearCaches([join(dir, 'astro-cache')]);
  const env = { CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'astro-cache') };
  const ours = timed('node', ['scripts/build.mjs'], env);
  const oursWarm = timed('node', ['scripts/build.mjs'], env);
  const pages = htmlPages(join(dir, 'dist'));
  const bytesPerPage = pages.reduce((s, f) => s + statSync(f).size, 0) / pages.length;
  return {
    n,
    ...counts,
    seconds: ours.seconds,
    cpuSeconds: ours.cpuSeconds,
    warmSeconds: oursWarm.seconds,
    diagrams: renderedDiagrams(ours.log),
    peakMB: ours.peakMB,
    warmPeakMB: oursWarm.peakMB,
    pages: pages.length,
    msPerPage: Math.round((ours.seconds * 1000) / pages.length),
    bytesPerPage: Math.round(bytesPerPage),
    pagefindBytes: dirBytes(join(dir, 'dist', 'pagefind')),
  };
}

export const removeCorpus = (dir) => rmSync(dir, { recursive: true, force: true });
