/**
 * Turns mermaid's SVG into what the page embeds: mermaid's own stylesheet is
 * removed from flowcharts (the site's CSS colours them, so one SVG follows the
 * light or dark scheme), a title and description are added for assistive
 * technology, links get a plain `href`, and the natural size is kept so a wide
 * diagram scrolls inside its box instead of shrinking to an unreadable size.
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

/** Post-processes one rendered SVG. Pure string work, unit-tested. */
export function postProcessSvg(svg: string, a11y: { title: string; description: string }): string {
  const id = /<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1] ?? 'diagram';
  const flowchart = /aria-roledescription="flowchart/.test(svg);
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = viewBox ? Math.ceil(Number(viewBox[1])) : 600;
  // Never shrink below 44rem or three quarters of the natural size: past that, scroll.
  const minWidth = Math.min(width, Math.max(704, Math.round(width * 0.75)));
  let out = minifySvg(svg);
  if (flowchart) out = out.replace(/<style>[\s\S]*?<\/style>/, '');
  out = out
    .replace(/<svg([^>]*?)\sstyle="[^"]*"/, '<svg$1')
    .replace(/<svg([^>]*?)\swidth="[^"]*"/, '<svg$1')
    .replace(
      /<svg([^>]*)>/,
      `<svg$1 width="${width}" style="max-width:${width}px;min-width:${minWidth}px" aria-labelledby="${id}-title" aria-describedby="${id}-desc" class="mmd${flowchart ? ' mmd-flow' : ' mmd-other'}"><title id="${id}-title">${escapeXml(a11y.title)}</title><desc id="${id}-desc">${escapeXml(a11y.description)}</desc>`,
    )
    .replace(/ class="(flowchart|timeline|gantt)"/, '')
    .replace(/<a xlink:href="([^"]*)"/g, '<a href="$1"');
  return out;
}
