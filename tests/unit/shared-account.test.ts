/** Which reports retell one underlying report: the caveat on report pages and the Compare page's count. */
import { expect, test } from 'vitest';
import { sharedAccount, widestSharedAccount } from '@/data/shared-account';
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
