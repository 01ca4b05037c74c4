import { describe, expect, it } from 'vitest';
import { numberCitations } from '@/plugins/cite-notes';

const sources = { a: { label: 'Report A', url: 'https://example.org/a', paragraphs: ['Headline.', 'Qaani visits.', 'A pause.'] } };
const marker = (...refs: string[]) =>
  `<sup class="cite" data-cite="${refs.join(' ')}" data-pagefind-ignore>${refs
    .map((r) => `<a href="/articles/a/#p-${r.split(':')[1]}" data-ref="${r}">Report A ¶${r.split(':')[1]}</a>`)
    .join('')}</sup>`;
const page = (body: string) => `<main id="main">${body}</main>`;

describe('numbered citations', () => {
  it('numbers cited paragraphs in order of first citation and reuses a number for a repeat', () => {
    const html = numberCitations(page(`One.${marker('a:3')} Two.${marker('a:2', 'a:3')}`), sources);
    const numbers = [...html.matchAll(/class="cite-ref" id="([^"]+)" href="#note-(\d)"/g)].map((m) => `${m[1]}→${m[2]}`);
    expect(numbers).toEqual(['cite-1-1→1', 'cite-2-1→2', 'cite-1-2→1']);
  });

  it('lists each paragraph once with report, paragraph, gist, original and guide, and links back to every use', () => {
    const html = numberCitations(page(`One.${marker('a:3')} Two.${marker('a:3')}`), sources);
    const note = /<li id="note-1"[\s\S]*?<\/li>/.exec(html)![0];
    expect(note).toContain('Report A, ¶3</strong>: A pause.');
    expect(note).toContain('href="https://example.org/a"');
    expect(note).toContain('href="/articles/a/#p-3"');
    expect(note).toContain('href="#cite-1-1"');
    expect(note).toContain('href="#cite-1-2"');
    expect(html.indexOf('Sources for this page')).toBeLessThan(html.indexOf('</main>'));
  });

  it('leaves a page without citations alone and fails on a paragraph the report lacks', () => {
    expect(numberCitations(page('Nothing cited.'), sources)).toBe(page('Nothing cited.'));
    expect(() => numberCitations(page(marker('a:9')), sources)).toThrow('citation "a:9": no such report paragraph');
  });
});
