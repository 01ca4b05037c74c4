/** Cards drawn ahead of the build's requests: each drawn once, every one answered, failures reported to whoever asks. */
import { describe, expect, test } from 'vitest';
import { readAhead } from '@/lib/read-ahead';

const items = ['a', 'b', 'c', 'd', 'e'];

describe('read ahead', () => {
  test('asking for an item starts it and the next ones, each once, and answers it', async () => {
    const loaded: string[] = [];
    const r = readAhead(
      items,
      (x) => x,
      async (x) => (loaded.push(x), x.toUpperCase()),
      2,
    );
    expect(await r.get('a')).toBe('A');
    expect(loaded, 'a and the two after it').toEqual(['a', 'b', 'c']);
    expect(await r.get('b')).toBe('B');
    expect(loaded).toEqual(['a', 'b', 'c', 'd']);
    expect(await r.get('e'), 'out of order').toBe('E');
    expect(await r.get('c')).toBe('C');
    expect(await r.get('d')).toBe('D');
    expect(loaded.sort(), 'each item loaded once').toEqual(items);
    expect(r.pending(), 'nothing left waiting').toBe(0);
  });

  test('stops at the end of the list', async () => {
    const loaded: string[] = [];
    const r = readAhead(
      items,
      (x) => x,
      async (x) => (loaded.push(x), x),
      3,
    );
    await r.get('d');
    expect(loaded).toEqual(['d', 'e']);
  });

  test('a failure started ahead reaches whoever asks for that item, not the process', async () => {
    const r = readAhead(
      items,
      (x) => x,
      async (x) => {
        if (x === 'b') throw new Error('b failed');
        return x;
      },
      2,
    );
    expect(await r.get('a')).toBe('a');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(r.get('b')).rejects.toThrow('b failed');
  });

  test('an unknown key is an error', () => {
    expect(() =>
      readAhead(
        items,
        (x) => x,
        async (x) => x,
        1,
      ).get('z'),
    ).toThrow('readAhead: no item "z"');
  });
});
