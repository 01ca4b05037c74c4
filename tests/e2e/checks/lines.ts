/**
 * Line length: no block of running text in `main` sets a line longer than
 * about 75 characters. Long lines tire the eye and lose the reader at the line
 * break; tables, diagrams and code stay as wide as they need.
 *
 * Lines are measured as drawn: each block's own inline content is split into
 * the lines the browser laid out (Range client rects grouped by line), and a
 * line's width is divided by the average character width of the block's font
 * over ordinary English prose. Passed to `page.evaluate`, so it runs in the page.
 */
/** "About 75 characters": the measure the site aims for, with a little slack for estimating. */
export const LINE_LIMIT = 76;

/** Runs in the page: the longest line of each text block in main, in characters. */
export function longLines(limit: number): { where: string; chars: number; text: string }[] {
  // Content that may be wider than a reading column.
  const WIDE = 'svg, pre, table, .diagram-scroll, .table-scroll, .visually-hidden, [hidden]';
  const SAMPLE = 'The reports say the group announced a halt to its attacks on US forces after the visit, and that it kept its weapons.';
  const canvas = document.createElement('canvas').getContext('2d')!;
  const widths = new Map<string, number>();
  const charWidth = (el: Element) => {
    const s = getComputedStyle(el);
    const font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    if (!widths.has(font)) {
      canvas.font = font;
      widths.set(font, canvas.measureText(SAMPLE).width / SAMPLE.length);
    }
    return widths.get(font)!;
  };
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
  // The element and up to three named ancestors, like a CSS selector a developer can paste.
  const describe = (el: Element) => {
    const parts = [name(el)];
    for (let a = el.parentElement; a && a.tagName !== 'MAIN' && parts.length < 4; a = a.parentElement) {
      if (a.id || a.classList.length) parts.unshift(name(a));
    }
    return parts.join(' ');
  };
  const out: { where: string; chars: number; text: string }[] = [];
  const range = document.createRange();
  for (const el of document.querySelectorAll('main *')) {
    if (el.closest(WIDE)) continue;
    const display = getComputedStyle(el).display;
    if (display.startsWith('inline') || display.startsWith('table') || display === 'contents' || display === 'none') continue;
    // The block's own inline content: its text and inline children, not nested blocks.
    const rects: DOMRect[] = [];
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!node.textContent!.trim()) continue;
      } else if (node instanceof Element) {
        if (!getComputedStyle(node).display.startsWith('inline') || node.matches(WIDE)) continue;
      } else continue;
      range.selectNodeContents(node);
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
    }
    if (!rects.length) continue;
    // Group fragments into lines: a fragment whose middle falls inside a line's band is on that line.
    rects.sort((a, b) => a.top - b.top);
    const lines: { top: number; bottom: number; left: number; right: number }[] = [];
    for (const r of rects) {
      const mid = (r.top + r.bottom) / 2;
      const line = lines.find((l) => mid >= l.top && mid <= l.bottom);
      if (line) {
        line.left = Math.min(line.left, r.left);
        line.right = Math.max(line.right, r.right);
      } else lines.push({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
    }
    const widest = Math.max(...lines.map((l) => l.right - l.left));
    const chars = Math.round(widest / charWidth(el));
    if (chars > limit) out.push({ where: describe(el), chars, text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50) });
  }
  return out;
}
