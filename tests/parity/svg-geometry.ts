/**
 * What a reader sees of a diagram, read back from its SVG: every drawn shape's
 * box in the diagram's coordinates (node boxes, label backgrounds, cluster
 * frames), the two ends of every link, the text of every label line, and the
 * viewBox. Two renderings agree when all of these match within a tolerance.
 */
import { JSDOM } from 'jsdom';
import {
  IDENTITY,
  multiply,
  parseTransform,
  pathBox,
  pointsBox,
  transformBox,
  type Box,
  type Matrix,
} from '../../src/lib/diagrams/dom/geometry.ts';

export interface Geometry {
  viewBox: number[];
  shapes: { key: string; box: Box; ends?: [number, number][] }[];
  lines: { key: string; text: string }[];
}

const SHAPES = new Set(['rect', 'path', 'polygon', 'polyline', 'circle', 'ellipse', 'line']);
const SKIP = new Set(['defs', 'marker', 'style', 'title', 'desc']);

function shapeBox(el: Element): Box {
  const n = (a: string) => Number(el.getAttribute(a)) || 0;
  switch (el.localName) {
    case 'rect':
      return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
    case 'circle':
      return { x: n('cx') - n('r'), y: n('cy') - n('r'), width: 2 * n('r'), height: 2 * n('r') };
    case 'ellipse':
      return { x: n('cx') - n('rx'), y: n('cy') - n('ry'), width: 2 * n('rx'), height: 2 * n('ry') };
    case 'line':
      return {
        x: Math.min(n('x1'), n('x2')),
        y: Math.min(n('y1'), n('y2')),
        width: Math.abs(n('x2') - n('x1')),
        height: Math.abs(n('y2') - n('y1')),
      };
    case 'path':
      return pathBox(el.getAttribute('d') ?? '');
    default:
      return pointsBox(el.getAttribute('points') ?? '');
  }
}

/** First and last point of a path (absolute commands, as mermaid writes links). */
function pathEnds(d: string): [number, number][] {
  const nums = (d.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
  if (nums.length < 4) return [];
  return [
    [nums[0] ?? 0, nums[1] ?? 0],
    [nums.at(-2) ?? 0, nums.at(-1) ?? 0],
  ];
}

/** Reads the geometry of one rendered SVG. */
export function geometryOf(svg: string): Geometry {
  // Parsed as HTML: mermaid writes xlink:href without declaring the prefix, which an XML parser refuses.
  const root = new JSDOM(`<!doctype html><body>${svg}`).window.document.querySelector('svg');
  if (!root) throw new Error('no <svg> in the rendering');
  const out: Geometry = { viewBox: (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number), shapes: [], lines: [] };
  const walk = (el: Element, m: Matrix, path: string) => {
    const here = multiply(m, parseTransform(el.getAttribute('transform')));
    const key = `${path}/${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}` : ''}`;
    if (SHAPES.has(el.localName)) {
      const entry: Geometry['shapes'][number] = { key, box: transformBox(shapeBox(el), here) };
      if (el.localName === 'path' && /flowchart-link|-L_/.test(`${el.getAttribute('class')} ${el.id}`)) {
        entry.ends = pathEnds(el.getAttribute('d') ?? '').map(([x, y]) => [
          here[0] * x + here[2] * y + here[4],
          here[1] * x + here[3] * y + here[5],
        ]);
      }
      out.shapes.push(entry);
    }
    if (el.localName === 'text') {
      const rows = [...el.children].filter((c) => c.localName === 'tspan' && /text-outer-tspan|row/.test(c.getAttribute('class') ?? ''));
      (rows.length ? rows : [el]).forEach((r, i) =>
        out.lines.push({ key: `${key}[${i}]`, text: (r.textContent ?? '').replace(/\s+/g, ' ').trim() }),
      );
    }
    let i = 0;
    for (const child of el.children) if (!SKIP.has(child.localName)) walk(child, here, `${key}>${i++}`);
  };
  walk(root, IDENTITY, '');
  return out;
}

export interface Comparison {
  /** Largest difference in px over every box edge, link end and the viewBox. */
  maxDiff: number;
  problems: string[];
}

/** Compares two renderings of one diagram; a problem is any difference beyond `tolerance` px, or any label line that differs. */
export function compareGeometry(a: Geometry, b: Geometry, tolerance = 1): Comparison {
  const problems: string[] = [];
  let maxDiff = 0;
  const note = (d: number, what: string) => {
    maxDiff = Math.max(maxDiff, d);
    if (d > tolerance) problems.push(`${what}: differs by ${d.toFixed(2)} px`);
  };
  a.viewBox.forEach((v, i) => note(Math.abs(v - (b.viewBox[i] ?? NaN)) || 0, `viewBox[${i}]`));
  if (a.shapes.length !== b.shapes.length) problems.push(`${a.shapes.length} shapes against ${b.shapes.length}`);
  a.shapes.forEach((s, i) => {
    const t = b.shapes[i];
    if (!t) return;
    if (s.key !== t.key) {
      problems.push(`shape ${i}: ${s.key} against ${t.key}`);
      return;
    }
    const d = Math.max(
      Math.abs(s.box.x - t.box.x),
      Math.abs(s.box.y - t.box.y),
      Math.abs(s.box.x + s.box.width - (t.box.x + t.box.width)),
      Math.abs(s.box.y + s.box.height - (t.box.y + t.box.height)),
    );
    note(d, `box of ${s.key}`);
    s.ends?.forEach((p, j) => {
      const q = t.ends?.[j];
      note(q ? Math.hypot(p[0] - q[0], p[1] - q[1]) : Infinity, `link end ${j} of ${s.key}`);
    });
  });
  if (a.lines.length !== b.lines.length) problems.push(`${a.lines.length} label lines against ${b.lines.length}`);
  a.lines.forEach((l, i) => {
    const m = b.lines[i];
    if (m && l.text !== m.text) problems.push(`label line ${l.key}: "${l.text}" against "${m.text}"`);
  });
  return { maxDiff, problems };
}
