/** Which reports retell one underlying report: the caveat on report pages and the Compare page's count. */
import { expect, test } from 'vitest';
import { namesRetellings, retellingMark, RETELLINGS_NAMED, sharedAccount, widestSharedAccount } from '@/data/shared-account';
import type { Source } from '@/data/model';

const src = (id: string, ...basedOn: string[]) =>
  ({ id, label: id.toUpperCase(), basedOn: basedOn.map((name) => ({ name })) }) as unknown as Source;

test('a report shares an account only with another report that retells it', () => {
  const sources = [src('a', 'AP'), src('b', 'Reuters'), src('c', 'Reuters'), src('d', 'Reuters'), src('e')];
  expect(sharedAccount({ sources }, 'a'), 'one retelling is not a shared account').toBeUndefined();
  expect(sharedAccount({ sources }, 'c')?.retellings.map((r) => r.id)).toEqual(['b', 'c', 'd']);
  expect(sharedAccount({ sources }, 'e')).toBeUndefined();
});

test('the widest shared account is the one the most reports retell', () => {
  const sources = [src('a', 'AP'), src('b', 'AP'), src('c', 'Reuters'), src('d', 'Reuters'), src('e', 'Reuters')];
  expect(widestSharedAccount({ sources })?.name).toBe('Reuters');
  expect(widestSharedAccount({ sources })?.retellings).toHaveLength(3);
  expect(widestSharedAccount({ sources: [src('a', 'AP'), src('b', 'Reuters')] })).toBeUndefined();
});

test('a report page names up to eight fellow retellings; beyond that it counts them and the reports page marks each', () => {
  const corpus = (n: number) => ({ sources: Array.from({ length: n }, (_, i) => src(`r${i}`, 'Wire')) });
  expect(RETELLINGS_NAMED).toBe(8);
  // The site's own case: four retellings, three others named on each page.
  expect(namesRetellings(sharedAccount(corpus(4), 'r0')!)).toBe(true);
  expect(namesRetellings(sharedAccount(corpus(9), 'r0')!), 'eight others are still named').toBe(true);
  expect(namesRetellings(sharedAccount(corpus(10), 'r0')!), 'nine others would be a wall of links').toBe(false);
  // What the reports page then says of each, so that the page's "each marked on the reports page" holds.
  expect(retellingMark(corpus(9), 'r0'), 'named on its page: no mark').toBeUndefined();
  expect(retellingMark(corpus(10), 'r3')).toBe('One of the ten reports here that retell one Wire report.');
  const dated = {
    sources: corpus(10).sources.map((s) => ({
      ...s,
      basedOn: [{ name: 'Wire', date: { value: '2024-02-18', precision: 'day' }, named: false }],
    })),
  };
  expect(retellingMark(dated as never, 'r3')).toBe(
    'One of the ten reports here that retell one Wire report of 18 February 2024, though this one does not name it.',
  );
  // A thousand retellings: the lookup is made once for the corpus, and every page gets its own account.
  const big = corpus(1000);
  expect(sharedAccount(big, 'r999')?.retellings).toHaveLength(1000);
});
