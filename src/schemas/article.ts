/**
 * Schema of the frontmatter of `content/articles/*.mdx`: one explainer per
 * report, written story first. The page reads, in order: the headline and the
 * standfirst; "What happened" (the takeaways, from here); then the MDX body
 * ("Why it matters", and the detail a student needs: what only this report
 * says, how it frames events, its sources); then who's who. Each fact is told
 * once; the paragraph guide is the one place the report is retold in order.
 */
import { z } from 'astro/zod';
import { prose } from './prose';
import { citation, citations, partialDate, slug } from './common';

/** The headings the MDX body must have, in this order (the build fails naming the one missing). */
export const ARTICLE_SECTIONS = ['Why it matters', 'What only this report says', 'How it frames events', 'Its sources'] as const;

/** A cited statement. */
const point = z.object({ text: prose(), cite: citations });

export const articleSchema = z.object({
  /** Our own headline for the explainer: what the report says happened, not the outlet's wording. */
  title: prose(),
  /** Id of the report this explainer explains. */
  source: slug,
  /** The standfirst under the headline, one sentence; also the meta description and list teaser. */
  description: prose(z.string().min(50).max(220)).refine((d) => !/[.!?]["”’]?\s+["“]?[A-Z]/.test(d), {
    message: 'the standfirst must be one sentence',
  }),
  /** Where the reports support the standfirst: it is a claim like any other, so the build fails without a citation. */
  descriptionCite: z.array(citation).min(1, 'cite the report paragraphs the standfirst rests on'),
  /** When this explainer last changed; shown and used in "cite this page". */
  updated: partialDate,
  /** "What happened": 4 or 5 short cited takeaways a reader can stop after. */
  happened: z.array(point).min(4, 'needs 4 or 5 takeaways under "What happened"').max(5, 'needs 4 or 5 takeaways under "What happened"'),
  /** Who's who: the report's main actors (at most 8) and who each is in it; no events retold here. */
  whoswho: z
    .array(z.object({ actor: slug, role: prose(), cite: citations }))
    .min(1)
    .max(8, 'who’s who lists the main actors only (at most 8); put the rest under alsoNamed'),
  /** Everyone else the report names, shown as one "Also named" line of links. */
  alsoNamed: z.array(slug).default([]),
  /**
   * Names the report gives only in passing (in a photo caption or an image credit): listed in the
   * "Also named" line and the A–Z, with no profile of their own.
   */
  inPassing: z
    .array(
      z.object({
        /** The name as the report gives it, marks included. */
        name: z.string().min(1),
        /** Where and how the report names it, in a few words ("the pilots' battalion, in the photo caption"). */
        note: prose(),
        /** The paragraphs that give the name. */
        cite: citations,
        /** Addresses under /actors/ this name had as a profile; each redirects to the mention. */
        formerly: z.array(slug).default([]),
      }),
    )
    .default([]),
});
export type ArticleData = z.output<typeof articleSchema>;
