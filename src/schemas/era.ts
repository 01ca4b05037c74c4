/** Schema of `content/eras/*.yaml`: the periods the timeline groups its events into. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citations, partialDate, slug } from './common';

export const eraSchema = z.object({
  /** Stable id; becomes the `#era-<id>` anchor of the period's heading. */
  id: slug,
  /** Heading on the timeline, e.g. "2021: calm urged, attacks go on". */
  title: prose(),
  /**
   * The last day (or month, or year) of the period; an event belongs to the
   * first era whose `until` is not before the last day its date can mean.
   * Omit on the last era only: it runs on to the newest event.
   */
  until: partialDate.optional(),
  /**
   * The reports behind what the title says. Omit only where the title is
   * plainly a grouping of the dated events under it (the page then says so).
   */
  cite: citations.optional(),
});
export type EraData = z.output<typeof eraSchema>;
