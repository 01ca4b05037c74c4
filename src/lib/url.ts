/** Base-aware internal links, so the site also works under a sub-path. */
import { normaliseBase } from './base';

/** The base path, `/` or e.g. `/explainer/`. */
export const BASE = normaliseBase(import.meta.env.BASE_URL);

/** `url('actors/x/')` → `/actors/x/` (or `/explainer/actors/x/` under a base path). */
export function url(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

export const actorUrl = (id: string) => url(`actors/${id}/`);
export const articleUrl = (id: string) => url(`articles/${id}/`);
/** Where a citation points: the paragraph guide of the report's explainer. */
export const citeUrl = (source: string, p: number) => url(`articles/${source}/#p-${p}`);
