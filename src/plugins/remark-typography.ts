/**
 * Typographic punctuation (curly quotes, dashes, ellipses) in Markdown and MDX:
 * remark-smartypants, the plugin Astro runs by default, in the same place in
 * the pipeline, but only on a document that has something for it to change.
 *
 * It parses a document's whole text with retext's natural-language parser,
 * then each text node again, even when the text already has its curly quotes
 * and dashes typed, as this site's reports do. That was about 4 s of a
 * thousand-report build's 24 s bundling step. A document none of whose text
 * holds a straight quote, a backtick, two hyphens or two dots (with or without
 * a space between them: everything it replaces starts so) is left as it is,
 * which is what the plugin would leave it; any other document goes through the
 * plugin whole.
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { visit, EXIT } from 'unist-util-visit';

/** What the plugin's replacements start from: straight quotes, backticks, "--", ".." or ". .". */
const MAY_CHANGE = /["'`]|--|\.\s*\./;

/** Whether any text of the tree may be changed by remark-smartypants. */
export function mayChangeTypography(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (!MAY_CHANGE.test(node.value)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/** The plugin's transform. It reads no processor state, so it is made once, outside a processor. */
const smartypantsTransform = remarkSmartypants as unknown as () => (tree: Root) => void;

export function remarkTypography() {
  const smartypants = smartypantsTransform();
  return (tree: Root) => {
    if (mayChangeTypography(tree)) smartypants(tree);
  };
}
