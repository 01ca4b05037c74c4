// Writes the benchmark report: bench/REPORT.md, bench/report.json and the
// build-time chart bench/build-scale.svg.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kb } from './util.mjs';
import { weightLines } from './weight.mjs';

const ratio = (a, b) => (a && b ? +(a / b).toFixed(2) : undefined);

function chart(scale) {
  const W = 640;
  const H = 360;
  const P = 50;
  const maxN = Math.max(...scale.map((r) => r.n));
  const maxS = Math.max(...scale.flatMap((r) => [r.seconds, r.starlightSeconds ?? 0]));
  const x = (n) => P + ((W - 2 * P) * n) / maxN;
  const y = (v) => H - P - ((H - 2 * P) * v) / maxS;
  const line = (key, color) =>
    `<polyline fill="none" stroke="${color}" stroke-width="2" points="${scale
      .filter((r) => r[key])
      .map((r) => `${x(r.n)},${y(r[key])}`)
      .join(' ')}"/>` +
    scale
      .filter((r) => r[key])
      .map(
        (r) =>
          `<circle cx="${x(r.n)}" cy="${y(r[key])}" r="4" fill="${color}"/><text x="${x(r.n) + 6}" y="${y(r[key]) - 6}" font-size="12">${r[key]} s</text>`,
      )
      .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif"><title>Build time against corpus size</title><rect width="${W}" height="${H}" fill="#fff"/><line x1="${P}" y1="${H - P}" x2="${W - P}" y2="${H - P}" stroke="#333"/><line x1="${P}" y1="${P}" x2="${P}" y2="${H - P}" stroke="#333"/><text x="${W / 2}" y="${H - 12}" text-anchor="middle" font-size="13">reports in corpus (N)</text><text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle" font-size="13">build seconds</text>${line('seconds', '#8a2a12')}${line('warmSeconds', '#d08a5a')}${line('starlightSeconds', '#1d5fd1')}<text x="${W - P - 150}" y="${P}" font-size="13" fill="#8a2a12">this site, clean</text><text x="${W - P - 150}" y="${P + 18}" font-size="13" fill="#d08a5a">this site, warm</text><text x="${W - P - 150}" y="${P + 36}" font-size="13" fill="#1d5fd1">Starlight</text></svg>`;
}

