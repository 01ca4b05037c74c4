/**
 * The editorial checks the build runs on top of the cross-checks of
 * `validate.ts`, so every deploy and `npm test` enforces the project's rules:
 *
 * - **own words**: no run of COPY_WORDS or more words of a report's text in
 *   the site's prose (content statements, MDX bodies, the pages' own text)
 *   outside quotation marks, when the report texts are at hand;
 * - **outside names**: a name only known from outside the reports (an
 *   `established` alias, a heading with a `nameOrigin`) never appears in a
 *   statement of fact, articles and pages included;
 * - **report spellings**: every profile lists its name as each report that
 *   names it spells it, so a reader searching with that spelling finds it;
 * - **counts and years**: prose that speaks of all the reports ("the five
 *   reports", "all five agree") names as many as there are, and an era's
 *   heading spans the years of its events.
 *
 * Pure: the corpus, the report texts and the pages' text come in as data; the
 * reading from disk is in `content-files.ts`. Every problem names file and field.
 */
import { CopyIndex } from '@/lib/copy-check';
import { earliest, latest } from '@/lib/dates';
import { eraOf } from './timeline';
import { formatProblems, validateCorpus, type Problem } from './validate';
import type { Corpus, PartialDate } from './types';
import { walkCorpus } from './walk';

/** A run this long, copied from a report outside quotation marks, fails the build (the shared tool also checks 10). */
const COPY_WORDS = 12;

/** The report texts found for the copy check: paragraphs by source id, and the sources whose text is missing. */
export interface ReportTexts {
  /** The folder they were read from, for messages. */
  dir: string;
  paragraphs: Map<string, string[]>;
  missing: string[];
}

/** A file of the site's own code whose text is prose a reader sees (a page, a component). */
export interface ProseFile {
  file: string;
  text: string;
}

/** One piece of prose, where it stands, and whether it states facts (rather than, say, an editor's basis note). */
interface Prose {
  file: string;
  field: string;
  text: string;
  /** Line numbers in `text` map to lines of the file from this one (bodies); fields have none. */
  firstLine?: number;
}

/**
 * An MDX body as prose. Its lines are named as lines of the file when the
 * line the body starts on is known (`bodyStarts`, from the file on disk), else
 * as `body line N`, counted as the other body checks count them.
 */
function bodyProse(file: string, body: string, bodyStarts: ReadonlyMap<string, number>): Prose {
  const text = body.trim();
  const start = bodyStarts.get(file);
  return start === undefined ? { file, field: 'body', text, firstLine: 1 } : { file, field: '', text, firstLine: start };
}

/** Every statement the site makes in its own voice: the fields a reader takes as fact. */
export function statements(c: Corpus, bodyStarts: ReadonlyMap<string, number> = new Map()): Prose[] {
  const out: Prose[] = [];
  const add = (file: string, field: string, text: string | undefined) => text && out.push({ file, field, text });
  const body = (file: string, text: string | undefined) => text && out.push(bodyProse(file, text, bodyStarts));
  for (const s of c.sources) s.data.paragraphs.forEach((g, i) => add(s.filePath, `paragraphs[${i + 1}]`, g));
  for (const a of c.articles) {
    const f = a.filePath;
    add(f, 'title', a.data.title);
    add(f, 'description', a.data.description);
    a.data.happened.forEach((k, i) => add(f, `happened[${i}].text`, k.text));
    a.data.whoswho.forEach((w, i) => add(f, `whoswho[${i}].role`, w.role));
    body(f, a.body);
  }
  for (const p of c.pages) body(p.filePath, p.body);
  for (const a of c.actors) {
    const f = a.filePath;
    add(f, 'short', a.data.short);
    a.data.about.forEach((x, i) => add(f, `about[${i}].text`, x.text));
    a.data.part.forEach((x, i) => add(f, `part[${i}].text`, x.text));
    a.data.coverage.forEach((x, i) => add(f, `coverage[${i}].text`, x.text));
    a.data.roles.forEach((r, i) => add(f, `roles[${i}].title`, r.title));
  }
  for (const r of c.relationships) add(r.filePath, `[${r.id}].detail`, r.data.detail);
  for (const e of c.events) {
    add(e.filePath, `[${e.id}].title`, e.data.title);
    add(e.filePath, `[${e.id}].summary`, e.data.summary);
    e.data.variants.forEach((v, i) => add(e.filePath, `[${e.id}].variants[${i}].claim`, v.claim));
  }
  for (const g of c.glossary) {
    add(g.filePath, `[${g.id}].term`, g.data.term);
    add(g.filePath, `[${g.id}].definition`, g.data.definition);
  }
  for (const d of c.disagreements) {
    add(d.filePath, `[${d.id}].topic`, d.data.topic);
    d.data.positions.forEach((p, i) => add(d.filePath, `[${d.id}].positions[${i}].claim`, p.claim));
    add(d.filePath, `[${d.id}].note`, d.data.note);
  }
  for (const e of c.eras ?? []) add(e.filePath, `[${e.id}].title`, e.data.title);
  return out;
}

