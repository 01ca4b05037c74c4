/** Schema of `content/relationships/*.yaml`: lists of cited, directed relationships. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citations, partialDate, slug } from './common';
import { RELATIONSHIP_LABELS } from './labels';

/**
 * The closed vocabulary of relationship types, read "from <type> to", with
 * their labels (what each type means, its key-facts role and verb forms, is
 * `RELATIONSHIP_TYPES` in `./labels`).
 */
export const relationshipTypes = RELATIONSHIP_LABELS;
export type RelationshipType = keyof typeof relationshipTypes;
const relationshipType = z.enum(Object.keys(relationshipTypes) as [RelationshipType, ...RelationshipType[]]);

export const relationshipSchema = z.object({
  /** Stable id; becomes the `#anchor` of the relationship. */
  id: slug,
  /** Id of the actor who acts (the arrow's tail). */
  from: slug,
  /** What `from` does to `to`: one of the closed list of types (labels and readings in `labels.ts`). */
  type: relationshipType,
  /** Id of the actor acted on (the arrow's head). */
  to: slug,
  /** What exactly, in a short own-words phrase (e.g. "to pause attacks"). */
  detail: prose(z.string()).optional(),
  /**
   * The post or rank the reports give `from` in `to`, each in one report's
   * words with its citation ("top commander", The New Arab): key facts list
   * a person with a post among a group's leaders, attributed to that report.
   */
  as: z.array(z.object({ title: prose(), cite: citations })).optional(),
  /** When the relationship began (or, for a one-off act, the day it happened). */
  start: partialDate.optional(),
  /** When it ended, if the reports say. */
  end: partialDate.optional(),
  /** The paragraphs that state the relationship. */
  cite: citations,
});
export type RelationshipData = z.output<typeof relationshipSchema>;
