/** Schema of `content/glossary/*.yaml`: terms a newcomer needs. */
import { z } from 'astro/zod';
import { citations, slug } from './common';

export const glossarySchema = z.object({
  /** Stable id; becomes the `#anchor` of the term. */
  id: slug,
  term: z.string().min(1),
  /** Other ways of writing the term, for search. */
  aliases: z.array(z.string().min(1)).default([]),
  definition: z.string().min(1),
  cite: citations,
  /** Related actor profiles. */
  actors: z.array(slug).default([]),
});
export type GlossaryData = z.output<typeof glossarySchema>;
