/** The canvas that draws link-preview cards: text filled from outlines with exact-area anti-aliasing, flat colours, palette PNG. */
import { describe, expect, test } from 'vitest';
import { PaletteCanvas, rgb, type OutlineFont } from '@/lib/palette-canvas';
import { decode } from './png-decode';

/** A font of one glyph, a square of half an em standing on the baseline, advancing one em. */
const squares: OutlineFont = {
  unitsPerEm: 1000,
  layout: (text) => ({
    glyphs: [...text].map(() => ({
      path: {
        commands: [
          { command: 'moveTo', args: [0, 0] },
          { command: 'lineTo', args: [500, 0] },
          { command: 'lineTo', args: [500, 500] },
          { command: 'lineTo', args: [0, 500] },
          { command: 'closePath', args: [] },
        ],
      },
    })),
    positions: [...text].map(() => ({ xAdvance: 1000, yAdvance: 0, xOffset: 0, yOffset: 0 })),
  }),
};

/** The red channel of each pixel of a row, from the PNG. */
const row = (png: Buffer, width: number, y: number) => [...decode(png)].filter((_, i) => i % 4 === 0).slice(y * width, (y + 1) * width);

describe('palette canvas', () => {
  test('a glyph edge halfway across a pixel covers it half: the pixel is the halfway colour', () => {
    const canvas = new PaletteCanvas(12, 12, rgb('#ffffff'));
    // At 8 px the square is 4 px wide; started at x = 2.5 it covers 2.5 to 6.5, baseline at 10.
    canvas.fillText(squares, 8, 2.5, 10, 'a', rgb('#000000'));
    expect(row(canvas.toPng(), 12, 8)).toEqual([255, 255, 128, 0, 0, 0, 128, 255, 255, 255, 255, 255]);
    expect(row(canvas.toPng(), 12, 5), 'above the square').toEqual(Array(12).fill(255));
  });

  test('text anchored at its end ends there, and letter spacing adds after each character', () => {
    const end = new PaletteCanvas(20, 12, rgb('#ffffff'));
    // Two squares of 4 px, advancing 8 px and 2 px of spacing each: 20 px in all, ending at x = 20.
    end.fillText(squares, 8, 20, 10, 'ab', rgb('#000000'), { anchor: 'end', letterSpacing: 2 });
    expect(row(end.toPng(), 20, 8)).toEqual([...Array(4).fill(0), ...Array(6).fill(255), ...Array(4).fill(0), ...Array(6).fill(255)]);
  });

  test('flat rectangles, and the same calls give the same bytes', () => {
    const draw = () => {
      const c = new PaletteCanvas(6, 2, rgb('#fbfaf7'));
      c.fillRect(0, 0, 2, 2, rgb('#8a2a12'));
      c.fillText(squares, 4, 3, 2, 'a', rgb('#1d1c1a'));
      return c.toPng();
    };
    expect(row(draw(), 6, 0).slice(0, 3)).toEqual([0x8a, 0x8a, 0xfb]);
    expect(draw().equals(draw())).toBe(true);
  });

  test('refuses a colour that is not #rrggbb', () => {
    expect(() => rgb('red')).toThrow('"red" is not a #rrggbb colour');
  });
});
