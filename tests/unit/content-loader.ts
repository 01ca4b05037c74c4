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
import { eraSchema } from '@/schemas/era';
import { glossarySchema } from '@/schemas/glossary';
import { disagreementSchema } from '@/schemas/disagreement';
import { articleSchema } from '@/schemas/article';
import { pageSchema } from '@/schemas/page';
import type { Corpus, Entry } from '@/data/types';

const ROOT = join(process.cwd(), 'content');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => ext.test(f))
    .sort();
}

function entries<S extends z.ZodType>(dir: string, schema: S, mode: 'entry' | 'list'): Entry<z.output<S>>[] {
  return files(dir, /\.ya?ml$/).flatMap((f) => {
    const doc = parse(readFileSync(join(ROOT, dir, f), 'utf8'));
    const items = mode === 'list' ? (doc as Record<string, unknown>[]) : [doc as Record<string, unknown>];
    return items.map((raw) => ({
      id: mode === 'list' ? String(raw.id) : f.replace(/\.ya?ml$/, ''),
      filePath: `content/${dir}/${f}`,
      data: schema.parse(raw),
    }));
  });
}

function mdx<S extends z.ZodType>(dir: string, schema: S): Entry<z.output<S>>[] {
  return files(dir, /\.mdx$/).map((f) => {
    const text = readFileSync(join(ROOT, dir, f), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { id: f.replace(/\.mdx$/, ''), filePath: `content/${dir}/${f}`, data: schema.parse(parse(front)), body };
  });
}

/** The whole corpus as the site sees it. */
export function loadCorpus(): Corpus {
  return {
    sources: entries('sources', sourceSchema, 'entry'),
    articles: mdx('articles', articleSchema),
    pages: mdx('pages', pageSchema),
    actors: entries('actors', actorSchema, 'entry'),
    relationships: entries('relationships', relationshipSchema, 'list'),
    events: entries('events', eventSchema, 'list'),
    eras: entries('eras', eraSchema, 'list'),
    glossary: entries('glossary', glossarySchema, 'list'),
    disagreements: entries('disagreements', disagreementSchema, 'list'),
  };
}
