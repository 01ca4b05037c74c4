/**
 * Each page carries its stylesheet inline (one round trip brings text and
 * style). Astro puts in it the CSS of every component the page uses, whole;
 * this pass, at the end of `astro build` (run by the search step, beside
 * Pagefind), leaves out the rules that cannot match the page
 * (src/lib/css-prune.ts). On this site that is 5 % of a profile's CSS and a
 * quarter of the home page's: 0.1–1.0 KB gzip a page.
 *
 * A name the site's scripts could add at run time counts as present on every
 * page, so a rule for a popover or a search result is never lost. Only
 * `<style>` elements in the head are touched, never those inside an SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listFiles } from '../lib/files.ts';
import { namesInHtml, parseSheet, pruneSheet, wordsInScript, type ParsedSheet } from '../lib/css-prune.ts';

const HEAD_STYLE = /(<style(?:\s[^>]*)?>)([\s\S]*?)(<\/style>)/g;

/**
 * Prunes the head styles of one page; undefined when nothing changes.
 * `scriptNames`: what the site's scripts may add, marked as the page's names are (`scriptNames()`).
 */
export function prunePage(html: string, scriptNames: ReadonlySet<string>, sheets: Map<string, ParsedSheet>): string | undefined {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) return undefined;
  const head = html.slice(0, headEnd);
  if (!head.includes('<style')) return undefined;
  const names = namesInHtml(html);
  const has = (name: string) => names.has(name) || scriptNames.has(name);
  const pruned = head.replace(HEAD_STYLE, (_, open: string, css: string, close: string) => {
    let sheet = sheets.get(css);
    if (!sheet) sheets.set(css, (sheet = parseSheet(css)));
    return open + pruneSheet(sheet, has) + close;
  });
  return pruned === head ? undefined : pruned + html.slice(headEnd);
}

/** Each word of the scripts as an element, a class and an id name, so one lookup answers for any of them. */
export function scriptNames(scripts: string[]): Set<string> {
  const names = new Set<string>();
  for (const js of scripts) for (const w of wordsInScript(js)) names.add(w).add(`.${w}`).add(`#${w}`);
  return names;
}

/**
 * Prunes the head styles of every page of a finished build (`dir`, without its search index) and
 * says how much it left out. The search step runs it while Pagefind parses the pages
 * (src/plugins/search-integration.ts): Pagefind reads text, never a style, so the two can overlap.
 */
export function pruneBuiltStyles(dir: string): string {
  const started = performance.now();
  const files = listFiles(dir, (name) => name === 'pagefind');
  const fromScripts = scriptNames(files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')));
  // Pages built from the same components share one stylesheet: parse each once.
  const sheets = new Map<string, ParsedSheet>();
  let before = 0;
  let after = 0;
  for (const f of files) {
    if (!f.endsWith('.html')) continue;
    const html = readFileSync(f, 'utf8');
    const out = prunePage(html, fromScripts, sheets);
    before += html.length;
    after += (out ?? html).length;
    if (out !== undefined) writeFileSync(f, out);
  }
  const ms = Math.round(performance.now() - started);
  return `css: rules a page cannot use left out of its styles, ${Math.round((before - after) / 1024)} KB in all (${ms} ms)`;
}
