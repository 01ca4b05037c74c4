/**
 * Social preview images (1200×630 PNG) drawn at build time from one layout
 * (cardLayout): on a palette canvas from the fonts' outlines (palette-canvas.ts),
 * or, for right-to-left text, as SVG by resvg. No browser, no network, a
 * bundled font, so the bytes are the same on every build. Cards are drawn and
 * compressed in the build's worker threads (card-task.ts, build-workers.ts), one
 * card at a time each, two at once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { PNG_ENCODING } from './png';
import { buildWorkers, taskFile } from './build-workers';
import { escapeXml } from './xml';
import { fontDir } from './font-files';
import { hashFiles } from './files';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONT_DIR, f));
/**
 * The same two weights cut to the characters the site's names and labels use
 * (scripts/subset-font.mjs): the renderer loads its fonts for every card, and
 * the whole of DejaVu Sans cost a card about 11 ms of its 30.
 */
const SUBSET = ['card-sans.ttf', 'card-sans-bold.ttf'].map((f) => join(fontDir(), f));

interface FontSet {
  files: string[];
  /** Part of each card's cache key: a card drawn with other fonts is another card. */
  digest: string;
  has: (text: string) => boolean;
}
const fontSet = (files: string[], covers: boolean): FontSet => {
  const buffers = files.map((f) => readFileSync(f));
  const hash = createHash('sha256');
  for (const b of buffers) hash.update(b);
  const cmap = buffers.map((b) => fontkit.create(b) as { hasGlyphForCodePoint(cp: number): boolean });
  return {
    files,
    digest: hash.digest('hex').slice(0, 16),
    has: (text) => covers || [...text].every((ch) => /\s/.test(ch) || cmap.every((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!))),
  };
};
let fonts: { subset: FontSet; full: FontSet } | undefined;
/** The cut fonts when they hold every character of the card, else the whole fonts. */
function fontsFor(text: string): FontSet {
  fonts ??= { subset: fontSet(SUBSET, false), full: fontSet(FONTS, true) };
  return fonts.subset.has(text) ? fonts.subset : fonts.full;
}

/** Greedy line wrapping by an average glyph width; returns at most `max` lines. */
export function wrap(text: string, perLine: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = `${kept[max - 1]!.replace(/\s*\S*$/, '')} …`;
    return kept;
  }
  return lines;
}

/** What a card shows: the page's kind, its name, one line about it and its date. */
export interface CardText {
  /** Kind of page or actor, drawn small in capitals above the title. */
  kicker: string;
  title: string;
  /** One-line summary; wrapped to at most three lines and cut with an ellipsis. */
  summary: string;
  /** The page's date as readers see it ("22 November 2026"). */
  date: string;
  /** Site name, bottom left. */
  site: string;
}

/** One piece of a card: a filled rectangle, or lines of text from a baseline down. */
export type CardPart =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      /** The first line's baseline is at `y`; each next one `lead` pixels lower. */
      lines: string[];
      lead: number;
      size: number;
      bold: boolean;
      fill: string;
      anchor: 'start' | 'end';
      letterSpacing: number;
    };

/** Where everything on a card goes, in pixels of the 1200×630 image. Both drawings are made from it. */
export function cardLayout({ kicker, title, summary, date, site }: CardText): CardPart[] {
  const lines = wrap(title, 29, 3);
  const size = lines.length > 2 ? 54 : 60;
  const lead = size * 1.15;
  const text = (x: number, y: number, ls: string[], size: number, fill: string, more: Partial<CardPart & { kind: 'text' }> = {}) =>
    ({ kind: 'text', x, y, lines: ls, lead: 0, size, bold: false, fill, anchor: 'start', letterSpacing: 0, ...more }) as CardPart;
  return [
    { kind: 'rect', x: 0, y: 0, width: 1200, height: 630, fill: '#fbfaf7' },
    { kind: 'rect', x: 0, y: 0, width: 24, height: 630, fill: '#8a2a12' },
    text(80, 110, [kicker.toUpperCase()], 28, '#8a2a12', { bold: true, letterSpacing: 3 }),
    text(80, 200, lines, size, '#1d1c1a', { bold: true, lead }),
    text(80, Math.round(200 + (lines.length - 1) * lead + 72), wrap(summary, 62, 3), 30, '#3b3934', { lead: 40 }),
    // A 2-pixel rule (the SVG once drew it as a line from y 529 to 531).
    { kind: 'rect', x: 80, y: 529, width: 1040, height: 2, fill: '#d9d4c8' },
    text(80, 580, [site], 28, '#55524b'),
    text(1120, 580, [date], 28, '#55524b', { anchor: 'end' }),
  ];
}

