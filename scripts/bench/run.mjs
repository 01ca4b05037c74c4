#!/usr/bin/env node
// Benchmark: figures, not pass/fail. Each measurement is its own module here;
// this file runs them in order and writes the report (bench/REPORT.md,
// bench/report.json, bench/build-scale.svg).
// Usage: node scripts/bench/run.mjs [--sizes 100,1000] [--skip-starlight] [--skip-search] [--skip-profile] [--skip-diagrams]
import { cpus, loadavg } from 'node:os';
import { benchDiagrams } from './diagrams.mjs';
import { profileBuild } from './profile.mjs';
import { benchScale, removeCorpus } from './scale.mjs';
import { benchSearch } from './search.mjs';
import { benchSite } from './site.mjs';
import { benchStarlight } from './starlight.mjs';
import { writeReport } from './report.mjs';
import { weightLines } from './weight.mjs';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const sizes = (flag('--sizes') ? args[args.indexOf('--sizes') + 1] : '100,1000').split(',').map(Number);
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
  step(`synthetic corpus, N = ${n}`);
  const row = benchScale(n, dir);
  if (!flag('--skip-starlight')) {
    step(`Starlight, N = ${n}`);
    Object.assign(row, benchStarlight(dir));
  }
  report.scale.push(row);
  removeCorpus(dir);
}
const md = writeReport(report);
console.log(`\n${md}\nReport written to bench/REPORT.md, report.json and build-scale.svg`);
