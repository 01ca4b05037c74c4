/**
 * The build's workers run tasks from any module: a diagram layout and a social card share them.
 * A task's answer comes back to its caller (its buffers moved, not copied), and a module that
 * cannot load, or a task that throws, answers with its error rather than stopping the worker. A
 * worker that runs out of its heap fails the build with a message that says so and how to raise
 * the limit, not with V8's bare error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { buildWorkerCount, taskWorkers } from '@/lib/build-workers';

const dir = mkdtempSync(join(tmpdir(), 'task-worker-'));
const module = (name: string, source: string) => {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
};
const double = module('double.mjs', 'export const run = (n) => ({ message: { double: n * 2 } });');
const bytes = module(
  'bytes.mjs',
  'export const run = (n) => { const b = new Uint8Array(n).fill(7); return { message: { b }, transfer: [b.buffer] }; };',
);
const broken = module('broken.mjs', 'throw new Error("this module does not load");');
const throwing = module('throwing.mjs', 'export const run = () => { throw new Error("this task fails"); };');
const hog = module('hog.mjs', 'export const run = () => { const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length)); };');
const pool = taskWorkers(1, 200);

afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

test('one worker runs tasks of different modules, each answering its own caller', { timeout: 30_000 }, async () => {
  expect(await pool.run({ module: double, input: 21 })).toEqual({ double: 42 });
  const { b } = (await pool.run({ module: bytes, input: 3 })) as { b: Uint8Array };
  expect([...b], 'the moved buffer arrived empty or changed').toEqual([7, 7, 7]);
  expect(await pool.run({ module: double, input: 2 })).toEqual({ double: 4 });
});

test('a module that cannot load, or a task that throws, answers with its error and the worker goes on', { timeout: 30_000 }, async () => {
  expect(await pool.run({ module: broken, input: 1 })).toEqual({ error: 'this module does not load' });
  expect(await pool.run({ module: throwing, input: 1 })).toEqual({ error: 'this task fails' });
  expect(await pool.run({ module: double, input: 5 }), 'a failed task stopped the worker').toEqual({ double: 10 });
});

test('a worker out of its heap says so and names the setting that raises it', { timeout: 60_000 }, async () => {
  // A task that keeps what it allocates: the heap runs out in the task's own code, as a diagram
  // too large for the limit would run it out. (Out of heap while a worker loads mermaid, V8 may
  // abort the whole process instead, so the limit here is one a worker can start under.)
  process.env.DIAGRAM_WORKER_MB = '16';
  const small = taskWorkers(1);
  try {
    await expect(small.run({ module: hog, input: null })).rejects.toThrow(
      /the build worker ran out of its 16 MB heap \(raise it with DIAGRAM_WORKER_MB\)/,
    );
  } finally {
    delete process.env.DIAGRAM_WORKER_MB;
    await small.close();
  }
});

test('a worker gets the young generation it asks for, not the one the build sets for its main thread', { timeout: 60_000 }, () => {
  // The build runs with --max-semi-space-size=8 (scripts/build.mjs); unless the pool clears it, that
  // flag holds for every worker too, and each ran with 16 MB of young generation whatever it asked,
  // which made a clean build of 1,000 reports about a tenth slower (bench/NOTES.md).
  const probe = module(
    'young.mjs',
    `import v8 from 'node:v8';
export const youngMb = () => { const junk = []; for (let i = 0; i < 3e6; i++) junk.push({ i }); return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576; };
export const run = () => ({ message: youngMb() });`,
  );
  const main = module(
    'main.mjs',
    `import { youngMb } from ${JSON.stringify(probe)};
const { taskWorkers } = await import(${JSON.stringify(fileURLToPath(new URL('../../src/lib/build-workers.ts', import.meta.url)))});
const pool = taskWorkers(1, 100);
const worker = await pool.run({ module: ${JSON.stringify(probe)}, input: null });
console.log(JSON.stringify({ worker, main: youngMb() }));
await pool.close();`,
  );
  const r = spawnSync(process.execPath, ['--max-semi-space-size=8', main], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const sizes = JSON.parse(r.stdout) as { worker: number; main: number };
  expect(sizes.main, 'the main thread keeps the young generation the build gives it').toBe(16);
  expect(sizes.worker, 'a worker is held to the main thread’s young generation').toBeGreaterThan(16);
});

test('a build leaves its main thread a core: one worker on two cores, two from three up, one on one', () => {
  expect([1, 2, 3, 4, 16].map((cores) => buildWorkerCount(cores))).toEqual([1, 1, 2, 2, 2]);
});
