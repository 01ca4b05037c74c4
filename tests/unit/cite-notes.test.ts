import { describe, expect, it } from 'vitest';
import { numberCitations } from '@/plugins/cite-notes';

const sources = { a: { label: 'Report A', url: 'https://example.org/a', paragraphs: ['Headline.', 'Qaani visits.', 'A pause.'] } };
const marker = (...refs: string[]) =>
  `<sup class="cite" data-cite="${refs.join(' ')}" data-pagefind-ignore>${refs
    .map((r) => `<a href="/articles/a/#p-${r.split(':')[1]}" data-ref="${r}">Report A ¶${r.split(':')[1]}</a>`)
    .join('')}</sup>`;
const page = (body: string) => `<main id="main">${body}</main>`;

describe('numbered citations', () => {
  it('gives each statement one number, in order of first citation, and reuses it when the same paragraphs are cited again', () => {
    const html = numberCitations(
      page(`One.${marker('a:3')} Two.${marker('a:2', 'a:3')} Three.${marker('a:3')} Four.${marker('a:3', 'a:2')}`),
      sources,
    );
    const numbers = [...html.matchAll(/class="cite-ref" id="([^"]+)" href="#note-(\d)"/g)].map((m) => `${m[1]}→${m[2]}`);
    expect(numbers).toEqual(['cite-1-1→1', 'cite-2-1→2', 'cite-1-2→1', 'cite-2-2→2']);
    // The group keeps the data-cite other tools read; the marker names its first paragraph.
    expect(html).toContain(
      '<sup class="cite" data-cite="a:2 a:3" data-pagefind-ignore><a class="cite-ref" id="cite-2-1" href="#note-2" data-ref="a:2"',
    );
  });

  it("lists a statement's paragraphs in one note with report, paragraph, gist, original and guide, and links back to every use", () => {
    const html = numberCitations(page(`One.${marker('a:2', 'a:3')} Two.${marker('a:2', 'a:3')}`), sources);
    expect(html.match(/<li id="note-/g)).toHaveLength(1);
    const note = /<li id="note-1"[\s\S]*?<\/ul><\/div><\/li>/.exec(html)![0];
    expect(note).toContain('<a class="note-guide" href="/articles/a/#p-2">Report A, ¶2</a>: Qaani visits.');
    expect(note).toContain('<a class="note-guide" href="/articles/a/#p-3">Report A, ¶3</a>: A pause.');
    // The original once per report in the note.
    expect(note.match(/href="https:\/\/example.org\/a"/g)).toHaveLength(1);
    expect(note).toContain('href="#cite-1-1"');
    expect(note).toContain('href="#cite-1-2"');
    expect(html).toContain('aria-label="Source 1: Report A, paragraph 2; Report A, paragraph 3"');
    expect(html.indexOf('Sources for this page')).toBeLessThan(html.indexOf('</main>'));
  });

  it("gives a paragraph's gist once, in the first note citing it, and points later notes there", () => {
    const html = numberCitations(page(`One.${marker('a:2')} Two.${marker('a:2', 'a:3')}`), sources);
    expect(html.match(/Qaani visits\./g)).toHaveLength(1);
    const second = /<li id="note-2"[\s\S]*?<\/div><\/li>/.exec(html)![0];
    expect(second).toContain('Report A, ¶3</a>: A pause.');
    expect(second).toContain('<p class="note-also">Also <a href="#note-1" data-cite="a:2">Report A, ¶2</a> (note 1)</p>');
  });

  it('leaves a page without citations alone and fails on a paragraph the report lacks', () => {
    expect(numberCitations(page('Nothing cited.'), sources)).toBe(page('Nothing cited.'));
    expect(() => numberCitations(page(marker('a:9')), sources)).toThrow('citation "a:9": no such report paragraph');
  });
});
