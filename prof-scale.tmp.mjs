// usage: npx node /work/helpers/prof-scale.mjs N [profile]
import { writeSynthetic } from './scripts/bench/synthetic.mjs';
import { clearCaches, timed } from './scripts/bench/util.mjs';
import { join } from 'node:path';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
const n = Number(process.argv[2] ?? 300);
const prof = process.argv[3] === 'profile';
const dir = `.cache/prof/n${n}`;
if (process.argv[4] !== 'keep') writeSynthetic(dir, n);
if (process.argv[5] !== "warm") clearCaches([join(dir, "astro-cache")]);
const pdir = join(process.cwd(), dir, 'cpuprof');
rmSync(pdir, { recursive: true, force: true }); mkdirSync(pdir, { recursive: true });
const env = { CONTENT_DIR: join(dir, 'content'), OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'astro-cache') };
if (prof) env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${pdir}`;
const r = timed('node', ['scripts/build.mjs'], env);
writeFileSync(join(dir, 'build.log'), r.log);
console.log(JSON.stringify({ seconds: r.seconds, cpu: r.cpuSeconds, peak: r.peakMB }));
