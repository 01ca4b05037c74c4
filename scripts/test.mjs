#!/usr/bin/env node
// `npm test`: every stage in order, stopping at the first failure, then a
// table of wall time per stage. Stages are npm scripts, so each can be run on
// its own (`npm run test:e2e`). A stage whose script is not defined is shown
// as skipped (the slot for the renderer parity check keeps its place).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STAGES = [
  ['browser', 'node scripts/install-chromium.mjs'],
  ['check', 'npm run check'],
  ['unit', 'npm run test:unit'],
  ['build', 'npm run build'],
  ['parity', 'npm run test:parity', 'test:parity'],
  ['html', 'npm run test:html'],
  ['e2e', 'npm run test:e2e'],
  ['lighthouse', 'npm run test:lighthouse'],
  ['subpath', 'npm run test:subpath'],
  ['dev', 'npm run test:dev'],
  ['determinism', 'npm run test:determinism'],
];

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const rows = [];
let failed;
const started = Date.now();
for (const [name, command, needs] of STAGES) {
  if (needs && !scripts[needs]) {
    rows.push([name, 'skipped', '', `no "${needs}" script`]);
    continue;
  }
  console.log(`\n▶ ${name}: ${command}`);
  const t = Date.now();
  const r = spawnSync(command, { shell: true, stdio: 'inherit' });
  const ok = r.status === 0;
  rows.push([name, ok ? 'ok' : 'FAILED', `${((Date.now() - t) / 1000).toFixed(1)} s`, command]);
  if (!ok) {
    failed = name;
    break;
  }
}
const total = `${((Date.now() - started) / 1000).toFixed(1)} s`;
const table = [['stage', 'result', 'wall time', 'command'], ...rows, ['total', failed ? 'FAILED' : 'ok', total, '']];
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
console.log(`\n${table.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n')}`);
if (failed) {
  console.error(`\nStopped at "${failed}"; later stages did not run.`);
  process.exit(1);
}
