/** Grouping a list by keys: a generic helper, knows nothing of the corpus. */

/**
 * The items of `list` under each of their keys, in list order. An item with several keys
 * (a relationship under both its actors) is in each of their groups, once per distinct key.
 */
export function groupBy<T>(list: Iterable<T>, keysOf: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
