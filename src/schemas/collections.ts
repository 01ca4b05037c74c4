/**
 * The kinds of content, listed once: each collection's folder under `content/`
 * (the same name), its schema and how its files are read. The Astro
 * collections (`src/content.config.ts`), the corpus the site checks and derives
 * from (`Corpus` in `src/data/types.ts`, loaded by `src/data/corpus.ts`) and the
 * tests' reader of `content/` (`tests/unit/content-loader.ts`) are all made
 * from this list, so a new kind of content is one line here.
 */
import type { z } from 'astro/zod';
import { actorSchema } from './actor';
import { articleSchema } from './article';
import { disagreementSchema } from './disagreement';
import { eraSchema } from './era';
import { eventSchema } from './event';
import { glossarySchema } from './glossary';
import { pageSchema } from './page';
import { relationshipSchema } from './relationship';
import { sourceSchema } from './source';

/** How a collection's files are read. */
export type ContentFormat =
  /** YAML: one entry per file (`entry`, its id the file name) or a list of entries with `id`s (`list`). */
  | { format: 'yaml'; mode: 'entry' | 'list' }
  /** MDX, one entry per `*.mdx` file: front matter checked by the schema, the body rendered. */
  | { format: 'mdx' };

/** Every collection, in the order the corpus lists them. */
export const contentKinds = {
  sources: { schema: sourceSchema, format: 'yaml', mode: 'entry' },
  articles: { schema: articleSchema, format: 'mdx' },
  pages: { schema: pageSchema, format: 'mdx' },
  actors: { schema: actorSchema, format: 'yaml', mode: 'entry' },
  relationships: { schema: relationshipSchema, format: 'yaml', mode: 'list' },
  events: { schema: eventSchema, format: 'yaml', mode: 'list' },
  eras: { schema: eraSchema, format: 'yaml', mode: 'list' },
  glossary: { schema: glossarySchema, format: 'yaml', mode: 'list' },
  disagreements: { schema: disagreementSchema, format: 'yaml', mode: 'list' },
} as const satisfies Record<string, { schema: z.ZodType } & ContentFormat>;

/** A collection's name, which is also its folder under `content/`. */
export type CollectionName = keyof typeof contentKinds;

/** The collections' names, in the corpus order. */
export const collectionNames = Object.keys(contentKinds) as CollectionName[];

/** The validated data of one entry of collection `K`. */
export type CollectionData<K extends CollectionName> = z.output<(typeof contentKinds)[K]['schema']>;
