/** "Cite this page" in the four styles, pinned: a reader pasting one into a paper gets it right. */
import { describe, expect, test } from 'vitest';
import { citePage } from '@/lib/cite';

const input = {
  title: 'Esmail Qaani',
  site: 'Tehran’s Reach in Iraq',
  url: 'https://example.org/actors/esmail-qaani/',
};

describe('page citations', () => {
  test('a day-precise date, in APA, MLA, Chicago and BibTeX', () => {
    const c = citePage({ ...input, updated: { value: '2026-11-22', precision: 'day' } });
    expect(c.apa).toBe('Esmail Qaani. (2026, November 22). Tehran’s Reach in Iraq. https://example.org/actors/esmail-qaani/');
    expect(c.mla).toBe('“Esmail Qaani.” Tehran’s Reach in Iraq, 22 Nov. 2026, https://example.org/actors/esmail-qaani/.');
    expect(c.chicago).toBe(
      '“Esmail Qaani.” Tehran’s Reach in Iraq. Last modified November 22, 2026. https://example.org/actors/esmail-qaani/.',
    );
    expect(c.bibtex).toBe(
      [
        '@misc{esmail-qaani-2026,',
        '  title = {Esmail Qaani},',
        '  author = {{Tehran’s Reach in Iraq}},',
        '  year = {2026},',
        '  month = {November},',
        '  howpublished = {\\url{https://example.org/actors/esmail-qaani/}},',
        '  note = {Last updated 2026-11-22}',
        '}',
      ].join('\n'),
    );
  });

  test('a month-precise date never gains a day; MLA abbreviates the month its own way', () => {
    const c = citePage({ ...input, updated: { value: '2026-09', precision: 'month' } });
    expect(c.apa).toContain('(2026, September)');
    expect(c.mla).toContain(', Sept. 2026,');
    expect(c.chicago).toContain('Last modified September, 2026.');
    expect(c.bibtex).toContain('month = {September}');
  });

  test('the home page gets a citation key too, and braces in a title cannot break BibTeX', () => {
    const c = citePage({ ...input, title: 'A {braced} title', url: 'https://example.org/', updated: { value: '2026', precision: 'year' } });
    expect(c.bibtex.split('\n')[0]).toBe('@misc{exampleorg-2026,');
    expect(c.bibtex).toContain('title = {A braced title}');
    expect(c.bibtex).not.toContain('month');
  });
});
