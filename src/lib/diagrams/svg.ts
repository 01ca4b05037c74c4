/**
 * Turns mermaid's SVG into what the page embeds: mermaid's own stylesheet is
 * removed from flowcharts (the site's CSS colours them, so one SVG follows the
 * light or dark scheme), a title and description are added for assistive
 * technology, links get a plain `href`, and the natural size is kept so a wide
 * diagram scrolls inside its box instead of shrinking to an unreadable size.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Post-processes one rendered SVG. Pure string work, unit-tested. */
export function postProcessSvg(svg: string, a11y: { title: string; description: string }): string {
  const id = /<svg[^>]*\sid="([^"]+)"/.exec(svg)?.[1] ?? 'diagram';
  const flowchart = /aria-roledescription="flowchart/.test(svg);
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = viewBox ? Math.ceil(Number(viewBox[1])) : 600;
  // Never shrink below 44rem or three quarters of the natural size: past that, scroll.
  const minWidth = Math.min(width, Math.max(704, Math.round(width * 0.75)));
  let out = svg;
  if (flowchart) out = out.replace(/<style>[\s\S]*?<\/style>/, '');
  out = out
    .replace(/<svg([^>]*?)\sstyle="[^"]*"/, '<svg$1')
    .replace(/<svg([^>]*?)\swidth="[^"]*"/, '<svg$1')
    .replace(
      /<svg([^>]*)>/,
      `<svg$1 width="${width}" style="max-width:${width}px;min-width:${minWidth}px" aria-labelledby="${id}-title" aria-describedby="${id}-desc" class="mmd${flowchart ? ' mmd-flow' : ' mmd-other'}"><title id="${id}-title">${escape(a11y.title)}</title><desc id="${id}-desc">${escape(a11y.description)}</desc>`,
    )
    .replace(/ class="(flowchart|timeline|gantt)"/, '')
    .replace(/<a xlink:href="([^"]*)"/g, '<a href="$1"');
  return out;
}
