/** A schema change makes the next build parse every content entry again (src/plugins/content-store-integration.ts). */
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dropStaleContentStore } from '@/plugins/content-store-integration';

test('the content store is dropped when a schema changes, and kept while none does', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-store-'));
  const schemas = join(root, 'schemas');
  const cache = join(root, 'cache');
  mkdirSync(schemas);
  mkdirSync(cache);
  const store = join(cache, 'data-store.json');
  writeFileSync(join(schemas, 'actor.ts'), 'export const name = z.string();');

  writeFileSync(store, '{}');
  expect(dropStaleContentStore(cache, [schemas]), 'a store from before any recorded schemas').toBe(true);
  expect(existsSync(store)).toBe(false);

  writeFileSync(store, '{}');
  expect(dropStaleContentStore(cache, [schemas]), 'schemas unchanged: the store is reused').toBe(false);
  expect(existsSync(store)).toBe(true);

  writeFileSync(join(schemas, 'actor.ts'), 'export const name = prose();');
  expect(dropStaleContentStore(cache, [schemas]), 'a schema changed: entries of unchanged files would keep their old data').toBe(true);
  expect(existsSync(store)).toBe(false);

  writeFileSync(store, '{}');
  writeFileSync(join(schemas, 'event.ts'), 'export const title = prose();');
  expect(dropStaleContentStore(cache, [schemas]), 'a schema added').toBe(true);
  rmSync(root, { recursive: true, force: true });
});
