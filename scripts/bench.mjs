#!/usr/bin/env node
// Benchmark: figures, not pass/fail. Prints a table and writes
// bench/out/report.{md,json} and bench/out/build-scale.svg.
//   1. the real site: clean and warm build, pages, bytes, per page type weights
//   2. scale: a synthetic corpus at N = 100 and 1,000 reports
//   3. the same corpus built with Starlight, side by side
//   4. search in headless Chromium: time to results, bytes for a first query
// Usage: node scripts/bench.mjs [--sizes 100,1000] [--skip-starlight]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../src/lib/browser.ts';
import { writeSynthetic } from './bench/synthetic.mjs';

const args = process.argv.slice(2);
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '100,1000').split(',').map(Number);
const withStarlight = !args.includes('--skip-starlight');
const OUT = 'bench';
mkdirSync(OUT, { recursive: true });

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

/** Runs a command under /usr/bin/time; returns seconds and peak memory (MB). */
function timed(cmd, argv, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', cmd, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  const m = /__TIME__ ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { seconds: Number(m?.[1]), peakMB: Math.round(Number(m?.[2]) / 1024), log: r.stdout };
}

const clearCaches = (extra = []) =>
  ['.astro', 'node_modules/.astro', '.cache/diagrams', '.cache/og', ...extra].forEach((p) => rmSync(p, { recursive: true, force: true }));
const htmlPages = (dir) => walk(dir).filter((f) => f.endsWith('.html') && !/http-equiv="refresh"/.test(readFileSync(f, 'utf8')));

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

const report = { machine: { cores: (await import('node:os')).cpus().length, node: process.version }, site: {}, scale: [], search: {} };

// 1. The real site.
console.log('1/4 real site: clean build…');
clearCaches();
const clean = timed('node', ['scripts/build.mjs']);
const diagramsCold = /diagrams: (\d+) rendered/.exec(clean.log)?.[1];
console.log('    warm rebuild…');
const warm = timed('node', ['scripts/build.mjs']);
const diagramsWarm = /diagrams: (\d+) rendered/.exec(warm.log)?.[1];
const files = walk('dist');
const pages = htmlPages('dist');
const TYPES = {
  home: /^dist\/index\.html$/,
  explainer: /^dist\/articles\/[^/]+\/index\.html$/,
  profile: /^dist\/actors\/[^/]+\/index\.html$/,
  network: /^dist\/network\//,
  timeline: /^dist\/timeline\//,
  other: /./,
};
const byType = {};
for (const f of pages) {
  const type = Object.entries(TYPES).find(([, re]) => re.test(f))[0];
  (byType[type] ??= []).push(pageWeight('dist', f));
}
const summarise = (list) => ({
  pages: list.length,
  maxGzipWithoutSvg: Math.max(...list.map((p) => p.gzipWithoutSvg)),
  maxGzipWithSvg: Math.max(...list.map((p) => p.gzipWithSvg)),
  maxSvgBytes: Math.max(...list.map((p) => p.svgBytes)),
  jsGzip: Math.max(...list.map((p) => p.jsGzip)),
});
report.site = {
  cleanBuildSeconds: clean.seconds,
  cleanBuildPeakMB: clean.peakMB,
  warmBuildSeconds: warm.seconds,
  diagramsRenderedCold: Number(diagramsCold),
  diagramsRenderedWarm: Number(diagramsWarm),
  pages: pages.length,
  files: files.length,
  totalBytes: files.reduce((n, f) => n + statSync(f).size, 0),
  pagefindBytes: walk('dist/pagefind').reduce((n, f) => n + statSync(f).size, 0),
  byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, summarise(v)])),
};

