/**
 * The build's diagram engine: a small pool of worker threads, each running
 * mermaid in an emulated DOM (see dom/svg-dom.ts). No browser is involved.
 *
 * A worker lives as long as diagrams keep arriving: its document stays the
 * same size from one diagram to the next (see dom/worker.ts), so starting
 * fresh workers would only pay mermaid's start-up again. Once no diagram has
 * come for a few seconds (the pages left to render have none), it stops and
 * gives its memory back to the rest of the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { DiagramEngine, EngineResult } from './render.ts';
import { mermaidConfig } from './theme.ts';
import { workerPool, workerSource } from '../worker-pool.ts';

/** The worker's source file (see workerSource in lib/worker-pool.ts). */
const workerFile = () =>
  workerSource(new URL('./dom/worker.ts', import.meta.url), join(process.cwd(), 'src', 'lib', 'diagrams', 'dom', 'worker.ts'));

const fontDir = () => join(process.cwd(), 'src', 'assets', 'fonts');

/** Read once a process: the build asks for it for the diagram cache and for the pages' digest. */
let fingerprint: string | undefined;

/**
 * What the engine's output depends on besides mermaid: the emulated DOM's source files, the
 * libraries under it and the fonts it measures text with. Part of the diagram cache key, so a
 * change to any of them lays every diagram out again rather than serving layouts from before it.
 */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  for (const lib of ['linkedom', 'parse5', 'fontkit'])
    hash.update(
      `${lib}@${(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', lib, 'package.json'), 'utf8')) as { version: string }).version}`,
    );
  for (const dir of [dirname(workerFile()), fontDir()])
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return (fingerprint = hash.digest('hex').slice(0, 12));
}

/**
 * How long a worker waits for another diagram before it stops. Requests come
 * back to back while pages with diagrams render; a new worker costs 2.5–3.5 s
 * of start-up, so only a long gap makes stopping pay. In a clean build of 300
 * reports the workers had nothing to do for the last 40 % of it. Stopping them
 * lowered a thousand-report build's peak from 1,410 to 1,311 MB.
 */
export const WORKER_IDLE_MS = 4000;

/**
 * Each worker's old-generation heap, in MB. A worker holds about 100 MB live after hundreds of
 * diagrams, but without a limit V8 lets its garbage grow towards the whole process's (a clean
 * build of 300 reports peaked at 2.2 GB, 1.8 GB with this limit, same time).
 */
const workerHeapMb = () => Number(process.env.DIAGRAM_WORKER_MB) || 512;

/**
 * Each worker's young generation, in MB. V8's default let a worker hold about 400 MB resident
 * after a thousand diagrams. Clean builds of 300 reports, same hour: default 1,430–1,440 MB peak,
 * 61–65 s CPU; 64 MB 1,330 MB, 63 s; 32 MB 1,245–1,260 MB, 64–67 s; at 16 MB the collector
 * runs often enough to cost a tenth more CPU.
 */
const WORKER_YOUNG_MB = 64;

/** A worker's failure, in words a contributor can act on. */
const explain = (e: Error & { code?: string }): Error =>
  e.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? new Error(`the diagram worker ran out of its ${workerHeapMb()} MB heap (raise it with DIAGRAM_WORKER_MB)`)
    : e;

/**
 * Starts `size` workers (default: one per core, at most 2) lazily, as diagrams arrive; each stops
 * after `idleMs` without one (never, if `Infinity`).
 */
export async function launchDomEngine(
  size = Math.min(2, availableParallelism()),
  idleMs = WORKER_IDLE_MS,
): Promise<DiagramEngine & { running(): number }> {
  const pool = workerPool<{ id: string; code: string }, EngineResult>({
    file: workerFile(),
    workerData: { config: mermaidConfig, fontDir: fontDir() },
    size,
    idleMs,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    explain,
  });
  return {
    render: (items) => Promise.all(items.map(({ id, code }) => pool.run({ id, code }))),
    running: pool.running,
    close: pool.close,
  };
}
