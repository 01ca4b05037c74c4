/**
 * Numbered citations with a notes list, Wikipedia-style, done while a page
 * renders. Each citation group (a statement's citations, `CiteList.astro`)
 * records itself in the page's registry and renders a placeholder; once the
 * layout has the page's body as one string, `resolve` walks the placeholders
 * in document order, gives each group one number (in order of first citation;
 * the same set of paragraphs cited again keeps its number) and returns the
 * numbered markers and the notes the layout lists after the body.
 *
 * Why placeholders: Astro renders sibling components concurrently (a component
 * waiting on data lets the ones after it start), so the order in which groups
 * record themselves is not the order a reader meets them. Only the finished
 * string has that order, and the placeholders are our own characters, so
 * finding them is exact whatever markup surrounds them.
 */
import { escapeXml } from './xml.ts';

/** One cited paragraph of a group, as `source:p`, with an optional remark shown as the marker's tooltip. */
export interface CitedParagraph {
  ref: string;
  title?: string | undefined;
}

/** What the notes need to know about one report. */
export interface NoteSource {
  /** Short label ("Antiwar.com 2024"). */
  label: string;
  /** How many paragraphs its text has (a citation beyond them is an error). */
  paragraphs: number;
}

/** One cited report paragraph of a note. */
export interface NoteRef {
  ref: string;
  source: string;
  p: number;
  label: string;
}

/** One note: a numbered statement's paragraphs, by report (in the order `sources` lists them) and by number, and the ids of its markers. */
export interface Note {
  n: number;
  refs: NoteRef[];
  /** Marker ids, one per use, for the ↑ links back. */
  uses: string[];
}

// Private-use characters: no text the site prints contains them.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** One page's citations. One per page render (`pageCitations`). */
export class CitationRegistry {
  #groups: CitedParagraph[][] = [];
  #resolved = false;

  /** Records one citation group and returns the placeholder `resolve` replaces with its numbered marker. */
  mark(group: CitedParagraph[]): string {
    if (this.#resolved) throw new Error('a citation was rendered after the page’s notes were made (outside the page body)');
    this.#groups.push(group);
    return `${OPEN}${this.#groups.length - 1}${CLOSE}`;
  }

  /**
   * Numbers the groups of `html` in document order and returns the page with
   * its markers and the notes to list. Throws, naming the citation, when a
   * group cites a report or paragraph `sources` lacks, and when a placeholder
   * of this page is missing from `html` (a citation the reader would never see
   * numbered).
   */
  resolve(html: string, sources: Record<string, NoteSource>): { html: string; notes: Note[] } {
    this.#resolved = true;
    const notes = new Map<string, Note>();
    const seen = new Set<number>();
    let out = '';
    let at = 0;
    for (let open = html.indexOf(OPEN); open !== -1; open = html.indexOf(OPEN, at)) {
      const close = html.indexOf(CLOSE, open);
      const index = Number(html.slice(open + 1, close));
      const group = this.#groups[index];
      if (close === -1 || !group || seen.has(index)) throw new Error('a citation placeholder was damaged or copied while rendering');
      seen.add(index);
      out += html.slice(at, open) + this.#marker(group, notes, sources);
      at = close + 1;
    }
    if (seen.size !== this.#groups.length) throw new Error('a citation was rendered outside the page body, so it cannot be numbered');
    return { html: out + html.slice(at), notes: [...notes.values()] };
  }

  #marker(group: CitedParagraph[], notes: Map<string, Note>, sources: Record<string, NoteSource>): string {
    const order = Object.keys(sources);
    const refs = group
      .map(({ ref }): NoteRef => {
        const [source = '', p = ''] = ref.split(':');
        const src = sources[source];
        if (!src || !(Number(p) >= 1 && Number(p) <= src.paragraphs)) throw new Error(`citation "${ref}": no such report paragraph`);
        return { ref, source, p: Number(p), label: src.label };
      })
      .sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source) || a.p - b.p);
    const key = refs.map((r) => r.ref).join(' ');
    let note = notes.get(key);
    if (!note) {
      note = { n: notes.size + 1, refs, uses: [] };
      notes.set(key, note);
    }
    const id = `cite-${note.n}-${note.uses.length + 1}`;
    note.uses.push(id);
    const titles = group.map((c) => c.title).filter(Boolean);
    const title = titles.length ? ` title="${titles.map((t) => escapeXml(t!)).join('; ')}"` : '';
    return `<a class="cite-ref" id="${id}" href="#note-${note.n}" aria-label="Source ${note.n}" aria-describedby="${noteRefsId(note.n)}"${title}>${note.n}</a>`;
  }
}

/** A note's paragraphs, one run per report ("Report A, ¶2, ¶5; Report B, ¶1"): its refs are in report order already. */
export function byReport(refs: readonly NoteRef[]): { source: string; label: string; refs: NoteRef[] }[] {
  const runs: { source: string; label: string; refs: NoteRef[] }[] = [];
  for (const r of refs) {
    const last = runs.at(-1);
    if (last?.source === r.source) last.refs.push(r);
    else runs.push({ source: r.source, label: r.label, refs: [r] });
  }
  return runs;
}

/** The id of note `n`'s list of paragraphs, which describes each of its markers to assistive technology. */
export const noteRefsId = (n: number): string => `note-${n}-refs`;

/** The per-render home of a page's registry (`Astro.locals`). */
export interface CitationLocals {
  citations?: CitationRegistry;
}

/**
 * The registry of the page being rendered, made by whichever renders first:
 * the layout, or a citation that renders before it (in dev, Astro renders
 * MDX content early to collect its styles, before the layout's frontmatter).
 * A citation on a page with no layout to resolve it leaves its placeholder,
 * which the page checks refuse.
 */
export function pageCitations(locals: CitationLocals): CitationRegistry {
  return (locals.citations ??= new CitationRegistry());
}