// 4. Search, on the real site.
console.log('2/4 search in Chromium…');
const server = spawn(process.execPath, ['scripts/serve.mjs', '4396'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = chromiumPath();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  const page = await browser.newPage();
  let bytes = 0;
  let gzipBytes = 0;
  page.on('response', async (res) => {
    if (!new URL(res.url()).pathname.match(/pagefind|_astro\/search|quick-search/)) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    // Pagefind's index files are already compressed; text files would be gzipped by any real host.
    gzipBytes += /\.(js|css|json)$/.test(new URL(res.url()).pathname) ? gzipSync(body).length : body.length;
  });
  await page.goto('http://127.0.0.1:4396/actors/esmail-qaani/', { waitUntil: 'networkidle' });
  const queries = [
    'Qaani',
    'Kataib Hezbollah',
    'Soleimani',
    'Tower 22',
    'Nujaba',
    'Hashd',
    'Muhandis',
    'Sudani',
    'Green Zone',
    'Kadhimi',
    'CENTCOM',
    'Golan',
    'ISIS',
    'Biden',
    'IRGC',
    'al-Saadi',
    'Jordan',
    'Reuters',
    'truce',
    'Baghdad airport',
  ];
  const times = [];
  for (const [i, q] of queries.entries()) {
    await page.fill('#site-search', '');
    const t0 = Date.now();
    await page.fill('#site-search', q);
    await page.waitForFunction((text) => document.querySelector('.search-panel [role=status]')?.textContent?.includes(text), `“${q}”`);
    times.push(Date.now() - t0);
    if (i === 0) Object.assign(report.search, { firstQueryBytes: bytes, firstQueryGzipBytes: gzipBytes });
  }
  const sorted = [...times].sort((a, b) => a - b);
  report.search.medianMs = sorted[Math.floor(sorted.length / 2)];
  report.search.p95Ms = sorted[Math.ceil(sorted.length * 0.95) - 1];
  report.search.firstQueryMs = times[0];
  report.search.queries = queries.length;
} finally {
  await browser.close();
  server.kill();
}

// 2 and 3. Scale, and Starlight on the same corpus.
for (const n of sizes) {
  console.log(`3/4 synthetic corpus, N = ${n}…`);
  const dir = `.cache/bench/n${n}`;
  const counts = writeSynthetic(dir, n);
  clearCaches([join(dir, 'astro-cache')]);
  const ours = timed('node', ['scripts/build.mjs'], {
    CONTENT_DIR: join(dir, 'content'),
    OUT_DIR: join(dir, 'dist'),
    ASTRO_CACHE_DIR: join(dir, 'astro-cache'),
  });
  const oursWarm = timed('node', ['scripts/build.mjs'], {
    CONTENT_DIR: join(dir, 'content'),
    OUT_DIR: join(dir, 'dist'),
    ASTRO_CACHE_DIR: join(dir, 'astro-cache'),
  });
  const ourPages = htmlPages(join(dir, 'dist'));
  const ourBytes = ourPages.reduce((s, f) => s + statSync(f).size, 0) / ourPages.length;
  const row = {
    n,
    ...counts,
    seconds: ours.seconds,
    warmSeconds: oursWarm.seconds,
    diagrams: Number(/diagrams: (\d+) rendered/.exec(ours.log)?.[1]),
    peakMB: ours.peakMB,
    pages: ourPages.length,
    msPerPage: Math.round((ours.seconds * 1000) / ourPages.length),
    bytesPerPage: Math.round(ourBytes),
    pagefindBytes: walk(join(dir, 'dist', 'pagefind')).reduce((s, f) => s + statSync(f).size, 0),
  };
  if (withStarlight) {
    console.log(`4/4 Starlight, N = ${n}…`);
    const src = join(process.cwd(), dir, 'starlight', 'src');
    writeFileSync(
      join(src, 'content.config.ts'),
      "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
    );
    const out = join(process.cwd(), dir, 'starlight-dist');
    const sl = timed('npx', ['astro', 'build', '--root', 'bench/starlight'], {
      STARLIGHT_SRC: src,
      STARLIGHT_OUT: out,
      STARLIGHT_CACHE: join(process.cwd(), dir, 'starlight-cache'),
    });
    const slPages = htmlPages(out);
    const slBytes = slPages.reduce((s, f) => s + statSync(f).size, 0) / slPages.length;
    Object.assign(row, {
      starlightSeconds: sl.seconds,
      starlightPeakMB: sl.peakMB,
      starlightPages: slPages.length,
      starlightBytesPerPage: Math.round(slBytes),
      speedRatio: +(sl.seconds / ours.seconds).toFixed(2),
      warmSpeedRatio: +(sl.seconds / oursWarm.seconds).toFixed(2),
      bytesRatio: +(ourBytes / slBytes).toFixed(2),
    });
  }
  report.scale.push(row);
  rmSync(dir, { recursive: true, force: true });
}
if (report.scale.length > 1) {
  const [a, b] = [report.scale[0], report.scale.at(-1)];
  report.scaleGrowth = +(b.msPerPage / a.msPerPage).toFixed(2);
}

// Report.
const s = report.site;
const lines = [
  `# Benchmark (${report.machine.cores} cores, Node ${report.machine.node})`,
  '',
  '## The real site',
  '',
  `| measure | value | target |`,
  `|---|---|---|`,
  `| clean build | ${s.cleanBuildSeconds} s (${s.diagramsRenderedCold} diagrams rendered, peak ${s.cleanBuildPeakMB} MB) | ≤ 30 s |`,
  `| warm rebuild | ${s.warmBuildSeconds} s (${s.diagramsRenderedWarm} diagrams rendered) | — |`,
  `| pages / files / total | ${s.pages} / ${s.files} / ${kb(s.totalBytes)} | — |`,
  `| search index | ${kb(s.pagefindBytes)} | — |`,
  '',
  '| page type | pages | max HTML+CSS gzip without SVG | with SVG | max inline SVG | JS before interaction (gzip) |',
  '|---|---|---|---|---|---|',
  ...Object.entries(s.byType).map(
    ([t, v]) => `| ${t} | ${v.pages} | ${kb(v.maxGzipWithoutSvg)} | ${kb(v.maxGzipWithSvg)} | ${kb(v.maxSvgBytes)} | ${kb(v.jsGzip)} |`,
  ),
  '',
  'Targets: ≤ 14 KB gzip without inline SVG, ≤ 50 KB with it, 0 bytes of JavaScript to read a page.',
  '',
  '## Search (headless Chromium, header search box)',
  '',
  `Median ${report.search.medianMs} ms, p95 ${report.search.p95Ms} ms from typing to results over ${report.search.queries} queries (the header box: instant name matches from a small index; includes its 60 ms typing debounce); first query ${report.search.firstQueryMs} ms and ${kb(report.search.firstQueryBytes)} fetched (${kb(report.search.firstQueryGzipBytes)} with gzip on text files). Targets: 100 ms, 60 KB.`,
  '',
  '## Scale (synthetic corpus)',
  '',
  '| N reports | actors | relationships | pages | diagrams | clean build | warm build | ms/page (clean) | peak MB | bytes/page | search index | Starlight build | Starlight bytes/page | speed ratio, clean (Starlight ÷ ours) | speed ratio, warm | bytes ratio (ours ÷ Starlight) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...report.scale.map(
    (r) =>
      `| ${r.n} | ${r.actors} | ${r.relationships} | ${r.pages} | ${r.diagrams} | ${r.seconds} s | ${r.warmSeconds} s | ${r.msPerPage} | ${r.peakMB} | ${kb(r.bytesPerPage)} | ${kb(r.pagefindBytes)} | ${r.starlightSeconds ?? '—'} s | ${r.starlightBytesPerPage ? kb(r.starlightBytesPerPage) : '—'} | ${r.speedRatio ?? '—'} | ${r.warmSpeedRatio ?? '—'} | ${r.bytesRatio ?? '—'} |`,
  ),
  '',
  report.scaleGrowth
    ? `Time per page grows ${report.scaleGrowth}× from the smallest to the largest corpus (1.0 would be perfectly linear).`
    : '',
  '',
];
writeFileSync(join(OUT, 'REPORT.md'), lines.join('\n'));
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
// Chart: build seconds against corpus size, ours and Starlight.
const W = 640,
  H = 360,
  P = 50;
