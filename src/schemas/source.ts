/** Schema of `content/sources/*.yaml`: one entry per source report. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { draftableDate, knownText, knownness, partialDate } from './common';

export const sourceSchema = z.object({
  /**
   * The report's short reader-facing name, the one source of truth for how the
   * site names it: in citation markers, lists, the shared-account note and
   * running text ("Antiwar.com 2021", "IRIA 2024"). A report whose outlet or
   * author is unknown is named for that ("Unattributed 2024"); the full
   * description stays in `publisher` and `author`.
   */
  label: z.string().min(1),
  /**
   * The report's headline as published. Written in curly quotes in the YAML,
   * as a quotation of the report's title; the quotes are removed here.
   */
  headline: z
    .string()
    .min(1)
    .transform((h) => h.replace(/^[“"]|[”"]$/g, '')),
  /** Who published it, and how we know. */
  publisher: knownText,
  /** Byline, or not stated. */
  author: knownText,
  /** Publication date with its precision and how it is known. */
  published: z.object({
    /** Written `TODO: …` in a draft until someone finds it (the build refuses it then). */
    date: draftableDate,
    /** How far the date is known: stated, inferred, unconfirmed or not stated. */
    status: knownness,
    /** How the date is known, in a phrase a reader can check. */
    basis: prose(),
  }),
  /** Address of the original, and whether it is confirmed. */
  url: knownText.refine((u) => !u.value || /^https:\/\//.test(u.value), {
    message: 'must be an https:// address',
  }),
  /** What the report retells: the agency or report it is based on. */
  basedOn: z
    .array(
      z.object({
        /** The agency or report retold, e.g. "Reuters"; reports sharing a name are flagged as one account. */
        name: prose(),
        /** When that underlying report appeared, if known. */
        date: partialDate.optional(),
        /** Whether this report's own text names it (false: the link is the project's reading, explained in `note`). */
        named: z.boolean().optional(),
        /** Why the link is drawn, when the report's own text does not name what it retells. */
        note: prose(z.string()).optional(),
      }),
    )
    .min(1),
  /** File name of the plain text we cite against (paragraph numbers refer to it). */
  textFile: z.string().min(1),
  /**
   * One own-words gist per paragraph, in order; its length is the number of
   * paragraphs a citation may point at.
   */
  paragraphs: z.array(prose()).min(1),
});
export type SourceData = z.output<typeof sourceSchema>;
