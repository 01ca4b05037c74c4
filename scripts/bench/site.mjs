// The real site: clean and warm build, pages, bytes, weight per page type.
import { clearCaches, dirBytes, htmlPages, listFiles, renderedDiagrams, timed } from './util.mjs';
import { weighBuild } from './weight.mjs';

const TYPES = {
  home: /^\/$/,
  explainer: /^\/articles\/[^/]+\/$/,
  profile: /^\/actors\/[^/]+\/$/,
  network: /^\/network\//,
  timeline: /^\/timeline\//,
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
  const files = listFiles('dist');
  const weight = weighBuild('dist', '/');
  const byType = {};
  for (const p of weight.pages) {
    const type = Object.entries(TYPES).find(([, re]) => re.test(p.page))[0];
    (byType[type] ??= []).push(p);
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
    heaviest: weight.heaviest,
    byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, summarise(v)])),
  };
}
