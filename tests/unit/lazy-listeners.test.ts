/**
 * The diagram engine patches linkedom so that a node gets its map of event
 * listeners only when one is first added (src/lib/diagrams/dom/lazy-listeners.ts).
 * If the patched class behaved differently, a listener mermaid or DOMPurify
 * relies on could go unheard or fire twice, and a diagram could be drawn wrong
 * or its labels left unsanitised. The patched class is run here beside
 * linkedom's own, on the installed linkedom's source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Event } from 'linkedom';
import { LAZY_LISTENERS } from '@/lib/diagrams/dom/lazy-listeners';
import { patchedSource } from '@/lib/diagrams/dom/source-patch';

interface Target {
  addEventListener(type: string, listener: (e: unknown) => void, options?: { once?: boolean }): void;
  removeEventListener(type: string, listener: (e: unknown) => void): void;
  dispatchEvent(event: unknown): boolean;
  _getParent(): Target | null;
}
type TargetClass = new () => Target;

const SOURCE = readFileSync(join('node_modules', 'linkedom', 'esm', 'interface', 'event-target.js'), 'utf8');
const patched = patchedSource(LAZY_LISTENERS, SOURCE) ?? SOURCE;
const load = async (source: string) =>
  ((await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { EventTarget: TargetClass }).EventTarget;

test('each text the patch replaces occurs exactly once in the installed linkedom', () => {
  for (const [from] of LAZY_LISTENERS.replacements) expect(SOURCE.split(from).length - 1, from).toBe(1);
  expect(patched).not.toBe(SOURCE);
});

describe.each([
  ['linkedom’s own EventTarget', SOURCE],
  ['the patched EventTarget', patched],
])('%s', (_, source) => {
  /** A child whose parent is `parent`, so that bubbling events reach it. */
  const pair = (Base: TargetClass) => {
    const parent = new Base();
    const child = new Base();
    child._getParent = () => parent;
    return { parent, child };
  };

  test('a node no one listens to takes events and listener removals quietly', async () => {
    const Base = await load(source);
    const t = new Base();
    expect(() => t.removeEventListener('click', () => {})).not.toThrow();
    expect(t.dispatchEvent(new Event('click'))).toBe(true);
  });

  test('a listener hears each event of its type once, bubbling up from a child, until removed', async () => {
    const Base = await load(source);
    const { parent, child } = pair(Base);
    const heard: string[] = [];
    const onParent = () => heard.push('parent');
    const onChild = () => heard.push('child');
    parent.addEventListener('click', onParent);
    child.addEventListener('click', onChild);
    child.addEventListener('click', onChild);
    child.dispatchEvent(new Event('click', { bubbles: true }));
    child.dispatchEvent(new Event('other', { bubbles: true }));
    expect(heard).toEqual(['child', 'parent']);
    child.removeEventListener('click', onChild);
    child.dispatchEvent(new Event('click', { bubbles: true }));
    expect(heard).toEqual(['child', 'parent', 'parent']);
  });

  test('a listener added with `once` hears one event only', async () => {
    const Base = await load(source);
    const t = new Base();
    let n = 0;
    t.addEventListener('load', () => n++, { once: true });
    t.dispatchEvent(new Event('load'));
    t.dispatchEvent(new Event('load'));
    expect(n).toBe(1);
  });
});
