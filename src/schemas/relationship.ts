/** Schema of `content/relationships/*.yaml`: lists of cited, directed relationships. */
import { z } from 'astro/zod';
import { citations, partialDate, slug } from './common';

/**
 * The closed vocabulary of relationship types, read "from <type> to".
 * Each has a label for diagrams and prose.
 */
export const relationshipTypes = {
  commands: 'commands',
  leads: 'leads',
  'member-of': 'member of',
  'part-of': 'part of',
  backs: 'backs',
  succeeded: 'succeeded',
  attacked: 'attacked',
  struck: 'struck',
  killed: 'killed',
  'met-with': 'met with',
  requested: 'asked',
  refused: 'refused',
  'complied-with': 'complied with',
  'negotiated-with': 'negotiated with',
  opposed: 'opposed',
  blamed: 'blamed',
  condemned: 'condemned',
  'allied-with': 'allied with',
  'reported-on': 'reported on',
  'spoke-to': 'spoke to',
} as const;
export type RelationshipType = keyof typeof relationshipTypes;
export const relationshipType = z.enum(Object.keys(relationshipTypes) as [RelationshipType, ...RelationshipType[]]);

export const relationshipSchema = z.object({
  /** Stable id; becomes the `#anchor` of the relationship. */
  id: slug,
  from: slug,
  type: relationshipType,
  to: slug,
  /** What exactly, in a short own-words phrase (e.g. "to pause attacks"). */
  detail: z.string().optional(),
  start: partialDate.optional(),
  end: partialDate.optional(),
  cite: citations,
});
export type RelationshipData = z.output<typeof relationshipSchema>;
