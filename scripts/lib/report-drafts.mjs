// The two drafts `npm run new-report` writes: a source file with one gist slot
// per paragraph and an explainer whose frontmatter has every field the article
// schema requires. This is the only place their shape is written down; when a
// schema changes, change it here (a unit test parses both drafts with the
// site's schemas and fails until they match).
import { UNWRITTEN } from '../../src/lib/placeholder.ts';

const q = (s) => JSON.stringify(s);
const todo = (s) => q(`${UNWRITTEN} ${s}`);
/** The first few words of a paragraph, to tell the slots apart (kept short: it is the publisher's text). */
const opening = (p) => {
  const words = p.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')} …` : p;
};

/**
 * `content/sources/<id>.yaml`.
 * @param {{ textFile: string, paragraphs: string[], year?: string }} report
 */
export function sourceDraft({ textFile, paragraphs, year }) {
  const known = (what) => [`  status: not-stated`, `  basis: ${todo(what)}`];
  return [
    `# Drafted by \`npm run new-report\` from ${textFile} (${paragraphs.length} paragraphs).`,
    `# Replace every "${UNWRITTEN}" text: the build refuses them, naming the file and field.`,
    `label: ${todo('short label used in citations, such as "Antiwar.com 2024"')}`,
    '# The published headline, quoted as the report’s title (check it: here the first paragraph).',
    `headline: ${q(`“${paragraphs[0]?.replace(/\s+/g, ' ') ?? ''}”`)}`,
    'publisher:',
    ...known('who published it and how we know, or say that the text does not state it'),
    'author:',
    ...known('the byline and where it is, or say that the text gives none'),
    'published:',
    `  date: '${year ?? new Date().getUTCFullYear()}'`,
    '  status: inferred',
    `  basis: ${todo(`how the date is known; ${year ? `the latest year the text mentions is ${year}` : 'the text mentions no year'}`)}`,
    'url:',
    ...known('the address of the original and how we know it'),
    'basedOn:',
    `  - name: ${todo('the agency or report it retells')}`,
    `textFile: ${q(textFile)}`,
    '# One gist per paragraph, in our own words; paragraph N of the text is the Nth line.',
    'paragraphs:',
    ...paragraphs.flatMap((p, i) => [`  # ¶${i + 1} ${opening(p.replace(/\s+/g, ' '))}`, `  - ${todo(`gist of paragraph ${i + 1}`)}`]),
    '',
  ].join('\n');
}

/**
 * `content/articles/<id>.mdx`: every required frontmatter field, with the
 * who's who prefilled from the known actors the text names.
 * @param {{ id: string, paragraphs: string[], actors: { id: string, name: string, paragraphs: number[] }[], fallbackActor: string, today: string }} report
 */
export function articleDraft({ id, paragraphs, actors, fallbackActor, today }) {
  const cite = (ns) => `[${ns.map((n) => `${id}:${n}`).join(', ')}]`;
  const n = paragraphs.length;
  const points = Array.from({ length: 5 }, (_, i) => Math.min(i + 2, n));
  const who = actors.length ? actors : [{ id: fallbackActor, name: 'an actor the report names', paragraphs: [1] }];
  return [
    '---',
    `title: ${todo('our own title for the explainer')}`,
    `source: ${id}`,
    `description: ${todo('one or two sentences for lists and search results, 50 to 220 characters long.')}`,
    `updated: '${today}'`,
    '# 5 to 10 key points, each in our own words with the paragraphs it rests on.',
    'keyPoints:',
    ...points.flatMap((p, i) => [`  - text: ${todo(`key point ${i + 1}`)}`, `    cite: ${cite([p])}`]),
    '# The known actors the text names, with the paragraphs that name them; remove any it only mentions in passing.',
    'whoswho:',
    ...who.flatMap((a) => [
      `  - actor: ${a.id}`,
      `    role: ${todo(`the role this report gives ${a.name}`)}`,
      `    cite: ${cite(a.paragraphs)}`,
    ]),
    '---',
    '',
    '## Summary',
    '',
    `${UNWRITTEN} what the report says, in our own words, each statement cited. <Cite c="${id}:${Math.min(2, n)}" />`,
    '',
    '## What this report adds',
    '',
    `${UNWRITTEN} what it tells that the other reports do not, cited.`,
    '',
    '## How it frames events',
    '',
    `${UNWRITTEN} its words and emphasis, quoted and attributed.`,
    '',
  ].join('\n');
}
