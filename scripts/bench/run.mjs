#!/usr/bin/env node
// Benchmark: figures, not pass/fail. Each measurement is its own module here;
// this file runs them in order and writes the report (bench/REPORT.md,
// bench/report.json, bench/build-scale.svg).
// Usage: node scripts/bench/run.mjs [--sizes 100,1000] [--rounds 3] [--skip-starlight] [--skip-search] [--skip-profile] [--skip-diagrams]
// --rounds: clean builds of each synthetic corpus, each followed at once by Starlight's; the report
// gives the medians and every round (the machine's speed changes by a fifth within minutes).
import { cpus, loadavg } from 'node:os';
import { benchDiagrams } from './diagrams.mjs';
import { profileBuild } from './profile.mjs';
import { benchScale, removeCorpus } from './scale.mjs';
import { benchSearch } from './search.mjs';
import { benchSite } from './site.mjs';
import { benchStarlight } from './starlight.mjs';
import { writeReport } from './report.mjs';
import { median } from './util.mjs';
import { weightLines } from './weight.mjs';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const sizes = (flag('--sizes') ? args[args.indexOf('--sizes') + 1] : '100,1000').split(',').map(Number);
const ROUNDS = flag('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const PORT = Number(process.env.BENCH_PORT ?? 4396);

const report = {
  machine: {
    cores: cpus().length,
    node: process.version,
    date: new Date().toISOString().slice(0, 16),
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  },
  site: {},
  scale: [],
  search: {},
};
// The report is rewritten after every step, so an interrupted run still leaves its figures.
const step = (what) => {
  if (report.site.cleanBuildSeconds) writeReport(report);
  console.log(`${new Date().toISOString().slice(11, 19)} ${what}…`);
};

step('real site: clean and warm build');
report.site = benchSite();
for (const l of weightLines(report.site.heaviest)) console.log(`  ${l}`);
if (!flag('--skip-diagrams')) {
  step('time per diagram, Node and Chromium');
  report.diagrams = await benchDiagrams();
}
if (!flag('--skip-search')) {
  step('search in Chromium');
  report.search = await benchSearch(PORT);
}
if (!flag('--skip-profile')) {
  step('profiled clean build');
  report.profile = profileBuild();
}
for (const n of sizes) {
  const dir = `.cache/bench/n${n}`;
  const starlight = !flag('--skip-starlight');
  const rounds = starlight ? ROUNDS : 1;
  const sl = [];
  step(
    `synthetic corpus, N = ${n}: ${rounds === 1 ? 'a clean build' : `${rounds} clean builds`}${starlight ? ', each followed by Starlight’s' : ''}, then a warm one`,
  );
  const row = benchScale(n, dir, {
    rounds,
    afterClean: (i) => {
      if (!starlight) return;
      step(`Starlight, N = ${n}${rounds > 1 ? `, round ${i + 1} of ${rounds}` : ''}`);
      sl.push(benchStarlight(dir));
    },
  });
  if (starlight) {
    Object.assign(row, sl[0], {
      starlightSeconds: median(sl.map((s) => s.starlightSeconds)),
      starlightCpuSeconds: median(sl.map((s) => s.starlightCpuSeconds)),
      starlightPeakMB: median(sl.map((s) => s.starlightPeakMB)),
    });
    row.rounds.forEach((r, i) =>
      Object.assign(r, {
        starlightSeconds: sl[i].starlightSeconds,
        starlightCpuSeconds: sl[i].starlightCpuSeconds,
        starlightPeakMB: sl[i].starlightPeakMB,
      }),
    );
  }
  report.scale.push(row);
  removeCorpus(dir);
}
const md = writeReport(report);
console.log(`\n${md}\nReport written to bench/REPORT.md, report.json and build-scale.svg`);
