/** Schema of `content/actors/*.yaml`: one entry per person, organization or state. */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citation, citations, partialDate, slug } from './common';
import { outsideKind, outsideNote } from './outside';

/** What kind of actor this is; drives node shapes, filters and JSON-LD type. */
const actorKind = z.enum(['person', 'armed-group', 'organization', 'government-body', 'military-unit', 'state', 'coalition', 'media']);
export type ActorKind = z.infer<typeof actorKind>;

/** Which side of the story an actor stands on; groups the network diagram. */
const actorSide = z.enum(['iran', 'iraqi-factions', 'iraqi-state', 'us-coalition', 'other']);
export type ActorSide = z.infer<typeof actorSide>;

/**
 * One spelling of the actor's name. `origin` says where it comes from:
 * `report` (a report uses it: cite where) or one of the outside kinds of
 * `./outside` (`transliteration`, `native-script`, `established`,
 * `translation`), which the profile marks as not from the reports.
 */
export const alias = z
  .object({
    /** The spelling as written, marks included: a straight apostrophe is a spelling of its own (what a reader types). */
    name: z.string().min(1),
    /** Where the spelling comes from: `report` (a report uses it) or an outside kind (see above). */
    origin: z.enum(['report', ...outsideKind.options]),
    /** Where the reports use this spelling; required when origin is `report`, absent otherwise. */
    cite: z.array(citation).optional(),
    /** BCP 47 language of the spelling when it is not English, e.g. "ar", "fa". */
    lang: z.string().optional(),
    /** Publish `/actors/<alias-slug>/` as a redirect to the profile. */
    redirect: z.boolean().default(false),
    /** About the spelling itself (where or how a report prints it). */
    note: prose(z.string()).optional(),
    /** When tying a report's wording to this actor rests on outside knowledge (e.g. a translation), say so. */
    outside: outsideNote.optional(),
  })
  .refine((a) => a.origin !== 'report' || (a.cite && a.cite.length > 0), {
    message: 'an alias with origin "report" needs cite: the report and paragraph that use it',
    path: ['cite'],
  })
  .refine((a) => a.origin === 'report' || !a.cite, {
    message: 'an alias not from the reports cannot cite them: use origin "report", or drop cite',
    path: ['cite'],
  });

/** A cited statement in a profile. */
const claim = z.object({ text: prose(), cite: citations });

export const actorSchema = z.object({
  /** Canonical display name. */
  name: prose(),
  /**
   * The article the name takes inside a sentence ("the ties of the United States"); headings,
   * lists and diagrams show the name alone. Omit for names that take none (Iran, Esmail Qaani).
   */
  article: z.literal('the').optional(),
  /** When this profile last changed; used in "cite this page". */
  updated: partialDate,
  /** Where the reports use the canonical name exactly as written. */
  nameCite: z.array(citation).default([]),
  /** When the canonical name is not the reports' form (e.g. a fuller established name), its kind; shown with a mark. */
  nameOrigin: outsideKind.optional(),
  /** What the actor is (person, armed group, state, institution, news outlet, …); labels in `labels.ts`. Decides the profile's kind line and its node shape in diagrams. */
  kind: actorKind,
  /** Which side of the story the actor is on (Iran, Iraqi factions, Iraqi state, US and coalition, other); groups the network pages and sets its diagram nodes' colour and border pattern. */
  side: actorSide,
  /** True for people the reports quote without naming. */
  anonymous: z.boolean().default(false),
  /** One line for lists and meta descriptions. */
  short: prose(z.string().min(1).max(200)),
  /** Where the reports support the one line: it is the profile's lede, so it is cited like every other claim (the build fails without). */
  shortCite: z.array(citation).min(1, 'cite the report paragraphs the one-line summary rests on'),
  /** Who they are: cited statements, one paragraph. */
  about: z.array(claim).min(1, 'needs at least one cited statement'),
  /** Their part in this story: cited statements. */
  part: z.array(claim).default([]),
  /** Every other spelling a reader might type. */
  aliases: z.array(alias).default([]),
  /** Positions held, with time spans where the reports give them. */
  roles: z
    .array(
      z.object({
        /** The post, in the reports' words. */
        title: prose(),
        /** When the post began, at the precision the reports give. */
        start: partialDate.optional(),
        /** When it ended, if the reports say. */
        end: partialDate.optional(),
        /** The paragraphs that give the post and its dates. */
        cite: citations,
      }),
    )
    .default([]),
  /** What each report says about them, keyed by source id. */
  coverage: z
    .array(
      z.object({
        /** Id of the report (a file in `content/sources/`). */
        source: slug,
        /** What that report says of the actor, in our words. */
        text: prose(),
        /** The paragraphs it says it in. */
        cite: citations,
        /** False when the report refers to the actor without naming it (e.g. "a senior commander"). */
        named: z.boolean().default(true),
      }),
    )
    .default([]),
});
export type ActorData = z.output<typeof actorSchema>;