/** Every text field of the data, at any depth, named by its path: what the copy check reads. */
function allText(c: Corpus, bodyStarts: ReadonlyMap<string, number>): Prose[] {
  const out: Prose[] = [];
  walkCorpus(c, (v, file, field, collection) => {
    // A source's headline is the report's title, shown in quotation marks as a quotation.
    if (collection === 'sources' && field === 'headline') return true;
    if (typeof v === 'string') out.push({ file, field, text: v });
    return false;
  });
  for (const list of [c.articles, c.pages]) for (const e of list) if (e.body) out.push(bodyProse(e.filePath, e.body, bodyStarts));
  return out;
}

/** Where a hit stands: the field, or for a body or a page the line. */
const place = (p: Prose, line: number) =>
  p.firstLine === undefined ? p.field : `${p.field === 'body' ? 'body ' : ''}line ${p.firstLine + line - 1}`;

/** The last index built, kept while the texts are the same (dev mode checks on every request). */
let lastIndex: { key: string; index: CopyIndex } | undefined;
function copyIndex(texts: ReportTexts, n: number): CopyIndex {
  const list = [...texts.paragraphs].map(([name, paragraphs]) => ({ name, paragraphs }));
  const key = `${n}\u0000${list.map((t) => `${t.name}\u0000${t.paragraphs.join('\u0000')}`).join('\u0001')}`;
  if (lastIndex?.key !== key) lastIndex = { key, index: new CopyIndex(list, n) };
  return lastIndex.index;
}

/** Own words: no long run of a report's text outside quotation marks. */
function checkCopies(
  c: Corpus,
  texts: ReportTexts,
  prose: ProseFile[],
  n = COPY_WORDS,
  bodyStarts: ReadonlyMap<string, number> = new Map(),
): Problem[] {
  const index = copyIndex(texts, n);
  const all = [...allText(c, bodyStarts), ...prose.map((f) => ({ file: f.file, field: '', text: f.text, firstLine: 1 }))];
  return all.flatMap((p) =>
    index.find(p.text).map((run) => ({
      file: p.file,
      field: place(p, run.line),
      message: `${run.words.length} words copied from ${run.text}:${run.paragraph} outside quotation marks: "${run.words.join(' ')}" (say it in the site's own words, or quote it briefly and name the speaker)`,
    })),
  );
}

/** Lower case, straight apostrophes: so "Kata’ib" and "Kata'ib" compare equal. */
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/**
 * Names that carry knowledge the reports do not: outside aliases, outside
 * glossary forms and headings with a name origin, leaving out those that are
 * only a shortening or respelling of a form the reports use ("New Arab",
 * "Kata'ib Hezbollah"), which tell a reader nothing new. Only Latin-script
 * names of three letters or more, which can be told apart from ordinary words.
 */
