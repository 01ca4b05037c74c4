/**
 * linkedom gives every node it creates (elements, text, comments) an entry in
 * a WeakMap of event listeners, with a Map of its own, though mermaid listens
 * on almost none of them. A diagram creates thousands of nodes, so those
 * entries were about 5 % of a worker's CPU time and much of its garbage
 * collection (weak entries cost the collector extra work). This patch makes a
 * node's entry when a listener is first added to it; dispatching already
 * skips a node without one, and removing a listener from such a node now
 * does nothing, as it does for a type never listened to.
 *
 * Applied by source-patch.ts as the worker loads linkedom;
 * tests/unit/lazy-listeners.test.ts runs the patched class against the
 * original.
 */
import type { SourcePatch } from './source-patch.ts';

/** linkedom 0.18's EventTarget: the constructor, and the two methods that read the entry. */
export const ORIGINAL_CONSTRUCTOR = `  constructor() {
    wm.set(this, new Map);
  }`;
export const ORIGINAL_ADD = `  addEventListener(type, listener, options) {
    const map = wm.get(this);`;
export const ORIGINAL_REMOVE = `  removeEventListener(type, listener) {
    const map = wm.get(this);
    if (map.has(type)) {`;

export const LAZY_LISTENERS: SourcePatch = {
  where: '/linkedom/esm/interface/event-target.js',
  replacements: [
    [ORIGINAL_CONSTRUCTOR, `  constructor() {}`],
    [
      ORIGINAL_ADD,
      `  addEventListener(type, listener, options) {
    let map = wm.get(this);
    if (!map) wm.set(this, (map = new Map));`,
    ],
    [
      ORIGINAL_REMOVE,
      `  removeEventListener(type, listener) {
    const map = wm.get(this);
    if (map && map.has(type)) {`,
    ],
  ],
  advice:
    "linkedom's EventTarget is no longer in the form expected: update the ORIGINAL_* texts in src/lib/diagrams/dom/lazy-listeners.ts (or remove the patch)",
};
