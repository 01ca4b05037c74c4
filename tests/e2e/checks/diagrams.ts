/** Diagram checks run on each page a reader opens (see every-page.spec.ts). */
import type { Page } from '@playwright/test';

/** What a reader would see wrong with the diagrams of the page now open, one line each. */
export async function diagramProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push(`the page scrolls sideways (${doc.scrollWidth} px in a ${window.innerWidth} px window)`);
    document.querySelectorAll('figure.diagram').forEach((fig, i) => {
      const svg = fig.querySelector<SVGSVGElement>('svg.mmd');
      const name = `diagram ${i + 1} “${svg?.querySelector('title')?.textContent ?? '?'}”`;
      const box = fig.querySelector<HTMLElement>('.diagram-scroll');
      if (box && box.scrollWidth > box.clientWidth + 1)
        out.push(`${name} scrolls sideways in its box (${box.scrollWidth} px in ${box.clientWidth} px)`);
      if (!svg) return;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      let smallest = Infinity;
      svg.querySelectorAll('text').forEach((t) => {
        if (!t.textContent?.trim()) return;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
      });
      if (smallest < 11.95) out.push(`${name}: smallest label ${smallest.toFixed(1)} px (needs 12)`);
      // A label drawn wider than mermaid measured it spills out of its box and is cut or overlaps.
      svg.querySelectorAll('g.cluster, g.node').forEach((g) => {
        const shape = g.querySelector(':scope > rect, :scope > polygon, :scope > path')?.getBoundingClientRect();
        const text = g.querySelector('text')?.getBoundingClientRect();
        if (shape && text && text.width && (text.left < shape.left - 1 || text.right > shape.right + 1))
          out.push(`${name}: label “${g.querySelector('text')?.textContent?.trim()}” spills out of its box`);
      });
      if (svg.classList.contains('mmd-flow'))
        svg.querySelectorAll('g.node').forEach((n) => {
          if (!n.closest('a[href]')) out.push(`${name}: node “${n.textContent?.trim()}” is not a link`);
        });
    });
    return out;
  });
}

/**
 * On a profile at phone size, the actor's own node is the first thing in its
 * diagram and inside the first screenful; an empty string when it is.
 */
export async function focalProblem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fig = document.querySelector('figure.diagram');
    const focus = fig?.querySelector('g.node.focus');
    if (!fig || !focus) return 'no diagram with the actor’s own node';
    const top = fig.getBoundingClientRect().top;
    const own = focus.getBoundingClientRect();
    const first = Math.min(...[...fig.querySelectorAll('g.node')].map((n) => n.getBoundingClientRect().top));
    if (own.top > first + 1) return 'another node sits above the actor’s own';
    if (own.bottom - top > window.innerHeight)
      return `the actor’s node is ${Math.round(own.bottom - top)} px down its diagram, below the first screen`;
    return '';
  });
}
