/**
 * Readers see curly quotes, dashes and ellipses however a contributor typed them: the build's
 * typography pass gives exactly what Astro's default (remark-smartypants) gives, and skips only
 * documents it would not change.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { mayChangeTypography, remarkTypography } from '../../src/plugins/remark-typography.ts';

const tree = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;
const through = (markdown: string, plugin: () => (tree: Root) => void) => {
  const t = tree(markdown);
  plugin()(t);
  return JSON.stringify(t);
};

const SAMPLES = [
  'He said "stop the attacks" and they did.',
  "The factions' pause; it's held since February.",
  'A pause -- then a strike.',
  'Three dashes --- here.',
  'It went on... and on. . . and on.',
  "``Backticks quoted'' the old way.",
  'Quotes across *emphasis "inside* and out" of it.',
  'A quote right at the start:\n\n"Opening" of a paragraph.',
  'Already typed: “curly”, ’apostrophes’ — and … an ellipsis.',
  'Nothing to change in this line at all.',
  'One dot. Another dot. A decimal 2.5 and an abbreviation, e.g. this.',
  'Inline `code "quoted"` beside "text".',
];

describe('typographic punctuation', () => {
  test.each(SAMPLES)('gives what remark-smartypants gives: %s', (markdown) => {
    expect(through(markdown, remarkTypography)).toBe(through(markdown, remarkSmartypants as unknown as () => (tree: Root) => void));
  });

  test('turns straight quotes, two hyphens and three dots into their typographic forms', () => {
    const t = tree('He said "stop" -- it\'s done...');
    remarkTypography()(t);
    expect(JSON.stringify(t)).toContain('He said “stop” — it’s done…');
  });

  test('leaves alone only a document with nothing the default would change', () => {
    expect(mayChangeTypography(tree('Already typed: “curly”, ’apostrophes’ — and … an ellipsis.'))).toBe(false);
    expect(mayChangeTypography(tree('One dot. Another dot. A decimal 2.5.'))).toBe(false);
    for (const s of ['a "b"', "it's", 'a -- b', 'a... b', 'a . . . b', '``a']) {
      expect(mayChangeTypography(tree(s)), s).toBe(true);
    }
  });
});
