/**
 * A DOM in which mermaid lays diagrams out without a browser: linkedom on
 * globalThis (a quarter to a third less CPU a diagram than jsdom), plus the three
 * measurements it lacks, computed the way Chromium computes them:
 *
 * - `getBBox()` from SVG geometry (shapes, tight path bounds, transforms of
 *   children) and, for text, from glyph advances read from the diagram font.
 *   It returns an SVGRect-like object with only x, y, width and height:
 *   mermaid spreads the result, and a DOMRect's extra fields misplace the
 *   labels of cylinder and flag shapes.
 * - `getComputedTextLength()`: the advance of an element's text.
 * - `getBoundingClientRect()`: the box mapped through the ancestors' transforms.
 *
 * `text-anchor`, `font-size` and `font-weight` come partly from mermaid's own
 * stylesheet, so a small cascade (presentation attribute < matching rule <
 * inline style, inherited from the parent) reads them.
 *
 * linkedom differs from a browser's DOM where mermaid's output would show it,
 * so a few of its behaviours are brought in line with jsdom's (which the
 * diagrams were laid out in before, byte for byte): innerHTML serialises as
 * the HTML standard says, attributes keep the order they were added in, the
 * class attribute keeps the string it was given, `style` writes "name: value;"
 * pairs, DOMParser builds its tree with parse5, and DOMPurify finds what it
 * needs. Each is at its place below.
 *
 * Only erasable TypeScript here: this file runs in a worker thread straight
 * from source.
 */
import { NodeFilter, parseHTML } from 'linkedom';
import { parse as parseHtml5, type DefaultTreeAdapterTypes as P5 } from 'parse5';
import { IDENTITY, multiply, parseTransform, pathBox, pointsBox, transformBox, union, type Box, type Matrix } from './geometry.ts';
import { shapeRun, verticalMetrics, type DiagramFonts, type TextStyle } from './text-metrics.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements that draw nothing themselves and never count towards a parent's box. */
const NOT_RENDERED = new Set([
  'defs',
  'marker',
  'style',
  'title',
  'desc',
  'clippath',
  'mask',
  'pattern',
  'lineargradient',
  'radialgradient',
  'symbol',
  'script',
  'metadata',
  'filter',
]);
/** Elements that draw something themselves (lower-case tag names); any other counts only for what its children draw. */
const DRAWN = new Set(['rect', 'image', 'foreignobject', 'circle', 'ellipse', 'line', 'polygon', 'polyline', 'path', 'text']);
/** The properties the measurements need; every other declaration is ignored. */
const PROPS = ['text-anchor', 'font-size', 'font-weight', 'display'] as const;
type Prop = (typeof PROPS)[number];
const INHERITED = new Set<Prop>(['text-anchor', 'font-size', 'font-weight']);

interface Rule {
  /** null: the diagram's root svg (mermaid's `#id{…}` rule). */
  selector: string | null;
  specificity: number;
  order: number;
  decls: Partial<Record<Prop, { value: string; important: boolean }>>;
}

function parseDecls(block: string): Rule['decls'] {
  const decls: Rule['decls'] = {};
  for (const part of block.split(';')) {
    const m = /^\s*([a-z-]+)\s*:\s*(.+?)\s*(!important)?\s*$/i.exec(part);
    if (m && (PROPS as readonly string[]).includes(m[1]!.toLowerCase())) {
      decls[m[1]!.toLowerCase() as Prop] = { value: m[2]!, important: !!m[3] };
    }
  }
  return decls;
}

