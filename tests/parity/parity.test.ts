/**
 * Node against Chromium: every diagram of the last build, as the build's
 * engine (mermaid in an emulated DOM) laid it out, against mermaid in headless
 * Chromium with the same font loaded by @font-face. A reader would notice a
 * node box, label line break or link end that differs by more than a pixel —
 * for example after a mermaid upgrade the emulation does not cover.
 * Needs a build first: it reads the build's list of diagrams and the SVG the
 * build made of each (the diagram cache, keyed by the engine's own source, so
 * a changed engine means a new layout here too).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromiumPages } from '../../scripts/lib/chromium-pages';
import type { DiagramEngine } from '@/lib/diagrams/render';
import { compareGeometry, geometryOf } from './svg-geometry';

const CACHE = process.env.DIAGRAM_CACHE_DIR ?? '.cache/diagrams';
const TOLERANCE_PX = 1;
let chromium: DiagramEngine;

beforeAll(async () => {
  chromium = await launchChromiumPages();
});
afterAll(async () => {
  await chromium?.close();
});

/** Each diagram of the last build: its source and the SVG the build's engine made of it. */
function sources(): { hash: string; code: string; svg: string }[] {
  const manifest = join(CACHE, 'last-build.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first.`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as string[]).map((hash) => {
    const [file, svg] = [join(CACHE, `${hash}.mmd`), join(CACHE, `${hash}.svg`)];
    for (const f of [file, svg])
      if (!existsSync(f)) throw new Error(`${f} is missing (a cache from an older build): delete ${CACHE} and build again.`);
    return { hash, code: readFileSync(file, 'utf8'), svg: readFileSync(svg, 'utf8') };
  });
}

test('every diagram of the site is laid out in Node as in Chromium, within a pixel', async () => {
  // PARITY_SAMPLE=n compares only the first n diagrams (a quick look while changing the emulation).
  const list = sources().slice(0, Number(process.env.PARITY_SAMPLE) || undefined);
  expect(list.length, 'diagrams to compare').toBeGreaterThan(0);
  const failures: string[] = [];
  let worst = { diff: 0, hash: '' };
  await Promise.all(
    list.map(async ({ hash, code, svg }) => {
      const [a] = await chromium.render([{ id: `d${hash}`, code }]);
      if (!a || 'error' in a) {
        failures.push(`${hash}: Chromium: ${a && 'error' in a ? a.error : 'no output'}`);
        return;
      }
      const c = compareGeometry(geometryOf(a.svg), geometryOf(svg), TOLERANCE_PX);
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
