#!/usr/bin/env node
// npm run coverage
//
// For each report: which of its paragraphs no statement on the site cites
// (citations are the YAML `cite:`/`nameCite:` fields and MDX `<Cite c="…"/>`),
// and which known actors its text names that its explainer does not link (in
// the who's who or with an inline <Actor>). Reads content/ as written, and the
// report texts from REPORT_TEXTS (default ../shared/sources).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { paragraphsOf } from '../src/lib/text.ts';
import { namesIn } from './lib/report-text.ts';
import { CONTENT, TEXTS, filesIn, readActors, readYaml } from './lib/content.mjs';

const CITE = /^([a-z0-9-]+):([1-9][0-9]*)$/;

/** Every citation in a parsed YAML value: lists under `cite`/`nameCite` keys, as strings or { source, p }. */
function citationsIn(value, underCite = false) {
  if (Array.isArray(value)) return value.flatMap((v) => citationsIn(v, underCite));
  if (underCite && typeof value === 'string') {
    const m = CITE.exec(value.trim());
    return m ? [{ source: m[1], p: Number(m[2]) }] : [];
  }
  if (value && typeof value === 'object') {
    if (underCite && typeof value.source === 'string' && typeof value.p === 'number') return [{ source: value.source, p: value.p }];
    return Object.entries(value).flatMap(([k, v]) => citationsIn(v, /^(cite|nameCite)$/.test(k)));
  }
  return [];
}

/** Frontmatter and body of an MDX file. */
function readMdx(dir, file) {
  const text = readFileSync(join(CONTENT, dir, file), 'utf8');
  const [, front = '', body = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(front) ?? {}, body };
}
const bodyCites = (body) =>
  [...body.matchAll(/<Cite\s+c="([^"]*)"/g)].flatMap((m) =>
    m[1]
      .trim()
      .split(/\s+/)
      .map((ref) => CITE.exec(ref))
      .filter(Boolean)
      .map((r) => ({ source: r[1], p: Number(r[2]) })),
  );
const bodyActors = (body) => [...body.matchAll(/<Actor\s+id="([^"]+)"/g)].map((m) => m[1]);

const cited = new Set();
const addAll = (list) => list.forEach((c) => cited.add(`${c.source}:${c.p}`));
for (const dir of ['actors', 'relationships', 'events', 'glossary', 'disagreements', 'sources']) {
  for (const f of filesIn(dir)) addAll(citationsIn(readYaml(dir, f)));
}
const articles = new Map();
for (const dir of ['articles', 'pages']) {
  for (const f of filesIn(dir, /\.mdx$/)) {
    const { data, body } = readMdx(dir, f);
    addAll([...citationsIn(data), ...bodyCites(body)]);
    if (dir === 'articles' && data.source) articles.set(data.source, { file: `${CONTENT}/${dir}/${f}`, data, body });
  }
}

const actors = readActors();
const rows = [];
const details = [];
const missingTexts = [];
for (const f of filesIn('sources')) {
  const id = f.replace(/\.ya?ml$/, '');
  const source = readYaml('sources', f);
  const n = source.paragraphs?.length ?? 0;
  const uncited = Array.from({ length: n }, (_, i) => i + 1).filter((p) => !cited.has(`${id}:${p}`));
  const article = articles.get(id);
  const linked = new Set([
    ...(article?.data.whoswho ?? []).map((w) => w.actor),
    ...(article?.data.alsoNamed ?? []),
    ...bodyActors(article?.body ?? ''),
  ]);
  const textFile = join(TEXTS, source.textFile ?? '');
  let named;
  let unlinked = [];
  if (source.textFile && existsSync(textFile)) {
    named = new Set(paragraphsOf(readFileSync(textFile, 'utf8')).flatMap((p) => namesIn(p, actors).map((m) => m.id)));
    unlinked = [...named].filter((a) => !linked.has(a)).sort();
  } else missingTexts.push(`${id} (${textFile})`);
  rows.push([id, n, uncited.length, named ? named.size : '–', named ? unlinked.length : '–']);
  details.push(`${id}\n  paragraphs nothing cites: ${uncited.length ? uncited.map((p) => `¶${p}`).join(', ') : 'none'}`);
  if (named)
    details.push(`  named in the text, not linked from ${article?.file ?? 'its explainer (none yet)'}: ${unlinked.join(', ') || 'none'}`);
}

const head = ['report', 'paragraphs', 'uncited', 'actors named', 'not linked'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
const total = (i) => rows.reduce((s, r) => s + (typeof r[i] === 'number' ? r[i] : 0), 0);
console.log(line(['total', total(1), total(2), total(3), total(4)]));
console.log(`\n${details.join('\n')}`);
if (missingTexts.length) console.log(`\nNo text found for ${missingTexts.join(', ')}: set REPORT_TEXTS to the folder of report texts.`);
