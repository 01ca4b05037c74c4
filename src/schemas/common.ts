/**
 * Building blocks shared by every content schema: citations, partial dates,
 * "known or not stated" fields and slugs. Each one normalises its input so
 * pages never clean data.
 */
import { z } from 'astro/zod';
import { prose } from './prose';

/** A lowercase, hyphenated identifier used in URLs and cross-references. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "esmail-qaani"');

/**
 * A citation: which report, which paragraph. Paragraphs are counted as blocks
 * separated by blank lines, the headline being paragraph 1 (see the About page).
 * Written either as `{ source, p, note }` or as the shorthand string `source:p`.
 */
const citationObject = z.object({
  /** Id of the report in `content/sources/`. */
  source: slug,
  /** Paragraph number, 1 = the first block of the text. */
  p: z.number().int().min(1, 'paragraph numbers start at 1'),
  /** What exactly the paragraph supports, when it is not obvious. */
  note: prose(z.string()).optional(),
});
/**
 * Reads the shorthand `source:p` ("antiwar-2024:7"): the one parser for it,
 * used by the schemas, the cross-checks of inline `<Cite>` and the `<Cite>`
 * component. `undefined` when the text is not of that form.
 */
export function parseCitationRef(ref: string): { source: string; p: number } | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*):([1-9][0-9]*)$/.exec(ref);
  return m ? { source: m[1]!, p: Number(m[2]) } : undefined;
}

export const citation = z.union([
  z
    .string()
    .transform((s, ctx) => {
      const ref = parseCitationRef(s);
      if (!ref) {
        ctx.addIssue({ code: 'custom', message: 'expected a citation such as "antiwar-2024:7"' });
        return z.NEVER;
      }
      return ref;
    })
    .pipe(citationObject),
  citationObject,
]);
export type Citation = z.output<typeof citation>;

/** One or more citations; every claim needs at least one. */
export const citations = z.array(citation).min(1, 'needs at least one citation (source:paragraph)');

/** How precise a date is. */
const precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof precision>;

/** Month names, January first (the date helpers in src/lib/dates use these too). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Days in a month of a year (February of a leap year has 29). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date of day, month or year precision, written `2024-02-07`, `2024-02` or
 * `2024`. YAML may hand us a Date for the day form; it is turned back into text.
 * The precision is derived from the form, never typed twice.
 */
export const partialDate = z.union([z.string(), z.number(), z.date()]).transform((v, ctx) => {
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const year = Number(m?.[1]);
  const month = m?.[2] ? Number(m[2]) : undefined;
  const day = m?.[3] ? Number(m[3]) : undefined;
  const problem = !m
    ? `unparseable date "${text}": expected YYYY, YYYY-MM or YYYY-MM-DD`
    : month !== undefined && (month < 1 || month > 12)
      ? `no such date "${text}": month ${m[2]} does not exist (months run 01 to 12)`
      : day !== undefined && (day < 1 || day > daysIn(year, month!))
        ? `no such date "${text}": day ${m[3]} does not exist (${MONTH_NAMES[month! - 1]} ${year} has ${daysIn(year, month!)} days)`
        : undefined;
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  const precision: Precision = day ? 'day' : month ? 'month' : 'year';
  return { value: text, precision };
});

/**
 * A partial date that a draft may leave unwritten: `TODO: …` (the mark of
 * `src/lib/placeholder.ts`) passes here and is refused by the draft check, by
 * file and field, with every other unwritten slot. Used where `npm run
 * new-report` cannot know the date (a report's publication date without a dateline).
 */
export const draftableDate = z.union([
  z
    .string()
    .regex(/^\s*TODO:/)
    .transform((text) => ({ value: text.trim(), precision: 'year' as Precision })),
  partialDate,
]);

/** The stored form of a partial date, as published in the open data. */
export const partialDateOutput = z.object({ value: z.string(), precision });
export type PartialDate = z.output<typeof partialDate>;

/**
 * A fact about a report that may be missing from the report itself.
 * `stated`: the text says it; `inferred`: derived (from the URL, the content);
 * `unconfirmed`: a likely value we could not confirm; `not-stated`: unknown.
 */
export const knownness = z.enum(['stated', 'inferred', 'unconfirmed', 'not-stated']);

/** A text value with how we know it. `value` is absent when not stated. */
export const knownText = z
  .object({
    /** The value, when known. */
    value: z.string().min(1).optional(),
    /** How far the value is known: stated, inferred, unconfirmed or not stated. */
    status: knownness,
    /** How the value is known, in a phrase a reader can check. */
    basis: prose(),
  })
  .refine((k) => (k.status === 'not-stated') === (k.value === undefined), {
    message: 'value must be present unless status is "not-stated", and absent when it is',
  });
