/**
 * Work done a few items ahead of the one asked for, in a known order: asking
 * for item i starts items i to i + `ahead` (those not started yet) and answers
 * item i. For a build that asks for one result at a time, a few at once, while
 * the work runs elsewhere (worker threads), so the workers always have the next
 * items queued instead of waiting for the build to ask.
 *
 * Items asked for out of order are still answered; each item's work runs once.
 * A failure is reported to whoever asks for that item, never as an unhandled
 * rejection of work started ahead.
 */
export function readAhead<T, V>(items: readonly T[], keyOf: (item: T) => string, load: (item: T) => Promise<V>, ahead: number) {
  const index = new Map(items.map((item, i) => [keyOf(item), i]));
  const started = new Map<number, Promise<V>>();
  const done = new Set<number>();
  const start = (i: number) => {
    if (started.has(i) || done.has(i)) return;
    const p = load(items[i]!);
    p.catch(() => {}); // reported by get()
    started.set(i, p);
  };
  return {
    /** The result for the item with this key; starts the next `ahead` items. */
    get(key: string): Promise<V> {
      const i = index.get(key);
      if (i === undefined) throw new Error(`readAhead: no item "${key}"`);
      for (let j = i; j <= Math.min(items.length - 1, i + ahead); j++) start(j);
      const p = started.get(i) ?? load(items[i]!);
      started.delete(i);
      done.add(i);
      return p;
    },
    /** How many items are started and not yet asked for (for tests). */
    pending: () => started.size,
  };
}
