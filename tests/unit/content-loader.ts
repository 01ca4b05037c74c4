/**
 * Reads the real content/ folder with the site's own schemas, outside Astro, so
 * unit tests can check the whole corpus. YAML goes through the build loader's
 * own reading and checks (`readYamlEntries`); a schema failure names the file,
 * the entry and the field, as the build does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, fieldPath, readYamlEntries, type YamlMode } from '@/plugins/yaml-loader';
import { collectionNames, contentKinds } from '@/schemas/collections';
import type { Corpus, Entry } from '@/data/types';

/** Applies a schema, failing like the build: file, entry and field named. */
function check<S extends z.ZodType>(schema: S, file: string, id: string, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => `${fieldPath(i.path) || '(entry)'}: ${i.message}`).join('; ');
  throw new ContentError(`${file}: [${id}] ${issues}`);
}

function entries<S extends z.ZodType>(root: string, dir: string, schema: S, mode: YamlMode): Entry<z.output<S>>[] {
  return readYamlEntries(root, join(root, 'content', dir), mode).map((e) => ({
    id: e.id,
    filePath: e.file,
    data: check(schema, e.file, e.id, e.data),
  }));
}

function mdx<S extends z.ZodType>(root: string, dir: string, schema: S): Entry<z.output<S>>[] {
  return readdirSync(join(root, 'content', dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = `content/${dir}/${f}`;
      const text = readFileSync(join(root, file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const id = f.replace(/\.mdx$/, '');
      return { id, filePath: file, data: check(schema, file, id, parse(front)), body };
    });
}

/** The whole corpus as the site sees it, read from `root` (the project by default). */
export function loadCorpus(root = process.cwd()): Corpus {
  const corpus: Record<string, Entry<unknown>[]> = {};
  for (const name of collectionNames) {
    const kind = contentKinds[name];
    corpus[name] = kind.format === 'mdx' ? mdx(root, name, kind.schema) : entries(root, name, kind.schema, kind.mode);
  }
  return corpus as Corpus;
}
