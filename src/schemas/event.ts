/** Schema of `content/events/*.yaml`: dated events of the timeline. */
import { z } from 'astro/zod';
import { citations, partialDate, slug } from './common';

export const eventSchema = z.object({
  /** Stable id; becomes the `#anchor` of the timeline row. */
  id: slug,
  /** When it happened; the precision follows from the form (day, month, year). */
  date: partialDate,
  /** For spans (e.g. a campaign of attacks): when it ended. */
  end: partialDate.optional(),
  title: z.string().min(1),
  /** Own-words account of the event. */
  summary: z.string().min(1),
  /** Actor ids involved. */
  actors: z.array(slug).min(1, 'name at least one actor'),
  cite: citations,
  /**
   * Where reports give a different date or number for the same event: each
   * variant says what one report says, with its citation.
   */
  variants: z.array(z.object({ claim: z.string().min(1), cite: citations })).default([]),
});
export type EventData = z.output<typeof eventSchema>;
