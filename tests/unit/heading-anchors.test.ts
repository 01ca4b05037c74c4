/** Every h2 and h3 with an id gets one visible link to itself, in Markdown and in templates alike. */
import { describe, expect, test } from 'vitest';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import HeadingAnchor from '@/components/HeadingAnchor.astro';
import { rehypeHeadingAnchors } from '@/plugins/rehype-heading-anchors';
import { contentsEntries } from '@/lib/contents';

const heading = (tagName: string, id: string | undefined, ...children: Root['children']) =>
  ({ type: 'element', tagName, properties: id ? { id } : {}, children }) as Root['children'][number];
const text = (value: string) => ({ type: 'text', value }) as const;

describe('heading anchors', () => {
  test('a Markdown h2 or h3 with an id gets a # link to itself, labelled with its text; others are left alone', () => {
    const tree: Root = {
      type: 'root',
      children: [
        heading('h2', 'key-points', text('Key '), heading('em', undefined, text('points'))),
        heading('h3', 'r', text('Say "no"')),
        heading('h2', undefined, text('No id')),
        heading('h4', 'd', text('Deep')),
      ],
    };
    rehypeHeadingAnchors()(tree);
    // As HTML; MDX renders the empty attribute bare (data-pagefind-ignore), as the built pages show.
    expect(toHtml(tree)).toBe(
      '<h2 id="key-points">Key <em>points</em><a class="heading-anchor" href="#key-points" aria-label="Link to the section “Key points”" data-pagefind-ignore="">#</a></h2>' +
        '<h3 id="r">Say "no"<a class="heading-anchor" href="#r" aria-label="Link to the section “Say &#x22;no&#x22;”" data-pagefind-ignore="">#</a></h3>' +
        '<h2>No id</h2><h4 id="d">Deep</h4>',
    );
  });

  test('a template heading gets the same link, and the contents list leaves the # out of its label', async () => {
    const container = await AstroContainer.create();
    const link = await container.renderToString(HeadingAnchor, { props: { id: 'events', label: 'Events' } });
    expect(link).toBe('<a class="heading-anchor" href="#events" aria-label="Link to the section “Events”" data-pagefind-ignore>#</a>');
    expect(contentsEntries(`<h2 id="events">Events${link}</h2><h2 id="more">More</h2>`)).toEqual([
      { id: 'events', label: 'Events', children: [] },
      { id: 'more', label: 'More', children: [] },
    ]);
  });
});
