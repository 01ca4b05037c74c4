/**
 * The content model. Facts live only in `content/`; these collections load and
 * validate them one entry at a time. Cross-entry checks (unknown ids, paragraph
 * ranges, duplicate aliases) run in `src/data/validate.ts`. The collections
 * themselves are listed once, in `src/schemas/collections.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlLoader } from '@/plugins/yaml-loader';
import { collectionNames, contentKinds, type CollectionName } from '@/schemas/collections';

/** Where content lives; a test or a preview of other content can point elsewhere. */
const CONTENT = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

function collection(name: CollectionName) {
  const kind = contentKinds[name];
  const base = `${CONTENT}/${name}`;
  return defineCollection({
    loader: kind.format === 'mdx' ? glob({ base, pattern: '*.mdx' }) : yamlLoader({ base, mode: kind.mode }),
    schema: kind.schema,
  });
}

/** One Astro collection per kind of content, each typed by its own schema. */
export const collections = Object.fromEntries(collectionNames.map((name) => [name, collection(name)])) as {
  [K in CollectionName]: Omit<ReturnType<typeof collection>, 'schema'> & { schema: (typeof contentKinds)[K]['schema'] };
};
