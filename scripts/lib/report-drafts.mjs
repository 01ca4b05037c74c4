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
 * `content/sources/<id>.yaml`. The publication date comes from a dateline
 * (still to be checked), never from a year the story mentions; without one it
 * is a slot to fill.
 * @param {{ textFile: string, paragraphs: string[], dateline?: { date: string, paragraph: number, text: string } }} report
 */
export function sourceDraft({ textFile, paragraphs, dateline }) {
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
    ...(dateline
      ? [
          `  date: '${dateline.date}'`,
          '  status: stated',
          `  basis: ${todo(`check the dateline, paragraph ${dateline.paragraph} ("${dateline.text}"), and say so`)}`,
        ]
      : [
          `  date: ${todo('the publication date (YYYY, YYYY-MM or YYYY-MM-DD): the text has no dateline, and a year it mentions is not its date')}`,
          '  status: not-stated',
          `  basis: ${todo('how the date is known (the address, the page), or that nothing states it')}`,
        ]),
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
  const known = actors.length ? actors : [{ id: fallbackActor, name: 'an actor the report names', paragraphs: [1] }];
  // Who's who holds at most 8 main actors; the rest start under alsoNamed.
  const who = known.slice(0, 8);
  const also = known.slice(8);
  const section = (heading, what) => [`## ${heading}`, '', `${UNWRITTEN} ${what} <Cite c="${id}:${Math.min(2, n)}" />`, ''];
  return [
    '---',
    `title: ${todo('our own headline: what the report says happened')}`,
    `source: ${id}`,
    `description: ${todo('the standfirst, one sentence of 50 to 220 characters')}`,
    `descriptionCite: ${cite([Math.min(2, n)])}`,
    `updated: '${today}'`,
    '# "What happened": 4 or 5 short takeaways a reader can stop after, each with the paragraphs it rests on.',
    'happened:',
    ...points.flatMap((p, i) => [`  - text: ${todo(`takeaway ${i + 1}`)}`, `    cite: ${cite([p])}`]),
    "# The report's main actors (at most 8), with the paragraphs that name them.",
    'whoswho:',
    ...who.flatMap((a) => [
      `  - actor: ${a.id}`,
      `    role: ${todo(`the role this report gives ${a.name}`)}`,
      `    cite: ${cite(a.paragraphs)}`,
    ]),
    '# Everyone else the report names, shown as one "Also named" line.',
    `alsoNamed: [${also.map((a) => a.id).join(', ')}]`,
    '---',
    '',
    ...section('Why it matters', 'the stakes, as this report gives them, each statement cited.'),
    ...section('What only this report says', 'what it tells that the other reports do not, cited.'),
    ...section('How it frames events', 'its words and emphasis, quoted and attributed.'),
    ...section('Its sources', 'whom it relies on and how far each is named.'),
  ].join('\n');
}
