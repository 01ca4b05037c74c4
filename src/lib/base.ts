/**
 * The site's base path in one form, `/` or `/explainer/` (always one trailing
 * slash), whether it comes from Astro's `BASE_URL` or a `BASE_PATH` variable.
 * Plain Node, no aliases, so `.mjs` scripts can import it too.
 */
export function normaliseBase(base: string | undefined): string {
  return (base || '/').replace(/\/?$/, '/');
}
