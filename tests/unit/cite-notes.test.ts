/**
 * Numbered citations: a reader meets the numbers 1, 2, 3… in reading order,
 * whatever order Astro happens to render the components in, and each note
 * lists the paragraphs its statement rests on with a way back to every use.
 */
import { describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { byReport, CitationRegistry, pageCitations } from '@/lib/cite-notes';
import Page from './fixtures/cite-order/Page.astro';

const sources = { a: { label: 'Report A', paragraphs: 3 } };

describe('numbered citations', () => {
  test('numbers follow reading order even when an earlier section renders last', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Page, { locals: {} });
    // Each note's paragraphs, as its links to the paragraph guide name them.
    const notes = Object.fromEntries(
      [...html.matchAll(/<li id="note-(\d)">[\s\S]*?<\/li>/g)].map((m) => [
        m[1],
        [...m[0].matchAll(/href="\/articles\/([^/]+)\/#p-(\d+)"/g)].map((x) => `${x[1]}:${x[2]}`).join(' '),
      ]),
    );
    const markers = [...html.matchAll(/<a class="cite-ref" id="([^"]+)" href="#note-(\d)"/g)].map((m) => `${notes[m[2]!]} ${m[1]}→${m[2]}`);
    expect(markers, 'a reader would meet the citation numbers out of order').toEqual([
      'a:1 cite-1-1→1',
      'a:2 cite-2-1→2',
      'a:3 cite-3-1→3',
      'a:2 cite-2-2→2',
      'a:4 cite-4-1→4',
    ]);
    expect(notes).toEqual({ 1: 'a:1', 2: 'a:2', 3: 'a:3', 4: 'a:4' });
    expect(html, 'a screen reader would hear only "Source 1", not the paragraphs it rests on').toContain(
      '<div class="note-body" id="note-1-refs"><span class="note-report">Report A, <a class="note-guide" href="/articles/a/#p-1">¶1</a></span></div>',
    );
    expect(html).toContain('<a href="#cite-2-1" aria-label="Back to citation 2, use 1">a</a> <a href="#cite-2-2"');
    expect(html).toContain('<span class="note-report">Report A, <a class="note-guide" href="/articles/a/#p-3">¶3</a></span>');
    expect(html.indexOf('Sources for this page')).toBeGreaterThan(html.indexOf('In an article body.'));
  });

  test("gives a statement's paragraphs one number and one note, and the same set cited again keeps it", () => {
    const r = new CitationRegistry();
    const body = `One.${r.mark([{ ref: 'a:2' }, { ref: 'a:3', title: 'it’s "quoted"' }])} Two.${r.mark([{ ref: 'a:3' }, { ref: 'a:2' }])}`;
    const { html, notes } = r.resolve(body, sources);
    expect(html).toBe(
      'One.<a class="cite-ref" id="cite-1-1" href="#note-1" aria-label="Source 1" aria-describedby="note-1-refs" title="it’s &quot;quoted&quot;">1</a>' +
        ' Two.<a class="cite-ref" id="cite-1-2" href="#note-1" aria-label="Source 1" aria-describedby="note-1-refs">1</a>',
    );
    expect(notes).toEqual([
      {
        n: 1,
        refs: [
          { ref: 'a:2', source: 'a', p: 2, label: 'Report A' },
          { ref: 'a:3', source: 'a', p: 3, label: 'Report A' },
        ],
        uses: ['cite-1-1', 'cite-1-2'],
      },
    ]);
  });

  test('a note lists its paragraphs report by report, in the order the reports are listed, and by number', () => {
    const two = { a: { label: 'Report A', paragraphs: 12 }, b: { label: 'Report B', paragraphs: 12 } };
    const r = new CitationRegistry();
    const { notes } = r.resolve(r.mark([{ ref: 'b:9' }, { ref: 'a:12' }, { ref: 'b:2' }, { ref: 'a:3' }]), two);
    expect(
      notes[0]!.refs.map((x) => x.ref),
      'a reader would have to hunt through a mixed list for one report’s paragraphs',
    ).toEqual(['a:3', 'a:12', 'b:2', 'b:9']);
    expect(byReport(notes[0]!.refs).map((run) => `${run.label}: ${run.refs.map((x) => x.p).join(', ')}`)).toEqual([
      'Report A: 3, 12',
      'Report B: 2, 9',
    ]);
  });

  test('a citation that renders before the layout (MDX content in dev) is numbered on the same page', () => {
    const locals = {};
    const early = pageCitations(locals).mark([{ ref: 'a:2' }]);
    const { html, notes } = pageCitations(locals).resolve(`<p>Early. ${early}</p>`, sources);
    expect(html).toContain('href="#note-1"');
    expect(notes.map((n) => n.refs.map((r) => r.ref))).toEqual([['a:2']]);
  });

  test('fails, naming the citation, on a paragraph the report lacks, and on a citation left out of the body', () => {
    const r = new CitationRegistry();
    expect(() => r.resolve(r.mark([{ ref: 'a:9' }]), sources)).toThrow('citation "a:9": no such report paragraph');
    const lost = new CitationRegistry();
    lost.mark([{ ref: 'a:1' }]);
    expect(() => lost.resolve('<p>No placeholder.</p>', sources)).toThrow('outside the page body');
  });
});
