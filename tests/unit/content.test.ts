/**
 * The real content, checked for what readers rely on: every actor connected,
 * every check the build runs passing. Rules a schema or cross-check
 * already enforces (every claim cited, every original linked or marked
 * unknown, every report explained, every report's spelling on its profile) are proven to bite in content-errors.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { validateCorpus, formatProblems } from '@/data/validate';
import { checkEditorial } from '@/data/content-check';
import { readEditorialInput } from '@/data/content-files';
import { aliasKey, paragraphsOf } from '@/lib/text';
import { section } from '@/lib/markdown';
import { loadCorpus } from './content-loader';

const corpus = loadCorpus();

describe('the content', () => {
  test('passes every cross-check and editorial check the build runs (the copy check where the report texts are at hand)', () => {
    const input = readEditorialInput(corpus);
    expect(formatProblems([...validateCorpus(corpus), ...checkEditorial(corpus, input)])).toBe('');
  });

  test('every relationship, event and key point has at least one citation', () => {
    const uncited = [
      ...corpus.relationships.filter((r) => r.data.cite.length === 0).map((r) => r.id),
      ...corpus.events.filter((e) => e.data.cite.length === 0).map((e) => e.id),
      ...corpus.articles.flatMap((a) => a.data.happened.filter((k) => k.cite.length === 0).map((k) => `${a.id}: ${k.text}`)),
    ];
    expect(uncited, 'a reader could not check these claims').toEqual([]);
  });

  test('every actor has at least one relationship or event', () => {
    const connected = new Set([
      ...corpus.relationships.flatMap((r) => [r.data.from, r.data.to]),
      ...corpus.events.flatMap((e) => e.data.actors),
    ]);
    expect(
      corpus.actors.filter((a) => !connected.has(a.id)).map((a) => a.id),
      'these profiles would have an empty network and no events',
    ).toEqual([]);
  });

  test('no alias is shared by two actors', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of corpus.actors) {
      for (const name of [a.data.name, ...a.data.aliases.map((x) => x.name)]) {
        const prev = owner.get(aliasKey(name));
        if (prev && prev !== a.id) clashes.push(`${name}: ${prev} / ${a.id}`);
        owner.set(aliasKey(name), a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every explainer opens short: 4–5 takeaways, a "Why it matters" of at most 120 words, and no paragraph over 90 words', () => {
    for (const a of corpus.articles) {
      expect(a.data.happened.length, `${a.id}: takeaways under "What happened"`).toBeGreaterThanOrEqual(4);
      expect(a.data.happened.length, `${a.id}: takeaways under "What happened"`).toBeLessThanOrEqual(5);
      const words = (t: string) =>
        t
          .replace(/<[^>]+>/g, ' ')
          .split(/\s+/)
          .filter(Boolean).length;
      const matters = section(a.body ?? '', 'Why it matters');
      expect(words(matters), `${a.id}: a reader wanting the stakes gets a wall of text`).toBeGreaterThan(20);
      expect(words(matters), `${a.id}: a reader wanting the stakes gets a wall of text`).toBeLessThanOrEqual(120);
      for (const para of paragraphsOf(a.body ?? '').flatMap((p) => p.split(/\n(?=- )/)))
        expect(words(para), `${a.id}: paragraph too long: ${para.slice(0, 60)}…`).toBeLessThanOrEqual(90);
    }
  });

  test('who’s who names at most 8 main actors and every other named actor appears once, under "Also named"', () => {
    for (const a of corpus.articles) {
      const main = a.data.whoswho.map((w) => w.actor);
      expect(main.length, `${a.id}: who’s who is a list, not the cast`).toBeLessThanOrEqual(8);
      const both = a.data.alsoNamed.filter((id) => main.includes(id));
      expect(both, `${a.id}: listed twice`).toEqual([]);
    }
  });
});
