/** Schema of `content/disagreements/*.yaml`: points on which the reports differ. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citations, slug } from './common';
import { outsideNote } from './outside';

/**
 * How the reports differ. `contradiction`: they cannot all be right.
 * `detail`: they differ in precision, naming or emphasis, and all may be right.
 */
const disagreementKind = z.enum(['contradiction', 'detail']);
export type DisagreementKind = z.infer<typeof disagreementKind>;

/** Which aspect the reports differ on; groups the Compare page within each kind. */
const disagreementCategory = z.enum(['count', 'date', 'spelling', 'refusal', 'role', 'place', 'framing', 'attribution']);
export type DisagreementCategory = z.infer<typeof disagreementCategory>;

export const disagreementSchema = z.object({
  /** Stable id; becomes the `#anchor` on the Compare page. */
  id: slug,
  /** What the reports differ on, as a short heading on the Compare page. */
  topic: prose(),
  /** Required: whether the reports contradict each other or differ in detail. */
  kind: disagreementKind,
  /** What kind of fact differs (a count, a date, a spelling, …); groups the Compare page. */
  category: disagreementCategory,
  /** What each report says; at least two positions make a disagreement. */
  positions: z.array(z.object({ claim: prose(), cite: citations })).min(2, 'a disagreement needs at least two positions'),
  /** Neutral context: why it may matter. Never a verdict. */
  note: prose(z.string()).optional(),
  /** Paragraphs the note refers to, shown as citations after it (never as raw ids in the text). */
  noteCite: citations.optional(),
  /** A remark the reports do not make (e.g. what a name means), shown with its mark. */
  outside: outsideNote.optional(),
  /** Actor ids the disagreement is about; it is listed on their profiles. */
  actors: z.array(slug).default([]),
});
export type DisagreementData = z.output<typeof disagreementSchema>;
