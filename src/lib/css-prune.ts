/**
 * Leaves out of a stylesheet the rules that cannot match a page: a rule goes
 * only when every selector in its list names an element, class or id the page
 * does not have. Everything else stays, so the result styles the page exactly as the
 * whole sheet did:
 * - a selector of elements, attributes or pseudo-classes alone is kept;
 * - whatever is inside parentheses (`:not(.x)`, `:is(.a, .b)`, `:has(.c)`) is
 *   not required, nor what is inside an attribute selector;
 * - `@font-face`, `@keyframes` and other at-rules without rules inside them
 *   are kept whole; `@media`, `@supports`, `@container` and `@layer` blocks are
 *   pruned inside and dropped when nothing is left.
 * The caller says which names the page has: its HTML's elements and their
 * class and id attributes, and whatever its scripts may add.
 */

/** A stylesheet split into its top-level pieces, parsed once and pruned for many pages. */
export interface ParsedSheet {
  readonly parts: readonly Part[];
}

type Part =
  /** A style rule: the element, class and id names each selector in its list needs. */
  | { kind: 'rule'; text: string; needs: string[][] }
  /** A block of rules (`@media …{…}`). */
  | { kind: 'group'; head: string; body: ParsedSheet }
  /** Anything else, kept as it is. */
  | { kind: 'keep'; text: string };

/** At-rules whose blocks hold style rules that can be pruned one by one. */
const GROUPS = /^@(media|supports|container|layer|scope|document)\b/i;

/** Index just past the string that starts at `i` (a quote character). */
function skipString(css: string, i: number): number {
  const quote = css[i];
  for (let j = i + 1; j < css.length; j++) {
    if (css[j] === '\\') j++;
    else if (css[j] === quote) return j + 1;
  }
  return css.length;
}

/** Index just past the comment that starts at `i`. */
function skipComment(css: string, i: number): number {
  const end = css.indexOf('*/', i + 2);
  return end === -1 ? css.length : end + 2;
}

/** Index of the `}` that closes the block opened by the `{` at `open`. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") i = skipString(css, i) - 1;
    else if (c === '/' && css[i + 1] === '*') i = skipComment(css, i) - 1;
    else if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`css-prune: a block opened at ${open} is never closed`);
}

/**
 * Walks `text` from `from`, skipping strings and the character after a
 * backslash, and calls `visit` with each other character, its index and the
 * depth of parentheses and brackets outside it. Returns the index at which
 * `visit` returned true, or the text's length.
 */
function scan(text: string, from: number, visit: (c: string, i: number, depth: number) => boolean | void): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i = skipString(text, i) - 1;
      continue;
    }
    if (c === ')' || c === ']') depth--;
    if (visit(c, i, depth)) return i;
    if (c === '(' || c === '[') depth++;
    else if (c === '\\') i++;
  }
  return text.length;
}

/** Splits a selector list at its top-level commas. */
function splitList(selector: string): string[] {
  const out: string[] = [];
  let start = 0;
  scan(selector, 0, (c, i, depth) => {
    if (c === ',' && depth === 0) {
      out.push(selector.slice(start, i));
      start = i + 1;
    }
  });
  out.push(selector.slice(start));
  return out;
}

/** Removes what a selector does not require: strings, attribute selectors and parenthesised arguments. */
function required(selector: string): string {
  let out = '';
  scan(selector, 0, (c, i, depth) => {
    if (depth === 0 && !'()[]'.includes(c)) out += c === '\\' ? selector.slice(i, i + 2) : c;
  });
  return out;
}

/** `.name` and `#name` tokens, and element names where a compound selector starts. */
const NAME = /([.#])((?:[\w-]|\\.|[^\p{ASCII}])+)|(?:^|[\s>+~])([a-zA-Z][\w-]*)/gu;
const unescape = (name: string) => name.replace(/\\(.)/g, '$1');

/**
 * The names a selector requires: classes as `.x`, ids as `#x`, element names
 * in lower case (`table`).
 */
export function selectorNeeds(selector: string): string[] {
  return [...required(selector).matchAll(NAME)].map((m) => (m[3] ? m[3].toLowerCase() : `${m[1]}${unescape(m[2]!)}`));
}

/** Parses a stylesheet into prunable parts. */
export function parseSheet(css: string): ParsedSheet {
  const parts: Part[] = [];
  let i = 0;
  while (i < css.length) {
    // Whitespace and comments between parts are dropped.
    if (/\s/.test(css[i]!)) {
      i++;
      continue;
    }
    if (css.startsWith('/*', i)) {
      i = skipComment(css, i);
      continue;
    }
    // The prelude runs to the first `{` or `;` outside strings and brackets.
    const j = scan(css, i, (c, _, depth) => depth === 0 && (c === '{' || c === ';'));
    const prelude = css.slice(i, j).trim();
    if (j >= css.length || css[j] === ';') {
      // A statement at-rule (`@import …;`, `@layer a, b;`) or a stray declaration.
      parts.push({ kind: 'keep', text: css.slice(i, Math.min(j + 1, css.length)).trim() });
      i = j + 1;
      continue;
    }
    const end = blockEnd(css, j);
    if (prelude.startsWith('@')) {
      if (GROUPS.test(prelude)) parts.push({ kind: 'group', head: prelude, body: parseSheet(css.slice(j + 1, end)) });
      else parts.push({ kind: 'keep', text: css.slice(i, end + 1) });
    } else {
      parts.push({ kind: 'rule', text: css.slice(i, end + 1), needs: splitList(prelude).map(selectorNeeds) });
    }
    i = end + 1;
  }
  return { parts };
}

/**
 * The sheet with only the rules that can match a page that has the given names
 * (`table`, `.class` and `#id`, as `selectorNeeds` gives them).
 */
export function pruneSheet(sheet: ParsedSheet, has: (name: string) => boolean): string {
  let out = '';
  for (const part of sheet.parts) {
    if (part.kind === 'keep') out += part.text;
    else if (part.kind === 'rule') {
      if (part.needs.some((names) => names.every(has))) out += part.text;
    } else {
      const body = pruneSheet(part.body, has);
      if (body) out += `${part.head}{${body}}`;
    }
  }
  return out;
}

/** Element, class and id names in an HTML document, marked as `selectorNeeds` marks them. */
export function namesInHtml(html: string): Set<string> {
  const names = new Set<string>();
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)/g)) names.add(m[1]!.toLowerCase());
  for (const m of html.matchAll(/\s(class|id)=(?:"([^"]*)"|'([^']*)')/g)) {
    const mark = m[1] === 'class' ? '.' : '#';
    for (const name of (m[2] ?? m[3] ?? '').split(/\s+/)) if (name) names.add(mark + decodeEntities(name));
  }
  return names;
}

/** The character references an attribute value may hold in this context. */
function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'lt' ? '<' : e === 'gt' ? '>' : "'",
  );
}

/**
 * Every word a script could use as a class or id name: a generous reading of its
 * text, so a name a script adds at run time is never pruned away.
 */
export function wordsInScript(js: string): Set<string> {
  return new Set(js.match(/[\w-]+/g) ?? []);
}
