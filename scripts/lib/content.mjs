// Plain reads of content/ for the editing commands (new-report, coverage):
// YAML and MDX as written, without Astro. CONTENT_DIR points elsewhere, as it
// does for the build; REPORT_TEXTS says where the report texts are kept.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The content folder (CONTENT_DIR, else `content`). */
export const CONTENT = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

/**
 * Where the plain texts of the reports are kept. They are the publishers' text,
 * so they live beside the repository, not in it: REPORT_TEXTS, else
 * `../shared/sources`.
 */
export const TEXTS = process.env.REPORT_TEXTS ?? join('..', 'shared', 'sources');

/** File names in a content folder with one of the extensions, sorted. */
export function filesIn(dir, ext = /\.ya?ml$/) {
  const abs = join(CONTENT, dir);
  return existsSync(abs)
    ? readdirSync(abs)
        .filter((f) => ext.test(f))
        .sort()
    : [];
}

/** A YAML file of a content folder, parsed. */
export const readYaml = (dir, file) => parse(readFileSync(join(CONTENT, dir, file), 'utf8'));

/** Every actor as `{ id, name, names }`: the display name first, then every alias. */
export function readActors() {
  return filesIn('actors').map((f) => {
    const d = readYaml('actors', f);
    return { id: f.replace(/\.ya?ml$/, ''), name: d.name, names: [d.name, ...(d.aliases ?? []).map((a) => a.name)] };
  });
}
