/**
 * A page's contents list, derived from its own headings: string work on the
 * page's rendered HTML, so the list can never name a section the page lacks
 * or miss one it has. Generic: knows only the markup of a contents
 * placeholder and of headings with ids.
 */
import { HEADING_ANCHOR_CLASS } from './heading-anchor.ts';

/** One entry: a section heading and, one level down, its subsections. */
export interface ContentsEntry {
  id: string;
  label: string;
  children: ContentsEntry[];
}

/** The start of a heading's "#" link to itself, always its last child (`src/lib/heading-anchor.ts`). */
const ANCHOR = `<a class="${HEADING_ANCHOR_CLASS}"`;
/** The placeholder a page puts where its contents list goes (see Contents.astro). */
const PLACEHOLDER = /<ol data-contents-depth="([23])"[^>]*><\/ol>/;
const HEADING = /<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g;
/**
 * "Cite this page" is a section (a journalist looks for it in the list), but its h3s are citation
 * styles, not subsections: only its h2 counts.
 */
const CITE_BOX = /<section class="cite-this[\s\S]*?<\/section>/g;
const onlyItsHeading = (box: string) => /<h2\b[\s\S]*?<\/h2>/.exec(box)?.[0] ?? '';

/** Plain text of a heading's markup, without its tags and its "#" link, with entities as written. */
const text = (html: string) =>
  html
    .slice(0, html.includes(ANCHOR) ? html.indexOf(ANCHOR) : undefined)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The headings in `html`, h2 as entries and (with depth 3) h3 as their children. */
export function contentsEntries(html: string, depth: 2 | 3 = 2): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  // A section heading without an id cannot be linked: it and its subsections stay out.
  let parent: ContentsEntry | undefined;
  for (const m of html.replace(CITE_BOX, onlyItsHeading).matchAll(HEADING)) {
    const id = /\sid="([^"]+)"/.exec(` ${m[2]}`)?.[1];
    const entry: ContentsEntry | undefined = id ? { id, label: text(m[3]!), children: [] } : undefined;
    if (m[1] === '2') {
      parent = entry?.label ? entry : undefined;
      if (parent) out.push(parent);
    } else if (depth === 3 && parent && entry?.label) parent.children.push(entry);
  }
  return out;
}

/** Renders entries as list items (escaped labels are kept as the page wrote them). */
function items(entries: ContentsEntry[]): string {
  return entries
    .map((e) => `<li><a href="#${e.id}">${e.label}</a>${e.children.length ? `<ol>${items(e.children)}</ol>` : ''}</li>`)
    .join('');
}

/**
 * Fills the page's contents placeholder from the headings after it, adding
 * `extra` entries at the end (sections a later build step appends, such as the
 * notes list). Fewer than `min` entries: the placeholder's whole nav is
 * dropped, since a short page needs no contents. A page without a
 * placeholder is returned unchanged.
 */
export function fillContents(html: string, extra: ContentsEntry[] = [], min = 2): string {
  const m = PLACEHOLDER.exec(html);
  if (!m) return html;
  const after = html.slice(m.index + m[0].length);
  const entries = [...contentsEntries(after, m[1] === '3' ? 3 : 2), ...extra];
  if (entries.length < min) {
    const start = html.lastIndexOf('<nav', m.index);
    const end = html.indexOf('</nav>', m.index) + '</nav>'.length;
    return html.slice(0, start) + html.slice(end);
  }
  return html.slice(0, m.index) + m[0].replace('></ol>', `>${items(entries)}</ol>`) + after;
}
