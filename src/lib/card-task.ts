/**
 * Draws a social card: its layout in, PNG bytes out. A task of the build's
 * worker threads (task-worker.ts), so the build's main thread neither draws
 * nor compresses a card.
 *
 * Input: { parts, fontFiles } (the card's layout, see cardLayout in
 * social-card.ts; regular then bold font) or, for text in a right-to-left
 * script, which the canvas does not lay out, { svg, fontFiles } for resvg.
 * Answer: { png } (its buffer moved, not copied) or { error }.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as fontkit from 'fontkit';
import { Resvg } from '@resvg/resvg-js';
import type { TaskAnswer } from './task-worker.ts';
import type { CardPart } from './social-card.ts';
import { encodePng } from './png.ts';
import { PaletteCanvas, rgb, type OutlineFont } from './palette-canvas.ts';

/*
 * resvg holds each drawn card's pixels (3 MB) outside the JavaScript heap until the object that
 * owns them is collected, and a card allocates too little JavaScript for the collector to run on
 * its own: 300 cards left about 150 MB resident. A young-generation collection before each such
 * card frees the previous one's (it copies only what is still live, so it is cheap).
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options: { type: 'minor'; execution: 'sync' }) => void;

/** Fonts stay open for the worker's life: a card's text is laid out from them. */
const fonts = new Map<string, OutlineFont>();
const font = (file: string): OutlineFont => {
  let f = fonts.get(file);
  if (!f) fonts.set(file, (f = fontkit.create(readFileSync(file)) as OutlineFont));
  return f;
};

/** One canvas for every card of a worker's life (see palette-canvas.ts on memory). */
let kept: PaletteCanvas | undefined;

/** The card drawn from its layout on a palette canvas. */
export function drawCard(parts: CardPart[], fontFiles: string[]): Buffer {
  const [background, ...rest] = parts;
  if (background?.kind !== 'rect') throw new Error('a card starts with its background');
  const canvas =
    kept?.width === background.width && kept.height === background.height
      ? kept
      : new PaletteCanvas(background.width, background.height, 0);
  canvas.reset(rgb(background.fill));
  kept = canvas;
  for (const p of rest) {
    if (p.kind === 'rect') canvas.fillRect(p.x, p.y, p.width, p.height, rgb(p.fill));
    else
      p.lines.forEach((line, i) =>
        canvas.fillText(font(fontFiles[p.bold ? 1 : 0]!), p.size, p.x, p.y + i * p.lead, line, rgb(p.fill), {
          anchor: p.anchor,
          letterSpacing: p.letterSpacing,
        }),
      );
  }
  return canvas.toPng();
}

export function run(input: { parts: CardPart[]; fontFiles: string[] } | { svg: string; fontFiles: string[] }): TaskAnswer {
  try {
    let png: Uint8Array<ArrayBuffer>;
    if ('parts' in input) png = new Uint8Array(drawCard(input.parts, input.fontFiles));
    else {
      collect({ type: 'minor', execution: 'sync' });
      const image = new Resvg(input.svg, {
        font: { fontFiles: input.fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
      }).render();
      // The card's background is opaque, so resvg's premultiplied pixels are the straight ones.
      png = new Uint8Array(encodePng(image.pixels, image.width, image.height));
    }
    return { message: { png }, transfer: [png.buffer] };
  } catch (e) {
    return { message: { error: e instanceof Error ? e.message : String(e) } };
  }
}
