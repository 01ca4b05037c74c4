/**
 * A worker thread that runs tasks from any module: each message names a module
 * (an absolute file path) and its input; the worker imports the module once,
 * on its first task, and answers with what the module's `run` returns. So one
 * thread can lay out diagrams and then draw social cards without a second
 * thread and its memory (see build-workers.ts).
 *
 * A task module exports `run(input)`, returning `{ message, transfer? }`: the
 * answer, and the buffers to move to the caller rather than copy. A module
 * that fails to load, or a task that throws, answers `{ error }`.
 */
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

export interface TaskModule<In = unknown> {
  run(input: In): Promise<TaskAnswer> | TaskAnswer;
}
export interface TaskAnswer {
  message: unknown;
  transfer?: ArrayBuffer[];
}

const port = parentPort!;
const modules = new Map<string, Promise<TaskModule>>();
const load = (file: string) => {
  let m = modules.get(file);
  if (!m) modules.set(file, (m = import(pathToFileURL(file).href) as Promise<TaskModule>));
  return m;
};

port.on('message', async ({ module, input }: { module: string; input: unknown }) => {
  try {
    const { message, transfer } = await (await load(module)).run(input);
    port.postMessage(message, transfer ?? []);
  } catch (e) {
    port.postMessage({ error: String((e as Error)?.message ?? e) });
  }
});
port.postMessage({ ready: true });
