/**
 * Builds the Pagefind index once, at the end of `astro build`, over the
 * finished HTML. SVG text is excluded (diagrams carry a text list instead).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/files.ts';

/** Closing tags of elements a reader sees as separate blocks (or cells). */
const BLOCK_END =
  /<\/(address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|footer|h[1-6]|header|label|legend|li|nav|ol|p|pre|section|summary|table|td|th|tr|ul)>/gi;

/**
 * The page as Pagefind should read it: a space before each block's end tag.
 * Pagefind joins the text of some adjacent blocks with nothing between them,
 * so a list term ran into its description in result snippets
 * ("Antiwar.com 2021Spells him"). Only the indexed copy changes.
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, ' </$1>');
}

export function searchIntegration(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of listFiles(site).filter((f) => f.endsWith('.html'))) {
          const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: spaceBlocks(readFileSync(file, 'utf8')) });
          if (added.errors.length) throw new Error(`Search indexing failed for ${relative(site, file)}: ${added.errors.join('; ')}`);
          pages++;
        }
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
        logger.info(`search: indexed ${pages} pages`);
      },
    },
  };
}
