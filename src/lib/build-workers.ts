/**
 * The build's worker threads, shared by every kind of work sent to them: the
 * diagram layouts (diagrams/dom/layout-task.ts) and the social cards
 * (card-task.ts). Each thread takes tasks from any module (task-worker.ts).
 *
 * One pool for both, because a clean build asks for its cards right after its
 * last diagrams: in threads of their own, the cards started two new threads
 * (about 50 MB resident each) while the two that had laid the diagrams out were
 * still alive, and that was the top of the build's memory (bench/NOTES.md,
 * "What the last rise is"). Sized for the heavier task, diagram layout.
 */
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { workerPool, workerSource, type WorkerPool } from './worker-pool.ts';

/** A task for a build worker: a task module (an absolute path) and its input. */
export interface Task {
  module: string;
  input: unknown;
}

/** A file beside the module that names it (see workerSource), for a task or a worker. */
export const taskFile = (relative: URL, fromRoot: string[]) => workerSource(relative, join(process.cwd(), ...fromRoot));

/**
 * How long a worker waits for another task before it stops. Requests come back to back while
 * pages with diagrams render; a new worker costs 1.4–3.5 s of start-up with mermaid, so only a
 * long gap makes stopping pay. In a clean build of 300 reports the workers had nothing to do for
 * the last 40 % of it. Stopping them lowered a thousand-report build's peak from 1,410 to 1,311 MB.
 */
export const WORKER_IDLE_MS = 4000;

/**
 * Each worker's old-generation heap, in MB. A worker holds about 100 MB live after hundreds of
 * diagrams, but without a limit V8 lets its garbage grow towards the whole process's (a clean
 * build of 300 reports peaked at 2.2 GB, 1.8 GB with this limit, same time).
 */
export const workerHeapMb = () => Number(process.env.DIAGRAM_WORKER_MB) || 512;

/**
 * Each worker's young generation, in MB. V8's default let a worker hold about 400 MB resident
 * after a thousand diagrams. Clean builds of 300 reports, same hour: default 1,430–1,440 MB peak,
 * 61–65 s CPU; 64 MB 1,330 MB, 63 s; 32 MB 1,245–1,260 MB, 64–67 s; at 16 MB the collector
 * runs often enough to cost a tenth more CPU. With the build as it is now (N = 1,000, clean,
 * alternating): 32 MB 73.6 and 80.2 s, 883 and 897 MB at the peak; 64 MB 78.7–83.2 s, 962–968 MB;
 * 16 MB (what the workers had by mistake, see `ownYoungGeneration`) 81.7 and 87.9 s, 873–888 MB.
 */
const WORKER_YOUNG_MB = 32;

/**
 * Lets the workers have the young generation they ask for. A V8 flag given to the process holds for
 * every isolate made after it, and the build gives `--max-semi-space-size=8` for its main thread
 * (scripts/build.mjs): that flag overrode `maxYoungGenerationSizeMb`, so every worker ran with 16
 * MB whatever it asked. The main thread sized its heap when the process started and does not read
 * the flag again, so clearing it before the first worker starts gives the workers their own limit
 * and leaves the main thread's as it was (tests/unit/task-worker.test.ts checks both).
 */
function ownYoungGeneration(): void {
  setFlagsFromString('--max-semi-space-size=0');
}

/** A worker's failure, in words a contributor can act on. */
const explain = (e: Error & { code?: string }): Error =>
  e.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? new Error(`the build worker ran out of its ${workerHeapMb()} MB heap (raise it with DIAGRAM_WORKER_MB)`)
    : e;

/**
 * How many workers a build runs on `cores` cores: one for each core the main thread leaves free,
 * at least one and at most two. The build is bound by its cores from start to end (bench/NOTES.md),
 * so on two cores a second worker only shares them: seven alternating clean builds of a thousand
 * reports took 67.4 s on average with one worker and 67.8 s with two, with 7 % less CPU (96.9 s
 * against 103.9 s) and a peak about 90 MB lower (803–860 MB against 880–943 MB).
 */
export const buildWorkerCount = (cores = availableParallelism()): number => Math.max(1, Math.min(2, cores - 1));

/** A pool of task workers: `size` of them (default: `buildWorkerCount()`), each stopping after `idleMs` without a task. */
export function taskWorkers(size = buildWorkerCount(), idleMs = WORKER_IDLE_MS): WorkerPool<Task, unknown> {
  ownYoungGeneration();
  return workerPool<Task, unknown>({
    file: taskFile(new URL('./task-worker.ts', import.meta.url), ['src', 'lib', 'task-worker.ts']),
    size,
    idleMs,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    explain,
  });
}

// On globalThis: Astro loads a module more than once in one build, and all must share one pool.
const KEY = Symbol.for('quds-explainer.build-workers');
const store = globalThis as unknown as Record<symbol, WorkerPool<Task, unknown> | undefined>;

/**
 * The build's shared workers, started on first need. `idleMs` counts only for the call that
 * starts them (the dev server keeps them: `Infinity`).
 */
export function buildWorkers(idleMs?: number): WorkerPool<Task, unknown> {
  return (store[KEY] ??= taskWorkers(undefined, idleMs));
}
