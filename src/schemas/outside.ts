/**
 * What the site adds from outside the reports, and how it is marked.
 *
 * The rule: every statement of fact comes from the reports and cites them.
 * The only additions are names and spellings a reader might search for, and
 * the odd note on a translation, each marked where it appears as not from the
 * reports, with its kind. Its labels live in ./labels.ts; a kind without one
 * fails the type check.
 */
import { z } from 'astro/zod';
import { prose } from './prose';

/** Kinds of outside knowledge the site allows itself. */
export const outsideKind = z.enum(['transliteration', 'native-script', 'established', 'translation']);
export type OutsideKind = z.infer<typeof outsideKind>;

/** A remark the reports do not make (e.g. what a name means), shown with its mark. */
export const outsideNote = z.object({
  /** Which kind of outside knowledge the remark is. */
  kind: outsideKind,
  /** The remark, in a sentence; it may explain or identify, never report an event. */
  text: prose(),
});
export type OutsideNote = z.output<typeof outsideNote>;
