/**
 * Plain SVG geometry for the DOM emulation: rectangles, affine transforms and
 * the tight bounding box of a path (curve extremes, not control points), as
 * Chromium computes `getBBox()`. Pure functions, unit-tested.
 */

/** An SVGRect: only x, y, width and height (mermaid spreads it; a DOMRect's extra fields misplace labels). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A 2D affine matrix [a, b, c, d, e, f], as in SVG's matrix(). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** Parses an SVG transform attribute (translate, scale, rotate, skewX/Y, matrix) into one matrix. */
export function parseTransform(value: string | null | undefined): Matrix {
  let m: Matrix = IDENTITY;
  if (!value) return m;
  for (const [, name, args] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const [p = 0, q, r] = a;
    let t: Matrix = IDENTITY;
    if (name === 'translate') t = [1, 0, 0, 1, p, q ?? 0];
    else if (name === 'scale') t = [p, 0, 0, q ?? p, 0, 0];
    else if (name === 'matrix' && a.length === 6) t = a as Matrix;
    else if (name === 'rotate') {
      const rad = (p * Math.PI) / 180;
      const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
      t = [cos, sin, -sin, cos, 0, 0];
      if (q !== undefined) t = multiply(multiply([1, 0, 0, 1, q, r ?? 0], t), [1, 0, 0, 1, -q, -(r ?? 0)]);
    } else if (name === 'skewX') t = [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0];
    else if (name === 'skewY') t = [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0];
    m = multiply(m, t);
  }
  return m;
}

/** The axis-aligned box around a box mapped through a matrix. */
export function transformBox(b: Box, m: Matrix): Box {
  // The four corners' images, without arrays (this runs for every box measured).
  const [a, bb, c, d, e, f] = m;
  const x0 = b.x;
  const x1 = b.x + b.width;
  const y0 = b.y;
  const y1 = b.y + b.height;
  const xa = a * x0 + c * y0 + e;
  const xb = a * x1 + c * y0 + e;
  const xc = a * x0 + c * y1 + e;
  const xd = a * x1 + c * y1 + e;
  const ya = bb * x0 + d * y0 + f;
  const yb = bb * x1 + d * y0 + f;
  const yc = bb * x0 + d * y1 + f;
  const yd = bb * x1 + d * y1 + f;
  const x = Math.min(xa, xb, xc, xd);
  const y = Math.min(ya, yb, yc, yd);
  return { x, y, width: Math.max(xa, xb, xc, xd) - x, height: Math.max(ya, yb, yc, yd) - y };
}

