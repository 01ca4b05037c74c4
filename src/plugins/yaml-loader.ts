/**
 * A content loader for YAML data that fails loudly. Astro's own `file()` loader
 * logs and carries on when a file does not parse; here a broken file, a
 * missing id or a duplicate id stops the build and names the file and field.
 *
 * `mode: 'entry'`  — each file is one entry, id = file name (or its `slug`).
 * `mode: 'list'`   — each file holds a list of entries, each with an `id`.
 *
 * The reading and checking is a pure part (`readYamlEntries`) that the unit
 * tests share, so they load the real content with exactly the build's checks.
 * In `astro dev` the folder is watched: a change, a new file or a deleted file
 * reloads the whole collection with the same checks. A broken save replaces
 * the collection with one marker entry carrying the message, which
 * `src/data/corpus.ts` throws when a page is requested, so the error shows in
 * the dev overlay; the next good save replaces the marker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * A schema issue's path as messages write fields: `roles[0].cite[1]`. A
 * source's `paragraphs[N]` is paragraph N of the text, counted from 1 as
 * citations count it, not the list index from 0.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => {
      if (typeof k === 'number' || /^\d+$/.test(String(k))) return `[${Number(k) + (path[i - 1] === 'paragraphs' ? 1 : 0)}]`;
      return `${i ? '.' : ''}${String(k)}`;
    })
    .join('');
}

/** A schema error as Astro words it (`**paragraphs.5**: …`), with each field written as `fieldPath` writes it. */
export function withFieldPaths(message: string): string {
  return message.replace(/\*\*([\w.-]+)\*\*(?=:)/g, (_, path: string) => `**${fieldPath(path.split('.'))}**`);
}

/** Id of the entry that stands in for a collection whose files do not load (dev only). */
export const LOAD_ERROR_ID = '__content-load-error__';

export type YamlMode = 'entry' | 'list';

interface Options {
  /** Folder relative to the project root, e.g. `content/actors`. */
  base: string;
  mode: YamlMode;
}

/** One entry as read from a file, before its schema is applied. */
export interface RawEntry {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
}

/**
 * Reads every `.yaml` file of `dir` (sorted by name) into raw entries. Throws a
 * `ContentError` naming the file (and field) for a file that does not parse,
 * an entry that is not a mapping, a missing id or an id used twice.
 */
export function readYamlEntries(root: string, dir: string, mode: YamlMode): RawEntry[] {
  const names = readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const seen = new Map<string, string>();
  const out: RawEntry[] = [];
  for (const name of names) {
    const file = relative(root, join(dir, name));
    let doc: unknown;
    try {
      doc = parse(readFileSync(join(dir, name), 'utf8'));
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
      out.push({ id, file, data });
    }
  }
  return out;
}

/** Reads every `.yaml` file of a folder into a collection. */
export function yamlLoader({ base, mode }: Options): Loader {
  return {
    name: 'yaml-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const sync = async () => {
        const parsed = [];
        for (const e of readYamlEntries(root, dir, mode)) {
          let data;
          try {
            data = await parseData({ id: e.id, data: e.data, filePath: join(root, e.file) });
          } catch (err) {
            // Astro names the collection and entry; the contributor needs the file.
            throw new ContentError(`${e.file}: ${withFieldPaths((err as Error).message)}`);
          }
          parsed.push({ id: e.id, data, filePath: e.file });
        }
        store.clear();
        for (const entry of parsed) store.set(entry);
      };
      if (!watcher) return sync();
      // Dev: a broken file must not stop the server, and must not go unnoticed.
      const reload = async (why: string) => {
        try {
          await sync();
          if (why) logger.info(`reloaded ${base} (${why})`);
        } catch (e) {
          const message = (e as Error).message;
          logger.error(message);
          store.clear();
          store.set({ id: LOAD_ERROR_ID, data: { message } });
        }
      };
      await reload('');
      watcher.add(dir);
      // One reload at a time, and one more after the last event: an editor's save arrives as two
      // events (the file emptied, then written), and two reloads at once could finish in the wrong
      // order and leave the half-written file's error showing after the good save.
      let running: Promise<void> | undefined;
      let again: string | undefined;
      const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
      const schedule = (why: string) => {
        again = why;
        running ??= (async () => {
          while (again !== undefined) {
            const reason: string = again;
            again = undefined;
            await settle();
            await reload(reason);
          }
          running = undefined;
        })();
      };
      const onFile = (path: string) => {
        if (path.startsWith(dir) && /\.ya?ml$/.test(path)) schedule(relative(root, path));
      };
      watcher.on('change', onFile);
      watcher.on('add', onFile);
      watcher.on('unlink', onFile);
    },
  };
}
