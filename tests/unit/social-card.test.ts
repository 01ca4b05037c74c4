/** Link previews: a card names the page, its kind, what it holds and its date. */
import { describe, expect, test } from 'vitest';
import { socialCardSvg, wrap } from '@/lib/social-card';

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
});
