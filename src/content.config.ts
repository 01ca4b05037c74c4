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
import { glossarySchema } from '@/schemas/glossary';
import { disagreementSchema } from '@/schemas/disagreement';
import { articleSchema } from '@/schemas/article';
import { pageSchema } from '@/schemas/page';

export const collections = {
  sources: defineCollection({
    loader: yamlLoader({ base: 'content/sources', mode: 'entry' }),
    schema: sourceSchema,
  }),
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '*.mdx' }),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*.mdx' }),
    schema: pageSchema,
  }),
  actors: defineCollection({
    loader: yamlLoader({ base: 'content/actors', mode: 'entry' }),
    schema: actorSchema,
  }),
  relationships: defineCollection({
    loader: yamlLoader({ base: 'content/relationships', mode: 'list' }),
    schema: relationshipSchema,
  }),
  events: defineCollection({
    loader: yamlLoader({ base: 'content/events', mode: 'list' }),
    schema: eventSchema,
  }),
  glossary: defineCollection({
    loader: yamlLoader({ base: 'content/glossary', mode: 'list' }),
    schema: glossarySchema,
  }),
  disagreements: defineCollection({
    loader: yamlLoader({ base: 'content/disagreements', mode: 'list' }),
    schema: disagreementSchema,
  }),
};
