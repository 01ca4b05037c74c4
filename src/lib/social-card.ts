/**
 * Social preview images (1200×630 PNG) drawn at build time from an SVG
 * template with resvg: no browser, no network, a bundled font, so the bytes
 * are the same on every build. Cards are drawn and compressed in the build's
 * worker threads (card-task.ts, build-workers.ts), one card at a time each,
 * two at once.
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

/** The card as SVG text. */
export function socialCardSvg({ kicker, title, summary, date, site }: CardText): string {
  const lines = wrap(title, 29, 3);
  const size = lines.length > 2 ? 54 : 60;
  const lead = size * 1.15;
  const tspans = (ls: string[], dy: number) => ls.map((l, i) => `<tspan x="80" dy="${i === 0 ? 0 : dy}">${escapeXml(l)}</tspan>`).join('');
  const summaryY = Math.round(200 + (lines.length - 1) * lead + 72);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fbfaf7"/>
<rect x="0" y="0" width="24" height="630" fill="#8a2a12"/>
<text x="80" y="110" font-family="DejaVu Sans" font-weight="bold" font-size="28" letter-spacing="3" fill="#8a2a12">${escapeXml(kicker.toUpperCase())}</text>
<text x="80" y="200" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#1d1c1a">${tspans(lines, lead)}</text>
<text x="80" y="${summaryY}" font-family="DejaVu Sans" font-size="30" fill="#3b3934">${tspans(wrap(summary, 62, 3), 40)}</text>
<line x1="80" y1="530" x2="1120" y2="530" stroke="#d9d4c8" stroke-width="2"/>
<text x="80" y="580" font-family="DejaVu Sans" font-size="28" fill="#55524b">${escapeXml(site)}</text>
<text x="1120" y="580" text-anchor="end" font-family="DejaVu Sans" font-size="28" fill="#55524b">${escapeXml(date)}</text>
</svg>`;
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

/** Renders the card to PNG bytes, cached by a hash of its SVG so unchanged cards are not redrawn. */
export async function socialCardPng(card: CardText): Promise<Buffer> {
  const svg = socialCardSvg(card);
  // Every character drawn: the kicker in capitals, and the ellipsis a cut line ends with.
  const font = fontsFor([card.kicker.toUpperCase(), card.title, card.summary, card.date, card.site, '…'].join(' '));
  const file = join(CACHE, `${createHash('sha256').update(font.digest).update(PNG_ENCODING).update(svg).digest('hex').slice(0, 16)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const drawn = (await buildWorkers().run({ module: cardTask(), input: { svg, fontFiles: font.files } })) as
    { png: Uint8Array } | { error: string };
  if ('error' in drawn) throw new Error(`Social card "${card.title}" could not be drawn: ${drawn.error}`);
  const png = Buffer.from(drawn.png.buffer, drawn.png.byteOffset, drawn.png.byteLength);
  await mkdir(CACHE, { recursive: true });
  await writeFile(file, png);
  return png;
}
