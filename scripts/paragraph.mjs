#!/usr/bin/env node
/**
 * Prints a report's paragraph(s) as the site counts them, so an editor can
 * check a citation against the text: blocks separated by blank lines,
 * counted from the first block as 1 (see the About page).
 *
 *   npx node scripts/paragraph.mjs antiwar-2024:4 iria-2024:9
 *   npx node scripts/paragraph.mjs iria-2024        (every paragraph, numbered)
 *
 * SOURCES_DIR sets where the plain texts live (default: ../shared/sources
 * next to the checkout, else ./sources).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const candidates = [process.env.SOURCES_DIR, join(root, '..', '..', 'shared', 'sources'), join(root, 'sources')].filter(Boolean);
const dir = candidates.find((d) => existsSync(d));
if (!dir) {
  console.error(`No source texts found; set SOURCES_DIR (tried ${candidates.join(', ')})`);
  process.exit(1);
}

/** Splits a plain text into the site's paragraphs. */
export function paragraphs(text) {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The paragraphs of the report with the given id. */
export function sourceParagraphs(id) {
  const meta = parse(readFileSync(join(root, 'content', 'sources', `${id}.yaml`), 'utf8'));
  return paragraphs(readFileSync(join(dir, meta.textFile), 'utf8'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  if (!args.length) {
    console.error('usage: scripts/paragraph.mjs SOURCE-ID[:N] …');
    process.exit(1);
  }
  for (const arg of args) {
    const [id, n] = arg.split(':');
    const ps = sourceParagraphs(id);
    const picks = n ? [Number(n)] : ps.map((_, i) => i + 1);
    for (const p of picks) {
      if (!ps[p - 1]) console.log(`${id}:${p}  (beyond the ${ps.length} paragraphs)`);
      else console.log(`${id}:${p}  ${ps[p - 1]}\n`);
    }
  }
}
