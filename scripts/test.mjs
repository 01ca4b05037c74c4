#!/usr/bin/env node
// `npm test`: every stage, stopping at the first group with a failure, then a
// table of wall time per stage. Stages are npm scripts, so each can be run on
// its own (`npm run test:e2e`). Stages in one group run at the same time: they
// touch different files and ports, and together they keep the two cores busy
// where one alone would leave a core idle (the dev-server tests mostly wait for
// the server). The determinism stage
// clears the build caches, so it runs alone and last. A stage whose script is
// not defined is shown as skipped.
import { readFileSync } from 'node:fs';
import { runConcurrently } from './lib/concurrently.mjs';

/** [name, command, npm script it needs]; an inner array is one group. */
const GROUPS = [
  [['browser', 'node scripts/install-chromium.mjs']],
  [['check', 'npm run check']],
  [['unit', 'npm run test:unit']],
  [['build', 'npm run build']],
  [
    ['parity', 'npm run test:parity', 'test:parity'],
    ['html', 'npm run test:html'],
  ],
  [
    ['e2e', 'npm run test:e2e'],
    ['dev', 'npm run test:dev'],
  ],
  [['lighthouse', 'npm run test:lighthouse']],
  [['subpath', 'npm run test:subpath']],
  [['determinism', 'npm run test:determinism']],
];

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const rows = [];
let failed = [];
const started = Date.now();
for (const group of GROUPS) {
  const run = [];
  for (const [name, command, needs] of group) {
    if (needs && !scripts[needs]) rows.push([name, 'skipped', '', `no "${needs}" script`]);
    else run.push({ name, command });
  }
  const results = await runConcurrently(run);
  for (const r of results) {
    const beside =
      results.length > 1
        ? ` (beside ${results
            .filter((o) => o !== r)
            .map((o) => o.name)
            .join(', ')})`
        : '';
    rows.push([r.name, r.ok ? 'ok' : 'FAILED', `${r.seconds.toFixed(1)} s`, `${r.command}${beside}`]);
  }
  failed = results.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length) break;
}
const total = `${((Date.now() - started) / 1000).toFixed(1)} s`;
const table = [['stage', 'result', 'wall time', 'command'], ...rows, ['total', failed.length ? 'FAILED' : 'ok', total, '']];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(`\n${table.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n')}`);
if (failed.length) {
  console.error(`\nStopped at "${failed.join('", "')}"; later stages did not run.`);
  process.exit(1);
}
