/** Grouping by keys: what the corpus lookups (an actor's ties, a report's retellings) are built on. */
import { expect, test } from 'vitest';
import { groupBy } from '@/lib/group';

test('each item lands under each of its keys once, in list order', () => {
  const ties = [
    { id: 'a', ends: ['x', 'y'] },
    { id: 'b', ends: ['y', 'y'] },
    { id: 'c', ends: ['x'] },
  ];
  const groups = groupBy(ties, (t) => t.ends);
  expect([...groups.keys()]).toEqual(['x', 'y']);
  expect(groups.get('x')!.map((t) => t.id)).toEqual(['a', 'c']);
  expect(
    groups.get('y')!.map((t) => t.id),
    'a tie from an actor to itself counts once',
  ).toEqual(['a', 'b']);
  expect(groupBy([], (t: string) => [t]).size).toBe(0);
});
