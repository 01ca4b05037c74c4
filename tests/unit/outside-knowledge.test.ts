/**
 * The outside-knowledge rule (see the About page): every statement of fact
 * comes from the reports; the only additions are names and notes on names,
 * each shown with a "not from the reports" mark and its kind.
 */
import { describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import OutsideMark from '@/components/OutsideMark.astro';
import { outsideKind } from '@/schemas/outside';
import { OUTSIDE_KIND_LABELS, outsideMark } from '@/schemas/labels';
import { alias } from '@/schemas/actor';
import { loadCorpus } from './content-loader';

const corpus = loadCorpus();

/** Every piece of prose the site states as fact, with where it comes from. */
function statements(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => text && out.push({ where, text });
  for (const a of corpus.actors) {
    const f = a.filePath;
    add(`${f}: short`, a.data.short);
    a.data.about.forEach((c, i) => add(`${f}: about[${i}]`, c.text));
    a.data.part.forEach((c, i) => add(`${f}: part[${i}]`, c.text));
    a.data.coverage.forEach((c, i) => add(`${f}: coverage[${i}]`, c.text));
    a.data.roles.forEach((r, i) => add(`${f}: roles[${i}]`, r.title));
  }
  for (const r of corpus.relationships) add(`${r.filePath}: [${r.data.id}].detail`, r.data.detail);
  for (const e of corpus.events) {
    add(`${e.filePath}: [${e.data.id}].title`, e.data.title);
    add(`${e.filePath}: [${e.data.id}].summary`, e.data.summary);
    e.data.variants.forEach((v, i) => add(`${e.filePath}: [${e.data.id}].variants[${i}]`, v.claim));
  }
  for (const g of corpus.glossary) {
    add(`${g.filePath}: [${g.data.id}].term`, g.data.term);
    add(`${g.filePath}: [${g.data.id}].definition`, g.data.definition);
  }
  for (const d of corpus.disagreements) {
    add(`${d.filePath}: [${d.data.id}].topic`, d.data.topic);
    d.data.positions.forEach((p, i) => add(`${d.filePath}: [${d.data.id}].positions[${i}]`, p.claim));
    add(`${d.filePath}: [${d.data.id}].note`, d.data.note);
  }
  return out;
}

/** Lower case, straight apostrophes: so "Kata’ib" and "Kata'ib" compare equal. */
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/**
 * Names that carry knowledge the reports do not: outside aliases, outside
 * glossary forms and headings with a name origin, leaving out those that are
 * only a shortening or respelling of a form the reports use ("New Arab",
 * "Kata'ib Hezbollah"), which tell a reader nothing new.
 */
function outsideNames(): Set<string> {
  const reportForms: string[] = [];
  const outside = new Set<string>();
  for (const a of corpus.actors) {
    if (a.data.nameOrigin) outside.add(a.data.name);
    else reportForms.push(norm(a.data.name));
    for (const al of a.data.aliases) {
      if (al.origin === 'report') reportForms.push(norm(al.name));
      else outside.add(al.name);
    }
  }
  for (const g of corpus.glossary) for (const al of g.data.aliases) if (al.origin !== 'report') outside.add(al.name);
  // Only Latin-script names of three letters or more can be told apart from ordinary words.
  return new Set(
    [...outside].filter((n) => /^[\p{Script=Latin}\d\s'’.,–-]{3,}$/u.test(n) && !reportForms.some((f) => f.includes(norm(n)))),
  );
}

describe('outside knowledge', () => {
  test('every kind of addition has a label, and its mark says it is not from the reports', () => {
    for (const kind of outsideKind.options) {
      expect(OUTSIDE_KIND_LABELS[kind], kind).toMatch(/\S/);
      expect(outsideMark(kind)).toBe(`not from the reports: ${OUTSIDE_KIND_LABELS[kind]}`);
    }
  });

  test('the mark is rendered as visible text, with the remark after it', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(OutsideMark, { props: { kind: 'translation', text: 'what the name means' } });
    expect(html.replace(/<[^>]+>/g, '')).toContain('not from the reports: translation: what the name means');
  });

  test('an alias the reports do not use cannot cite them, and one they use must', () => {
    expect(alias.safeParse({ name: 'SDF', origin: 'established', cite: ['antiwar-2024:6'] }).success).toBe(false);
    expect(alias.safeParse({ name: 'Qaani', origin: 'report' }).success).toBe(false);
    expect(alias.safeParse({ name: 'SDF', origin: 'established' }).success).toBe(true);
  });

  test('no name the reports never use appears in a statement of fact', () => {
    const names = outsideNames();
    expect(names.size, 'the check needs outside names to look for').toBeGreaterThan(20);
    const leaks = statements().flatMap(({ where, text }) =>
      [...names]
        .filter((n) => new RegExp(`(^|[^\\p{L}\\d])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d])`, 'u').test(text))
        .map((n) => `${where}: "${n}"`),
    );
    expect(leaks, 'a reader would take these outside names for something a report says').toEqual([]);
  });

  test('no citation key such as "antiwar-2024:6" is written into reader-facing text', () => {
    const raw = statements().filter(({ text }) => /\b[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}:\d+\b/.test(text));
    expect(
      raw.map((s) => s.where),
      'readers would see a raw key instead of a citation link',
    ).toEqual([]);
  });
});
