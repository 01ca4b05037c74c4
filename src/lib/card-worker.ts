/**
 * A worker thread that draws social cards: SVG in, PNG bytes out. Drawing,
 * reading the pixels back and compressing them all happen here, so the build's
 * main thread neither converts a card's 3 MB of pixels nor collects them.
 *
 * Messages in: { svg, fontFiles }; out: { png } (its buffer transferred) or { error }.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.ts';

/*
 * resvg holds each drawn card's pixels (3 MB) outside the JavaScript heap until the object that
 * owns them is collected, and a card allocates too little JavaScript for the collector to run on
 * its own: 300 cards left about 150 MB resident. A young-generation collection after each card
 * (this worker's heap is a few MB, so it costs well under a millisecond) frees them at once.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (options: { type: 'minor'; execution: 'sync' }) => void;

const port = parentPort!;
port.on('message', ({ svg, fontFiles }: { svg: string; fontFiles: string[] }) => {
  try {
    const image = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
    // The card's background is opaque, so resvg's premultiplied pixels are the straight ones.
    const png = new Uint8Array(encodePng(image.pixels, image.width, image.height));
    port.postMessage({ png }, [png.buffer]);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
  collect({ type: 'minor', execution: 'sync' });
});
port.postMessage({ ready: true });
