/**
 * Cross-entry checks over the whole corpus. Each schema checks one entry; these
 * check that entries agree with each other. Every problem names the file and
 * the field, so a contributor can go straight to it. Pure: plain data in,
 * messages out.
 *
 * A `Checker` holds what every check needs (the known sources and actors, the
 * list of problems); each collection has its own function below, so a new kind
 * of content adds one function and one line in `validateCorpus`.
 */
import { endsBeforeStart, latest, earliest } from '@/lib/dates';
import { section } from '@/lib/markdown';
import { aliasKey, nearest, slugify } from '@/lib/text';
import { parseCitationRef } from '@/schemas/common';
import type { Citation, Corpus, PartialDate } from './types';
import { endsBefore } from './chronology';
import { unwrittenFields, unwrittenLines } from '@/lib/placeholder';
import { ARTICLE_SECTIONS } from '@/schemas/article';
import { walkCorpus } from './walk';

/** A problem found in the content: where it is and what is wrong. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Formats problems one per line: `file: field: message`. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

/** Inline `<Cite c="…" />` and `<Actor id="…">` uses in an MDX body, with line numbers. */
function scanBody(body: string): { cites: { ref: string; line: number }[]; actors: { id: string; line: number }[] } {
  const cites: { ref: string; line: number }[] = [];
  const actors: { id: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/<Cite\s+c="([^"]*)"/g)) {
      for (const ref of m[1]!.trim().split(/\s+/).filter(Boolean)) cites.push({ ref, line: i + 1 });
      if (!m[1]!.trim()) cites.push({ ref: '', line: i + 1 });
    }
    for (const m of text.matchAll(/<Actor\s+id="([^"]*)"/g)) actors.push({ id: m[1]!, line: i + 1 });
  });
  return { cites, actors };
}

/** ` (did you mean "…"?)` naming the known id nearest an unknown one, or nothing when none is near. */
function didYouMean(id: string, known: Iterable<string>): string {
  const near = nearest(id, known);
  return near ? ` (did you mean "${near}"?)` : '';
}

/** The checks every collection shares, bound to one corpus, collecting problems. */
class Checker {
  readonly problems: Problem[] = [];
  readonly sources: Map<string, Corpus['sources'][number]>;
  readonly actors: Set<string>;

  constructor(c: Corpus) {
    this.sources = new Map(c.sources.map((s) => [s.id, s]));
    this.actors = new Set(c.actors.map((a) => a.id));
  }

  /** Records a problem. */
  add(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message });
  }

  /** The source exists. */
  source(file: string, field: string, id: string): boolean {
    if (this.sources.has(id)) return true;
    this.add(file, field, `unknown source "${id}"${didYouMean(id, this.sources.keys())}`);
    return false;
  }

  /** The cited source exists and has the cited paragraph. */
  cite(file: string, field: string, cite: Citation): void {
    if (!this.source(file, `${field}.source`, cite.source)) return;
    const n = this.sources.get(cite.source)!.data.paragraphs.length;
    if (cite.p > n) this.add(file, `${field}.p`, `paragraph ${cite.p} is beyond the ${n} paragraphs of source "${cite.source}"`);
  }

  /** Every citation of a list, as `field[i]`. */
  cites(file: string, field: string, list: Citation[] | undefined): void {
    list?.forEach((cite, i) => this.cite(file, `${field}[${i}]`, cite));
  }

  /** The actor exists. */
  actor(file: string, field: string, id: string): void {
    if (!this.actors.has(id)) this.add(file, field, `unknown actor "${id}"${didYouMean(id, this.actors)}`);
  }

  /** An end does not come before its start. */
  span(file: string, field: string, start?: PartialDate, end?: PartialDate): void {
    if (start && end && endsBeforeStart(start, end)) this.add(file, field, `end ${end.value} is before start ${start.value}`);
  }

  /** A dated fact cannot happen after every report that tells of it was published. */
  notAfterSources(file: string, field: string, date: PartialDate, cites: Citation[]): void {
    const published = cites.map((ct) => this.sources.get(ct.source)?.data.published.date).filter((d) => d !== undefined);
    if (published.length !== cites.length || published.length === 0) return;
    const newest = published.map(latest).sort().at(-1)!;
    if (earliest(date) > newest) this.add(file, field, `date ${date.value} is after the publication of the source(s) cited for it`);
  }

  /** Inline `<Cite>` and `<Actor>` in an MDX body point at real paragraphs and actors; a body cites at least once. */
  body(file: string, raw: string | undefined): void {
    const body = scanBody(raw ?? '');
    for (const { ref, line } of body.cites) {
      const parsed = parseCitationRef(ref);
      if (!parsed) this.add(file, `body line ${line} <Cite c>`, `"${ref}" is not a citation like "antiwar-2024:7"`);
      else this.cite(file, `body line ${line} <Cite c="${ref}">`, { ...parsed, note: undefined });
    }
    for (const { id, line } of body.actors) this.actor(file, `body line ${line} <Actor id>`, id);
    if (body.cites.length === 0) this.add(file, 'body', 'the text has no inline <Cite> citations');
  }
}

