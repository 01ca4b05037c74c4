// Time per diagram: the build's Node engine against mermaid in headless
// Chromium (the former build path), on the diagrams of the last build, one
// worker and one page each, one diagram at a time.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { launchChromiumPages } from '../lib/chromium-pages.ts';
import { launchDomEngine } from '../../src/lib/diagrams/dom-workers.ts';

async function timeEngine(launch, list) {
  const t0 = performance.now();
  const engine = await launch();
  // The first diagram also pays for loading mermaid; it is counted in startup.
  await engine.render([{ id: `warm${list[0].hash}`, code: list[0].code }]);
  const startupMs = performance.now() - t0;
  const t1 = performance.now();
  for (const { hash, code } of list) await engine.render([{ id: `d${hash}`, code }]);
  const perDiagramMs = (performance.now() - t1) / list.length;
  await engine.close();
  return { startupMs: Math.round(startupMs), perDiagramMs: Math.round(perDiagramMs) };
}

/** Renders the last build's diagrams with both engines; returns ms per diagram and startup for each. */
export async function benchDiagrams(cache = '.cache/diagrams') {
  const manifest = join(cache, 'last-build.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} missing: build first`);
  const list = JSON.parse(readFileSync(manifest, 'utf8')).map((hash) => ({ hash, code: readFileSync(join(cache, `${hash}.mmd`), 'utf8') }));
  const node = await timeEngine(() => launchDomEngine(1), list);
  const chromium = await timeEngine(() => launchChromiumPages(1), list);
  return { diagrams: list.length, node, chromium };
}
