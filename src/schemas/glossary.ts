/** Schema of `content/glossary/*.yaml`: terms a newcomer needs. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citations, slug } from './common';
import { outsideKind, outsideNote } from './outside';

/**
 * Another way of writing the term. A plain string is a form the reports use;
 * a form they do not use is written `{ name, origin }` with its outside kind,
 * and the glossary marks it as not from the reports. Written as typed, marks included, like an
 * actor's spellings.
 */
const glossaryAlias = z
  .union([z.string().min(1), z.object({ name: z.string().min(1), origin: outsideKind })])
  .transform((a) => (typeof a === 'string' ? { name: a, origin: 'report' as const } : a));

export const glossarySchema = z.object({
  /** Stable id; becomes the `#anchor` of the term. */
  id: slug,
  /** The term as the glossary lists it. */
  term: prose(),
  /** Other ways of writing the term, for search. */
  aliases: z.array(glossaryAlias).default([]),
  /** What the term means here, in our words, as the cited paragraphs use it. */
  definition: prose(),
  /** The paragraphs the definition rests on. */
  cite: citations,
  /** A remark the reports do not make (e.g. what an abbreviation stands for), shown with its mark. */
  outside: outsideNote.optional(),
  /** Related actor profiles. */
  actors: z.array(slug).default([]),
});
export type GlossaryData = z.output<typeof glossarySchema>;
