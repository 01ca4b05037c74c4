/**
 * Each article page tells each fact once: outside the paragraph guide (the one
 * place the report is retold paragraph by paragraph), no more than about one
 * sentence in twelve may retell a sentence of another section. Measured over
 * the sections as the page renders them, from the real content.
 */
import { describe, expect, test } from 'vitest';
import { retellings, sentences, type TextSection } from '../support/retelling';
import { loadCorpus } from './content-loader';

/** MDX or YAML text as the reader sees it: tags, citations and markdown marks removed. */
function plain(mdx: string): string {
  return mdx
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*/g, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+([.,;:])/g, '$1');
}

/** The sections of an article page outside the paragraph guide, in page order. */
function articleSections(data: Record<string, unknown>, body: string): TextSection[] {
  const lists: TextSection[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    const items = value.map((v) =>
      v && typeof v === 'object' ? ((v as { text?: string; role?: string }).text ?? (v as { role?: string }).role) : undefined,
    );
    // Each list item ends a sentence on the page even when typed without a full stop.
    if (items.every((t) => typeof t === 'string'))
      lists.push({ name: key, text: items.map((t) => `${t!.replace(/[.]?$/, '.')}`).join(' ') });
  }
  const parts = body.split(/^## /m).filter((s) => s.trim());
  const headed = parts.map((p) => {
    const [heading = '', ...rest] = p.split('\n');
    return { name: heading.trim(), text: plain(rest.join('\n')) };
  });
  return [{ name: 'standfirst', text: String(data.description ?? '') }, ...lists, ...headed];
}

const corpus = loadCorpus();

describe('article pages tell each fact once', () => {
  test('the measure finds a retold sentence and passes distinct ones', () => {
    const same = retellings([
      { name: 'a', text: 'Qaani met representatives of several armed groups in Baghdad on 29 January.' },
      { name: 'b', text: 'On 29 January Qaani met the representatives of several armed groups in Baghdad.' },
    ]);
    expect(same.retold).toHaveLength(2);
    const different = retellings([
      { name: 'a', text: 'Qaani met representatives of several armed groups in Baghdad on 29 January.' },
      { name: 'b', text: 'Kataib Hezbollah announced a suspension of its attacks the next day.' },
    ]);
    expect(different.retold).toHaveLength(0);
    expect(sentences('One two three four. Five six seven eight.')).toHaveLength(2);
  });

  for (const a of corpus.articles) {
    test(`${a.id}: at most 1 sentence in 12 retells another section`, () => {
      const { total, retold } = retellings(articleSections(a.data as Record<string, unknown>, a.body ?? ''));
      const share = retold.length / total;
      // The figure is printed so a change in either direction is visible in the test log.
      console.log(`${a.id}: ${retold.length} of ${total} sentences retold (${(share * 100).toFixed(1)}%)`);
      expect(
        share,
        `a reader of ${a.id} meets these facts twice:\n${retold.map((r) => `  [${r.section}] ${r.sentence}\n    ≈ [${r.otherSection}] ${r.other}`).join('\n')}`,
      ).toBeLessThanOrEqual(1 / 12);
    });
  }
});
