/**
 * Prose typed in a content file, set as the explainers' prose is: straight quotation marks and
 * apostrophes become typographic ones when the content is read, so every page, diagram, card and
 * open-data file shows the same marks as the MDX bodies (which the Markdown pipeline sets).
 */
import { z } from 'astro/zod';

/** What a quotation mark opens after: the start of the text, a space, an opening bracket, a dash or a slash, or an opening mark. */
const OPENS_AFTER = /[\s([{\u2013\u2014/\u201c\u2018-]/;

/**
 * The text with typographic quotation marks and apostrophes for straight ones, as the explainers'
 * prose is set ("Iraq's" → "Iraq’s", `"the hardline factions"` → “the hardline factions”). A mark
 * opens after the start, a space, an opening bracket, a dash, a slash or an opening mark, and closes
 * anywhere else; a single mark before a decade ("'90s") is an apostrophe. Text without straight
 * marks comes back as it is.
 */
export function typographic(text: string): string {
  if (!/['"]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== "'") {
      out += c;
      continue;
    }
    const opens = i === 0 || OPENS_AFTER.test(out.at(-1)!);
    if (c === '"') out += opens ? '\u201c' : '\u201d';
    else out += opens && !/^\d\ds\b/.test(text.slice(i + 1, i + 4)) ? '\u2018' : '\u2019';
  }
  return out;
}

/**
 * A prose field: `schema` (a string with its limits, `z.string().min(1)` by default) with its
 * straight marks set typographically. It stays a string schema (`overwrite`, not `transform`), so
 * the open data's JSON Schema still gives its type and limits. Identifiers, addresses, dates,
 * quoted headlines and spellings of a name (where a straight apostrophe is a form a reader may
 * type, listed on its own) are not prose.
 */
export const prose = (schema: z.ZodString = z.string().min(1)) => schema.overwrite(typographic);
