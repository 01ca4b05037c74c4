/** Schema of `content/pages/*.mdx`: long-form pages (the home story, About and method). */
import { z } from 'astro/zod';
import { prose } from './prose';
import { partialDate } from './common';

export const pageSchema = z.object({
  /** Page title (the `<h1>` and the browser tab). */
  title: prose(),
  /** Meta description. */
  description: prose(z.string().min(50).max(220)),
  /** When the text last changed. */
  updated: partialDate,
});
