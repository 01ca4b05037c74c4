/** Link previews: a card names the page, its kind, what it holds and its date. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { encodePng } from '@/lib/png';
import { fontDir } from '@/lib/font-files';
import { socialCardPng, socialCardSvg, wrap } from '@/lib/social-card';

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

  test('a card drawn by the build’s workers is the PNG resvg draws from its SVG, 1200 by 630', { timeout: 30_000 }, async () => {
    const unique = { ...card, title: `Kataib Hezbollah ${process.pid}` };
    rmSync(join(process.cwd(), '.cache', 'og'), { recursive: true, force: true, maxRetries: 5 });
    const png = await socialCardPng(unique);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const fonts = ['card-sans.ttf', 'card-sans-bold.ttf'].map((f) => join(fontDir(), f));
    const image = new Resvg(socialCardSvg(unique), {
      font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    }).render();
    expect(png.equals(encodePng(image.pixels, image.width, image.height)), 'the card in the preview differs from its drawing').toBe(true);
    const [a, b] = await Promise.all([
      socialCardPng({ ...unique, title: `${unique.title} a` }),
      socialCardPng({ ...unique, title: `${unique.title} b` }),
    ]);
    expect(a.equals(b), 'two cards drawn at once came back swapped or the same').toBe(false);
  });
});
