/** Diagram checks run on each page a reader opens (see every-page.spec.ts). */
import type { Page } from '@playwright/test';

/** What a reader would see wrong with the diagrams of the page now open, one line each. */
export async function diagramProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push(`the page scrolls sideways (${doc.scrollWidth} px in a ${window.innerWidth} px window)`);
    // A figure may hold two layouts of one graph, one of them hidden by CSS: check the one shown.
    document.querySelectorAll('figure.diagram').forEach((fig, i) => {
      const svg = [...fig.querySelectorAll<SVGSVGElement>('svg.mmd')].find((s) => s.getBoundingClientRect().width > 0);
      const name = `diagram ${i + 1} “${svg?.querySelector('title')?.textContent ?? '?'}”`;
      const box = svg?.closest<HTMLElement>('.diagram-scroll');
      if (box && box.scrollWidth > box.clientWidth + 1)
        out.push(`${name} scrolls sideways in its box (${box.scrollWidth} px in ${box.clientWidth} px)`);
      if (!svg || !svg.getBoundingClientRect().width) return;
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
 * On a profile at phone size, the actor's own node is inside the first
 * screenful of its diagram, and in a fan (two columns) it is the left column,
 * alone; an empty string when it is.
 */
export async function focalProblem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fig = document.querySelector('figure.diagram');
    const svg = [...(fig?.querySelectorAll('svg.mmd') ?? [])].find((s) => s.getBoundingClientRect().width > 0);
    const focus = svg?.querySelector('g.node.focus');
    if (!fig || !svg || !focus) return 'no diagram with the actor’s own node';
    const top = fig.getBoundingClientRect().top;
    const own = focus.getBoundingClientRect();
    const others = [...svg.querySelectorAll('g.node')].filter((n) => n !== focus).map((n) => n.getBoundingClientRect());
    const fan = svg.querySelectorAll('g.node').length > 1 && others.every((o) => o.left >= own.right - 1 || o.right <= own.left + 1);
    if (fan && others.some((o) => o.right <= own.left + 1)) return 'in the two-column drawing another node sits left of the actor’s own';
    if (own.bottom - top > window.innerHeight)
      return `the actor’s node is ${Math.round(own.bottom - top)} px down its diagram, below the first screen`;
    return '';
  });
}

/**
 * Whether each generated relationship diagram on the page is a graph a reader
 * can follow at the current width: every node reached by a visible edge (and a
 * profile's graph in one piece), each edge with a verb and an arrowhead, no node over another, no verb
 * on a node, at most 3 crossings (sampled along each edge's path, away from
 * both edges' ends) and at most `maxHeight` px tall as drawn.
 */
