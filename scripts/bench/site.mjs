// The real site: clean and warm build, pages, bytes, weight per page type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clearCaches, dirBytes, htmlPages, renderedDiagrams, timed, walk } from './util.mjs';

/** Per page: HTML (with its inline CSS and any linked CSS) gzip bytes, inline SVG bytes, JS before interaction. */
function pageWeight(dir, file) {
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => readFileSync(join(dir, m[1]), 'utf8'))
    .join('');
  const svg = (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).join('');
  const withoutSvg = html.replace(/<svg[\s\S]*?<\/svg>/g, '');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const js = scripts.reduce((n, s) => n + gzipSync(readFileSync(join(dir, s.replace(/^\/(explainer\/)?/, '')))).length, 0);
  return {
    gzipWithoutSvg: gzipSync(withoutSvg + css).length,
    gzipWithSvg: gzipSync(html + css).length,
    svgBytes: Buffer.byteLength(svg),
    jsGzip: js,
  };
}

const TYPES = {
  home: /^dist\/index\.html$/,
  explainer: /^dist\/articles\/[^/]+\/index\.html$/,
  profile: /^dist\/actors\/[^/]+\/index\.html$/,
  network: /^dist\/network\//,
  timeline: /^dist\/timeline\//,
  other: /./,
};

const summarise = (list) => ({
  pages: list.length,
  maxGzipWithoutSvg: Math.max(...list.map((p) => p.gzipWithoutSvg)),
  maxGzipWithSvg: Math.max(...list.map((p) => p.gzipWithSvg)),
  maxSvgBytes: Math.max(...list.map((p) => p.svgBytes)),
  jsGzip: Math.max(...list.map((p) => p.jsGzip)),
});

/** Builds the site clean, then warm, and weighs the output in dist/. */
export function benchSite() {
  clearCaches();
  const clean = timed('node', ['scripts/build.mjs']);
  const warm = timed('node', ['scripts/build.mjs']);
  const files = walk('dist');
  const byType = {};
  for (const f of htmlPages('dist')) {
    const type = Object.entries(TYPES).find(([, re]) => re.test(f))[0];
    (byType[type] ??= []).push(pageWeight('dist', f));
  }
  return {
    cleanBuildSeconds: clean.seconds,
    cleanBuildCpuSeconds: clean.cpuSeconds,
    cleanBuildPeakMB: clean.peakMB,
    warmBuildSeconds: warm.seconds,
    warmBuildPeakMB: warm.peakMB,
    diagramsRenderedCold: renderedDiagrams(clean.log),
    diagramsRenderedWarm: renderedDiagrams(warm.log),
    pages: htmlPages('dist').length,
    files: files.length,
    totalBytes: dirBytes('dist'),
    pagefindBytes: dirBytes('dist/pagefind'),
    byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, summarise(v)])),
  };
}
