import { describe, expect, it } from 'vitest';
import { contentsEntries, fillContents } from '@/lib/contents';

const placeholder = (depth = 2) =>
  `<nav class="contents"><p>On this page</p><ol data-contents-depth="${depth}"></ol><a href="#contents">↑</a></nav>`;

describe('contents list from the page’s own headings', () => {
  it('lists each section heading with an id, in order, and nests subsections only when asked', () => {
    const html = `<h2 id="a">First <a class="x">#</a></h2><h3 id="a1">Sub</h3><h2>No id</h2><h3 id="b1">Orphan</h3><h2 id="c">Third &amp; last</h2>`;
    expect(contentsEntries(html)).toEqual([
      { id: 'a', label: 'First #', children: [] },
      { id: 'c', label: 'Third &amp; last', children: [] },
    ]);
    expect(contentsEntries(html, 3)[0]!.children).toEqual([{ id: 'a1', label: 'Sub', children: [] }]);
    // A subsection under a heading that cannot be linked is not pinned to the previous section.
    expect(contentsEntries(html, 3).flatMap((e) => e.children.map((c) => c.id))).toEqual(['a1']);
  });

  it('fills the placeholder from the headings after it, adds the notes list, and lists the cite box without its styles', () => {
    const page = `<h1>T</h1>${placeholder()}<h2 id="one">One</h2><section class="cite-this panel"><h2 id="cite-this-page">Cite</h2><h3 id="cite-apa">APA</h3></section><h2 id="two">Two</h2>`;
    const out = fillContents(page, [{ id: 'sources-for-this-page', label: 'Sources for this page', children: [] }]);
    expect(out).toContain(
      '<ol data-contents-depth="2"><li><a href="#one">One</a></li><li><a href="#cite-this-page">Cite</a></li><li><a href="#two">Two</a></li><li><a href="#sources-for-this-page">Sources for this page</a></li></ol>',
    );
  });

  it('drops the whole list from a page with fewer than two sections, and leaves a page without one alone', () => {
    const short = `<h1>T</h1>${placeholder()}<h2 id="one">One</h2>`;
    expect(fillContents(short)).toBe('<h1>T</h1><h2 id="one">One</h2>');
    expect(fillContents('<h2 id="x">X</h2><h2 id="y">Y</h2>')).toBe('<h2 id="x">X</h2><h2 id="y">Y</h2>');
  });
});
