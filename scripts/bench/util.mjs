// Shared helpers for the benchmark modules: timing a command with its peak
// memory, walking folders, clearing build caches, sizes.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { listFiles } from '../../src/lib/files.ts';

export { clearCaches } from '../lib/caches.mjs';
export { listFiles };
export const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
/** The middle value (the mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : +((s[mid - 1] + s[mid]) / 2).toFixed(2);
}
export const dirBytes = (d) => listFiles(d).reduce((n, f) => n + statSync(f).size, 0);

/**
 * Runs a command under /usr/bin/time; returns wall seconds, CPU seconds and
 * peak resident memory in MB (of the largest process: the build is one
 * process, its diagram workers are threads in it).
 */
export function timed(cmd, argv, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', cmd, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  const m = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return {
    seconds: Number(m?.[1]),
    peakMB: Math.round(Number(m?.[2]) / 1024),
    cpuSeconds: +(Number(m?.[3]) + Number(m?.[4])).toFixed(1),
    log: r.stdout,
  };
}

/** HTML pages of a build, without the redirect stubs. */
export const htmlPages = (dir) =>
  listFiles(dir).filter((f) => f.endsWith('.html') && !/http-equiv="refresh"/.test(readFileSync(f, 'utf8')));

/** How many diagrams a build log says were rendered. */
export const renderedDiagrams = (log) => Number(/diagrams: (\d+) rendered/.exec(log)?.[1]);
