/** Base-aware internal links, so the site also works under a sub-path. */
import { normaliseBase } from './base';
import { LOCAL_ORIGIN } from '@/site.config';

/** The base path, `/` or e.g. `/explainer/`. */
export const BASE = normaliseBase(import.meta.env.BASE_URL);
/** The public origin from SITE_URL (via Astro's `site`); empty when the build does not know it. */
const SITE: string = import.meta.env.SITE ?? '';
/** Whether the build knows its public address (SITE_URL). */
export const KNOWS_PUBLIC_ADDRESS = SITE !== '';

/** `url('actors/x/')` → `/actors/x/` (or `/explainer/actors/x/` under a base path). */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const actorUrl = (id: string) => url(`actors/${id}/`);
export const articleUrl = (id: string) => url(`articles/${id}/`);
/** Where a citation points: the paragraph guide of the report's explainer. */
export const citeUrl = (source: string, p: number) => url(`articles/${source}/#p-${p}`);

/**
 * A page's own address as readers copy it (canonical link, "Cite this page",
 * JSON-LD): absolute on the public site when SITE_URL is set, else the
 * site-relative path, never a made-up host. `path` already includes the base.
 */
export function permalink(path: string): string {
  return SITE ? new URL(path, SITE).href : path;
}

/**
 * An address that must be absolute (sitemap, feed, og:image, og:url): on the
 * public site, or on the local preview when SITE_URL is not set.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE || LOCAL_ORIGIN).href;
}
