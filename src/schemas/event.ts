/** Schema of `content/events/*.yaml`: dated events of the timeline. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citations, partialDate, slug } from './common';

export const eventSchema = z.object({
  /** Stable id; becomes the `#anchor` of the timeline row. */
  id: slug,
  /** When it happened; the precision follows from the form (day, month, year). */
  date: partialDate,
  /**
   * When no report states the date outright: how it is worked out, in a few
   * words starting "from" ("from the piece's date"). Shown beside the date
   * wherever the date appears: "June 2021 (inferred from the piece's date)".
   */
  inferred: prose(z.string().min(1).max(60)).optional(),
  /** For spans (e.g. a campaign of attacks): when it ended. */
  end: partialDate.optional(),
  /**
   * Id of an event this one certainly came after, where a report gives the
   * order but no exact date (a funeral after the killing). The timeline, key
   * facts and search place it after that event; the build fails when the id is
   * unknown or when this event's date ends before that event's begins.
   */
  after: slug.optional(),
  /**
   * A short name for the event, used when another event is placed `after` it
   * ("February 2024, after the strike that killed al-Saadi"): required for an
   * event that another names in `after`.
   */
  short: prose(z.string().min(1).max(60)).optional(),
  /**
   * Its line in the key-dates strip at the top of the home page and the
   * timeline: a few words ("Three US soldiers killed at Tower 22") and the
   * paragraphs that give them and the date. Leave out for events that are not
   * key dates.
   */
  key: z.object({ text: prose(z.string().min(1).max(90)), cite: citations }).optional(),
  /** Headline of the event on the timeline, in our words. */
  title: prose(),
  /** Own-words account of the event. */
  summary: prose(),
  /** Actor ids involved. */
  actors: z.array(slug).min(1, 'name at least one actor'),
  /** The paragraphs that report the event. */
  cite: citations,
  /**
   * Where reports give a different date or number for the same event: each
   * variant says what one report says, with its citation.
   */
  variants: z.array(z.object({ claim: prose(), cite: citations })).default([]),
});
export type EventData = z.output<typeof eventSchema>;
