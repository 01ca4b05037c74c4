import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { fieldPath, withFieldPaths, yamlLoader } from '@/plugins/yaml-loader';

/** Runs the loader over a temporary folder with a minimal fake of Astro's loader context. */
async function load(files: Record<string, string>, mode: 'entry' | 'list') {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(root, 'content/things'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/things', name), text);
  const stored: string[] = [];
  const schema = z.object({ id: z.string().optional(), name: z.string() });
  await yamlLoader({ base: 'content/things', mode }).load({
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear() {}, set: ({ id }: { id: string }) => stored.push(id) },
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
    watcher: undefined,
  } as never);
  return stored;
}

describe('the YAML loader', () => {
  test('loads one entry per file, id from the file name', async () => {
    expect(await load({ 'a.yaml': 'name: A\n', 'b.yaml': 'name: B\n' }, 'entry')).toEqual(['a', 'b']);
  });
  test('a duplicate slug fails naming both files and the field', async () => {
    await expect(load({ 'a.yaml': 'name: A\n', 'b.yaml': 'slug: a\nname: B\n' }, 'entry')).rejects.toThrow(
      'content/things/b.yaml: field "slug": duplicate slug "a", already used in content/things/a.yaml',
    );
  });
  test('a duplicate id inside list files fails', async () => {
    await expect(load({ 'one.yaml': '- id: x\n  name: A\n', 'two.yaml': '- id: x\n  name: B\n' }, 'list')).rejects.toThrow(
      'content/things/two.yaml: field "id": duplicate slug "x", already used in content/things/one.yaml',
    );
  });
  test('a file that is not YAML fails naming the file', async () => {
    await expect(load({ 'bad.yaml': 'name: [unclosed\n' }, 'entry')).rejects.toThrow(/^content\/things\/bad\.yaml: not valid YAML/);
  });
  test('a schema error names a source’s paragraph as citations count it, from 1', async () => {
    const astroMessage =
      '**sources → x** data does not match collection schema.\n\n  **paragraphs.5**: Too small\n  **basedOn.0.name**: Required\n';
    expect(withFieldPaths(astroMessage)).toBe(
      '**sources → x** data does not match collection schema.\n\n  **paragraphs[6]**: Too small\n  **basedOn[0].name**: Required\n',
    );
    expect(fieldPath(['paragraphs', 0])).toBe('paragraphs[1]');
    expect(fieldPath(['roles', 0, 'cite', 1, 'p'])).toBe('roles[0].cite[1].p');
  });
});
