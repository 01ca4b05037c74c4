/** Discovers every built page from `dist/`, so the every-page suite grows with the site. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../src/lib/files';

/** The built site under test; SITE_DIR points elsewhere (e.g. a sub-path build). */
export const DIST = join(process.cwd(), process.env.SITE_DIR ?? 'dist');

const walk = (dir: string) => listFiles(dir, (name) => name === 'pagefind' || name === '_astro').filter((f) => f.endsWith('.html'));

/** Site-relative paths of every HTML page, e.g. "actors/esmail-qaani/". */
export function builtPages(): string[] {
  return walk(DIST)
    .map((f) => relative(DIST, f).replace(/index\.html$/, ''))
    .sort();
}

/**
 * The HTML of a built page, by site-relative path, without the attributes Astro adds to scope a
 * component's styles (`data-astro-cid-…`): checks read the markup a component wrote.
 */
export function pageHtml(page: string): string {
  return readFileSync(join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8').replace(/ data-astro-cid-[a-z0-9]+/g, '');
}

/** Pages that are redirects (a meta refresh), which have no content of their own. */
export function isRedirect(page: string): boolean {
  return /<meta http-equiv="refresh"/i.test(pageHtml(page));
}

/** Every id on every page, keyed by site-relative path. */
export function idsByPage(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const page of builtPages()) {
    const html = pageHtml(page);
    map.set(page, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return map;
}
