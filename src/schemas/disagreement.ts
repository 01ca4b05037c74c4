/** Schema of `content/disagreements/*.yaml`: points on which the reports differ. */
import { z } from 'astro/zod';
import { citations, slug } from './common';

export const disagreementSchema = z.object({
  /** Stable id; becomes the `#anchor` on the Compare page. */
  id: slug,
  topic: z.string().min(1),
  category: z.enum(['count', 'date', 'spelling', 'refusal', 'role', 'place', 'framing', 'attribution']),
  /** What each report says; at least two positions make a disagreement. */
  positions: z.array(z.object({ claim: z.string().min(1), cite: citations })).min(2, 'a disagreement needs at least two positions'),
  /** Neutral context: why it may matter. Never a verdict. */
  note: z.string().optional(),
  actors: z.array(slug).default([]),
});
export type DisagreementData = z.output<typeof disagreementSchema>;
