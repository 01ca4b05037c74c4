/**
 * Draws a social card: SVG in, PNG bytes out. A task of the build's worker
 * threads (task-worker.ts): drawing, reading the pixels back and compressing
 * them all happen there, so the build's main thread neither converts a card's
 * 3 MB of pixels nor collects them.
 *
 * Input: { svg, fontFiles }; answer: { png } (its buffer moved, not copied) or { error }.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import type { TaskAnswer } from './task-worker.ts';
import { encodePng } from './png.ts';

/*
 * resvg holds each drawn card's pixels (3 MB) outside the JavaScript heap until the object that
 * owns them is collected, and a card allocates too little JavaScript for the collector to run on
 * its own: 300 cards left about 150 MB resident. A young-generation collection before each card
 * frees the previous card's (it copies only what is still live, so it is cheap).
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options: { type: 'minor'; execution: 'sync' }) => void;

export function run({ svg, fontFiles }: { svg: string; fontFiles: string[] }): TaskAnswer {
  collect({ type: 'minor', execution: 'sync' });
  try {
    const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
    // The card's background is opaque, so resvg's premultiplied pixels are the straight ones.
    const png = new Uint8Array(encodePng(image.pixels, image.width, image.height));
    return { message: { png }, transfer: [png.buffer] };
  } catch (e) {
    return { message: { error: e instanceof Error ? e.message : String(e) } };
  }
}