/** Union that keeps empty boxes (a zero-size shape still counts, as in Blink). */
export function union(a: Box | undefined, b: Box): Box {
  if (!a) return { ...b };
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Bounds of a set of points. */
function extent(xs: number[], ys: number[]): Box {
  if (!xs.length) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Parameters in (0, 1) where a cubic (or quadratic, with d = undefined) Bézier coordinate has an extreme. */
function extremes(p0: number, p1: number, p2: number, p3?: number): number[] {
  if (p3 === undefined) {
    const den = p0 - 2 * p1 + p2;
    return den === 0 ? [] : [(p0 - p1) / den].filter((t) => t > 0 && t < 1);
  }
  // Derivative of the cubic: a t² + b t + c.
  const a = -p0 + 3 * p1 - 3 * p2 + p3;
  const b = 2 * (p0 - 2 * p1 + p2);
  const c = p1 - p0;
  if (Math.abs(a) < 1e-12) return Math.abs(b) < 1e-12 ? [] : [-c / b].filter((t) => t > 0 && t < 1);
  const disc = b * b - 4 * a * c;
  if (disc < 0) return [];
  const s = Math.sqrt(disc);
  return [(-b + s) / (2 * a), (-b - s) / (2 * a)].filter((t) => t > 0 && t < 1);
}

const cubicAt = (p0: number, p1: number, p2: number, p3: number, t: number) =>
  (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;
const quadAt = (p0: number, p1: number, p2: number, t: number) => (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2;

/** Points on an elliptical arc (endpoint parameterisation), enough to bound it within a hundredth of a pixel. */
function arcPoints(x1: number, y1: number, rx: number, ry: number, phiDeg: number, large: boolean, sweep: boolean, x2: number, y2: number) {
  if (rx === 0 || ry === 0) return [[x2, y2]];
  const phi = (phiDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const xp = cos * dx + sin * dy;
  const yp = -sin * dx + cos * dy;
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
  const den = rx * rx * yp * yp + ry * ry * xp * xp;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (k * rx * yp) / ry;
  const cyp = (-k * ry * xp) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const t1 = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry);
  let dt = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry);
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  const n = 360;
  const out: number[][] = [];
  for (let i = 0; i <= n; i++) {
    const t = t1 + (dt * i) / n;
    out.push([cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos]);
  }
  return out;
}

/** Tight bounding box of SVG path data: every command, curves bounded at their extremes. */
export function pathBox(d: string): Box {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (x: number, y: number) => {
    xs.push(x);
    ys.push(y);
  };
  let i = 0;
  let cmd = '';
  let [x, y, sx, sy] = [0, 0, 0, 0];
  // Last control point, for the smooth S/T commands.
  let [cx, cy] = [0, 0];
  let prev = '';
  const num = () => Number(tokens[i++]);
  const hasNum = () => i < tokens.length && !/^[a-zA-Z]$/.test(tokens[i] ?? '');
  while (i < tokens.length) {
    if (/^[a-zA-Z]$/.test(tokens[i] ?? '')) cmd = tokens[i++] ?? '';
    else if (!cmd) break;
    const rel = cmd === cmd.toLowerCase();
    const C = cmd.toUpperCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    if (C === 'Z') {
      [x, y] = [sx, sy];
      prev = 'Z';
      continue;
    }
    if (!hasNum()) break;
    if (C === 'M') {
      [x, y] = [ox + num(), oy + num()];
      [sx, sy] = [x, y];
      add(x, y);
      cmd = rel ? 'l' : 'L';
    } else if (C === 'L') {
      [x, y] = [ox + num(), oy + num()];
      add(x, y);
    } else if (C === 'H') {
      x = ox + num();
      add(x, y);
    } else if (C === 'V') {
      y = oy + num();
      add(x, y);
    } else if (C === 'C' || C === 'S') {
      let x1: number, y1: number;
      if (C === 'C') [x1, y1] = [ox + num(), oy + num()];
      else [x1, y1] = /[CS]/.test(prev) ? [2 * x - cx, 2 * y - cy] : [x, y];
      const [x2, y2, x3, y3] = [ox + num(), oy + num(), ox + num(), oy + num()];
      for (const t of extremes(x, x1, x2, x3)) add(cubicAt(x, x1, x2, x3, t), cubicAt(y, y1, y2, y3, t));
      for (const t of extremes(y, y1, y2, y3)) add(cubicAt(x, x1, x2, x3, t), cubicAt(y, y1, y2, y3, t));
      add(x3, y3);
      [cx, cy, x, y] = [x2, y2, x3, y3];
    } else if (C === 'Q' || C === 'T') {
      let x1: number, y1: number;
      if (C === 'Q') [x1, y1] = [ox + num(), oy + num()];
      else [x1, y1] = /[QT]/.test(prev) ? [2 * x - cx, 2 * y - cy] : [x, y];
      const [x2, y2] = [ox + num(), oy + num()];
      for (const t of [...extremes(x, x1, x2), ...extremes(y, y1, y2)]) add(quadAt(x, x1, x2, t), quadAt(y, y1, y2, t));
      add(x2, y2);
      [cx, cy, x, y] = [x1, y1, x2, y2];
    } else if (C === 'A') {
      const [rx, ry, rot, large, sweep] = [num(), num(), num(), num(), num()];
      const [x2, y2] = [ox + num(), oy + num()];
      for (const [px = 0, py = 0] of arcPoints(x, y, rx, ry, rot, large !== 0, sweep !== 0, x2, y2)) add(px, py);
      [x, y] = [x2, y2];
    } else break;
    prev = C;
  }
  return extent(xs, ys);
}

/** Bounds of a `points` attribute (polygon, polyline). */
export function pointsBox(points: string): Box {
  const n = (points.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i + 1 < n.length; i += 2) {
    xs.push(n[i] ?? 0);
    ys.push(n[i + 1] ?? 0);
  }
  return extent(xs, ys);
}
