/**
 * A small raster canvas for images of flat colours and text, such as link
 * preview cards: filled rectangles and anti-aliased text drawn from a font's
 * outlines, kept as one palette index a pixel and written as an indexed PNG.
 *
 * Why not an SVG renderer: drawing a 1200×630 card with resvg, reading its 3 MB
 * of pixels back and finding their palette took about 23 ms a card, much of
 * it reloading fonts and converting pixels; here a card is its glyphs' edges
 * and one deflate, about 7–9 ms (bench/NOTES.md, "cards drawn from their
 * outlines").
 *
 * Text is laid out by fontkit (kerning and ligatures as the font defines them)
 * and filled by exact-area coverage (the accumulation method of font-rs): for
 * each edge, the signed area it adds to every pixel it crosses; a running sum
 * along each row gives each pixel's coverage. Coverage is kept in 16 steps, so
 * an ink over one background adds at most 16 colours and the image stays a
 * palette image (64 steps made a card's file about a quarter larger).
 * Left-to-right scripts only: the caller draws other text another way. The
 * same calls always give the same bytes.
 */
import { encodeIndexedPng } from './png.ts';

/** The part of a fontkit font the canvas uses (fontkit ships no types). */
export interface OutlineFont {
  unitsPerEm: number;
  layout(text: string): {
    glyphs: { path: { commands: { command: string; args: number[] }[] } }[];
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  };
}

/** How far, in pixels, a straight segment may stray from the curve it stands for. */
const FLATNESS = 0.05;
/** Coverage steps an anti-aliased edge is drawn with. */
const STEPS = 16;

/**
 * Scratch for the edges' areas, kept between lines and images: a card's buffers allocated anew
 * each time (about 3.5 MB a card) made the build's workers, whose heaps hold mermaid's state, run
 * full collections for the external memory (bench/NOTES.md, "Cards drawn from their outlines").
 */
let scratch = new Float32Array(0);
const areaBuffer = (n: number): Float32Array => {
  if (scratch.length < n) scratch = new Float32Array(n);
  else scratch.fill(0, 0, n);
  return scratch.subarray(0, n);
};

/** A colour as 0xRRGGBB, from '#rrggbb'. */
export const rgb = (hex: string): number => {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`palette-canvas: "${hex}" is not a #rrggbb colour`);
  return parseInt(hex.slice(1), 16);
};

const mix = (under: number, ink: number, a: number): number => {
  const ch = (shift: number) => Math.round(((under >> shift) & 255) * (1 - a) + ((ink >> shift) & 255) * a);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
};

export interface TextOptions {
  /** Where `x` is: the start of the text (default) or its end. */
  anchor?: 'start' | 'end';
  /** Extra space after every character, in pixels (SVG's `letter-spacing`). */
  letterSpacing?: number;
}

export class PaletteCanvas {
  readonly width: number;
  readonly height: number;
  /** One palette index a pixel, row by row. */
  private readonly pixels: Uint8Array;
  private readonly colours: number[] = [];
  private readonly indexOf = new Map<number, number>();

  constructor(width: number, height: number, background: number) {
    this.width = width;
    this.height = height;
    this.pixels = new Uint8Array(width * height);
    this.index(background);
  }

  /** Clears the canvas to one colour, its palette to that colour alone: one canvas serves many images. */
  reset(background: number): void {
    this.pixels.fill(0);
    this.colours.length = 0;
    this.indexOf.clear();
    this.index(background);
  }

  /** The palette index of a colour, added on first use; an image has at most 256. */
  private index(colour: number): number {
    let i = this.indexOf.get(colour);
    if (i === undefined) {
      if (this.colours.length === 256) throw new Error('palette-canvas: more than 256 colours');
      i = this.colours.length;
      this.colours.push(colour);
      this.indexOf.set(colour, i);
    }
    return i;
  }

