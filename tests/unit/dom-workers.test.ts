/**
 * The diagram workers: a worker with nothing to draw stops, and gives its
 * memory back to the build; and a label's markup is sanitised in the workers
 * as in a browser. (A worker that runs out of its heap: task-worker.test.ts.)
 */
import { expect, test } from 'vitest';
import { launchDomEngine } from '@/lib/diagrams/dom-workers';

test('an idle worker stops, and the next diagram starts a new one that draws it the same', { timeout: 60_000 }, async () => {
  const code = 'flowchart LR\n  a --> b';
  const engine = await launchDomEngine(1, 300);
  try {
    const [first] = await engine.render([{ id: 'd1', code }]);
    expect(engine.running()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(engine.running(), 'a worker with nothing to draw kept its memory').toBe(0);
    const [again] = await engine.render([{ id: 'd1', code }]);
    expect(again, 'a restarted worker drew the diagram differently').toEqual(first);
    expect(engine.running()).toBe(1);
  } finally {
    await engine.close();
  }
});

test('the build’s workers sanitise a label’s markup (event handlers removed) before drawing it', { timeout: 60_000 }, async () => {
  const engine = await launchDomEngine(1);
  try {
    const [drawn] = await engine.render([{ id: 'd1', code: `flowchart LR\n  a["<i onclick='x()'>y</i> <img src=x onerror=z>"] --> b` }]);
    const svg = JSON.stringify(drawn);
    expect(svg, 'the label was drawn').toContain('y');
    expect(svg, 'an event handler in a label survived the sanitiser').not.toMatch(/onclick|onerror/);
  } finally {
    await engine.close();
  }
});
