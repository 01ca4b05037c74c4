/**
 * The diagram workers: a worker that runs out of its heap fails the build with
 * a message that says so and how to raise the limit, not with V8's bare error.
 */
import { afterEach, expect, test } from 'vitest';
import { launchDomEngine } from '@/lib/diagrams/dom-workers';

afterEach(() => {
  delete process.env.DIAGRAM_WORKER_MB;
});

test('a worker out of its heap says so and names the setting that raises it', { timeout: 60_000 }, async () => {
  process.env.DIAGRAM_WORKER_MB = '16';
  const engine = await launchDomEngine(1);
  try {
    await expect(engine.render([{ id: 'd1', code: 'flowchart LR\n  a --> b' }])).rejects.toThrow(
      /the diagram worker ran out of its 16 MB heap \(raise it with DIAGRAM_WORKER_MB\)/,
    );
  } finally {
    await engine.close();
  }
});
