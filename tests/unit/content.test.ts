/**
 * The real content, checked for what readers rely on: every actor connected,
 * every report's spelling on its profile. Rules a schema or cross-check
 * already enforces (every claim cited, every original linked or marked
 * unknown, every report explained) are proven to bite in content-errors.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { validateCorpus, formatProblems } from '@/data/validate';
import { aliasKey } from '@/lib/text';
import { section } from '@/lib/markdown';
import { loadCorpus } from './content-loader';

const corpus = loadCorpus();

describe('the content', () => {
  test('passes every cross-check', () => {
    expect(formatProblems(validateCorpus(corpus))).toBe('');
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

  test('every profile lists its name as spelled in each report that names it', () => {
    const missing: string[] = [];
    for (const a of corpus.actors) {
      for (const c of a.data.coverage.filter((x) => x.named)) {
        const spelled =
          a.data.nameCite.some((x) => x.source === c.source) ||
          a.data.aliases.some((al) => al.origin === 'report' && al.cite?.some((x) => x.source === c.source));
        if (!spelled) missing.push(`${a.id} in ${c.source}`);
      }
    }
    expect(missing, 'a reader searching with a report’s spelling would not find these').toEqual([]);
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

  test('key points number 5 to 10 per explainer and summaries are 150–300 words', () => {
    for (const a of corpus.articles) {
      const summary = section(a.body ?? '', 'Summary');
      const words = summary
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean).length;
      expect(words, `${a.id}: summary length`).toBeGreaterThanOrEqual(150);
      expect(words, `${a.id}: summary length`).toBeLessThanOrEqual(300);
    }
  });
});