/** Explainers: their report exists, takeaways and who's who are cited, the body cites and tells the story in order. */
function checkArticles(ck: Checker, articles: Corpus['articles']): void {
  for (const a of articles) {
    const f = a.filePath;
    ck.source(f, 'source', a.data.source);
    a.data.whoswho.forEach((w, i) => ck.actor(f, `whoswho[${i}].actor`, w.actor));
    a.data.alsoNamed.forEach((id, i) => ck.actor(f, `alsoNamed[${i}]`, id));
    a.data.inPassing.forEach((x, i) => {
      ck.cites(f, `inPassing[${i}].cite`, x.cite);
      for (const slug of x.formerly)
        if (ck.actors.has(slug)) ck.add(f, `inPassing[${i}].formerly`, `/actors/${slug}/ is a profile's address`);
    });
    ck.body(f, a.body);
    // The story-first order: each required section present, non-empty and in place.
    const headings = [...(a.body ?? '').matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    let at = -1;
    ARTICLE_SECTIONS.forEach((name, n) => {
      const i = headings.indexOf(name);
      if (i < 0 || !section(a.body ?? '', name)) ck.add(f, `body ## ${name}`, 'the section is missing or empty');
      else if (i < at) ck.add(f, `body ## ${name}`, `must come after ## ${ARTICLE_SECTIONS[n - 1]}`);
      else at = i;
    });
  }
}

/** Long-form pages: the body's citations and actor links. */
function checkPages(ck: Checker, pages: Corpus['pages']): void {
  for (const p of pages) ck.body(p.filePath, p.body);
}

/** Sources: each has an explainer. */
function checkSources(ck: Checker, sources: Corpus['sources'], articles: Corpus['articles']): void {
  const explained = new Set(articles.map((a) => a.data.source));
  for (const s of sources) if (!explained.has(s.id)) ck.add(s.filePath, 'id', `source "${s.id}" has no explainer in content/articles/`);
}

/** Drafts made by `npm run new-report` carry placeholders; none may be published. */
function checkDrafts(ck: Checker, sources: Corpus['sources'], articles: Corpus['articles']): void {
  for (const s of sources) {
    for (const field of unwrittenFields(s.data)) {
      // paragraphs[i] counts from 0; an editor reads paragraph numbers as citations do, from 1.
      const gist = /^paragraphs\[(\d+)\]$/.exec(field);
      if (gist) ck.add(s.filePath, `paragraphs[${Number(gist[1]) + 1}]`, 'gist not written yet');
      else ck.add(s.filePath, field.replace(/^published\.date\.value$/, 'published.date'), 'not written yet');
    }
  }
  for (const a of articles) {
    for (const field of unwrittenFields(a.data)) ck.add(a.filePath, field, 'not written yet');
    for (const line of unwrittenLines(a.body ?? '')) ck.add(a.filePath, `body line ${line}`, 'not written yet');
  }
}

/** Actors: every spelling belongs to one actor, redirects collide with nothing, citations and role spans are sound. */
function checkActors(ck: Checker, actors: Corpus['actors']): void {
  const redirects = new Map<string, string>();
  const aliasOwners = new Map<string, { actor: string; file: string }>();
  const claimAlias = (file: string, field: string, actor: string, name: string) => {
    const key = aliasKey(name);
    const owner = aliasOwners.get(key);
    if (owner && owner.actor !== actor) ck.add(file, field, `alias "${name}" is also used by actor "${owner.actor}" (${owner.file})`);
    else aliasOwners.set(key, { actor, file });
  };
  for (const a of actors) {
    const f = a.filePath;
    claimAlias(f, 'name', a.id, a.data.name);
    a.data.aliases.forEach((al, i) => {
      claimAlias(f, `aliases[${i}].name`, a.id, al.name);
      const target = slugify(al.name);
      if (al.redirect && (ck.actors.has(target) || !target)) {
        ck.add(f, `aliases[${i}].redirect`, `redirect /actors/${target}/ would collide with an existing page`);
      } else if (al.redirect) {
        const other = redirects.get(target);
        if (other && other !== a.id) ck.add(f, `aliases[${i}].redirect`, `redirect /actors/${target}/ is also claimed by actor "${other}"`);
        redirects.set(target, a.id);
      }
    });
    a.data.roles.forEach((r, i) => ck.span(f, `roles[${i}].end`, r.start, r.end));
    a.data.coverage.forEach((x, i) => ck.source(f, `coverage[${i}].source`, x.source));
  }
}

/** Relationships: both ends exist and differ, the detail is a phrase, citations and dates are sound. */
function checkRelationships(ck: Checker, relationships: Corpus['relationships']): void {
  for (const r of relationships) {
    const f = r.filePath;
    const at = `[${r.id}]`;
    ck.actor(f, `${at}.from`, r.data.from);
    ck.actor(f, `${at}.to`, r.data.to);
    if (r.data.from === r.data.to) ck.add(f, `${at}.to`, `relationship from "${r.data.from}" to itself`);
    // The detail is a phrase: lists and graphs follow it with the dates ("…, from 2014").
    if (r.data.detail && /\.\s*$/.test(r.data.detail))
      ck.add(f, `${at}.detail`, 'ends with a full stop; a detail is a phrase the dates follow (", from 2014"): end it without one');
    ck.span(f, `${at}.end`, r.data.start, r.data.end);
    if (r.data.start) ck.notAfterSources(f, `${at}.start`, r.data.start, r.data.cite);
    if (r.data.end) ck.notAfterSources(f, `${at}.end`, r.data.end, r.data.cite);
  }
}

/** Events: actors exist, citations (also of differing accounts) and dates are sound. */
function checkEvents(ck: Checker, events: Corpus['events']): void {
  for (const e of events) {
    const f = e.filePath;
    const at = `[${e.id}]`;
    e.data.actors.forEach((id, i) => ck.actor(f, `${at}.actors[${i}]`, id));
    ck.span(f, `${at}.end`, e.data.date, e.data.end);
    ck.notAfterSources(f, `${at}.date`, e.data.date, e.data.cite);
    if (e.data.end) ck.notAfterSources(f, `${at}.end`, e.data.end, e.data.cite);
  }
}

/**
 * Events' order: `after` names a known event with a `short` name, the two do not
 * follow each other in a cycle, and the later one's date does not certainly
 * end before the earlier one's begins (it would sort before the event it is
 * said to follow).
 */
function checkEventOrder(ck: Checker, events: Corpus['events']): void {
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const e of events) {
    const after = e.data.after;
    if (!after) continue;
    const f = e.filePath;
    const at = `[${e.id}].after`;
    const anchor = byId.get(after);
    if (!anchor) {
      ck.add(f, at, `unknown event "${after}"`);
      continue;
    }
    if (endsBefore(e.data, anchor.data))
      ck.add(
        f,
        at,
        `dated ${e.data.end?.value ?? e.data.date.value}, before "${after}" (${anchor.data.date.value}) that it is placed after`,
      );
    if (!anchor.data.short)
      ck.add(anchor.filePath, `[${after}].short`, `"${e.id}" is placed after this event, which needs a short name to say so`);
    const chain = [e.id];
    let next: (typeof events)[number] | undefined = anchor;
    while (next) {
      if (chain.includes(next.id)) {
        ck.add(f, at, `events placed after each other in a cycle: ${[...chain, next.id].join(' → ')}`);
        break;
      }
      chain.push(next.id);
      next = next.data.after ? byId.get(next.data.after) : undefined;
    }
  }
}