function specificity(sel: string): number {
  const ids = (sel.match(/#[\w-]+/g) ?? []).length;
  const classes = (sel.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g) ?? []).length;
  const types = (sel.replace(/#[\w-]+|\.[\w-]+|\[[^\]]*\]|:+[\w-]+/g, ' ').match(/[a-zA-Z][\w-]*/g) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

/**
 * Rules of one stylesheet that set a property we need. The diagram's own id is
 * removed from selectors: every rule is scoped to it anyway, and a DOM's
 * selector engine may cache each distinct selector, so per-diagram selectors
 * would grow that cache with every diagram.
 */
function parseRules(css: string, rootId: string): Rule[] {
  const rules: Rule[] = [];
  // Drop @-rule blocks (keyframes, media): nothing in them affects measurement.
  const flat = css.replace(/@[^{]+\{(?:[^{}]*\{[^}]*\})*[^{}]*\}/g, '');
  for (const [, sels, block] of flat.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const decls = parseDecls(block ?? '');
    if (!Object.keys(decls).length) continue;
    for (const raw of (sels ?? '').split(',')) {
      const sel = raw.trim();
      const scoped = rootId && sel.startsWith(`#${rootId}`) ? sel.slice(rootId.length + 1).trim() : sel;
      rules.push({ selector: scoped || null, specificity: specificity(sel), order: rules.length, decls });
    }
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

function inlineDecl(el: Element, prop: Prop): { value: string; important: boolean } | undefined {
  const style = el.getAttribute('style');
  return style ? parseDecls(style)[prop] : undefined;
}

/** The tag (in lower case) and classes a simple selector's last compound requires (null: too complex to tell). */
const lastCompound = new Map<string, { tag: string | undefined; classes: string[] } | null>();

/**
 * False when the element cannot match: it lacks a class, or has another tag
 * than the selector's last compound names. Most rules fail here, without the
 * selector engine; a true still goes to `matches()`.
 */
function mayMatch(e: Element, selector: string): boolean {
  let need = lastCompound.get(selector);
  if (need === undefined) {
    const last = /[([:,\\]/.test(selector)
      ? undefined
      : selector
          .trim()
          .split(/[\s>+~]+/)
          .at(-1);
    need =
      last && /^(?:[a-zA-Z][\w-]*)?(?:\.[\w-]+)*$/.test(last)
        ? { tag: /^[a-zA-Z][\w-]*/.exec(last)?.[0]?.toLowerCase(), classes: [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!) }
        : null;
    lastCompound.set(selector, need);
  }
  if (!need) return true;
  if (need.tag && need.tag !== lowerName(e.localName)) return false;
  if (!need.classes.length) return true;
  // The class attribute, not classList (a token list is built for it).
  const own = classTokens(e.getAttribute('class') ?? '');
  for (const c of need.classes) if (!own.includes(c)) return false;
  return true;
}

/** A tag name in lower case, converted once per name. */
const lowerNames = new Map<string, string>();
function lowerName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) lowerNames.set(name, (lower = name.toLowerCase()));
  return lower;
}

/** A class attribute's tokens, split once per distinct value (diagrams repeat the same few). */
const tokens = new Map<string, string[]>();
function classTokens(value: string): string[] {
  let list = tokens.get(value);
  if (!list) {
    if (tokens.size > 4096) tokens.clear();
    tokens.set(value, (list = value.split(/[\t\n\f\r ]+/)));
  }
  return list;
}

/** Length attribute in px: plain numbers, px, and em relative to the element's font size. */
function length(value: string | null, fontSize: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(px|em)?\s*$/i.exec(value.split(/[\s,]+/)[0] ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]?.toLowerCase() === 'em' ? n * fontSize : n;
}

const num = (el: Element, name: string) => Number(el.getAttribute(name)) || 0;

/** One laid-out piece of text: the glyph cell of one text node's run. */
interface Fragment {
  node: Node;
  /** The run's advance (what getComputedTextLength adds up). */
  advance: number;
  /** Advance cell united with the glyphs' ink (what getBBox reports). */
  box: Box;
}

/**
 * A stylesheet's text. Mermaid writes it as one text node, whose stored string
 * is returned as it is: the same string each time, so comparing it with the
 * one last parsed is a pointer check, where `textContent` would build a new
 * copy of the whole stylesheet (some 25 KB) for every text measured.
 */
function styleText(style: Element): string {
  const only = style.firstChild;
  return only && only === style.lastChild && only.nodeType === 3 ? (only as Text).data : (style.textContent ?? '');
}

/** The measuring half of the emulation, independent of which document it is installed in. */
function createMeasurer(fonts: DiagramFonts) {
  /** Parsed rules by diagram id and stylesheet text (diagrams share mermaid's theme CSS). */
  const ruleCache = new Map<string, Rule[]>();
  /** The same, per <style> element: found without hashing the whole stylesheet again. */
  const ruleOf = new WeakMap<Element, { css: string; rootId: string; rules: Rule[] }>();

  function rootSvg(el: Element): Element | null {
    let root: Element | null = null;
    for (let e: Element | null = el; e; e = e.parentElement) if (e.namespaceURI === SVG_NS && e.localName === 'svg') root = e;
    return root;
  }

  /**
   * The rules that apply inside el's diagram, and a memo of computed values.
   * A context lives for one measurement (one getBBox or text-length call),
   * during which the document does not change, so the memo stays true.
   */
  function rulesFor(el: Element): { root: Element | null; rules: Rule[]; memo: Map<Element, Partial<Record<Prop, string | undefined>>> } {
    const root = rootSvg(el);
    const memo = new Map<Element, Partial<Record<Prop, string | undefined>>>();
    if (!root) return { root, rules: [], memo };
    const lists: Rule[][] = [];
    // mermaid writes a diagram's stylesheet as a child of its <svg>: only the
    // root's children are looked at, not the whole drawing (this runs for
    // every text measured, and a walk of the tree made measuring a diagram
    // grow with the square of its size). A <style> deeper in a drawing, which
    // mermaid's flowcharts never write, would not be read.
    for (let style = root.firstElementChild; style; style = style.nextElementSibling) {
      if (style.localName !== 'style') continue;
      const css = styleText(style);
      let known = ruleOf.get(style);
      if (known?.css !== css || known.rootId !== root.id) {
        const key = `${root.id}\n${css}`;
        let parsed = ruleCache.get(key);
        if (!parsed) {
          parsed = parseRules(css, root.id);
          if (ruleCache.size > 64) ruleCache.clear();
          ruleCache.set(key, parsed);
        }
        known = { css, rootId: root.id, rules: parsed };
        ruleOf.set(style, known);
      }
      lists.push(known.rules);
    }
    // A diagram has one stylesheet: its rules as they are, not copied for every measurement.
    return { root, rules: lists.length === 1 ? lists[0]! : lists.flat(), memo };
  }

  /** The computed value of one property: inline style, then stylesheet, then presentation attribute, then the parent's. */
  function computed(el: Element, prop: Prop, ctx = rulesFor(el)): string | undefined {
    // Each text of a label asks the same ancestors the same questions: answers
    // are memoised per element for the measurement (ctx.memo).
    const chain: Element[] = [];
    let value: string | undefined;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = ctx.memo.get(e);
      if (known && prop in known) {
        value = known[prop];
        break;
      }
      chain.push(e);
      const own = ownValue(e, prop, ctx);
      if (own !== undefined || !INHERITED.has(prop)) {
        value = own;
        break;
      }
    }
    for (const e of chain) {
      const known = ctx.memo.get(e);
      if (known) known[prop] = value;
      else ctx.memo.set(e, { [prop]: value });
    }
    return value;
  }

  /** The value set on the element itself: important rule, inline style, rule, presentation attribute. */
  function ownValue(e: Element, prop: Prop, ctx: Ctx): string | undefined {
    const inline = inlineDecl(e, prop);
    let fromRule: { value: string; important: boolean } | undefined;
    for (const r of ctx.rules) {
      const d = r.decls[prop];
      if (!d) continue;
      const hit = r.selector === null ? e === ctx.root : safeMatches(e, r.selector);
      if (hit && (!fromRule || d.important || !fromRule.important)) fromRule = d;
    }
    if (fromRule?.important) return fromRule.value;
    if (inline) return inline.value;
    if (fromRule) return fromRule.value;
    const attr = e.getAttribute(prop);
    return attr !== null && attr !== '' && attr !== 'inherit' ? attr : undefined;
  }

  function safeMatches(e: Element, selector: string): boolean {
    if (!mayMatch(e, selector)) return false;
    try {
      return e.matches(selector);
    } catch {
      return false;
    }
  }

  function textStyle(el: Element, ctx = rulesFor(el)): TextStyle {
    const size = Number.parseFloat(computed(el, 'font-size', ctx) ?? '');
    const weight = (computed(el, 'font-weight', ctx) ?? 'normal').trim();
    return {
      fontSize: Number.isFinite(size) && size > 0 ? size : 16,
      bold: weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
    };
  }

  /**
   * Lays out a <text> element as Chromium does for a single-line SVG text:
   * x/y (and dx/dy) on an element start a new position, text-anchor shifts
   * each chunk, whitespace collapses, each text node is one run.
   */
  function layoutText(text: Element, ctx = rulesFor(text)): Fragment[] {
    type Piece = {
      node: Node;
      text: string;
      x: number;
      baseline: number;
      width: number;
      inkLeft: number;
      inkRight: number;
      style: TextStyle;
      chunk: number;
    };
    const frags: Piece[] = [];
    const chunks: { anchor: string }[] = [];
    let x = 0;
    let y = 0;
    let lastSpace = true;
    const visit = (el: Element) => {
      const style = textStyle(el, ctx);
      const nx = length(el.getAttribute('x'), style.fontSize);
      const ny = length(el.getAttribute('y'), style.fontSize);
      if (nx !== undefined || ny !== undefined || chunks.length === 0) {
        if (nx !== undefined) x = nx;
        if (ny !== undefined) y = ny;
        chunks.push({ anchor: (computed(el, 'text-anchor', ctx) ?? 'start').trim() });
      }
      x += length(el.getAttribute('dx'), style.fontSize) ?? 0;
      y += length(el.getAttribute('dy'), style.fontSize) ?? 0;
      for (const child of el.childNodes) {
        if (child.nodeType === 3) {
          let s = (child.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' ');
          if (lastSpace) s = s.replace(/^ /, '');
          if (!s) continue;
          lastSpace = s.endsWith(' ');
          const run = shapeRun(fonts, s, style);
          frags.push({ node: child, text: s, x, baseline: y, ...run, style, chunk: chunks.length - 1 });
          x += run.width;
        } else if (child.nodeType === 1 && (child as Element).localName === 'tspan') {
          visit(child as Element);
        }
      }
    };
    visit(text);
    // A trailing collapsible space is not drawn.
    const last = frags.at(-1);
    if (last?.text.endsWith(' ')) Object.assign(last, shapeRun(fonts, last.text.trimEnd(), last.style));
    // Anchor each chunk by its total advance.
    const shift = chunks.map((c, i) => {
      const own = frags.filter((f) => f.chunk === i);
      if (!own.length) return 0;
      const start = Math.min(...own.map((f) => f.x));
      const end = Math.max(...own.map((f) => f.x + f.width));
      return c.anchor === 'middle' ? -(end - start) / 2 : c.anchor === 'end' ? -(end - start) : 0;
    });
    return frags.map((f) => {
      const { ascent, descent } = verticalMetrics(fonts, f.style);
      const x = f.x + (shift[f.chunk] ?? 0);
      const left = Math.min(0, f.inkLeft);
      const right = Math.max(f.width, f.inkRight);
      return {
        node: f.node,
        advance: f.width,
        box: { x: x + left, y: f.baseline - ascent, width: right - left, height: ascent + descent },
      };
    });
  }

  function fragmentsBox(frags: Fragment[]): Box {
    let b: Box | undefined;
    for (const f of frags) b = union(b, f.box);
    return b ?? { x: 0, y: 0, width: 0, height: 0 };
  }

  type Ctx = ReturnType<typeof rulesFor>;

  /** `ctx`: the rules of el's diagram, found once per measurement rather than once per element visited. */
  function hidden(el: Element, ctx: Ctx): boolean {
    return NOT_RENDERED.has(lowerName(el.localName)) || computed(el, 'display', ctx)?.trim() === 'none';
  }

  /** getBBox(): the element's box in its own user space (its own transform not applied). */
  function bbox(el: Element, ctx?: Ctx): Box {
    const tag = lowerName(el.localName);
    switch (tag) {
      case 'rect':
      case 'image':
      case 'foreignobject':
        return { x: num(el, 'x'), y: num(el, 'y'), width: Math.max(0, num(el, 'width')), height: Math.max(0, num(el, 'height')) };
      case 'circle': {
        const r = num(el, 'r');
        return { x: num(el, 'cx') - r, y: num(el, 'cy') - r, width: 2 * r, height: 2 * r };
      }
      case 'ellipse': {
        const [rx, ry] = [num(el, 'rx'), num(el, 'ry')];
        return { x: num(el, 'cx') - rx, y: num(el, 'cy') - ry, width: 2 * rx, height: 2 * ry };
      }
      case 'line': {
        const [x1, y1, x2, y2] = [num(el, 'x1'), num(el, 'y1'), num(el, 'x2'), num(el, 'y2')];
        return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
      }
      case 'polygon':
      case 'polyline':
        return pointsBox(el.getAttribute('points') ?? '');
      case 'path':
        return pathBox(el.getAttribute('d') ?? '');
      case 'text':
        return fragmentsBox(layoutText(el, ctx));
      case 'tspan': {
        const text = el.closest('text');
        return text ? fragmentsBox(layoutText(text, ctx).filter((f) => el.contains(f.node))) : { x: 0, y: 0, width: 0, height: 0 };
      }
      default:
        return containerBox(el, ctx ?? rulesFor(el));
    }
  }

  /** Union of the children's boxes, each through its own transform; a container with nothing drawn has no box. */
  function containerBox(el: Element, ctx: Ctx): Box {
    let b: Box | undefined;
    for (const child of el.children) {
      if (child.namespaceURI !== SVG_NS || hidden(child, ctx)) continue;
      const tag = lowerName(child.localName);
      const isContainer = !DRAWN.has(tag);
      if (isContainer && !hasDrawing(child, ctx)) continue;
      const own = bbox(child, ctx);
      b = union(b, transformBox(own, parseTransform(child.getAttribute('transform'))));
    }
    return b ?? { x: 0, y: 0, width: 0, height: 0 };
  }

  function hasDrawing(el: Element, ctx: Ctx): boolean {
    for (const child of el.children) {
      if (child.namespaceURI !== SVG_NS || hidden(child, ctx)) continue;
      const tag = lowerName(child.localName);
      if (DRAWN.has(tag)) return true;
      if (hasDrawing(child, ctx)) return true;
    }
    return false;
  }

  /** getComputedTextLength(): the total advance of the element's characters. */
  function textLength(el: Element): number {
    const text = el.localName === 'text' ? el : el.closest('text');
    if (!text) return 0;
    return layoutText(text)
      .filter((f) => el.contains(f.node))
      .reduce((n, f) => n + f.advance, 0);
  }

  /** getBoundingClientRect(): the box in the outermost svg's coordinates (the page origin). */
  function clientRect(el: Element) {
    let m: Matrix = IDENTITY;
    for (let e: Element | null = el; e && e.namespaceURI === SVG_NS && e.localName !== 'svg'; e = e.parentElement) {
      m = multiply(parseTransform(e.getAttribute('transform')), m);
    }
    const b = el.namespaceURI === SVG_NS ? transformBox(bbox(el), m) : { x: 0, y: 0, width: 0, height: 0 };
    return {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      top: b.y,
      left: b.x,
      right: b.x + b.width,
      bottom: b.y + b.height,
      toJSON: () => b,
    };
  }

  return { bbox, textLength, clientRect, computed, layoutText };
}

/** HTML elements without an end tag, and those whose text is written unescaped (the HTML serialisation algorithm). */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const escapeText = (s: string) =>
  s.replace(/[&<>\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;'));
const escapeAttr = (s: string) => s.replace(/["&\u00a0]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&nbsp;'));

/** The children of `node` as the HTML fragment serialisation algorithm writes them (what a browser's innerHTML returns). */
function serializeChildren(node: Node): string {
  let html = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) {
      const el = child as Element;
      const isHtml = el.namespaceURI === HTML_NS;
      const name = isHtml ? lowerName(el.localName) : el.localName;
      html += `<${name}`;
      for (const attr of el.attributes) html += ` ${attr.name}="${escapeAttr(attr.value)}"`;
      html += '>';
      if (isHtml && VOID.has(name)) continue;
      html += `${serializeChildren(el)}</${name}>`;
    } else if (child.nodeType === 3) {
      const parent = child.parentNode as Element | null;
      const raw = parent?.nodeType === 1 && parent.namespaceURI === HTML_NS && RAW_TEXT.has(lowerName(parent.localName));
      html += raw ? (child.nodeValue ?? '') : escapeText(child.nodeValue ?? '');
    } else if (child.nodeType === 8) {
      html += `<!--${child.nodeValue ?? ''}-->`;
    }
  }
  return html;
}

/**
 * Creates a linkedom window, adds the measurements to its element prototypes and
 * puts it on globalThis (mermaid, d3 and DOMPurify read `window` and
 * `document` from there, some of them when first imported).
 */
export function installDiagramDom(fonts: DiagramFonts) {
  const window = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as Window & typeof globalThis;
  const m = createMeasurer(fonts);
  const proto = window.SVGElement.prototype as unknown as Record<string, unknown>;
  const define = (obj: object, key: string, value: unknown) =>
    Object.defineProperty(obj, key, { value, configurable: true, writable: true });
  define(proto, 'getBBox', function (this: Element) {
    // Blink computes in single precision; so do we, so a layout matches to the last digit more often.
    const { x, y, width, height } = m.bbox(this);
    return { x: Math.fround(x), y: Math.fround(y), width: Math.fround(width), height: Math.fround(height) };
  });
  define(proto, 'getComputedTextLength', function (this: Element) {
    return m.textLength(this);
  });
  const htmlRect = window.Element.prototype.getBoundingClientRect;
  define(window.Element.prototype, 'getBoundingClientRect', function (this: Element) {
    return this.namespaceURI === SVG_NS ? m.clientRect(this) : htmlRect.call(this);
  });
  const innerHTML = Object.getOwnPropertyDescriptor(window.Element.prototype, 'innerHTML')!;
  Object.defineProperty(window.Element.prototype, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      return serializeChildren(this);
    },
    set: innerHTML.set!,
  });
  keepAttributeOrder(window);
  // Layout boxes a document without layout reports as 0 (jsdom does too; mermaid's Gantt reads its parent's offsetWidth).
  for (const key of [
    'offsetWidth',
    'offsetHeight',
    'offsetTop',
    'offsetLeft',
    'clientWidth',
    'clientHeight',
    'clientTop',
    'clientLeft',
    'scrollWidth',
    'scrollHeight',
  ])
    if (!(key in window.Element.prototype)) Object.defineProperty(window.Element.prototype, key, { configurable: true, get: () => 0 });
  const styles = new WeakMap<Element, CSSStyleDeclaration>();
  Object.defineProperty(window.Element.prototype, 'style', {
    configurable: true,
    get(this: Element) {
      let style = styles.get(this);
      if (!style) styles.set(this, (style = inlineStyle(this)));
      return style;
    },
  });
  const { document } = window;
  // DOMPurify (which mermaid runs over every label holding a "<") needs
  // document.implementation, and parses with DOMParser: parse5 builds the tree,
  // as in jsdom and browsers, so odd markup in a label is read the same way.
  const LinkedomParser = window.DOMParser;
  const blank = () => new LinkedomParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  Object.defineProperty(document, 'implementation', {
    configurable: true,
    value: { createHTMLDocument: blank, createDocument: blank, hasFeature: () => true },
  });
  class Html5Parser {
    parseFromString(html: string, type: string) {
      if (type !== 'text/html') return new LinkedomParser().parseFromString(html, type as 'text/html');
      const doc = blank();
      const html5 = parseHtml5(String(html)).childNodes.find((n): n is P5.Element => n.nodeName === 'html');
      for (const part of html5?.childNodes ?? []) {
        const target = part.nodeName === 'head' ? doc.head : part.nodeName === 'body' ? doc.body : null;
        if (target) for (const child of (part as P5.Element).childNodes) target.append(fromParse5(doc, child));
      }
      return doc;
    }
  }
  // DOMPurify reads nodeType, parentNode and ownerDocument through Node.prototype's
  // getters (so that a form's named fields cannot clobber them); linkedom keeps them
  // on each node. Accessors on the prototype answer the node's own field.
  // DOMPurify looks the getters up once, when it is first imported; after that
  // (`sanitizerLoaded`) they leave the prototype, so linkedom's own assignments
  // in every node's constructor stop going through the setter (about 3 % of a
  // diagram's time), while DOMPurify keeps the getters it holds.
  const SANITIZER_KEYS = ['nodeType', 'parentNode', 'ownerDocument'];
  for (const key of SANITIZER_KEYS) {
    Object.defineProperty(window.Node.prototype, key, {
      configurable: true,
      get(this: object) {
        return Object.hasOwn(this, key) ? (this as Record<string, unknown>)[key] : undefined;
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  // DOMPurify calls the document's createNodeIterator with the root as `this` when
  // it cannot read ownerDocument through Node.prototype (linkedom sets it on each node).
  let docProto = Object.getPrototypeOf(document) as object;
  while (!Object.hasOwn(docProto, 'createNodeIterator')) docProto = Object.getPrototypeOf(docProto) as object;
  Object.defineProperty(docProto, 'createNodeIterator', {
    configurable: true,
    writable: true,
    value(root: Node, whatToShow?: number) {
      return (root.ownerDocument ?? (root as Document)).createTreeWalker(root, whatToShow);
    },
  });
  // linkedom's window answers DOMParser from its document.
  (document as unknown as Record<symbol, unknown>)[symbol(document, 'DOMParser')] = Html5Parser;
  const g = globalThis as unknown as Record<string, unknown>;
  const values: Record<string, unknown> = {
    DOMParser: Html5Parser,
    NodeFilter,
    window,
    document: window.document,
    navigator: { userAgent: 'Mozilla/5.0 (linkedom)' },
    CSSStyleSheet: MiniStyleSheet,
    getComputedStyle: () => ({ getPropertyValue: () => '' }),
    requestAnimationFrame: (f: (t: number) => void) => setTimeout(() => f(performance.now()), 0),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  };
  for (const key of ['Element', 'HTMLElement', 'SVGElement', 'Node', 'Text', 'DocumentFragment', 'MutationObserver'])
    values[key] = (window as unknown as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(values)) Object.defineProperty(g, key, { value, configurable: true, writable: true });
  const sanitizerLoaded = () => {
    for (const key of SANITIZER_KEYS) delete (window.Node.prototype as unknown as Record<string, unknown>)[key];
  };
  return { window, document: window.document, measurer: m, sanitizerLoaded, close: () => {} };
}

/**
 * The part of CSSStyleSheet mermaid uses: it builds a diagram's `:root` font
 * variable and `classDef` rules with insertRule and reads them back from
 * cssRules[].cssText (then compiles them with its own CSS compiler, which drops
 * the spacing). Written as CSSOM serialises a rule: "selector { name: value; }",
 * colours as rgb().
 */
class MiniStyleSheet {
  readonly cssRules: { cssText: string }[] = [];
  insertRule(rule: string, index = 0): number {
    const m = /^\s*([^{]+?)\s*\{([^}]*)\}\s*$/.exec(rule);
    if (!m) throw new SyntaxError(`Failed to parse the rule '${rule}'.`);
    const decls = declarations(m[2]!).map(
      ([n, v, i]) => `${n}: ${n.startsWith('--') ? v.replace(/,\s+/g, ',') : cssColors(v)}${i ? ' !important' : ''};`,
    );
    this.cssRules.splice(index, 0, { cssText: `${m[1]} { ${decls.join(' ')} }` });
    return index;
  }
}

interface Linked extends Node {
  [key: symbol]: Linked;
}

/**
 * linkedom keeps an element's attributes in its node list right after the
 * element, and puts a new attribute first; the DOM appends it, and the
 * serialised SVG lists attributes in that order. After each call that may add
 * an attribute, a new one is moved behind the others.
 */
function keepAttributeOrder(window: Window & typeof globalThis) {
  const probe = window.document.createElement('i');
  probe.setAttribute('a', '');
  const NEXT = symbol(probe, 'next');
  const PREV = symbol(probe, 'prev');
  const OWNER = symbol(probe.classList, 'ownerElement');
  const toEnd = (el: Linked, name: string) => {
    const attr = el[NEXT]!;
    if (attr.nodeType !== 2 || (attr as unknown as Attr).name !== name || attr[NEXT]!.nodeType !== 2) return;
    let last = attr[NEXT]!;
    while (last[NEXT]!.nodeType === 2) last = last[NEXT]!;
    el[NEXT] = attr[NEXT]!;
    attr[NEXT]![PREV] = el;
    attr[PREV] = last;
    attr[NEXT] = last[NEXT]!;
    last[NEXT]![PREV] = attr;
    last[NEXT] = attr;
  };
  const wrap = <T extends object>(proto: T, key: string, nameOf: (self: Linked, args: unknown[]) => [Linked, string]) => {
    const original = (proto as Record<string, (...a: unknown[]) => unknown>)[key]!;
    Object.defineProperty(proto, key, {
      configurable: true,
      writable: true,
      value(this: Linked, ...args: unknown[]) {
        const [el, name] = nameOf(this, args);
        const had = (el as unknown as Element).hasAttribute(name);
        const result = original.apply(this, args);
        if (!had) toEnd(el, name);
        return result;
      },
    });
  };
  for (const proto of [window.Element.prototype, window.SVGElement.prototype]) {
    wrap(proto, 'setAttribute', (self, [name]) => [self, String(name)]);
    // linkedom answers and stores the class attribute as its token list (spaces collapsed,
    // duplicates dropped) and an absent one as ""; the DOM keeps the string it was given.
    const { getAttribute, setAttribute } = proto;
    Object.defineProperty(proto, 'getAttribute', {
      configurable: true,
      writable: true,
      value(this: Element, name: string) {
        return name === 'class' ? (this.getAttributeNode('class')?.value ?? null) : getAttribute.call(this, name);
      },
    });
    Object.defineProperty(proto, 'setAttribute', {
      configurable: true,
      writable: true,
      value(this: Element, name: string, value: unknown) {
        setAttribute.call(this, name, value as string);
        if (name === 'class') this.getAttributeNode('class')!.value = String(value);
      },
    });
  }
  wrap(window.Element.prototype, 'setAttributeNode', (self, [attr]) => [self, (attr as Attr).name]);
  const tokens = Object.getPrototypeOf(probe.classList) as object;
  for (const key of ['add', 'toggle', 'replace']) wrap(tokens, key, (self) => [self[OWNER]!, 'class']);
}

/**
 * Colours as CSSOM serialises a declared value (jsdom and browsers alike):
 * #rgb and #rrggbb become rgb(r, g, b), and rgb()/rgba() are spaced "a, b".
 */
export function cssColors(value: string): string {
  return value
    .replace(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi, (_, hex: string) => {
      const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
      const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
      return `rgb(${r}, ${g}, ${b})`;
    })
    .replace(/\b(rgba?)\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)/gi, (_, fn: string, r, g, b, a) =>
      a === undefined ? `rgb(${r}, ${g}, ${b})` : `${fn.toLowerCase()}(${r}, ${g}, ${b}, ${a})`,
    );
}

/** Declarations of a style attribute, in order: [name, value, important]. */
function declarations(css: string): [string, string, boolean][] {
  const out: [string, string, boolean][] = [];
  for (const part of css.split(/;(?![^(]*\))/)) {
    const m = /^\s*([-\w]+)\s*:\s*([^]*?)\s*(!important)?\s*$/i.exec(part);
    if (m && m[2]) out.push([m[1]!.toLowerCase(), m[2], !!m[3]]);
  }
  return out;
}

/**
 * An element's `style`, kept in its style attribute and written back as a
 * browser (and jsdom) serialises it: "name: value;" pairs joined by a space.
 * mermaid sets properties by setProperty (through d3) and a few by name.
 */
function inlineStyle(el: Element): CSSStyleDeclaration {
  const read = () => declarations(el.getAttribute('style') ?? '');
  const write = (decls: [string, string, boolean][]) =>
    el.setAttribute('style', decls.map(([n, v, i]) => `${n}: ${v}${i ? ' !important' : ''};`).join(' '));
  const api = {
    getPropertyValue: (name: string) => read().find(([n]) => n === name)?.[1] ?? '',
    getPropertyPriority: (name: string) => (read().find(([n]) => n === name)?.[2] ? 'important' : ''),
    setProperty(name: string, value: unknown, priority?: string): void {
      if (value === null || value === undefined || value === '') {
        api.removeProperty(name);
        return;
      }
      const decls = read();
      const decl: [string, string, boolean] = [name.toLowerCase(), cssColors(String(value).trim()), priority === 'important'];
      const at = decls.findIndex(([n]) => n === decl[0]);
      if (at >= 0) decls[at] = decl;
      else decls.push(decl);
      write(decls);
    },
    removeProperty(name: string) {
      const decls = read();
      const at = decls.findIndex(([n]) => n === name);
      if (at < 0) return '';
      const [[, old]] = decls.splice(at, 1) as [[string, string, boolean]];
      write(decls);
      return old;
    },
    get cssText() {
      return el.getAttribute('style') ?? '';
    },
    set cssText(value: string) {
      el.setAttribute('style', value);
    },
    get length() {
      return read().length;
    },
  };
  const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return new Proxy(api, {
    get: (target, key) => (typeof key === 'string' && !(key in target) ? target.getPropertyValue(kebab(key)) : Reflect.get(target, key)),
    set: (target, key, value) => {
      if (typeof key === 'string' && !(key in target)) target.setProperty(kebab(key), value);
      else Reflect.set(target, key, value);
      return true;
    },
  }) as unknown as CSSStyleDeclaration;
}

/** One of linkedom's internal fields (a symbol), found by its description; fails the worker's start if linkedom changed. */
function symbol(o: object, name: string): symbol {
  const found = Object.getOwnPropertySymbols(o).find((s) => s.description === name);
  if (!found) throw new Error(`diagram engine: linkedom no longer has its "${name}" field; see src/lib/diagrams/dom/svg-dom.ts`);
  return found;
}

/** A parse5 node as a node of `doc`. */
function fromParse5(doc: Document, node: P5.ChildNode): Node {
  if (node.nodeName === '#text') return doc.createTextNode((node as P5.TextNode).value);
  if (node.nodeName === '#comment') return doc.createComment((node as P5.CommentNode).data);
  const src = node as P5.Element;
  const el = src.namespaceURI === HTML_NS ? doc.createElement(src.tagName) : doc.createElementNS(src.namespaceURI, src.tagName);
  for (const a of src.attrs) el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
  const children = src.nodeName === 'template' ? (src as P5.Template).content.childNodes : src.childNodes;
  for (const child of children) el.append(fromParse5(doc, child));
  return el;
}
