/**
 * Gives every h2 and h3 with an id, in Markdown and MDX, a visible "#" link to
 * itself, last inside the heading (the same link `HeadingAnchor.astro` gives
 * headings written in templates). Runs after `rehypeHeadingIds`, which gives
 * the headings their ids.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { HEADING_ANCHOR_CLASS, headingAnchorLabel } from '../lib/heading-anchor.ts';

/** The text a reader sees in some nodes. */
const text = (nodes: ElementContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? text(n.children) : '')).join('');

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element) => {
      const id = el.properties.id;
      if ((el.tagName !== 'h2' && el.tagName !== 'h3') || typeof id !== 'string' || !id) return;
      el.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: [HEADING_ANCHOR_CLASS],
          href: `#${id}`,
          ariaLabel: headingAnchorLabel(text(el.children)),
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
