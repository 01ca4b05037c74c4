/**
 * Text measured from the diagram font file itself, the way Chromium measures
 * SVG text: a run's advance is the sum of its shaped glyph advances (kerning
 * applied) rounded to 1/64 px, and ascent and descent are the font's hhea
 * values rounded to whole pixels. Because the site ships the same WOFF2 files
 * to readers, a label is drawn exactly as wide as the layout assumed.
 *
 * Only erasable TypeScript here: this file also runs in a worker thread
 * straight from source (Node strips the types).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { fontDir } from '../../font-files.ts';

/** What a font file gives us: shaped advance of a string and vertical metrics, in font units. */
interface FontFile {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  layout(text: string): {
    advanceWidth: number;
    glyphs: { bbox: { minX: number; maxX: number } }[];
    positions: { xAdvance: number; xOffset: number }[];
  };
}

/** The two weights the site ships (see scripts/subset-font.mjs). */
export interface DiagramFonts {
  regular: FontFile;
  bold: FontFile;
}

/** Loads the diagram font's regular and bold WOFF2 files from `dir` (default: src/assets/fonts). */
export function loadDiagramFonts(dir = fontDir()): DiagramFonts {
  const open = (file: string) => fontkit.create(readFileSync(join(dir, file))) as unknown as FontFile;
  return { regular: open('diagram-sans.woff2'), bold: open('diagram-sans-bold.woff2') };
}

export interface TextStyle {
  fontSize: number;
  bold: boolean;
}

/** A shaped run in px: its advance, and how far its glyphs' ink reaches left and right of the pen. */
export interface Run {
  width: number;
  inkLeft: number;
  inkRight: number;
}

const runs = new Map<string, Run>();

/**
 * Shapes one text run (kerning applied). The advance is rounded as Blink rounds
 * a run (to 1/64 px); the ink extent of each glyph is rounded out to whole
 * pixels around its pen position, as Skia reports glyph bounds. Chromium's
 * getBBox() of SVG text is the union of the two (an italic-like overhang, as
 * of a final "f", widens the box by up to a pixel).
 */
export function shapeRun(fonts: DiagramFonts, text: string, style: TextStyle): Run {
  const key = `${style.bold ? 1 : 0}${style.fontSize}\u0000${text}`;
  const hit = runs.get(key);
  if (hit) return hit;
  const font = style.bold ? fonts.bold : fonts.regular;
  const k = style.fontSize / font.unitsPerEm;
  const run = font.layout(text);
  let pen = 0;
  let inkLeft = 0;
  let inkRight = 0;
  run.glyphs.forEach((g, i) => {
    const pos = run.positions[i];
    const { minX, maxX } = g.bbox;
    if (Number.isFinite(minX) && maxX > minX) {
      const origin = (pen + (pos?.xOffset ?? 0)) * k;
      inkLeft = Math.min(inkLeft, origin + Math.floor(minX * k));
      inkRight = Math.max(inkRight, origin + Math.ceil(maxX * k));
    }
    pen += pos?.xAdvance ?? 0;
  });
  const result = { width: Math.round(run.advanceWidth * k * 64) / 64, inkLeft, inkRight };
  if (runs.size > 20000) runs.clear();
  runs.set(key, result);
  return result;
}

/** Ascent and descent in whole px, as Blink rounds them for a line box. */
export function verticalMetrics(fonts: DiagramFonts, style: TextStyle): { ascent: number; descent: number } {
  const font = style.bold ? fonts.bold : fonts.regular;
  return {
    ascent: Math.round((font.ascent * style.fontSize) / font.unitsPerEm),
    descent: Math.round((-font.descent * style.fontSize) / font.unitsPerEm),
  };
}
