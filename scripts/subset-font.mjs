#!/usr/bin/env node
// Writes the diagram font, DejaVu Sans Condensed (regular and bold), cut down
// to the Latin letters, punctuation and transliteration marks the site's
// labels use, as WOFF2 in src/assets/fonts/ (bundled, so a sub-path build links it right). Diagrams are laid out with this same
// file (text is measured from it at build time), so a reader's browser draws
// every label exactly as wide as the layout assumed. Also the social cards'
// DejaVu Sans, cut to the same characters, as TrueType. Run again only when the
// fonts or the character set change: `node scripts/subset-font.mjs`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const ttf = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)).join('');
/** Basic Latin, Latin-1, Latin Extended-A/B, spacing modifiers (ʿ ʾ), Latin Extended Additional, punctuation, arrows. */
export const DIAGRAM_CHARS = [
  range(0x20, 0x7e),
  range(0xa0, 0xff),
  range(0x100, 0x24f),
  range(0x2b0, 0x2ff),
  range(0x1e00, 0x1eff),
  range(0x2010, 0x2027),
  range(0x2030, 0x205e),
  range(0x2190, 0x21ff),
  '…×−',
].join('');

const out = 'src/assets/fonts';
mkdirSync(out, { recursive: true });
for (const [file, name, format] of [
  ['DejaVuSansCondensed.ttf', 'diagram-sans.woff2', 'woff2'],
  ['DejaVuSansCondensed-Bold.ttf', 'diagram-sans-bold.woff2', 'woff2'],
  // The social cards' font, as TrueType for the card renderer: loading the whole of DejaVu Sans
  // cost a card about 11 ms of its 30. A card with a character outside the set uses the whole font.
  ['DejaVuSans.ttf', 'card-sans.ttf', 'truetype'],
  ['DejaVuSans-Bold.ttf', 'card-sans-bold.ttf', 'truetype'],
]) {
  const buf = await subsetFont(readFileSync(join(ttf, file)), DIAGRAM_CHARS, { targetFormat: format });
  writeFileSync(join(out, name), buf);
  console.log(`${out}/${name}: ${(buf.length / 1024).toFixed(1)} KB`);
}
