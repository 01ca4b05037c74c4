/**
 * Astro keys its content store (`data-store.json` in the cache directory) to the text of
 * src/content.config.ts alone, not to the schemas that file imports. After a change to a schema
 * in src/schemas/ (a new default, a limit, marks set differently), the entries of content files
 * that did not change would keep the data the old schema parsed: Astro's MDX loader parses only
 * files whose text changed. That would hold in a dev server and in any build that keeps `.cache/`,
 * the deploy workflow's included. This integration drops the store when the schemas' files change,
 * so every entry is parsed again by the schemas of the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashFiles, listFiles } from '../lib/files.ts';

/** A digest of every file under `dirs`, names and bytes. */
const filesDigest = (dirs: string[]): string =>
  hashFiles(
    createHash('sha256'),
    dirs.flatMap((dir) => listFiles(dir)),
  )
    .digest('hex')
    .slice(0, 16);

/**
 * Before content is synced: when the digest of `dirs` differs from the one the cache directory
 * recorded, the content store is removed. Returns whether it was.
 */
export function dropStaleContentStore(cacheDir: string, dirs: string[]): boolean {
  const digest = filesDigest(dirs);
  const mark = join(cacheDir, 'schemas-digest.txt');
  const store = join(cacheDir, 'data-store.json');
  const stale = existsSync(store) && (existsSync(mark) ? readFileSync(mark, 'utf8') : '') !== digest;
  if (stale) rmSync(store);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, digest);
  return stale;
}

export function contentStoreIntegration(dirs = ['src/schemas']): AstroIntegration {
  return {
    name: 'content-store-schemas',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        if (dropStaleContentStore(fileURLToPath(config.cacheDir), dirs))
          logger.info(`The content schemas (${dirs.join(', ')}) changed: every content entry is parsed again.`);
      },
    },
  };
}
