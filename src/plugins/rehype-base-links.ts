/**
 * Prefixes root-relative links written in Markdown/MDX (and in hand-written
 * diagrams) with the site's base path, so content authors can write
 * `/articles/x/` and the site still works under a sub-path.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeBaseLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (el: Element) => {
      const href = el.properties?.href;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        el.properties.href = prefix + href;
      }
    });
  };
}
