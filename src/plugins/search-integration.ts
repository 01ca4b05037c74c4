/**
 * Builds the Pagefind index once, at the end of `astro build`, over the
 * finished HTML. SVG text is excluded (diagrams carry a text list instead).
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function searchIntegration(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search interface; Pagefind's prebuilt UIs would only be dead weight.
        for (const unused of [
          'pagefind-ui.js',
          'pagefind-ui.css',
          'pagefind-component-ui.js',
          'pagefind-component-ui.css',
          'pagefind-modular-ui.js',
          'pagefind-modular-ui.css',
          'pagefind-highlight.js',
        ]) {
          rmSync(join(site, 'pagefind', unused), { force: true });
        }
        logger.info(`search: indexed ${added.page_count} pages`);
      },
    },
  };
}