/** Eras: cited where the title says more than "these dated events"; exactly one open-ended (the newest); no two end the same day. */
function checkEras(ck: Checker, eras: NonNullable<Corpus['eras']>): void {
  const open = eras.filter((e) => !e.data.until);
  open.slice(1).forEach((e) => ck.add(e.filePath, `[${e.id}].until`, `only one era may leave out "until" (also "${open[0]!.id}")`));
  if (eras.length && !open.length) ck.add(eras[0]!.filePath, `[${eras.at(-1)!.id}].until`, 'the newest era must leave out "until"');
  const untils = new Map<string, string>();
  for (const e of eras) {
    if (!e.data.until) continue;
    const day = latest(e.data.until);
    if (untils.has(day)) ck.add(e.filePath, `[${e.id}].until`, `ends the same day as era "${untils.get(day)}"`);
    untils.set(day, e.id);
  }
}

/** Glossary terms: linked actors. */
function checkGlossary(ck: Checker, glossary: Corpus['glossary']): void {
  for (const g of glossary) {
    g.data.actors.forEach((id, i) => ck.actor(g.filePath, `[${g.id}].actors[${i}]`, id));
  }
}

/** Disagreements: linked actors exist. */
function checkDisagreements(ck: Checker, disagreements: Corpus['disagreements']): void {
  for (const d of disagreements) {
    d.data.actors.forEach((id, i) => ck.actor(d.filePath, `[${d.id}].actors[${i}]`, id));
  }
}

