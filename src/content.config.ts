/**
 * The content model. Facts live only in `content/`; these collections load and
 * validate them one entry at a time. Cross-entry checks (unknown ids, paragraph
 * ranges, duplicate aliases) run in `src/data/validate.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlLoader } from '@/plugins/yaml-loader';
import { sourceSchema } from '@/schemas/source';
import { actorSchema } from '@/schemas/actor';
import { relationshipSchema } from '@/schemas/relationship';
import { eventSchema } from '@/schemas/event';
import { eraSchema } from '@/schemas/era';
import { glossarySchema } from '@/schemas/glossary';
import { disagreementSchema } from '@/schemas/disagreement';
import { articleSchema } from '@/schemas/article';
import { pageSchema } from '@/schemas/page';

/** Where content lives; a test or a preview of other content can point elsewhere. */
const CONTENT = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

export const collections = {
  sources: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/sources`, mode: 'entry' }),
    schema: sourceSchema,
  }),
  articles: defineCollection({
    loader: glob({ base: `${CONTENT}/articles`, pattern: '*.mdx' }),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: `${CONTENT}/pages`, pattern: '*.mdx' }),
    schema: pageSchema,
  }),
  actors: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/actors`, mode: 'entry' }),
    schema: actorSchema,
  }),
  relationships: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/relationships`, mode: 'list' }),
    schema: relationshipSchema,
  }),
  events: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/events`, mode: 'list' }),
    schema: eventSchema,
  }),
  eras: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/eras`, mode: 'list' }),
    schema: eraSchema,
  }),
  glossary: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/glossary`, mode: 'list' }),
    schema: glossarySchema,
  }),
  disagreements: defineCollection({
    loader: yamlLoader({ base: `${CONTENT}/disagreements`, mode: 'list' }),
    schema: disagreementSchema,
  }),
};
