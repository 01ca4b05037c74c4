/**
 * linkedom compiles a CSS selector anew on every `matches()`, `closest()`,
 * `querySelector()` and `querySelectorAll()` (css-select's `is()` and
 * `compile()`), though a diagram asks the same few dozen selectors thousands
 * of times (mermaid's stylesheet rules through the cascade in svg-dom.ts, and
 * d3's selections): about 3 % of a worker's CPU time. This patch keeps each
 * compiled selector, per selector text and per options (strict or not, XML or
 * HTML), and reuses it. A compiled selector is a pure function of the element
 * it is given, and `is(e, s, o)` is `compile(s, o)(e)`, so the answers are the
 * same. A selector with `:scope` depends on the element it is asked from and
 * is compiled each time, as before.
 *
 * Applied by source-patch.ts as the worker loads linkedom;
 * tests/unit/selector-cache.test.ts compares the patched functions with
 * linkedom's own.
 */
import type { SourcePatch } from './source-patch.ts';

/** linkedom 0.18's two selector entry points (shared/matches.js). */
export const ORIGINAL_MATCHES = `export const prepareMatch = (element, selectors) => CSSselect.compile(
  selectors,
  {
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);

export const matches = (element, selectors) => CSSselect.is(
  element,
  selectors,
  {
    strict: true,
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);`;

export const SELECTOR_CACHE: SourcePatch = {
  where: '/linkedom/esm/shared/matches.js',
  replacements: [
    [
      ORIGINAL_MATCHES,
      `const compiledSelectors = new Map();
const compiledSelector = (element, selectors, strict) => {
  const xmlMode = !ignoreCase(element);
  const options = strict ? { strict, xmlMode, adapter } : { xmlMode, adapter };
  if (selectors.includes(':scope')) return CSSselect.compile(selectors, { ...options, context: element });
  const key = (strict ? 's' : 'c') + (xmlMode ? 'x' : 'h') + selectors;
  let compiled = compiledSelectors.get(key);
  if (!compiled) {
    compiled = CSSselect.compile(selectors, options);
    if (compiledSelectors.size >= 4096) compiledSelectors.clear();
    compiledSelectors.set(key, compiled);
  }
  return compiled;
};

export const prepareMatch = (element, selectors) => compiledSelector(element, selectors, false);

export const matches = (element, selectors) => compiledSelector(element, selectors, true)(element);`,
    ],
  ],
  advice:
    "linkedom's prepareMatch() and matches() are no longer in the form expected: update ORIGINAL_MATCHES in src/lib/diagrams/dom/selector-cache.ts (or remove the patch)",
};
