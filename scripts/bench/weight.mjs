// Page weight of a build: per page, HTML with its CSS (gzip) without and with
// inline SVG; its opening (everything before the first section heading of the
// main content: head and CSS, header, title, lede, key facts), which is what
// the first round trip must bring for the reader to start reading; and the
// JavaScript it loads before the reader interacts (its module scripts and
// everything they import statically; dynamic imports wait for the reader). Run alone: node scripts/bench/weight.mjs [dist] [base path]
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { htmlPages, kb } from './util.mjs';

const SVG = /<svg[\s\S]*?<\/svg>/g;
/** Static imports and re-exports of an ES module (not `import(…)`). */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** A page's JavaScript before interaction: module script files and their static imports, each once. */
function scriptsOf(dir, base, html) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (m[1].startsWith('.')) visit(join(dirname(file), m[1]));
    }
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) visit(join(dir, m[1].slice(base.length)));
  return [...seen];
}

/** Where a page's opening ends: its main content's first section heading (or the end of the page). */
function openingEnd(html) {
  const main = html.indexOf('<main');
  const h2 = main === -1 ? -1 : html.indexOf('<h2', main);
  return h2 === -1 ? html.length : h2;
}

/** One page's weights in bytes (gzip each file as a server would send it). */
export function pageWeight(dir, file, base = '/') {
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(join(dir, m[1].slice(base.length)), 'utf8'))
    .join('');
  const js = scriptsOf(dir, base, html);
  return {
    page: `/${posix.dirname(relative(dir, file).split('\\').join('/'))}/`.replace(/^\/\.\/$/, '/'),
    gzipWithoutSvg: gzipSync(html.replace(SVG, '') + css).length,
    gzipWithSvg: gzipSync(html + css).length,
    openingGzip: gzipSync(css + html.slice(0, openingEnd(html))).length,
    svgBytes: Buffer.byteLength((html.match(SVG) ?? []).join('')),
    jsGzip: js.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0),
    jsFiles: js.length,
  };
}

/** One round trip: the first TCP congestion window, about 14 KB. */
const ROUND_TRIP = 14 * 1024;

const heaviest = (list, key) => {
  const p = list.reduce((a, b) => (b[key] > a[key] ? b : a));
  return { page: p.page, bytes: p[key] };
};

/**
 * Weighs every page of a build. Reading pages are all but the search page, whose
 * search box is its purpose. Returns every page's figures and the heaviest of each.
 */
export function weighBuild(dir = 'dist', base = process.env.BASE_PATH ?? '/') {
  const pages = htmlPages(dir).map((f) => pageWeight(dir, f, base.endsWith('/') ? base : `${base}/`));
  const reading = pages.filter((p) => p.page !== '/search/');
  const search = pages.find((p) => p.page === '/search/');
  return {
    pages,
    heaviest: {
      withoutSvg: heaviest(pages, 'gzipWithoutSvg'),
      withSvg: heaviest(pages, 'gzipWithSvg'),
      opening: heaviest(pages, 'openingGzip'),
      readingJs: heaviest(reading, 'jsGzip'),
      searchJs: search ? { page: search.page, bytes: search.jsGzip } : undefined,
      // Every page over the round trip, heaviest first: how far the 14 KB target is, not only its worst case.
      overRoundTrip: {
        pages: pages
          .filter((p) => p.gzipWithoutSvg > ROUND_TRIP)
          .sort((a, b) => b.gzipWithoutSvg - a.gzipWithoutSvg)
          .map((p) => p.page),
        of: pages.length,
      },
    },
  };
}

/** Lines for the console and the report. */
export const weightLines = (h) => [
  `heaviest page, HTML+CSS gzip without inline SVG: ${kb(h.withoutSvg.bytes)} (${h.withoutSvg.page}; target ≤ 14 KB)`,
  `heaviest page, HTML+CSS gzip with inline SVG: ${kb(h.withSvg.bytes)} (${h.withSvg.page}; target ≤ 50 KB)`,
  ...(h.opening
    ? [
        `heaviest opening (up to the first section heading, with CSS and SVG), gzip: ${kb(h.opening.bytes)} (${h.opening.page}; one round trip is 14 KB)`,
      ]
    : []),
  ...(h.overRoundTrip
    ? [
        `pages over 14 KB gzip without inline SVG: ${h.overRoundTrip.pages.length} of ${h.overRoundTrip.of}` +
          (h.overRoundTrip.pages.length ? ` (${h.overRoundTrip.pages.join(', ')})` : ''),
      ]
    : []),
  `JavaScript before interaction, heaviest reading page: ${kb(h.readingJs.bytes)} gzip (${h.readingJs.page}; target ≤ 1.5 KB)` +
    (h.searchJs ? `; search page ${kb(h.searchJs.bytes)}` : ''),
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', base] = process.argv.slice(2);
  for (const l of weightLines(weighBuild(dir, base).heaviest)) console.log(l);
}
