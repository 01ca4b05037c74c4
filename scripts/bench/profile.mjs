// Where a clean build's CPU time goes: one clean build with V8's sampling
// profiler on (main thread and diagram workers), self time summed by what
// the code belongs to. Pagefind runs as its own program and is not sampled:
// its wall time comes from the build log.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clearCaches, timed } from './util.mjs';

const CATEGORIES = [
  ['text measurement (fontkit)', /node_modules\/(fontkit|brotli|restructure|unicode-|dfa|tiny-inflate)/],
  ['DOM emulation (our measurements)', /src\/lib\/diagrams\/dom\//],
  [
    'DOM emulation (jsdom)',
    /node_modules\/(jsdom|nwsapi|cssstyle|parse5|symbol-tree|whatwg-|tough-cookie|@asamuzakjp|css-tree|rrweb-cssom|entities|saxes|xml-name-validator|decimal\.js|@csstools)/,
  ],
  [
    'mermaid (parse, layout, SVG)',
    /node_modules\/(mermaid|@mermaid-js|dagre-d3-es|d3|d3-[a-z]+|elkjs|khroma|roughjs|cytoscape|dompurify|stylis|marked|chevrotain|lodash-es|dayjs|katex|es-toolkit|@braintree|@iconify|langium|vscode-)/,
  ],
  ['social cards (resvg)', /@resvg|social-card/],
  ['search index (pagefind)', /pagefind|search-integration/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['module loading and compiling', /^node:internal\/modules|^\(program\)$/],
  [
    'Astro, Vite, MDX (pages, bundling)',
    /node_modules\/(astro|vite|rollup|@rollup|esbuild|@astrojs|shiki|@shikijs|unified|remark|rehype|micromark|mdast|hast|@mdx-js|zod|yaml|acorn|magic-string|vfile|unist|estree|devalue|html-escaper|@oslojs|sharp|picomatch|tinyglobby|fdir|p-queue|oniguruma)|\/dist\/.prerender|\.cache\/build-staging|src\/(pages|components|layouts|data|schemas|plugins|lib)\//,
  ],
];

const categorise = (url, fn) => {
  const key = url || fn;
  for (const [name, re] of CATEGORIES) if (re.test(key)) return name;
  return fn === '(idle)' ? 'idle (waiting)' : 'other (Node internals)';
};

/** Runs one clean build under the profiler; returns CPU ms by category, main thread and workers apart. */
export function profileBuild(dir = '.cache/bench-profile') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  clearCaches();
  const run = timed('node', ['scripts/build.mjs'], { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${join(process.cwd(), dir)}` });
  const byCategory = {};
  const threads = [];
  for (const f of readdirSync(dir)) {
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    let total = 0;
    p.samples.forEach((id, i) => {
      const n = nodes.get(id);
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      const cat = categorise(n.callFrame.url, n.callFrame.functionName);
      if (cat === 'idle (waiting)') return;
      byCategory[cat] = (byCategory[cat] ?? 0) + ms;
      total += ms;
    });
    if (total > 200) threads.push({ file: f, cpuMs: Math.round(total) });
  }
  const pagefind = /search: indexed/.test(run.log);
  rmSync(dir, { recursive: true, force: true });
  return {
    wallSeconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    threads,
    byCategory: Object.fromEntries(
      Object.entries(byCategory)
        .map(([k, v]) => [k, Math.round(v)])
        .sort((a, b) => b[1] - a[1]),
    ),
    pagefind,
  };
}
