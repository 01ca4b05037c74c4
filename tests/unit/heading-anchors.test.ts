/** Every h2 and h3 with an id gets one visible link to itself; nothing else is touched. */
import { describe, expect, test } from 'vitest';
import { addHeadingAnchors } from '@/plugins/heading-anchors';

describe('heading anchors', () => {
  test('each h2 and h3 with an id gets a # link to itself, labelled with the heading text', () => {
    const out = addHeadingAnchors('<h2 id="key-points">Key <em>points</em></h2><h3 class="x" id="r">Rel</h3>');
    expect(out).toBe(
      '<h2 id="key-points">Key <em>points</em><a class="heading-anchor" href="#key-points" aria-label="Link to the section “Key points”" data-pagefind-ignore>#</a></h2>' +
        '<h3 class="x" id="r">Rel<a class="heading-anchor" href="#r" aria-label="Link to the section “Rel”" data-pagefind-ignore>#</a></h3>',
    );
  });

  test('headings without an id, h1 and h4, and headings already linked are left alone', () => {
    const html = '<h1 id="t">T</h1><h2>No id</h2><h4 id="d">Deep</h4>';
    expect(addHeadingAnchors(html)).toBe(html);
    const once = addHeadingAnchors('<h2 id="a">A</h2>');
    expect(addHeadingAnchors(once)).toBe(once);
  });

  test('a quote in the heading cannot break the label attribute', () => {
    expect(addHeadingAnchors('<h2 id="q">Say "no"</h2>')).toContain('aria-label="Link to the section “Say &quot;no&quot;”"');
  });
});
