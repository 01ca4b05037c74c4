/**
 * The DOM emulation the build lays diagrams out in. Expected text values were
 * measured in Chromium with the same font (see tests/parity for the whole-site
 * comparison); a wrong value here is a label box too narrow or a line broken
 * in a different place on the page.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parseTransform, pathBox, transformBox } from '@/lib/diagrams/dom/geometry';
import { useDiagramDom } from './diagram-dom-env';

type Measured = SVGGraphicsElement & SVGTextContentElement;
let doc: Document;
let win: Window & typeof globalThis;
const dom = useDiagramDom();
beforeAll(() => {
  doc = dom().document;
  win = dom().window;
});

function svg(markup: string): SVGSVGElement {
  const holder = doc.createElement('div');
  holder.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" id="s">${markup}</svg>`;
  doc.body.append(holder);
  return holder.querySelector('svg') as SVGSVGElement;
}
const el = (root: Element, sel: string) => root.querySelector(sel) as unknown as Measured;

describe('geometry', () => {
  test('a curve is bounded at its extreme, not at its control points', () => {
    expect(pathBox('M0,0 C0,10 10,10 10,0')).toEqual({ x: 0, y: 0, width: 10, height: 7.5 });
  });
  test('an arc is bounded by the ellipse it follows', () => {
    const b = pathBox('M0,0 a10,10 0 0,0 20,0');
    expect(b.height).toBeCloseTo(10, 2);
    expect(b.width).toBeCloseTo(20, 5);
  });
  test('transforms compose left to right', () => {
    expect(transformBox({ x: 0, y: 0, width: 1, height: 1 }, parseTransform('translate(10, 20) scale(2)'))).toEqual({
      x: 10,
      y: 20,
      width: 2,
      height: 2,
    });
  });
});

describe('getBBox', () => {
  test('returns an SVGRect-like object: x, y, width and height only', () => {
    const root = svg('<rect x="1" y="2" width="3" height="4"/>');
    expect(Object.keys(el(root, 'rect').getBBox())).toEqual(['x', 'y', 'width', 'height']);
  });

  test('a group is the union of its children, each through its transform', () => {
    const root = svg(
      '<g><rect width="10" height="10"/><g transform="translate(20,0)"><rect width="5" height="5"/></g><defs><rect width="999" height="999"/></defs></g>',
    );
    expect(el(root, 'g').getBBox()).toEqual({ x: 0, y: 0, width: 25, height: 10 });
  });

  test('a label laid out as mermaid writes it matches Chromium (a final "f" overhangs its advance)', () => {
    const root = svg('<text y="-10.1"><tspan x="0" y="-0.1em" dy="1.1em"><tspan>part</tspan><tspan> of</tspan></tspan></text>');
    const text = el(root, 'text');
    expect(text.getBBox()).toEqual({ x: 0, y: 1, width: 48.890625, height: 19 });
    expect(text.getComputedTextLength()).toBe(47.953125);
  });

  test('ink left of the pen widens the box to the whole pixel, and spaces at the ends collapse', () => {
    const root = svg('<text x="10" y="50">T</text><text id="t2">of </text><text id="t3">complied with</text>');
    expect(el(root, 'text').getBBox()).toEqual({ x: 9, y: 35, width: 10, height: 19 });
    expect(el(root, '#t2').getComputedTextLength()).toBe(13.875);
    expect(el(root, '#t2').getBBox().width).toBe(14.8046875);
    expect(el(root, '#t3').getBBox().width).toBe(101);
  });

  test('text-anchor from the diagram stylesheet centres the text', () => {
    const root = svg('<style>#s .label text{text-anchor:middle}</style><g class="label"><text>complied with</text></g>');
    expect(el(root, 'text').getBBox().x).toBe(-50.5);
  });

  test('stylesheet rules reach an element among several classes, and through its ancestors', () => {
    // A label whose size or anchor the cascade missed would be drawn wider or off-centre from its box.
    const root = svg(
      '<style>#s .node .label text{text-anchor:middle} #s .big{font-size:32px} #s .other text{text-anchor:end} #s .gone{display:none}</style>' +
        '<g class="node default big"><g class="x label y"><text id="styled">complied with</text></g></g>' +
        '<text id="plain" font-size="32" text-anchor="middle">complied with</text>' +
        '<g id="box"><rect width="10" height="10"/><rect class="edge gone" width="99" height="99"/></g>',
    );
    expect(el(root, '#styled').getBBox()).toEqual(el(root, '#plain').getBBox());
    expect(el(root, '#box').getBBox()).toEqual({ x: 0, y: 0, width: 10, height: 10 });
  });

  test('bold text is measured with the bold font', () => {
    const root = svg('<text id="r">Quds Force</text><text id="b" font-weight="bold">Quds Force</text>');
    expect(el(root, '#b').getComputedTextLength()).toBeGreaterThan(el(root, '#r').getComputedTextLength());
  });
});

describe('linkedom brought in line with the DOM the diagrams were laid out in before (jsdom)', () => {
  test('attributes serialise in the order they were added, the class attribute as given, style as "name: value;"', () => {
    const svgEl = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M0,0');
    path.setAttribute('class', ' a  b a');
    path.setAttribute('id', 'p');
    (path as unknown as ElementCSSInlineStyle).style.setProperty('stroke-width', '1');
    (path as unknown as ElementCSSInlineStyle).style.setProperty('fill', '#8a2a12');
    path.setAttribute('d', 'M1,1');
    svgEl.append(path);
    const holder = doc.createElement('div');
    holder.append(svgEl);
    expect(path.getAttribute('class')).toBe(' a  b a');
    expect(holder.innerHTML).toBe(
      '<svg><path d="M1,1" class=" a  b a" id="p" style="stroke-width: 1; fill: rgb(138, 42, 18);"></path></svg>',
    );
  });

  test('text and attribute values are escaped as the HTML standard serialises them', () => {
    const holder = doc.createElement('div');
    const text = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('data-x', 'a"b&c<d>');
    text.textContent = 'x < y & "z" \u00a0';
    holder.append(text);
    expect(holder.innerHTML).toBe('<text data-x="a&quot;b&amp;c<d>">x &lt; y &amp; "z" &nbsp;</text>');
  });

  test('DOMPurify sanitises labels as it did in jsdom', async () => {
    // A DOMPurify of this window (another file in the worker may have imported the module without one).
    const { default: createDOMPurify } = await import('dompurify');
    const DOMPurify = createDOMPurify(win);
    expect(DOMPurify.isSupported).toBe(true);
    expect(DOMPurify.sanitize('a <b>x</b> <script>y</script> &amp; < c <label>', { FORBID_TAGS: ['style'] })).toBe(
      'a <b>x</b>  &amp; &lt; c <label></label>',
    );
  });
});
