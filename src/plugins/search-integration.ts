/**
 * Builds the Pagefind index once, at the end of `astro build`, over the
 * finished HTML. SVG text is excluded (diagrams carry a text list instead).
 * Work on the pages that leaves their text alone (`whileIndexing`: pruning
 * their styles) runs while Pagefind parses them, on the other core.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/** Pagefind's options: part of the cache key with its version and the pages. */
/** Citation markers (`.cite`) are numbers, not words a reader searches for. */
const OPTIONS = { excludeSelectors: ['svg', '.cite', '[data-pagefind-ignore]'] };
/** Finished indexes by the hash of what went into them; the few latest are kept. */
const CACHE = join(process.cwd(), '.cache', 'search');
const KEEP = 4;
/** The site has its own search interface; Pagefind's prebuilt UIs would only be dead weight. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/**
 * Everything the index depends on: Pagefind's version and options, how pages are spaced, and every
 * page's path and HTML. Pages are read one at a time (not held: at a thousand reports they are
 * ~170 MB).
 */
function keyOf(site: string, paths: string[]): string {
  // Pagefind's package exports no package.json: read the installed one.
  const version = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string })
    .version;
  const hash = createHash('sha256').update(`${version}\0${JSON.stringify(OPTIONS)}\0${BLOCK_END.source}`);
  for (const path of paths) hash.update(`\0${path}\0`).update(readFileSync(join(site, path)));
  return hash.digest('hex').slice(0, 20);
}

/**
 * Pagefind reads a folder of the pages as it should read them (`spaceBlocks`), written to .cache/
 * for the purpose, and parses them in parallel itself: at a thousand reports 4–6 s against 10–15 s for the
 * same pages sent one message at a time (or 32 at once), with the same page records.
 */
async function writeIndex(site: string, paths: string[], outputPath: string, whileIndexing: () => void): Promise<void> {
  const pages = join(process.cwd(), '.cache', `search-pages.${process.pid}`);
  rmSync(pages, { recursive: true, force: true });
  try {
    for (const path of paths) {
      mkdirSync(dirname(join(pages, path)), { recursive: true });
      writeFileSync(join(pages, path), spaceBlocks(readFileSync(join(site, path), 'utf8')));
    }
    const { index, errors } = await pagefind.createIndex(OPTIONS);
    if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
    // Pagefind parses the copies in its own process; the pages themselves are free meanwhile. Its
    // answer is awaited whatever the other work does, so neither error hides the other and the
    // copies stay until Pagefind is done with them.
    const adding = index.addDirectory({ path: pages });
    let added: Awaited<typeof adding>;
    try {
      whileIndexing();
    } finally {
      added = await adding;
    }
    if (added.errors.length) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
    await pagefind.close();
  } finally {
    rmSync(pages, { recursive: true, force: true });
  }
  for (const unused of UNUSED) rmSync(join(outputPath, unused), { force: true });
}

/**
 * `whileIndexing`: work on the finished pages (`dir`) that changes no text a reader searches, run
 * while Pagefind parses them; it returns a line for the log. The index's cache key is taken before it.
 */
export function searchIntegration({ whileIndexing }: { whileIndexing?: (dir: string) => string } = {}): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const out = join(site, 'pagefind');
        const paths = listFiles(site)
          .filter((f) => f.endsWith('.html'))
          .map((f) => relative(site, f));
        // A rebuild whose pages read the same as a previous build's takes that build's index.
        const cached = join(CACHE, keyOf(site, paths));
        const alongside = () => {
          if (whileIndexing) logger.info(whileIndexing(site));
        };
        if (existsSync(join(cached, 'pagefind-entry.json'))) {
          // Marked as the newest first, so another build's pruning leaves it alone while it is copied.
          utimesSync(cached, new Date(), new Date());
          cpSync(cached, out, { recursive: true });
          alongside();
          logger.info(`search: ${paths.length} pages unchanged, index from the cache`);
          return;
        }
        await writeIndex(site, paths, out, alongside);
        const staging = `${cached}.${process.pid}`;
        cpSync(out, staging, { recursive: true });
        rmSync(cached, { recursive: true, force: true });
        renameSync(staging, cached);
        const entries = readdirSync(CACHE)
          .map((name) => ({ path: join(CACHE, name), time: statSync(join(CACHE, name)).mtimeMs }))
          .sort((a, b) => b.time - a.time);
        for (const old of entries.slice(KEEP)) rmSync(old.path, { recursive: true, force: true });
        logger.info(`search: indexed ${paths.length} pages`);
      },
    },
  };
}