const maxN = Math.max(...report.scale.map((r) => r.n));
const maxS = Math.max(...report.scale.flatMap((r) => [r.seconds, r.starlightSeconds ?? 0]));
const x = (n) => P + ((W - 2 * P) * n) / maxN;
const y = (v) => H - P - ((H - 2 * P) * v) / maxS;
const line = (key, color) =>
  `<polyline fill="none" stroke="${color}" stroke-width="2" points="${report.scale
    .filter((r) => r[key])
    .map((r) => `${x(r.n)},${y(r[key])}`)
    .join(' ')}"/>` +
  report.scale
    .filter((r) => r[key])
    .map(
      (r) =>
        `<circle cx="${x(r.n)}" cy="${y(r[key])}" r="4" fill="${color}"/><text x="${x(r.n) + 6}" y="${y(r[key]) - 6}" font-size="12">${r[key]} s</text>`,
    )
    .join('');
writeFileSync(
  join(OUT, 'build-scale.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif"><title>Build time against corpus size</title><rect width="${W}" height="${H}" fill="#fff"/><line x1="${P}" y1="${H - P}" x2="${W - P}" y2="${H - P}" stroke="#333"/><line x1="${P}" y1="${P}" x2="${P}" y2="${H - P}" stroke="#333"/><text x="${W / 2}" y="${H - 12}" text-anchor="middle" font-size="13">reports in corpus (N)</text><text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle" font-size="13">build seconds</text>${line('seconds', '#8a2a12')}${line('starlightSeconds', '#1d5fd1')}<text x="${W - P - 150}" y="${P}" font-size="13" fill="#8a2a12">this site</text><text x="${W - P - 150}" y="${P + 18}" font-size="13" fill="#1d5fd1">Starlight</text></svg>`,
);
console.log('\n' + lines.join('\n'));
console.log(`Report written to ${OUT}/REPORT.md, report.json and build-scale.svg`);