export async function graphProblems(page: Page, maxHeight: number): Promise<string[]> {
  return page.evaluate((maxHeight) => {
    const out: string[] = [];
    const hit = (a: DOMRect, b: DOMRect, m: number) =>
      a.left < b.right - m && b.left < a.right - m && a.top < b.bottom - m && b.top < a.bottom - m;
    document.querySelectorAll('figure.diagram[data-generated]').forEach((fig, i) => {
      const svg = [...fig.querySelectorAll<SVGSVGElement>('svg.mmd-flow')].find((s) => s.getBoundingClientRect().width > 0);
      if (!svg) return;
      const name = `diagram ${i + 1} “${svg.querySelector('title')?.textContent ?? '?'}”`;
      const nodes = [...svg.querySelectorAll('g.node')].map((n) => ({
        text: n.textContent?.trim() ?? '',
        box: (n.querySelector(':scope > rect, :scope > polygon, :scope > path') ?? n).getBoundingClientRect(),
      }));
      const edges = [...svg.querySelectorAll<SVGPathElement>('path.flowchart-link')].filter((p) => {
        const style = getComputedStyle(p);
        return (
          !p.classList.contains('edge-thickness-invisible') &&
          style.stroke !== 'none' &&
          style.strokeOpacity !== '0' &&
          style.visibility !== 'hidden'
        );
      });
      const labelled = new Set(
        [...svg.querySelectorAll('g.edgeLabel')]
          .filter((l) => l.textContent?.trim())
          .map((l) => l.querySelector('[data-for]')?.getAttribute('data-for')),
      );
      for (const e of edges) {
        const id = e.id.slice(e.id.lastIndexOf('-') + 1);
        if (!labelled.has(id)) out.push(`${name}: edge ${id} has no label`);
        if (!e.getAttribute('marker-end') && !e.getAttribute('marker-start')) out.push(`${name}: edge ${id} has no arrowhead`);
      }
      for (let a = 0; a < nodes.length; a++)
        for (let b = a + 1; b < nodes.length; b++)
          if (hit(nodes[a]!.box, nodes[b]!.box, 1)) out.push(`${name}: “${nodes[a]!.text}” overlaps “${nodes[b]!.text}”`);
      for (const l of svg.querySelectorAll('g.edgeLabel')) {
        if (!l.textContent?.trim()) continue;
        const box = l.getBoundingClientRect();
        for (const n of nodes) if (hit(box, n.box, 1)) out.push(`${name}: the label “${l.textContent.trim()}” sits on “${n.text}”`);
      }
      // Each edge sampled every 3 px of its length, in page coordinates.
      const paths = edges.map((p) => {
        const len = p.getTotalLength();
        const m = p.getScreenCTM()!;
        const n = Math.max(2, Math.ceil(len / 3));
        return Array.from({ length: n + 1 }, (_, k) => {
          const q = p.getPointAtLength((len * k) / n);
          return { x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f };
        });
      });
      type P = { x: number; y: number };
      // Each edge joins the two nodes nearest its ends. No node may be left without a visible edge,
      // and a profile's graph (it marks the actor in focus) is one piece; other graphs may be
      // separate stars side by side (clusterGraph draws a forest of stars whole, in two columns).
      const away = (p: P, r: DOMRect) => Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
      const nearest = (p: P) => nodes.reduce((best, n, k) => (away(p, n.box) < away(p, nodes[best]!.box) ? k : best), 0);
      const parent = nodes.map((_, k) => k);
      const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
      const reached = new Set<number>();
      for (const path of paths) {
        const [a, b] = [nearest(path[0]!), nearest(path.at(-1)!)];
        reached.add(a).add(b);
        parent[root(a)] = root(b);
      }
      const stranded = nodes.filter((_, k) => !reached.has(k)).map((n) => `“${n.text}”`);
      if (stranded.length)
        out.push(`${name}: no visible edge reaches ${stranded.join(', ')} (${edges.length} edges for ${nodes.length} nodes)`);
      const pieces = new Set(nodes.map((_, k) => root(k))).size;
      if (svg.querySelector('g.node.focus') && pieces > 1) out.push(`${name}: the actor’s graph is drawn in ${pieces} pieces, not one`);
      const side = (p: P, q: P, r: P) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
      const cross = (a: P, b: P, c: P, d: P) => side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
      const dist = (a: P, b: P) => Math.hypot(a.x - b.x, a.y - b.y);
      const found: { i: number; j: number; at: P }[] = [];
      for (let x = 0; x < paths.length; x++)
        for (let y = x + 1; y < paths.length; y++) {
          const [A, B] = [paths[x]!, paths[y]!];
          const ends = [A[0]!, A.at(-1)!, B[0]!, B.at(-1)!];
          for (let a = 1; a < A.length; a++)
            for (let b = 1; b < B.length; b++) {
              if (!cross(A[a - 1]!, A[a]!, B[b - 1]!, B[b]!)) continue;
              const at = A[a]!;
              if (ends.some((e) => dist(e, at) < 14)) continue;
              if (!found.some((f) => f.i === x && f.j === y && dist(f.at, at) < 6)) found.push({ i: x, j: y, at });
            }
        }
      if (found.length > 3) out.push(`${name}: ${found.length} edge crossings (at most 3)`);
      const height = svg.getBoundingClientRect().height;
      if (height > maxHeight) out.push(`${name}: ${Math.round(height)} px tall (at most ${maxHeight})`);
    });
    return out;
  }, maxHeight);
}
