/**
 * Turns mermaid's SVG into what the page embeds: mermaid's own stylesheet is
 * removed from flowcharts (the site's CSS colours them, so one SVG follows the
 * light or dark scheme), a title and description are added for assistive
 * technology, links get a plain `href`. The SVG scales down to its column but
 * never grows past its natural width; the generators keep every diagram narrow
 * enough that, scaled to a 360 px phone, its 16 px labels stay at least 12 px.
 */

import { escapeXml } from '@/lib/xml';

/**
 * Shrinks mermaid's output without changing what it draws: drops layout
 * bookkeeping attributes, default font attributes, unused arrowhead
 * definitions and empty styles, and rounds coordinates to one decimal.
 */
export function minifySvg(svg: string): string {
  let out = svg
    .replace(/\sdata-(?:points|id|edge|et|look|node|lineage)="[^"]*"/g, '')
    .replace(/\s(?:font-weight|font-style)="normal"/g, '')
    .replace(/\sstyle=""/g, '')
    .replace(/(\d+\.\d)\d+/g, '$1');
  const used = new Set([...out.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
  out = out.replace(/<marker\b[^>]*\sid="([^"]+)"[\s\S]*?<\/marker>/g, (m, id: string) => (used.has(id) ? m : ''));
  return out;
}

/**
 * Applies the generators' edge directives (see generate.ts) to mermaid's SVG:
 * `%% reverse eN` moves edge N's arrowhead to its start (the edge was laid out
 * against the relationship's direction); `%% edge-link eN href "…" "name"`
 * makes edge N's label a link to its relationship, titled with the whole tie.
 * Mermaid names an edge's path `<svg id>-eN` and its label `data-id="eN"`.
 */
export function applyEdgeDirectives(svg: string, code: string): string {
  // Mermaid's data-id is layout bookkeeping (minifySvg drops it); data-for keeps a label's edge for readers' tools and tests.
  let out = svg.replace(/<g class="label" data-id="(e\d+)"/g, '<g class="label" data-for="$1"');
  for (const [, id] of code.matchAll(/^%% reverse (e\d+)$/gm)) {
    out = out.replace(
      new RegExp(`(<path\\b[^>]*\\sid="[^"]*-${id}"[^>]*?)\\smarker-end="url\\(#([^)]*?)pointEnd\\)"`),
      `$1 marker-start="url(#$2pointStart)"`,
    );
  }
  for (const [, id, href, name] of code.matchAll(/^%% edge-link (e\d+) href "([^"]*)" "([^"]*)"$/gm)) {
    out = out.replace(
      new RegExp(`<g class="edgeLabel"[^>]*><g class="label" data-for="${id}"[\\s\\S]*?</g></g></g>`),
      // The link reads as its verb, as drawn; its title gives the whole tie ("Harakat al-Nujaba refused Esmail Qaani") on hover.
      (g) => `<a href="${escapeXml(href!)}" class="edge-link"><title>${escapeXml(name!)}</title>${g}</a>`,
    );
  }
  return out;
}

/** Post-processes one rendered SVG. Pure string work, unit-tested. */
export function postProcessSvg(svg: string, a11y: { title: string; description: string }, code = ''): string {
  svg = applyEdgeDirectives(svg, code);
  const id = /<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1] ?? 'diagram';
  const flowchart = /aria-roledescription="flowchart/.test(svg);
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = viewBox ? Math.ceil(Number(viewBox[1])) : 600;
  let out = minifySvg(svg);
  if (flowchart) out = out.replace(/<style>[\s\S]*?<\/style>/, '');
  out = out
    .replace(/<svg([^>]*?)\sstyle="[^"]*"/, '<svg$1')
    .replace(/<svg([^>]*?)\swidth="[^"]*"/, '<svg$1')
    .replace(
      /<svg([^>]*)>/,
      `<svg$1 width="${width}" style="max-width:${width}px" aria-labelledby="${id}-title" aria-describedby="${id}-desc" class="mmd${flowchart ? ' mmd-flow' : ' mmd-other'}"><title id="${id}-title">${escapeXml(a11y.title)}</title><desc id="${id}-desc">${escapeXml(a11y.description)}</desc>`,
    )
    .replace(/ class="(flowchart|timeline|gantt)"/, '')
    .replace(/<a xlink:href="([^"]*)"/g, '<a href="$1"');
  return out;
}

/** Width of the diagram column on a 360 px phone: on a phone the diagram box runs edge to edge, less its 4 px padding. */
const PHONE_COLUMN = 360 - 2 * 4;
/** Font size diagrams are laid out in (theme.ts) and the smallest size a label may shrink to. */
const LAYOUT_FONT = 16;
const MIN_LABEL = 12;
/** Widest natural SVG width that, scaled to the phone column, keeps labels at MIN_LABEL or larger. */
export const MAX_PHONE_WIDTH = Math.floor((PHONE_COLUMN * LAYOUT_FONT) / MIN_LABEL);

/** Width of the diagram column on a 1280 px screen (the page's 72rem column less its margins, border and padding). */
const DESKTOP_COLUMN = 1152 - 2 * 20 - 2 * (1 + 8);
/** Widest natural SVG width that keeps labels at MIN_LABEL on such a screen. */
export const MAX_DESKTOP_WIDTH = Math.floor((DESKTOP_COLUMN * LAYOUT_FONT) / MIN_LABEL);

/** The natural (viewBox) width of an SVG, or undefined when it has none. */
export function naturalWidth(svg: string): number | undefined {
  const m = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) [\d.]+"/.exec(svg);
  return m ? Number(m[1]) : undefined;
}

/**
 * Why a diagram would not fit a phone, or undefined when it fits: wider than
 * MAX_PHONE_WIDTH, its labels would shrink below 12 px in a 360 px column.
 */
export function phoneFitProblem(svg: string): string | undefined {
  const w = naturalWidth(svg);
  if (w === undefined || w <= MAX_PHONE_WIDTH) return undefined;
  const px = ((PHONE_COLUMN / w) * LAYOUT_FONT).toFixed(1);
  return `is ${Math.ceil(w)} px wide; in a 360 px phone column its labels would shrink to ${px} px (at most ${MAX_PHONE_WIDTH} px keeps them at ${MIN_LABEL} px). Break long labels with <br>, or lay it out as two columns (flowchart LR) with every edge between them.`;
}
