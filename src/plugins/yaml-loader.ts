/**
 * A content loader for YAML data that fails loudly. Astro's own `file()` loader
 * logs and carries on when a file does not parse; here a broken file, a
 * missing id or a duplicate id stops the build and names the file and field.
 *
 * `mode: 'entry'`  — each file is one entry, id = file name (or its `slug`).
 * `mode: 'list'`   — each file holds a list of entries, each with an `id`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export class ContentError extends Error {
  override name = 'ContentError';
}

interface Options {
  /** Folder relative to the project root, e.g. `content/actors`. */
  base: string;
  mode: 'entry' | 'list';
}

/** Reads every `.yaml` file of a folder into a collection. */
export function yamlLoader({ base, mode }: Options): Loader {
  return {
    name: 'yaml-loader',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
      const seen = new Map<string, string>();
      store.clear();
      for (const name of names) {
        const abs = join(dir, name);
        const file = relative(root, abs);
        watcher?.add(abs);
        let doc: unknown;
        try {
          doc = parse(await readFile(abs, 'utf8'));
        } catch (e) {
          throw new ContentError(`${file}: not valid YAML: ${(e as Error).message}`);
        }
        const items: unknown[] = mode === 'list' ? (doc as unknown[]) : [doc];
        if (!Array.isArray(items)) throw new ContentError(`${file}: expected a list of entries`);
        for (const [i, raw] of items.entries()) {
          if (!raw || typeof raw !== 'object') {
            throw new ContentError(`${file}: entry ${i + 1} is empty or not a mapping`);
          }
          const data = raw as Record<string, unknown>;
          const id = String(mode === 'list' ? (data.id ?? '') : (data.slug ?? name.replace(/\.ya?ml$/, '')));
          if (!id) throw new ContentError(`${file}: entry ${i + 1}: field "id" is missing`);
          const field = mode === 'list' ? 'id' : 'slug';
          const first = seen.get(id);
          if (first) {
            throw new ContentError(`${file}: field "${field}": duplicate slug "${id}", already used in ${first}`);
          }
          seen.set(id, file);
          const parsed = await parseData({ id, data, filePath: abs });
          store.set({ id, data: parsed, filePath: file });
        }
      }
    },
  };
}