/** Whether a value is a citation: `{ source, p }` as the schema reads both of its written forms. */
const isCitation = (v: unknown): v is Citation =>
  !!v && typeof v === 'object' && typeof (v as Citation).source === 'string' && typeof (v as Citation).p === 'number';

/**
 * Every citation anywhere in the data (any field, any depth) points at a real
 * report and paragraph: one walk, so a new cited field is checked without a
 * line of its own. The field is named by its path (`roles[0].cite[1].p`), with
 * the entry's `[id]` first in files that hold a list.
 */
function checkCitations(ck: Checker, c: Corpus): void {
  walkCorpus(c, (v, file, path) => {
    if (!isCitation(v)) return false;
    ck.cite(file, path, v);
    return true;
  });
}

/** Runs every cross-check; returns the problems found (empty when the corpus is sound). */
export function validateCorpus(c: Corpus): Problem[] {
  const ck = new Checker(c);
  checkCitations(ck, c);
  checkArticles(ck, c.articles);
  checkPages(ck, c.pages);
  checkSources(ck, c.sources, c.articles);
  checkDrafts(ck, c.sources, c.articles);
  checkActors(ck, c.actors);
  checkRelationships(ck, c.relationships);
  checkEvents(ck, c.events);
  checkEventOrder(ck, c.events);
  checkEras(ck, c.eras ?? []);
  checkGlossary(ck, c.glossary);
  checkDisagreements(ck, c.disagreements);
  return ck.problems;
}

// The build runs these with the editorial checks and throws once with every problem: `assertContent` in ./content-check.ts.