/** The card as SVG text (for a renderer of SVG: text in scripts the canvas does not lay out). */
export function socialCardSvg(card: CardText): string {
  const body = cardLayout(card).map((p) => {
    if (p.kind === 'rect') return `<rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" fill="${p.fill}"/>`;
    const attrs = [
      `x="${p.x}" y="${p.y}"`,
      p.anchor === 'end' ? ' text-anchor="end"' : '',
      ` font-family="DejaVu Sans"${p.bold ? ' font-weight="bold"' : ''} font-size="${p.size}"`,
      p.letterSpacing ? ` letter-spacing="${p.letterSpacing}"` : '',
      ` fill="${p.fill}"`,
    ].join('');
    const content =
      p.lines.length === 1 && !p.lead
        ? escapeXml(p.lines[0]!)
        : p.lines.map((l, i) => `<tspan x="${p.x}" dy="${i === 0 ? 0 : p.lead}">${escapeXml(l)}</tspan>`).join('');
    return `<text ${attrs}>${content}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">\n${body.join('\n')}\n</svg>`;
}

const CACHE = join(process.cwd(), '.cache', 'og');

/**
 * Cards are drawn in the build's worker threads, the ones that lay diagrams out. Drawn on the main
 * thread (resvg's render on Node's thread pool, the pixels read back and converted there), a
 * thousand-report build spent about 60 ms of CPU a card, much of it collecting the 5 MB of buffers
 * each card left in the main thread's large heap (bench/NOTES.md, "Social cards in workers"); in
 * threads of their own, they started two new threads beside the diagram workers at the top of a
 * clean build's memory ("What the last rise is").
 */
const cardTask = () => taskFile(new URL('./card-task.ts', import.meta.url), ['src', 'lib', 'card-task.ts']);

/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms): the canvas lays out only left-to-right text. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** What a drawn card depends on besides its layout: the code that draws and encodes it. */
let drawing: string | undefined;
const drawingDigest = () =>
  (drawing ??= hashFiles(
    createHash('sha256').update(PNG_ENCODING),
    ['card-task.ts', 'palette-canvas.ts', 'png.ts'].map((f) => join(process.cwd(), 'src', 'lib', f)),
  )
    .digest('hex')
    .slice(0, 16));

/** Renders the card to PNG bytes, cached by a hash of its layout, fonts and drawing code, so unchanged cards are not redrawn. */
export async function socialCardPng(card: CardText): Promise<Buffer> {
  const parts = cardLayout(card);
  // Every character drawn: the kicker in capitals, and the ellipsis a cut line ends with.
  const text = [card.kicker.toUpperCase(), card.title, card.summary, card.date, card.site, '…'].join(' ');
  const font = fontsFor(text);
  const input = RIGHT_TO_LEFT.test(text) ? { svg: socialCardSvg(card), fontFiles: font.files } : { parts, fontFiles: font.files };
  const key = createHash('sha256').update(font.digest).update(drawingDigest()).update(JSON.stringify(input)).digest('hex');
  const file = join(CACHE, `${key.slice(0, 16)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const drawn = (await buildWorkers().run({ module: cardTask(), input })) as { png: Uint8Array } | { error: string };
  if ('error' in drawn) throw new Error(`Social card "${card.title}" could not be drawn: ${drawn.error}`);
  const png = Buffer.from(drawn.png.buffer, drawn.png.byteOffset, drawn.png.byteLength);
  await mkdir(CACHE, { recursive: true });
  await writeFile(file, png);
  return png;
}
