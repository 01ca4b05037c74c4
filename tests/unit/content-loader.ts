/**
 * Reads the real content/ folder with the site's own schemas, outside Astro, so
 * unit tests can check the whole corpus. Mirrors the collection loaders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { sourceSchema } from '@/schemas/source';
import { actorSchema } from '@/schemas/actor';
import { relationshipSchema } from '@/schemas/relationship';
import { eventSchema } from '@/schemas/event';
import { glossarySchema } from '@/schemas/glossary';
import { disagreementSchema } from '@/schemas/disagreement';
import { articleSchema } from '@/schemas/article';
import { pageSchema } from '@/schemas/page';
import type { Corpus, Entry } from '@/data/types';

const ROOT = join(process.cwd(), 'content');

function files(root: string, dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => ext.test(f))
    .sort();
}

function entries<S extends z.ZodType>(root: string, dir: string, schema: S, mode: 'entry' | 'list'): Entry<z.output<S>>[] {
  return files(root, dir, /\.ya?ml$/).flatMap((f) => {
    const doc = parse(readFileSync(join(root, dir, f), 'utf8'));
    const items = mode === 'list' ? (doc as Record<string, unknown>[]) : [doc as Record<string, unknown>];
    return items.map((raw) => ({
      id: mode === 'list' ? String(raw.id) : f.replace(/\.ya?ml$/, ''),
      filePath: `content/${dir}/${f}`,
      data: schema.parse(raw),
    }));
  });
}

function mdx<S extends z.ZodType>(root: string, dir: string, schema: S): Entry<z.output<S>>[] {
  return files(root, dir, /\.mdx$/).map((f) => {
    const text = readFileSync(join(root, dir, f), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { id: f.replace(/\.mdx$/, ''), filePath: `content/${dir}/${f}`, data: schema.parse(parse(front)), body };
  });
}

/** The whole corpus as the site sees it; `root` is another copy of content/ (file paths still read `content/…`). */
export function loadCorpus(root = ROOT): Corpus {
  return {
    sources: entries(root, 'sources', sourceSchema, 'entry'),
    articles: mdx(root, 'articles', articleSchema),
    pages: mdx(root, 'pages', pageSchema),
    actors: entries(root, 'actors', actorSchema, 'entry'),
    relationships: entries(root, 'relationships', relationshipSchema, 'list'),
    events: entries(root, 'events', eventSchema, 'list'),
    glossary: entries(root, 'glossary', glossarySchema, 'list'),
    disagreements: entries(root, 'disagreements', disagreementSchema, 'list'),
  };
}
