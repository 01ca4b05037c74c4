/**
 * The build's diagram engine: the build's worker threads (lib/build-workers.ts),
 * each running mermaid in an emulated DOM (see dom/svg-dom.ts). No browser is
 * involved.
 *
 * A worker lives as long as tasks keep arriving: its document stays the
 * same size from one diagram to the next (see dom/layout-task.ts), so starting
 * fresh workers would only pay mermaid's start-up again. Once no task has
 * come for a few seconds (the pages left to render have none), it stops and
 * gives its memory back to the rest of the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DiagramEngine, EngineResult } from './render.ts';
import { buildWorkers, taskFile, taskWorkers } from '../build-workers.ts';
import { hashFiles } from '../files.ts';
import { fontDir } from '../font-files.ts';

/** The layout task's source file, run by the build's workers (see workerSource in lib/worker-pool.ts). */
const layoutTask = () => taskFile(new URL('./dom/layout-task.ts', import.meta.url), ['src', 'lib', 'diagrams', 'dom', 'layout-task.ts']);

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
  for (const dir of [dirname(layoutTask()), fontDir()])
    hashFiles(
      hash,
      readdirSync(dir)
        .sort()
        .map((name) => join(dir, name)),
      basename,
    );
  return (fingerprint = hash.digest('hex').slice(0, 12));
}

/**
 * The engine on the build's shared workers (build-workers.ts), or, given a `size`, on a pool of its
 * own (the tests). Workers start lazily, as diagrams arrive; each stops after `idleMs` without a
 * task (never, if `Infinity`).
 */
export async function launchDomEngine(size?: number, idleMs?: number): Promise<DiagramEngine & { running(): number }> {
  const pool = size === undefined ? buildWorkers(idleMs) : taskWorkers(size, idleMs);
  const module = layoutTask();
  return {
    render: (items) => Promise.all(items.map(({ id, code }) => pool.run({ module, input: { id, code } }) as Promise<EngineResult>)),
    running: pool.running,
    close: pool.close,
  };
}
