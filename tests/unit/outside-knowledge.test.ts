/**
 * The outside-knowledge rule (see the About page): every statement of fact
 * comes from the reports; the only additions are names and notes on names,
 * each shown with a "not from the reports" mark and its kind. The build
 * enforces the rule (`src/data/content-check.ts`); tests/unit/content-errors.test.ts
 * proves it bites on an explainer.
 */
import { describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import OutsideMark from '@/components/OutsideMark.astro';
import { outsideKind } from '@/schemas/outside';
import { OUTSIDE_KIND_LABELS, outsideMark } from '@/schemas/labels';
import { alias } from '@/schemas/actor';
import { checkOutsideNames, outsideNames, statements } from '@/data/content-check';
import { formatProblems } from '@/data/validate';
import { loadCorpus } from './content-loader';

const corpus = loadCorpus();

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
    expect(html.replace(/<[^>]+>/g, '')).toContain('not from the reports: translation — what the name means');
  });

  test('an alias the reports do not use cannot cite them, and one they use must', () => {
    expect(alias.safeParse({ name: 'SDF', origin: 'established', cite: ['antiwar-2024:6'] }).success).toBe(false);
    expect(alias.safeParse({ name: 'Qaani', origin: 'report' }).success).toBe(false);
    expect(alias.safeParse({ name: 'SDF', origin: 'established' }).success).toBe(true);
  });

  test('no name the reports never use appears in a statement of fact (the build runs this check)', () => {
    expect(outsideNames(corpus).size, 'the check needs outside names to look for').toBeGreaterThan(20);
    expect(formatProblems(checkOutsideNames(corpus)), 'a reader would take these outside names for something a report says').toBe('');
  });

  test('no citation key such as "antiwar-2024:6" is written into reader-facing text', () => {
    // Inline <Cite c="…" /> in a body is how citations are written, not text a reader sees.
    const raw = statements(corpus).filter(({ text }) => /\b[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}:\d+\b/.test(text.replace(/<Cite\s[^>]*>/g, '')));
    expect(
      raw.map((s) => `${s.file}: ${s.field}`),
      'readers would see a raw key instead of a citation link',
    ).toEqual([]);
  });
});
