/** Link previews: a card names the page, its kind, what it holds and its date. */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { encodePng } from '@/lib/png';
import { fontDir } from '@/lib/font-files';
import { cardLayout, socialCardPng, socialCardSvg, wrap } from '@/lib/social-card';
import { drawCard } from '@/lib/card-task';
import { decode } from './png-decode';

const require = createRequire(import.meta.url);
const fonts = ['card-sans.ttf', 'card-sans-bold.ttf'].map((f) => join(fontDir(), f));
const resvgImage = (svg: string, fontFiles = fonts) =>
  new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render();
/** RGBA pixels of an SVG drawn by resvg (straight, as the card's background is opaque). */
const resvgPixels = (svg: string) => resvgImage(svg).pixels;

const card = {
  kicker: 'Armed group',
  title: 'Kataib Hezbollah',
  summary:
    'Iran-backed Iraqi armed faction that announced a halt to attacks on US forces after Qaani’s January 2024 visit; a US strike in Baghdad killed its commander.',
  date: 'Updated 22 November 2026',
  site: 'Tehran’s Reach in Iraq',
};

describe('social cards', () => {
  test('show the kind, the name, the summary and the date', () => {
    const svg = socialCardSvg(card);
    expect(svg).toContain('>ARMED GROUP</text>');
    expect(svg).toContain('>Kataib Hezbollah</tspan>');
    expect(svg).toContain('Iran-backed Iraqi armed faction');
    expect(svg).toContain('>Updated 22 November 2026</text>');
    expect(svg).toContain('Tehran’s Reach in Iraq');
  });

  test('a long summary stays within three lines, cut with an ellipsis', () => {
    const lines = wrap(`${card.summary} ${card.summary}`, 62, 3);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(64);
  });

  test('a card drawn by the build’s workers is its layout drawn on the canvas, 1200 by 630', { timeout: 30_000 }, async () => {
    const unique = { ...card, title: `Kataib Hezbollah ${process.pid}` };
    rmSync(join(process.cwd(), '.cache', 'og'), { recursive: true, force: true, maxRetries: 5 });
    const png = await socialCardPng(unique);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.equals(drawCard(cardLayout(unique), fonts)), 'the card in the preview differs from its drawing').toBe(true);
    const [a, b] = await Promise.all([
      socialCardPng({ ...unique, title: `${unique.title} a` }),
      socialCardPng({ ...unique, title: `${unique.title} b` }),
    ]);
    expect(a.equals(b), 'two cards drawn at once came back swapped or the same').toBe(false);
  });

  test('the canvas draws what an SVG renderer draws from the same layout, but for anti-aliasing', () => {
    const long = { ...card, title: 'Attacks on US targets have halted, Iraqi sources say, as some factions claim to fight on for Gaza' };
    for (const c of [card, long]) {
      const ours = decode(drawCard(cardLayout(c), fonts));
      const theirs = resvgPixels(socialCardSvg(c));
      let total = 0;
      let worst = 0;
      for (let i = 0; i < ours.length; i++) {
        const d = Math.abs(ours[i]! - theirs[i]!);
        total += d;
        worst = Math.max(worst, d);
      }
      // A glyph out of place or missing differs by whole inks (over 200 levels) across its strokes.
      expect(worst, `“${c.title}”: a pixel far from the SVG's`).toBeLessThan(96);
      expect(total / ours.length, `“${c.title}”: mean difference per channel`).toBeLessThan(1);
    }
  });

  test('a card with text in a right-to-left script is drawn from its SVG', { timeout: 30_000 }, async () => {
    const arabic = { ...card, title: `كتائب حزب الله ${process.pid}` };
    const full = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
      join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', f),
    );
    const png = await socialCardPng(arabic);
    const image = resvgImage(socialCardSvg(arabic), full);
    expect(png.equals(encodePng(image.pixels, image.width, image.height))).toBe(true);
  });
});
