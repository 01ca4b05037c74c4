#!/usr/bin/env node
/**
 * Prints a report's paragraph(s) as the site counts them, so an editor can
 * check a citation against the text: blocks separated by blank lines,
 * counted from the first block as 1 (see the About page).
 *
 *   npx node scripts/paragraph.mjs antiwar-2024:4 iria-2024:9
 *   npx node scripts/paragraph.mjs iria-2024        (every paragraph, numbered)
 *
 * REPORT_TEXTS sets where the plain texts live, as for the build and the other
 * commands (default: ../shared/sources beside the repository); CONTENT_DIR
 * where the content is.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { paragraphsOf } from '../src/lib/text.ts';

const root = resolve(import.meta.dirname, '..');
/** The texts folder, resolved from the repository root like the build's (`src/data/content-files.ts`). */
const dir = resolve(root, process.env.REPORT_TEXTS || join('..', 'shared', 'sources'));
const content = resolve(root, process.env.CONTENT_DIR ?? 'content');

/** The paragraphs of the report with the given id, counted as the site counts them. */
export function sourceParagraphs(id) {
  const yaml = join(content, 'sources', `${id}.yaml`);
  if (!existsSync(yaml)) throw new Error(`no report "${id}" (${yaml} does not exist)`);
  const file = join(dir, parse(readFileSync(yaml, 'utf8')).textFile);
  if (!existsSync(file)) throw new Error(`no text for "${id}" at ${file}: set REPORT_TEXTS to the folder of report texts`);
  return paragraphsOf(readFileSync(file, 'utf8'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  if (!args.length) {
    console.error('usage: scripts/paragraph.mjs SOURCE-ID[:N] …');
    process.exit(1);
  }
  for (const arg of args) {
    const [id, n] = arg.split(':');
    let ps;
    try {
      ps = sourceParagraphs(id);
    } catch (e) {
      console.error(`paragraph: ${e.message}`);
      process.exit(1);
    }
    const picks = n ? [Number(n)] : ps.map((_, i) => i + 1);
    for (const p of picks) {
      if (!ps[p - 1]) console.log(`${id}:${p}  (beyond the ${ps.length} paragraphs)`);
      else console.log(`${id}:${p}  ${ps[p - 1]}\n`);
    }
  }
}