export function outsideNames(c: Corpus): Set<string> {
  const reportForms: string[] = [];
  const outside = new Set<string>();
  for (const a of c.actors) {
    if (a.data.nameOrigin) outside.add(a.data.name);
    else reportForms.push(norm(a.data.name));
    for (const al of a.data.aliases) {
      if (al.origin === 'report') reportForms.push(norm(al.name));
      else outside.add(al.name);
    }
  }
  for (const g of c.glossary) for (const al of g.data.aliases) if (al.origin !== 'report') outside.add(al.name);
  return new Set(
    [...outside].filter((n) => /^[\p{Script=Latin}\d\s'’.,–-]{3,}$/u.test(n) && !reportForms.some((f) => f.includes(norm(n)))),
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** No name the reports never use appears in a statement of fact. */
export function checkOutsideNames(c: Corpus, bodyStarts: ReadonlyMap<string, number> = new Map()): Problem[] {
  const names = [...outsideNames(c)].map((n) => ({ n, re: new RegExp(`(^|[^\\p{L}\\d])${escape(n)}($|[^\\p{L}\\d])`, 'u') }));
  // One pass with every name first: most lines hold none, and then need no name-by-name look.
  const any = new RegExp(`(?:^|[^\\p{L}\\d])(?:${names.map(({ n }) => escape(n)).join('|') || '(?!)'})(?:$|[^\\p{L}\\d])`, 'u');
  const out: Problem[] = [];
  for (const p of statements(c, bodyStarts)) {
    // A name in quotation marks is mentioned, not used ("such as “IRGC”"): only the text outside them states facts.
    const unquoted = p.text.replace(/“[^”\n]*”|"[^"\n]*"/g, (q) => ' '.repeat(q.length));
    const lines = p.firstLine === undefined ? [unquoted] : unquoted.split('\n');
    lines.forEach((text, i) => {
      if (!any.test(text)) return;
      for (const { n, re } of names)
        if (re.test(text))
          out.push({
            file: p.file,
            field: place(p, i + 1),
            message: `"${n}" is a name the reports never use (outside knowledge, marked on its profile): a reader would take it for something a report says; use the reports' form`,
          });
    });
  }
  return out;
}

/** Every report that names an actor has its spelling on the profile: `nameCite` or an alias with `origin: report`. */
function checkReportSpellings(c: Corpus): Problem[] {
  const out: Problem[] = [];
  for (const a of c.actors) {
    a.data.coverage.forEach((cov, i) => {
      if (!cov.named) return;
      const spelled =
        a.data.nameCite.some((x) => x.source === cov.source) ||
        a.data.aliases.some((al) => al.origin === 'report' && al.cite?.some((x) => x.source === cov.source));
      if (!spelled)
        out.push({
          file: a.filePath,
          field: `coverage[${i}]`,
          message: `report "${cov.source}" names this actor, but neither nameCite nor an alias with origin: report cites how it spells the name (a reader searching with its spelling would not find the profile)`,
        });
    });
  }
  return out;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = `(${NUMBER_WORDS.slice(2).join('|')}|\\d{1,2})`;
/** Phrases that speak of every report: "the five reports", "all five agree", "two of the five". */
const ALL_REPORTS = [
  new RegExp(`\\b(?:the|these|those|our|its)\\s+${COUNT}\\s+(?:news\\s+)?reports\\b`, 'gi'),
  new RegExp(`\\ball\\s+${COUNT}(?:\\s+(?:agree|reports)\\b|\\s*[.,;:)])`, 'gi'),
];
const numberOf = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w.toLowerCase()));

/**
 * Prose never goes stale when a report is added: a phrase about all the
 * reports names as many as there are. A claim about some of them ("three
 * reports say") is not of this form; one that is but means a subset should say
 * which ("the four 2024 reports").
 */
function checkCounts(c: Corpus, prose: ProseFile[], bodyStarts: ReadonlyMap<string, number> = new Map()): Problem[] {
  const total = c.sources.length;
  const texts: Prose[] = [...statements(c, bodyStarts), ...prose.map((f) => ({ file: f.file, field: '', text: f.text, firstLine: 1 }))];
  const out: Problem[] = [];
  for (const p of texts) {
    const lines = p.firstLine === undefined ? [p.text] : p.text.split('\n');
    lines.forEach((line, i) => {
      for (const re of ALL_REPORTS)
        for (const m of line.matchAll(re)) {
          if (numberOf(m[1]!) === total) continue;
          out.push({
            file: p.file,
            field: place(p, i + 1),
            message: `"${m[0]}" speaks of all the reports, but there are ${total}: correct the count (in a page's code, take it from the data: countWord(model.sources.length)), or say which reports are meant`,
          });
        }
    });
  }
  return out;
}

/** An era's heading spans the years of the events under it: "2014–2020" starts with its first event's year and ends with its last. */
function checkEraYears(c: Corpus): Problem[] {
  // Oldest first, as the model orders them (collections need not keep file order).
  const until = (e: { data: { until?: PartialDate | undefined } }) => (e.data.until ? latest(e.data.until) : '9999');
  const eras = [...(c.eras ?? [])].sort((a, b) => until(a).localeCompare(until(b)));
  const out: Problem[] = [];
  eras.forEach((era, i) => {
    const years = c.events
      .filter(
        (e) =>
          eraOf(
            eras.map((x) => x.data),
            e.data.date,
          ) === i,
      )
      .map((e) => Number(earliest(e.data.date).slice(0, 4)))
      .sort();
    const named = [...era.data.title.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
    if (!years.length || !named.length) return;
    const [first, last] = [years[0]!, years.at(-1)!];
    const openEnded = /^\s*(?:from|since)\b/i.test(era.data.title);
    if (named[0] !== first || (!openEnded && named.at(-1) !== last))
      out.push({
        file: era.filePath,
        field: `[${era.id}].title`,
        message: `the heading names ${named.join('–')}, but its events run ${first === last ? first : `${first}–${last}`}`,
      });
  });
  return out;
}

/** What the editorial checks read besides the corpus. */
export interface EditorialInput {
  /** The report texts, or undefined when their folder is not there (the copy check is then skipped, saying so). */
  texts: ReportTexts | undefined;
  /** The text of the site's pages and components. */
  prose: ProseFile[];
  /** The line of its file each MDX body starts on, so messages name file lines; without it, body lines. */
  bodyStarts?: ReadonlyMap<string, number>;
}

/** Runs every editorial check. */
export function checkEditorial(c: Corpus, input: EditorialInput): Problem[] {
  const starts = input.bodyStarts ?? new Map<string, number>();
  return [
    ...(input.texts ? checkCopies(c, input.texts, input.prose, COPY_WORDS, starts) : []),
    ...checkOutsideNames(c, starts),
    ...checkReportSpellings(c),
    ...checkCounts(c, input.prose, starts),
    ...checkEraYears(c),
  ];
}

/** The one line the build prints about the copy check: what it read, or why it could not run. */
export function copyCheckNote(c: Corpus, dir: string, texts: ReportTexts | undefined): string {
  if (!texts)
    return `Copy check skipped: no report texts at ${dir} (set REPORT_TEXTS to their folder to check the site's prose against them).`;
  if (texts.missing.length)
    return `Copy check ran without ${texts.missing.join(', ')}: no text for ${texts.missing.length === 1 ? 'it' : 'them'} in ${dir} (${texts.paragraphs.size} of ${c.sources.length} reports checked).`;
  return `Copy check: the site's prose against the ${texts.paragraphs.size} report texts in ${dir} (runs of ${COPY_WORDS}+ words outside quotation marks).`;
}

/** Throws one error listing every problem, cross-checks and editorial checks together, so a build fails with all of them at once. */
export function assertContent(c: Corpus, input: EditorialInput): void {
  const problems = [...validateCorpus(c), ...checkEditorial(c, input)];
  if (problems.length) throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
}
