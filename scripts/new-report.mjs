#!/usr/bin/env node
// npm run new-report -- path/to/report.txt [--id ID]
//
// Starts a new report: writes content/sources/<id>.yaml with one gist slot per
// paragraph (counted as the site counts them) and a draft
// content/articles/<id>.mdx, then prints, paragraph by paragraph, the known
// actors the text names (and under which spelling), capitalised names the site
// does not know, and the dates and numbers in it. The build refuses the
// drafts until every slot is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { aliasKey, slugify } from '../src/lib/text.ts';
import { paragraphsOf } from '../src/lib/text.ts';
import { datelineOf, datesIn, namesIn, numbersIn, ordinaryWords, unknownNames } from './lib/report-text.ts';
import { CONTENT, TEXTS, readActors } from './lib/content.mjs';
import { writeSpellings } from './lib/spellings.mjs';
import { articleDraft, sourceDraft } from './lib/report-drafts.mjs';

const fail = (message) => {
  console.error(`new-report: ${message}`);
  process.exit(1);
};

const args = process.argv.slice(2);
const idAt = args.indexOf('--id');
const id = idAt >= 0 ? args.splice(idAt, 2)[1] : undefined;
const [file] = args;
if (!file) fail('usage: npm run new-report -- path/to/report.txt [--id ID]');
if (!existsSync(file)) fail(`${file}: no such file`);
const reportId = id ?? slugify(basename(file).replace(/\.[^.]+$/, ''));
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(reportId)) fail(`"${reportId}" is not a lowercase id such as "antiwar-2025"`);

const sourceFile = join(CONTENT, 'sources', `${reportId}.yaml`);
const articleFile = join(CONTENT, 'articles', `${reportId}.mdx`);
for (const f of [sourceFile, articleFile]) if (existsSync(f)) fail(`${f} already exists: choose another id with --id`);

const paragraphs = paragraphsOf(readFileSync(file, 'utf8'));
if (!paragraphs.length) fail(`${file} has no text`);
const actors = readActors();
const names = new Map(actors.map((a) => [a.id, a.name]));

const list = (xs) => (xs.length ? xs.join('; ') : '—');
const named = new Map();
/** Each known actor's spellings in this text: spelling as written → the paragraphs using it. */
const spellings = new Map();
const ordinary = ordinaryWords(paragraphs.join('\n\n'));
console.log(`${file}: ${paragraphs.length} paragraphs (blocks separated by blank lines; the first is ¶1)\n`);
paragraphs.forEach((p, i) => {
  const n = i + 1;
  const matches = namesIn(p, actors);
  const byActor = new Map();
  for (const m of matches) byActor.set(m.id, new Set([...(byActor.get(m.id) ?? []), m.alias]));
  for (const actor of byActor.keys()) named.set(actor, [...(named.get(actor) ?? []), n]);
  for (const m of matches) {
    // One entry per spelling, however it is capitalised ("BAGHDAD" in a dateline is "Baghdad").
    const forms = spellings.get(m.id) ?? new Map();
    const form = [...forms.keys()].find((f) => aliasKey(f) === aliasKey(m.found)) ?? m.found;
    forms.set(form, [...new Set([...(forms.get(form) ?? []), n])]);
    spellings.set(m.id, forms);
  }
  const dates = datesIn(p);
  const flat = p.replace(/\s+/g, ' ');
  console.log(`¶${n}  ${flat.length > 72 ? `${flat.slice(0, 71)}…` : flat}`);
  console.log(
    `     actors:  ${list([...byActor].map(([a, spellings]) => `${names.get(a)} [${a}] as ${[...spellings].map((s) => `"${s}"`).join(', ')}`))}`,
  );
  console.log(`     unknown: ${list(unknownNames(p, matches, ordinary))}`);
  console.log(`     dates:   ${list(dates)}`);
  console.log(`     numbers: ${list(numbersIn(p))}\n`);
});

const dateline = datelineOf(paragraphs);
const today = new Date().toISOString().slice(0, 10);
const whoswho = [...named].map(([actor, ps]) => ({ id: actor, name: names.get(actor), paragraphs: ps }));
mkdirSync(join(CONTENT, 'sources'), { recursive: true });
mkdirSync(join(CONTENT, 'articles'), { recursive: true });
writeFileSync(sourceFile, sourceDraft({ textFile: basename(file), paragraphs, dateline }));
writeFileSync(articleFile, articleDraft({ id: reportId, paragraphs, actors: whoswho, fallbackActor: actors[0]?.id ?? 'unknown', today }));
console.log(`Wrote ${sourceFile} and ${articleFile}.`);
console.log(
  dateline
    ? `Publication date drafted from the dateline in ¶${dateline.paragraph} ("${dateline.text}"): check it.`
    : 'No dateline: the publication date is left to fill in (a year the story mentions is not its date).',
);
const written = writeSpellings(reportId, spellings);
if (written.length)
  console.log(`\nThe report's spellings, written to the actors it names (check them):\n${written.map((w) => `  ${w}`).join('\n')}`);
if (!existsSync(join(TEXTS, basename(file)))) {
  console.log(`Keep the text with the others (${TEXTS}/${basename(file)}, or set REPORT_TEXTS) so \`npm run coverage\` can read it.`);
}
console.log(`Next: write every gist and "TODO:" field (the build refuses them), then see CONTRIBUTING.md, "Adding a report".`);
