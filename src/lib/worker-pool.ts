/**
 * A small pool of worker threads that each take one job at a time.
 *
 * Workers start lazily, as jobs arrive, up to `size`. A worker that has had
 * no job for `idleMs` stops and gives its memory back to the process; the next
 * job starts a new one. A worker is referenced only while it works, so a pool
 * never keeps a finished process alive.
 *
 * The worker's side of the protocol: post `{ ready: true }` once loaded, then
 * answer each message with exactly one message.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

export interface PoolOptions {
  /** The worker's source file. */
  file: string;
  workerData?: unknown;
  /** At most this many workers at once. */
  size: number;
  /** A worker with no job for this long stops (never, if `Infinity`). */
  idleMs: number;
  resourceLimits?: ResourceLimits;
  /** Turns a worker's failure (its `error` event) into the error its job rejects with. */
  explain?: (e: Error & { code?: string }) => Error;
}

export interface WorkerPool<In, Out> {
  run(message: In, transfer?: readonly Transferable[]): Promise<Out>;
  /** Workers started and not yet stopped. */
  running(): number;
  close(): Promise<void>;
}

/**
 * A worker source next to the module that starts it. Bundled into a build
 * chunk, `import.meta.url` no longer points into the sources, so the path from
 * the project root is used instead (builds run from there).
 */
export function workerSource(relative: URL | string, fromRoot: string): string {
  try {
    const here = fileURLToPath(relative);
    if (existsSync(here)) return here;
  } catch {
    /* not a file: URL */
  }
  return fromRoot;
}

interface Slot<Out> {
  worker: Worker;
  ready: Promise<void>;
  pending?: { resolve: (r: Out) => void; reject: (e: Error) => void } | undefined;
  /** Set while the worker waits for work: it stops when this fires. */
  idleTimer?: NodeJS.Timeout | undefined;
}

export function workerPool<In, Out>({
  file,
  workerData,
  size,
  idleMs,
  resourceLimits,
  explain = (e) => e,
}: PoolOptions): WorkerPool<In, Out> {
  const idle: Slot<Out>[] = [];
  const all = new Set<Slot<Out>>();
  const waiting: ((s: Slot<Out>) => void)[] = [];

  const start = (): Slot<Out> => {
    // The parent's loader flags (vitest, Astro) mean nothing to a plain worker.
    const worker = new Worker(file, { workerData, execArgv: [], ...(resourceLimits ? { resourceLimits } : {}) });
    const slot: Slot<Out> = { worker, ready: Promise.resolve() };
    slot.ready = new Promise((resolve, reject) => {
      worker.once('error', (e: Error) => reject(explain(e)));
      worker.on('message', (m: Out | { ready: true }) => {
        if (m && typeof m === 'object' && 'ready' in m) return resolve();
        const p = slot.pending;
        slot.pending = undefined;
        p?.resolve(m as Out);
      });
    });
    worker.on('error', (e: Error) => slot.pending?.reject(explain(e)));
    worker.unref();
    return slot;
  };
  const acquire = (): Promise<Slot<Out>> => {
    const free = idle.pop();
    if (free) {
      clearTimeout(free.idleTimer);
      free.idleTimer = undefined;
      return Promise.resolve(free);
    }
    if (all.size < size) {
      const s = start();
      all.add(s);
      return Promise.resolve(s);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const stop = (s: Slot<Out>) => {
    const i = idle.indexOf(s);
    if (i !== -1) idle.splice(i, 1);
    all.delete(s);
    void s.worker.terminate();
  };
  const release = (s: Slot<Out>) => {
    const w = waiting.shift();
    if (w) return w(s);
    idle.push(s);
    // The timer never keeps the process alive; a stopped worker is replaced when the next job comes.
    if (Number.isFinite(idleMs)) s.idleTimer = setTimeout(() => stop(s), idleMs).unref();
  };

  return {
    async run(message, transfer) {
      const slot = await acquire();
      // Referenced while it works (including its start-up), so a waiting caller keeps the process alive.
      slot.worker.ref();
      try {
        await slot.ready;
        return await new Promise<Out>((resolve, reject) => {
          slot.pending = { resolve, reject };
          slot.worker.postMessage(message, transfer);
        });
      } finally {
        slot.worker.unref();
        release(slot);
      }
    },
    running: () => all.size,
    async close() {
      for (const s of all) clearTimeout(s.idleTimer);
      await Promise.all([...all].map((s) => s.worker.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}
