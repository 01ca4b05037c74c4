/**
 * Every value of the content's data, with the file and the field path a
 * problem must name. The collections come from their one list, so a new kind
 * of content is walked (its citations checked, its prose read by the copy
 * check) without being added here.
 */
import { collectionNames, contentKinds, type CollectionName, type ContentFormat } from '@/schemas/collections';
import type { Corpus } from './types';

/** Called for each value; return `true` to not go inside it. */
export type Visit = (value: unknown, file: string, path: string, collection: CollectionName) => boolean | void;

/**
 * Calls `visit` on every value of every entry, depth first. Paths read as in
 * the build's messages: `roles[0].cite[1]` in a file of one entry,
 * `[entry-id].cite[0]` in a file listing entries.
 */
export function walkCorpus(c: Corpus, visit: Visit): void {
  for (const name of collectionNames) {
    const kind: ContentFormat = contentKinds[name];
    const inList = kind.format === 'yaml' && kind.mode === 'list';
    const walk = (v: unknown, file: string, path: string): void => {
      if (visit(v, file, path, name)) return;
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, file, `${path}[${i}]`));
      else if (v && typeof v === 'object' && !(v instanceof Date))
        for (const [k, x] of Object.entries(v)) walk(x, file, path ? `${path}.${k}` : k);
    };
    for (const e of c[name] ?? []) walk(e.data, e.filePath, inList ? `[${e.id}]` : '');
  }
}
