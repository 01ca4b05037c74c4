// The synthetic corpus at N reports, built by this site (clean, in rounds, then warm).
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSynthetic } from './synthetic.mjs';
import { clearCaches, dirBytes, htmlPages, median, renderedDiagrams, timed } from './util.mjs';

/**
 * Writes the corpus into `dir` and builds it clean `rounds` times, calling `afterClean(i)` after each
 * (the Starlight build, so each pair runs back to back in the same minute of the machine's speed),
 * then once warm. Clean figures are the rounds' medians, each round kept in `rounds`. The corpus
 * stays for Starlight.
 */
export function benchScale(n, dir, { rounds = 1, afterClean = () => {} } = {}) {
  const counts = writeSynthetic(dir, n);
  const env = { CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'astro-cache') };
  const cleans = [];
  for (let i = 0; i < rounds; i++) {
    clearCaches([join(dir, 'astro-cache')]);
    cleans.push(timed('node', ['scripts/build.mjs'], env));
    afterClean(i);
  }
  const oursWarm = timed('node', ['scripts/build.mjs'], env);
  const pages = htmlPages(join(dir, 'dist'));
  const bytesPerPage = pages.reduce((s, f) => s + statSync(f).size, 0) / pages.length;
  const seconds = median(cleans.map((c) => c.seconds));
  return {
    n,
    ...counts,
    seconds,
    cpuSeconds: median(cleans.map((c) => c.cpuSeconds)),
    warmSeconds: oursWarm.seconds,
    diagrams: renderedDiagrams(cleans[0].log),
    peakMB: median(cleans.map((c) => c.peakMB)),
    warmPeakMB: oursWarm.peakMB,
    pages: pages.length,
    msPerPage: Math.round((seconds * 1000) / pages.length),
    bytesPerPage: Math.round(bytesPerPage),
    pagefindBytes: dirBytes(join(dir, 'dist', 'pagefind')),
    rounds: cleans.map((c) => ({ seconds: c.seconds, cpuSeconds: c.cpuSeconds, peakMB: c.peakMB })),
  };
}

export const removeCorpus = (dir) => rmSync(dir, { recursive: true, force: true });
