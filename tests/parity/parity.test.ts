/**
 * Node against Chromium: every diagram of the last build is laid out by the
 * build's engine (mermaid in an emulated DOM) and by mermaid in headless
 * Chromium with the same font loaded by @font-face. A reader would notice a
 * node box, label line break or link end that differs by more than a pixel —
 * for example after a mermaid upgrade the emulation does not cover.
 * Needs a build first (it reads the build's list of diagrams).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromiumPages } from '../../scripts/lib/chromium-pages';
import { launchDomEngine } from '@/lib/diagrams/dom-workers';
import type { DiagramEngine } from '@/lib/diagrams/render';
import { compareGeometry, geometryOf } from './svg-geometry';

const CACHE = process.env.DIAGRAM_CACHE_DIR ?? '.cache/diagrams';
const TOLERANCE_PX = 1;
let node: DiagramEngine;
let chromium: DiagramEngine;

beforeAll(async () => {
  [node, chromium] = await Promise.all([launchDomEngine(), launchChromiumPages()]);
});
afterAll(async () => {
  await Promise.all([node?.close(), chromium?.close()]);
});

function sources(): { hash: string; code: string }[] {
  const manifest = join(CACHE, 'last-build.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first.`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as string[]).map((hash) => {
    const file = join(CACHE, `${hash}.mmd`);
    if (!existsSync(file)) throw new Error(`${file} is missing (a cache from an older build): delete ${CACHE} and build again.`);
    return { hash, code: readFileSync(file, 'utf8') };
  });
}

test('every diagram of the site is laid out in Node as in Chromium, within a pixel', async () => {
  // PARITY_SAMPLE=n compares only the first n diagrams (a quick look while changing the emulation).
  const list = sources().slice(0, Number(process.env.PARITY_SAMPLE) || undefined);
  expect(list.length, 'diagrams to compare').toBeGreaterThan(0);
  const failures: string[] = [];
  let worst = { diff: 0, hash: '' };
  await Promise.all(
    list.map(async ({ hash, code }) => {
      const items = [{ id: `d${hash}`, code }];
      const [[a], [b]] = await Promise.all([chromium.render(items), node.render(items)]);
      if (!a || !b || 'error' in a || 'error' in b) {
        failures.push(`${hash}: ${a && 'error' in a ? `Chromium: ${a.error}` : ''} ${b && 'error' in b ? `Node: ${b.error}` : ''}`);
        return;
      }
      const c = compareGeometry(geometryOf(a.svg), geometryOf(b.svg), TOLERANCE_PX);
      if (c.maxDiff > worst.diff) worst = { diff: c.maxDiff, hash };
      if (c.problems.length)
        failures.push(
          `${hash}.mmd: ${c.problems.slice(0, 5).join('; ')}${c.problems.length > 5 ? ` (+${c.problems.length - 5} more)` : ''}`,
        );
    }),
  );
  console.log(
    `parity: ${list.length} diagrams compared; largest difference ${worst.diff.toFixed(4)} px${worst.hash ? ` (${worst.hash})` : ''}`,
  );
  expect(failures, `diagrams laid out differently in Node and Chromium (sources in ${CACHE}):\n${failures.join('\n')}`).toEqual([]);
});
