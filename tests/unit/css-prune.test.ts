/**
 * Each page's inline stylesheet leaves out rules that cannot match it. A rule
 * wrongly left out would show as a page drawn without its styling (a table
 * with no borders, a popover with no box), so every doubt keeps the rule.
 */
import { describe, expect, test } from 'vitest';
import { namesInHtml, parseSheet, pruneSheet, selectorNeeds, wordsInScript } from '@/lib/css-prune';
import { prunePage, scriptNames } from '@/plugins/css-prune-integration';

const prune = (css: string, names: string[]) => pruneSheet(parseSheet(css), (n) => names.includes(n));

describe('selectorNeeds: what a selector requires of a page', () => {
  test('classes, ids and element names, in lower case', () => {
    expect(selectorNeeds('.a.b #c')).toEqual(['.a', '.b', '#c']);
    expect(selectorNeeds('TABLE td>.x+li~p')).toEqual(['table', 'td', '.x', 'li', 'p']);
    expect(selectorNeeds('a:hover .note-back::before')).toEqual(['a', '.note-back']);
  });

  test('nothing inside parentheses, attribute selectors or strings is required', () => {
    expect(selectorNeeds(':is(.a,.b) :where(#c) :not(.d) li:has(> .e)')).toEqual(['li']);
    expect(selectorNeeds('[class~="x.y"] a[href^="#top"]')).toEqual(['a']);
    expect(selectorNeeds('*')).toEqual([]);
    expect(selectorNeeds(':root')).toEqual([]);
  });

  test('escaped characters belong to the name', () => {
    expect(selectorNeeds('.w-1\\/2')).toEqual(['.w-1/2']);
  });
});

describe('pruneSheet', () => {
  test('drops a rule only when no selector in its list can match', () => {
    const css = '.a{color:red}.b,.c{color:blue}table td{border:0}p{margin:0}';
    expect(prune(css, ['.c', 'p'])).toBe('.b,.c{color:blue}p{margin:0}');
    expect(prune(css, [])).toBe('');
  });

  test('a sheet with every name present comes back unchanged', () => {
    const css =
      ':root{--x:1}@media (width>=48rem){.a{color:red}}@font-face{font-family:X;src:url(x.woff2)}@keyframes k{0%{opacity:0}to{opacity:1}}.b::before{content:"}{,"}';
    expect(pruneSheet(parseSheet(css), () => true)).toBe(css);
  });

  test('media and supports blocks are pruned inside and dropped when empty; font faces and keyframes stay', () => {
    const css =
      '@media print{.a{display:none}.b{color:#000}}@supports (display:grid){@media (width>=60rem){.c{display:grid}}}@font-face{font-family:X}@keyframes k{to{opacity:1}}';
    expect(prune(css, ['.b'])).toBe('@media print{.b{color:#000}}@font-face{font-family:X}@keyframes k{to{opacity:1}}');
  });

  test('braces, commas and semicolons inside strings and comments do not split rules', () => {
    const css = '/* .a{} */.a::after{content:"};{,"}.b[data-x="{"]{color:red}@import "x{.css";.gone{color:red}';
    expect(prune(css, ['.b'])).toBe('.b[data-x="{"]{color:red}@import "x{.css";');
  });

  test('an unclosed block is an error, not a silently shortened sheet', () => {
    expect(() => parseSheet('.a{color:red')).toThrow(/never closed/);
  });
});

describe('names a page has', () => {
  test('element, class and id names from its HTML, with entities read', () => {
    const names = namesInHtml(
      `<main id="main"><p class="lede  kicker" data-x="1">x</p><svg class='mmd'><text class="a&amp;b"/></svg></main>`,
    );
    expect([...names].sort()).toEqual(['#main', '.a&b', '.kicker', '.lede', '.mmd', 'main', 'p', 'svg', 'text']);
  });

  test('every word of a script counts, so a class a script adds is kept', () => {
    expect(wordsInScript('el.classList.add("cite-preview");x.className=`search-hits`').has('cite-preview')).toBe(true);
  });
});

describe('prunePage', () => {
  const page = (css: string, body: string) => `<!DOCTYPE html><html><head><style>${css}</style></head><body>${body}</body></html>`;

  test('prunes the head stylesheet and never a style inside an SVG', () => {
    const html = page('.a{color:red}.gone{color:blue}', '<p class="a">x</p><svg><style>.gone{fill:red}</style></svg>');
    expect(prunePage(html, new Set(), new Map())).toBe(
      page('.a{color:red}', '<p class="a">x</p><svg><style>.gone{fill:red}</style></svg>'),
    );
  });

  test('a name a script uses keeps its rule; a page with nothing to prune is left as it is', () => {
    const html = page('.popover{color:red}', '<p>x</p>');
    expect(prunePage(html, scriptNames(['el.className = "popover";']), new Map())).toBeUndefined();
    expect(prunePage(html, new Set(), new Map())).toBe(page('', '<p>x</p>'));
  });
});
