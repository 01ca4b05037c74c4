/**
 * The diagram engine patches mermaid and linkedom as a worker loads them
 * (src/lib/diagrams/dom/source-patch.ts). If a new release changed a patched
 * text and the patch were skipped without a word, the build would go on with
 * the library's own code, slower, and nobody would know why; worse, a patch
 * half applied could lay diagrams out wrong. So a patch either applies whole
 * to one module or the worker's start fails, naming what to update. Run in a
 * worker thread, as the engine runs, where Node itself loads the modules.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'source-patch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, source: string) => {
  writeFileSync(join(dir, name), source);
  return pathToFileURL(join(dir, name)).href;
};

test('a patch applies whole to the one module that holds its texts, and a patch that finds no module fails with its advice', async () => {
  const patched = file('patched-lib.mjs', 'const a = 1;\nconst b = 1;\nexport { a, b };');
  const changed = file('changed-lib.mjs', 'const c = 10;\nexport { c };');
  const main = file(
    'main.mjs',
    `import { parentPort } from 'node:worker_threads';
import { patchSources } from ${JSON.stringify(pathToFileURL(resolve('src/lib/diagrams/dom/source-patch.ts')).href)};
const patches = patchSources([
  { where: 'patched-lib.mjs', replacements: [['const a = 1;', 'const a = 2;'], ['const b = 1;', 'const b = 3;']], advice: 'update A' },
  { where: 'changed-lib.mjs', replacements: [['const c = 1;', 'const c = 4;']], advice: 'update C' },
]);
const { a, b } = await import(${JSON.stringify(patched)});
const { c } = await import(${JSON.stringify(changed)});
let error = '';
try { patches.assertApplied(); } catch (e) { error = e.message; }
parentPort.postMessage({ a, b, c, error });`,
  );
  const answer = await new Promise<{ a: number; b: number; c: number; error: string }>((done, fail) => {
    const worker = new Worker(new URL(main), { execArgv: [] });
    worker.once('message', (m) => void worker.terminate().then(() => done(m)));
    worker.once('error', fail);
  });
  expect([answer.a, answer.b], 'the patched module kept its own code').toEqual([2, 3]);
  // A new release of the second library no longer has the text: left as it is, and reported.
  expect(answer.c).toBe(10);
  expect(answer.error).toMatch(/changed-lib\.mjs applied to 0 modules, not one; update C/);
});
