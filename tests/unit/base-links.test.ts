import { describe, expect, test } from 'vitest';
import { baseLinks, rootLinks } from '@/lib/diagrams/base-links';
import { normaliseBase } from '@/lib/base';

describe('diagrams under a sub-path share the root build’s cache', () => {
  test('links in the source are made root-relative, so the cache key does not depend on the base', () => {
    expect(rootLinks('  click a_x href "/explainer/actors/x/"', '/explainer/')).toBe('  click a_x href "/actors/x/"');
    expect(rootLinks('  click a_x href "/actors/x/"', '/')).toBe('  click a_x href "/actors/x/"');
  });
  test('the base is put back on every link of the SVG, and only there', () => {
    const svg =
      '<svg><a href="/actors/x/" transform="t"><text>/a</text></a><a xlink:href="/timeline/#e"></a><a href="#side-iran"></a></svg>';
    expect(baseLinks(svg, '/explainer/')).toBe(
      '<svg><a href="/explainer/actors/x/" transform="t"><text>/a</text></a><a xlink:href="/explainer/timeline/#e"></a><a href="#side-iran"></a></svg>',
    );
  });
  test('the base path always has one trailing slash', () => {
    expect([undefined, '', '/', '/explainer', '/explainer/'].map(normaliseBase)).toEqual(['/', '/', '/', '/explainer/', '/explainer/']);
  });
});
