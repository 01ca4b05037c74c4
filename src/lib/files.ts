/**
 * The one directory walk: every file under a folder, for the build plugins,
 * the tests and the scripts (plain Node, no aliases, so `.mjs` scripts can
 * import it too).
 */
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Paths of every file under `dir`, depth first, sorted by name at each level.
 * `skipDir(name)` leaves a sub-folder (and everything in it) out.
 */
export function listFiles(dir: string, skipDir: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return skipDir(e.name) ? [] : listFiles(path, skipDir);
      return [path];
    });
}

/**
 * Adds each of `files` to `hash`, in the order given: its name (by default its path from the
 * working directory), then its bytes. The build's digests of code, fonts and schemas are made so.
 */
export function hashFiles(hash: Hash, files: Iterable<string>, name: (file: string) => string = (f) => relative(process.cwd(), f)): Hash {
  for (const file of files) hash.update(name(file)).update(readFileSync(file));
  return hash;
}
