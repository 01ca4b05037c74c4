/**
 * The bundler wraps every lazy `import()` in a helper that preloads the
 * chunk's own imports and stylesheets, and a page that imports lazily loads
 * that helper (0.9 KB gzip) before the reader does anything. The site's lazy
 * chunks (the search box, citation previews) load their own stylesheets
 * (src/lib/stylesheet.ts), so the helper is replaced by one that just runs the
 * import. What they import loads after them instead of beside them (today one
 * shared chunk of 0.2 KB, the stylesheet loader): slower by one request on
 * first use, never broken.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function plainLazyImports(): Plugin {
  return {
    name: 'plain-lazy-imports',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER ? id : undefined),
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