  /** Fills a rectangle whose edges fall on whole pixels. */
  fillRect(x: number, y: number, w: number, h: number, colour: number): void {
    const i = this.index(colour);
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.width, Math.round(x + w));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + h)); row++)
      this.pixels.fill(i, row * this.width + x0, row * this.width + x1);
  }

  /** Draws one line of text with its baseline at `y`. */
  fillText(font: OutlineFont, size: number, x: number, y: number, text: string, colour: number, options: TextOptions = {}): void {
    const spacing = options.letterSpacing ?? 0;
    const scale = size / font.unitsPerEm;
    const run = font.layout(text);
    const advance = run.positions.reduce((w, p) => w + p.xAdvance * scale + spacing, 0);
    let penX = options.anchor === 'end' ? x - advance : x;
    // Edges land in a buffer around the text (outlines may reach a little past their advances),
    // one spare cell for the last sum's carry.
    const left = Math.max(0, Math.floor(penX - size * 0.25));
    const right = Math.min(this.width, Math.ceil(penX + advance + size * 0.25));
    const top = Math.max(0, Math.floor(y - size * 1.2));
    const bottom = Math.min(this.height, Math.ceil(y + size * 0.5));
    const w = right - left;
    const area = areaBuffer(w * (bottom - top) + 2);
    const edges = new EdgeAccumulator(area, w, bottom - top);
    run.glyphs.forEach((glyph, g) => {
      const pos = run.positions[g]!;
      const ox = penX - left + pos.xOffset * scale;
      const oy = y - top - pos.yOffset * scale;
      const px = (fx: number) => ox + fx * scale;
      const py = (fy: number) => oy - fy * scale;
      let sx = 0;
      let sy = 0;
      let cx = 0;
      let cy = 0;
      for (const { command, args: a } of glyph.path.commands) {
        if (command === 'moveTo') {
          if (cx !== sx || cy !== sy) edges.line(cx, cy, sx, sy);
          sx = cx = px(a[0]!);
          sy = cy = py(a[1]!);
        } else if (command === 'lineTo') {
          edges.line(cx, cy, (cx = px(a[0]!)), (cy = py(a[1]!)));
        } else if (command === 'quadraticCurveTo') {
          edges.quad(cx, cy, px(a[0]!), py(a[1]!), (cx = px(a[2]!)), (cy = py(a[3]!)));
        } else if (command === 'bezierCurveTo') {
          edges.cubic(cx, cy, px(a[0]!), py(a[1]!), px(a[2]!), py(a[3]!), (cx = px(a[4]!)), (cy = py(a[5]!)));
        } else if (command === 'closePath') {
          edges.line(cx, cy, sx, sy);
          cx = sx;
          cy = sy;
        }
      }
      if (cx !== sx || cy !== sy) edges.line(cx, cy, sx, sy);
      penX += pos.xAdvance * scale + spacing;
    });
    // The running sum of the areas is each pixel's coverage (its magnitude: either winding fills).
    const ink = new Map<number, number>();
    const pixels = this.pixels;
    let sum = 0;
    for (let row = 0; row < bottom - top; row++) {
      const from = row * w;
      const to = (top + row) * this.width + left;
      for (let i = 0; i < w; i++) {
        sum += area[from + i]!;
        const step = Math.min(STEPS, Math.round(Math.abs(sum) * STEPS));
        if (step === 0) continue;
        const under = pixels[to + i]!;
        const key = under * (STEPS + 1) + step;
        let index = ink.get(key);
        if (index === undefined) ink.set(key, (index = this.index(mix(this.colours[under]!, colour, step / STEPS))));
        pixels[to + i] = index;
      }
    }
  }

  /** The image as PNG bytes: palette, no filtering (see png.ts). */
  toPng(): Buffer {
    return encodeIndexedPng(this.pixels, this.colours, this.width, this.height);
  }
}

/** Signed coverage areas of a closed outline's edges, added into a row-major buffer. */
class EdgeAccumulator {
  private readonly area: Float32Array;
  private readonly width: number;
  private readonly height: number;

  constructor(area: Float32Array, width: number, height: number) {
    this.area = area;
    this.width = width;
    this.height = height;
  }

  line(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    const dir = y0 < y1 ? 1 : -1;
    if (dir < 0) [x0, y0, x1, y1] = [x1, y1, x0, y0];
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    if (y0 < 0) x -= y0 * dxdy;
    const a = this.area;
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, Math.ceil(y1)); y++) {
      const row = y * this.width;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const xnext = x + dxdy * dy;
      const d = dy * dir;
      const left = Math.max(0, Math.min(x, xnext));
      const right = Math.min(this.width - 1, Math.max(x, xnext));
      const l = Math.floor(left);
      const r = Math.ceil(right);
      if (r <= l + 1) {
        // Within one pixel: its share is the part of the pixel right of the edge's middle.
        const mid = 0.5 * (x + xnext) - l;
        a[row + l]! += d - d * mid;
        a[row + l + 1]! += d * mid;
      } else {
        const s = 1 / (right - left);
        const lf = left - l;
        const a0 = 0.5 * s * (1 - lf) * (1 - lf);
        const rf = right - r + 1;
        const am = 0.5 * s * rf * rf;
        a[row + l]! += d * a0;
        if (r === l + 2) a[row + l + 1]! += d * (1 - a0 - am);
        else {
          const a1 = s * (1.5 - lf);
          a[row + l + 1]! += d * (a1 - a0);
          for (let xi = l + 2; xi < r - 1; xi++) a[row + xi]! += d * s;
          const a2 = a1 + (r - l - 3) * s;
          a[row + r - 1]! += d * (1 - a2 - am);
        }
        a[row + r]! += d * am;
      }
      x = xnext;
    }
  }

  quad(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): void {
    const dd = Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2);
    const n = Math.max(1, Math.ceil(Math.sqrt(dd / (8 * FLATNESS))));
    let px = x0;
    let py = y0;
    for (let i = 1; i <= n; i++) {
      const t = i / n;
      const u = 1 - t;
      const x = u * u * x0 + 2 * u * t * x1 + t * t * x2;
      const y = u * u * y0 + 2 * u * t * y1 + t * t * y2;
      this.line(px, py, x, y);
      px = x;
      py = y;
    }
  }

  cubic(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
    const dd = Math.max(Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3));
    const n = Math.max(1, Math.ceil(Math.sqrt((3 * dd) / (4 * FLATNESS))));
    let px = x0;
    let py = y0;
    for (let i = 1; i <= n; i++) {
      const t = i / n;
      const u = 1 - t;
      const x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
      const y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
      this.line(px, py, x, y);
      px = x;
      py = y;
    }
  }
}
