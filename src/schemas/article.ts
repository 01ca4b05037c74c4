/** Schema of the frontmatter of `content/articles/*.mdx`: one explainer per report. */
import { z } from 'astro/zod';
import { citations, partialDate, slug } from './common';

export const articleSchema = z.object({
  /** Our own title for the explainer. */
  title: z.string().min(1),
  /** Id of the report this explainer explains. */
  source: slug,
  /** Meta description and list teaser. */
  description: z.string().min(50).max(220),
  /** When this explainer last changed; shown and used in "cite this page". */
  updated: partialDate,
  /** 5 to 10 cited key points. */
  keyPoints: z
    .array(z.object({ text: z.string().min(1), cite: citations }))
    .min(5, 'needs 5 to 10 key points')
    .max(10, 'needs 5 to 10 key points'),
  /** Who's who: the actors this report names and the role it gives them. */
  whoswho: z.array(z.object({ actor: slug, role: z.string().min(1), cite: citations })).min(1),
});
export type ArticleData = z.output<typeof articleSchema>;