/** Adds the ratios, writes the three files and returns the Markdown. */
export function writeReport(report, out = 'bench') {
  mkdirSync(out, { recursive: true });
  for (const r of report.scale) {
    Object.assign(r, {
      speedRatio: ratio(r.starlightSeconds, r.seconds),
      warmSpeedRatio: ratio(r.starlightSeconds, r.warmSeconds),
      bytesRatio: ratio(r.bytesPerPage, r.starlightBytesPerPage),
      memoryRatio: ratio(r.peakMB, r.starlightPeakMB),
    });
  }
  if (report.scale.length > 1) report.scaleGrowth = ratio(report.scale.at(-1).msPerPage, report.scale[0].msPerPage);
  const s = report.site;
  const d = report.diagrams;
  const p = report.profile;
  const lines = [
    `# Benchmark (${report.machine.cores} cores, Node ${report.machine.node}, ${report.machine.date})`,
    '',
    `Load average when the run started: ${report.machine.load}. Figures on a shared machine are noisy; CPU seconds are steadier than wall seconds.`,
    '',
    '## The real site',
    '',
    '| measure | value | target |',
    '|---|---|---|',
    `| clean build | ${s.cleanBuildSeconds} s wall, ${s.cleanBuildCpuSeconds} s CPU (${s.diagramsRenderedCold} diagrams rendered, peak ${s.cleanBuildPeakMB} MB) | ≤ 30 s |`,
    `| warm rebuild | ${s.warmBuildSeconds} s (${s.diagramsRenderedWarm} diagrams rendered, peak ${s.warmBuildPeakMB} MB) | — |`,
    `| pages / files / total | ${s.pages} / ${s.files} / ${kb(s.totalBytes)} | — |`,
    `| search index | ${kb(s.pagefindBytes)} | — |`,
    '',
    ...(s.heaviest ? [...weightLines(s.heaviest).map((l) => `- ${l}`), ''] : []),
    '| page type | pages | max HTML+CSS gzip without SVG | with SVG | max inline SVG | JS before interaction (gzip) |',
    '|---|---|---|---|---|---|',
    ...Object.entries(s.byType).map(
      ([t, v]) => `| ${t} | ${v.pages} | ${kb(v.maxGzipWithoutSvg)} | ${kb(v.maxGzipWithSvg)} | ${kb(v.maxSvgBytes)} | ${kb(v.jsGzip)} |`,
    ),
    '',
    'Targets: ≤ 14 KB gzip without inline SVG, ≤ 50 KB with it, ≤ 1.5 KB gzip of JavaScript before interaction on a reading page (its module scripts and their static imports).',
    '',
  ];
  if (d) {
    lines.push(
      '## Time per diagram',
      '',
      `The ${d.diagrams} diagrams of the site, one at a time: **${d.node.perDiagramMs} ms** each in Node (the build's engine: mermaid in an emulated DOM, one worker thread) against **${d.chromium.perDiagramMs} ms** in headless Chromium (the former build path, one page). Start-up, including the first diagram: ${d.node.startupMs} ms for a worker, ${d.chromium.startupMs} ms for Chromium. The build runs one worker for each core its main thread leaves free, at most two.`,
      '',
    );
  }
  if (p) {
    const total = Object.values(p.byCategory).reduce((a, b) => a + b, 0);
    lines.push(
      '## Where a clean build spends its CPU time',
      '',
      `One clean build under V8's sampling profiler (main thread and diagram workers; ${p.wallSeconds} s wall, ${(total / 1000).toFixed(1)} s CPU sampled; profiling slows it). Self time by the code it belongs to:`,
      '',
      '| part | CPU s | share |',
      '|---|---|---|',
      ...Object.entries(p.byCategory).map(([k, v]) => `| ${k} | ${(v / 1000).toFixed(1)} | ${Math.round((100 * v) / total)} % |`),
      '',
    );
  }
  if (report.search?.medianMs !== undefined) {
    lines.push(
      '## Search (headless Chromium, header search box)',
      '',
      `Median ${report.search.medianMs} ms, p95 ${report.search.p95Ms} ms from typing to results over ${report.search.queries} queries (the header box: instant name matches from a small index; includes its 60 ms typing debounce); first query ${report.search.firstQueryMs} ms and ${kb(report.search.firstQueryBytes)} fetched (${kb(report.search.firstQueryGzipBytes)} with gzip on text files). Targets: 100 ms, 60 KB.`,
      '',
    );
  }
  lines.push(
    '## Scale (synthetic corpus) against Starlight, same run',
    '',
    '| N reports | pages | diagrams | clean build | warm build | Starlight clean | clean ÷ Starlight | warm ÷ Starlight | peak MB (ours / Starlight) | bytes/page (ours / Starlight) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...report.scale.map(
      (r) =>
        `| ${r.n} | ${r.pages} | ${r.diagrams} | ${r.seconds} s | ${r.warmSeconds} s | ${r.starlightSeconds ?? '—'} s | ${r.starlightSeconds ? (r.seconds / r.starlightSeconds).toFixed(2) : '—'} | ${r.starlightSeconds ? (r.warmSeconds / r.starlightSeconds).toFixed(2) : '—'} | ${r.peakMB} / ${r.starlightPeakMB ?? '—'} | ${kb(r.bytesPerPage)} / ${r.starlightBytesPerPage ? kb(r.starlightBytesPerPage) : '—'} |`,
    ),
    '',
    'Targets: warm build no slower than Starlight’s clean build (warm ÷ Starlight ≤ 1), clean build no slower than 2× Starlight (clean ÷ Starlight ≤ 2), peak memory at N = 1,000 no more than Starlight’s.',
    '',
    ...report.scale
      .filter((r) => (r.rounds?.length ?? 0) > 1)
      .map(
        (r) =>
          `N = ${r.n}: clean builds are the median of ${r.rounds.length} rounds, each this site's build followed at once by Starlight's; round by round (clean ÷ Starlight): ${r.rounds
            .map(
              (x) =>
                `${x.seconds} s ÷ ${x.starlightSeconds ?? '—'} s = ${x.starlightSeconds ? (x.seconds / x.starlightSeconds).toFixed(2) : '—'}`,
            )
            .join('; ')}.`,
      ),
    '',
    report.scaleGrowth
      ? `Time per page grows ${report.scaleGrowth}× from the smallest to the largest corpus (1.0 would be perfectly linear).`
      : '',
    '',
  );
  // Hand-written reading of the figures (where the time goes, what it would take) follows the tables.
  const notes = join(out, 'NOTES.md');
  if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8'));
  const md = lines.join('\n');
  // Ratios are recomputed on every write; rows are complete once their Starlight figures are in.
  writeFileSync(join(out, 'REPORT.md'), md);
  writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (report.scale.length) writeFileSync(join(out, 'build-scale.svg'), chart(report.scale));
  return md;
}
