/**
 * Cross-entry checks over the whole corpus. Each schema checks one entry; these
 * check that entries agree with each other. Every problem names the file and
 * the field, so a contributor can go straight to it. Pure: plain data in,
 * messages out.
 */
import { endsBeforeStart, latest, earliest } from './dates';
import type { Citation, Corpus, Entry, PartialDate } from './types';
import { aliasKey, slugify } from './text';

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
export function scanBody(body: string): { cites: { ref: string; line: number }[]; actors: { id: string; line: number }[] } {
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

/** Runs every cross-check; returns the problems found (empty when the corpus is sound). */
export function validateCorpus(c: Corpus): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const actors = new Set(c.actors.map((a) => a.id));
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const checkCite = (file: string, field: string, cite: Citation) => {
    const src = sources.get(cite.source);
    if (!src) {
      add(file, `${field}.source`, `unknown source "${cite.source}"`);
      return;
    }
    const n = src.data.paragraphs.length;
    if (cite.p > n) add(file, `${field}.p`, `paragraph ${cite.p} is beyond the ${n} paragraphs of source "${cite.source}"`);
  };
  const checkCites = (file: string, field: string, list: Citation[] | undefined) =>
    list?.forEach((cite, i) => checkCite(file, `${field}[${i}]`, cite));
  const checkActor = (file: string, field: string, id: string) => {
    if (!actors.has(id)) add(file, field, `unknown actor "${id}"`);
  };
  const checkSpan = (file: string, field: string, start?: PartialDate, end?: PartialDate) => {
    if (start && end && endsBeforeStart(start, end)) add(file, field, `end ${end.value} is before start ${start.value}`);
  };
  /** A dated fact cannot happen after every report that tells of it was published. */
  const checkNotAfterSources = (file: string, field: string, date: PartialDate, cites: Citation[]) => {
    const published = cites.map((ct) => sources.get(ct.source)?.data.published.date).filter((d) => d !== undefined);
    if (published.length !== cites.length || published.length === 0) return;
    const newest = published.map(latest).sort().at(-1)!;
    if (earliest(date) > newest) add(file, field, `date ${date.value} is after the publication of the source(s) cited for it`);
  };

  const checkBody = (f: string, raw: string | undefined) => {
    const body = scanBody(raw ?? '');
    for (const { ref, line } of body.cites) {
      const m = /^([a-z0-9-]+):([1-9][0-9]*)$/.exec(ref);
      if (!m) add(f, `body line ${line} <Cite c>`, `"${ref}" is not a citation like "antiwar-2024:7"`);
      else checkCite(f, `body line ${line} <Cite c="${ref}">`, { source: m[1]!, p: Number(m[2]), note: undefined });
    }
    for (const { id, line } of body.actors) checkActor(f, `body line ${line} <Actor id>`, id);
    if (body.cites.length === 0) add(f, 'body', 'the text has no inline <Cite> citations');
  };
  for (const a of c.articles) {
    const f = a.filePath;
    if (!sources.has(a.data.source)) add(f, 'source', `unknown source "${a.data.source}"`);
    a.data.keyPoints.forEach((k, i) => checkCites(f, `keyPoints[${i}].cite`, k.cite));
    a.data.whoswho.forEach((w, i) => {
      checkActor(f, `whoswho[${i}].actor`, w.actor);
      checkCites(f, `whoswho[${i}].cite`, w.cite);
    });
    checkBody(f, a.body);
    const summary = /^## Summary\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(a.body ?? '')?.[1]?.trim() ?? '';
    if (!summary) add(f, 'body ## Summary', 'the summary is missing or empty');
  }
  for (const p of c.pages) checkBody(p.filePath, p.body);
  const articleSources = new Set(c.articles.map((a) => a.data.source));
  for (const s of c.sources) if (!articleSources.has(s.id)) add(s.filePath, 'id', `source "${s.id}" has no explainer in content/articles/`);

  const redirects = new Map<string, string>();
  const aliasOwners = new Map<string, { actor: string; file: string }>();
  const claimAlias = (file: string, field: string, actor: string, name: string) => {
    const key = aliasKey(name);
    const owner = aliasOwners.get(key);
    if (owner && owner.actor !== actor) add(file, field, `alias "${name}" is also used by actor "${owner.actor}" (${owner.file})`);
    else aliasOwners.set(key, { actor, file });
  };
  for (const a of c.actors) {
    const f = a.filePath;
    claimAlias(f, 'name', a.id, a.data.name);
    checkCites(f, 'nameCite', a.data.nameCite);
    a.data.about.forEach((x, i) => checkCites(f, `about[${i}].cite`, x.cite));
    a.data.part.forEach((x, i) => checkCites(f, `part[${i}].cite`, x.cite));
    a.data.aliases.forEach((al, i) => {
      claimAlias(f, `aliases[${i}].name`, a.id, al.name);
      checkCites(f, `aliases[${i}].cite`, al.cite);
      const target = slugify(al.name);
      if (al.redirect && (actors.has(target) || !target)) {
        add(f, `aliases[${i}].redirect`, `redirect /actors/${target}/ would collide with an existing page`);
      } else if (al.redirect) {
        const other = redirects.get(target);
        if (other && other !== a.id) add(f, `aliases[${i}].redirect`, `redirect /actors/${target}/ is also claimed by actor "${other}"`);
        redirects.set(target, a.id);
      }
    });
    a.data.roles.forEach((r, i) => {
      checkCites(f, `roles[${i}].cite`, r.cite);
      checkSpan(f, `roles[${i}].end`, r.start, r.end);
    });
    a.data.coverage.forEach((x, i) => {
      if (!sources.has(x.source)) add(f, `coverage[${i}].source`, `unknown source "${x.source}"`);
      checkCites(f, `coverage[${i}].cite`, x.cite);
    });
  }

  for (const r of c.relationships) {
    const f = r.filePath;
    const at = `[${r.id}]`;
    checkActor(f, `${at}.from`, r.data.from);
    checkActor(f, `${at}.to`, r.data.to);
    if (r.data.from === r.data.to) add(f, `${at}.to`, `relationship from "${r.data.from}" to itself`);
    checkCites(f, `${at}.cite`, r.data.cite);
    checkSpan(f, `${at}.end`, r.data.start, r.data.end);
    if (r.data.start) checkNotAfterSources(f, `${at}.start`, r.data.start, r.data.cite);
  }

  for (const e of c.events) {
    const f = e.filePath;
    const at = `[${e.id}]`;
    e.data.actors.forEach((id, i) => checkActor(f, `${at}.actors[${i}]`, id));
    checkCites(f, `${at}.cite`, e.data.cite);
    e.data.variants.forEach((v, i) => checkCites(f, `${at}.variants[${i}].cite`, v.cite));
    checkSpan(f, `${at}.end`, e.data.date, e.data.end);
    checkNotAfterSources(f, `${at}.date`, e.data.date, e.data.cite);
  }

  // Eras: cited where the title says more than "these dated events"; exactly one open-ended (the newest).
  const eras = c.eras ?? [];
  const open = eras.filter((e) => !e.data.until);
  eras.forEach((e) => e.data.cite && checkCites(e.filePath, `[${e.id}].cite`, e.data.cite));
  open.slice(1).forEach((e) => add(e.filePath, `[${e.id}].until`, `only one era may leave out "until" (also "${open[0]!.id}")`));
  if (eras.length && !open.length) add(eras[0]!.filePath, `[${eras.at(-1)!.id}].until`, 'the newest era must leave out "until"');
  const untils = new Map<string, string>();
  for (const e of eras) {
    if (!e.data.until) continue;
    const day = latest(e.data.until);
    if (untils.has(day)) add(e.filePath, `[${e.id}].until`, `ends the same day as era "${untils.get(day)}"`);
    untils.set(day, e.id);
  }

  for (const g of c.glossary) {
    checkCites(g.filePath, `[${g.id}].cite`, g.data.cite);
    g.data.actors.forEach((id, i) => checkActor(g.filePath, `[${g.id}].actors[${i}]`, id));
  }
  for (const d of c.disagreements) {
    d.data.positions.forEach((p, i) => checkCites(d.filePath, `[${d.id}].positions[${i}].cite`, p.cite));
    d.data.actors.forEach((id, i) => checkActor(d.filePath, `[${d.id}].actors[${i}]`, id));
  }
  return problems;
}

/** Throws one error listing every problem, so a build fails with all of them at once. */
export function assertValid(c: Corpus): void {
  const problems = validateCorpus(c);
  if (problems.length) {
    throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }
}

export type { Entry };
