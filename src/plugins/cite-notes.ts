/**
 * Numbered citations with a notes list on every built page, Wikipedia-style.
 *
 * Components render each citation as a marker that links to the report's
 * paragraph guide (so a page still works if this pass never runs, as in dev).
 * After the build this pass, page by page: gives each statement's citation
 * group one number (in order of first citation; the same set of paragraphs
 * cited again keeps its number), turns the group into one short superscript
 * number linking to the page's own note, and appends "Sources for this page":
 * one note per number listing each paragraph it cites: the report and ¶
 * (a link to the paragraph guide), our gist of it, the original report once
 * per report, and ↑ links back to every use. A paragraph's gist is printed in
 * the first note citing it; later notes name it and point there.
 * It is string work on our own markup, like the heading anchors, and runs
 * before them and before the search index reads the pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeXml } from '../lib/xml.ts';

/** What a note shows about one report. */
export interface NoteSource {
  label: string;
  /** Address of the original, when known. */
  url?: string | undefined;
  /** Our gist of each paragraph, paragraph 1 first. */
  paragraphs: string[];
}

const GROUP = /<sup class="cite" data-cite="([^"]*)"([^>]*)>([\s\S]*?)<\/sup>/g;
const MARKER = /<a href="([^"]*)" data-ref="([^"]+)"(?: title="([^"]*)")?>[\s\S]*?<\/a>/g;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Numbers one page's citation groups and appends its notes list before
 * `</main>`. One group (a statement's citations) gets one number and one note
 * listing every paragraph it cites; a later group citing the same paragraphs
 * reuses the number. A page without markers is returned unchanged. Throws,
 * naming the citation, when a marker cites a report or paragraph the sources
 * lack.
 */
export function numberCitations(html: string, sources: Record<string, NoteSource>): string {
  const notes = new Map<string, { n: number; refs: { ref: string; guide: string }[]; uses: string[] }>();
  const out = html.replace(GROUP, (_all, cited: string, rest: string, inner: string) => {
    const refs = [...inner.matchAll(MARKER)].map((m) => ({ guide: m[1]!, ref: m[2]!, title: m[3] }));
    if (refs.length === 0) return _all;
    for (const { ref } of refs) {
      const [source, p] = ref.split(':');
      if (sources[source!]?.paragraphs[Number(p) - 1] === undefined)
        throw new Error(`citation "${ref}": no such report paragraph in data/sources.json`);
    }
    const key = refs
      .map((r) => r.ref)
      .sort()
      .join(' ');
    let note = notes.get(key);
    if (!note) {
      note = { n: notes.size + 1, refs: refs.map(({ ref, guide }) => ({ ref, guide })), uses: [] };
      notes.set(key, note);
    }
    const id = `cite-${note.n}-${note.uses.length + 1}`;
    note.uses.push(id);
    const label = `Source ${note.n}: ${refs.map(({ ref }) => paragraphLabel(ref, sources)).join('; ')}`;
    const titles = refs.map((r) => r.title).filter(Boolean);
    const title = titles.length ? ` title="${titles.join('; ')}"` : '';
    const marker = `<a class="cite-ref" id="${id}" href="#note-${note.n}" data-ref="${refs[0]!.ref}" aria-label="${escapeXml(label)}"${title}>${note.n}</a>`;
    return `<sup class="cite" data-cite="${cited}"${rest}>${marker}</sup>`;
  });
  if (notes.size === 0) return html;
  // A paragraph's gist is printed once, in the first note that cites it; a later note names it and
  // points there (the script's preview shows it in full), so the list stays short.
  const shownIn = new Map<string, number>();
  const items = [...notes.values()].map(({ n, refs, uses }) => {
    const back =
      uses.length === 1
        ? `<a href="#${uses[0]}" aria-label="Back to citation ${n}">↑</a>`
        : `↑ ${uses.map((u, i) => `<a href="#${u}" aria-label="Back to citation ${n}, use ${i + 1}">${LETTERS[i] ?? i + 1}</a>`).join(' ')}`;
    // Each new paragraph on its own line: report and ¶ (linking to the paragraph guide), then the
    // gist; the original report's address once per report in the note.
    const linked = new Set<string>();
    const fresh = refs.filter(({ ref }) => !shownIn.has(ref));
    const paragraphs = fresh.map(({ ref, guide }) => {
      const [source, p] = ref.split(':');
      const src = sources[source!]!;
      const original =
        src.url && !linked.has(source!) ? ` <a href="${escapeXml(src.url)}" rel="external noopener">Original report ↗</a>` : '';
      linked.add(source!);
      return (
        `<li data-cite="${ref}"><a class="note-guide" href="${guide}">${escapeXml(src.label)}, ¶${p}</a>: ` +
        `${escapeXml(src.paragraphs[Number(p) - 1]!)}${original}</li>`
      );
    });
    const repeats = refs
      .filter(({ ref }) => shownIn.has(ref))
      .map(({ ref }) => {
        const [source, p] = ref.split(':');
        return `<a href="#note-${shownIn.get(ref)}" data-cite="${ref}">${escapeXml(sources[source!]!.label)}, ¶${p}</a> (note ${shownIn.get(ref)})`;
      });
    for (const { ref } of fresh) shownIn.set(ref, n);
    const also = repeats.length ? `<p class="note-also">${fresh.length ? 'Also ' : ''}${repeats.join('; ')}</p>` : '';
    const list = paragraphs.length ? `<ul class="note-paragraphs">${paragraphs.join('')}</ul>` : '';
    return (
      `<li id="note-${n}" data-cite="${refs.map((r) => r.ref).join(' ')}"><span class="note-back">${back}</span> ` +
      `<div class="note-body">${list}${also}</div></li>`
    );
  });
  const section =
    `<section class="page-notes" aria-labelledby="sources-for-this-page" data-pagefind-ignore>` +
    `<h2 id="sources-for-this-page">Sources for this page</h2>` +
    `<p class="meta">One note for each statement, numbered in the order first cited: every report paragraph it rests on, with our gist of it (given once, in the first note that cites the paragraph). A report and ¶ opens the paragraph guide; ↑ goes back to the citation.</p>` +
    `<ol class="notes">${items.join('')}</ol></section>`;
  return out.replace('</main>', `${section}</main>`);
}

/** "Antiwar.com 2024 ¶4" for a `source:p` reference. */
function paragraphLabel(ref: string, sources: Record<string, NoteSource>): string {
  const [source, p] = ref.split(':');
  return `${sources[source!]!.label}, paragraph ${p}`;
}

/** Reads the published sources dataset (label, address, paragraph gists). */
async function loadSources(dir: string): Promise<Record<string, NoteSource>> {
  const list = JSON.parse(await readFile(join(dir, 'data', 'sources.json'), 'utf8')) as {
    id: string;
    label: string;
    url: { value?: string };
    paragraphs: string[];
  }[];
  return Object.fromEntries(list.map((s) => [s.id, { label: s.label, url: s.url.value, paragraphs: s.paragraphs }]));
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The build step: numbers citations on every page of the finished site. */
export function citeNotesIntegration(): AstroIntegration {
  return {
    name: 'cite-notes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const sources = await loadSources(root);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          let out: string;
          try {
            out = numberCitations(html, sources);
          } catch (e) {
            throw new Error(`${file.slice(root.length)}: ${(e as Error).message}`, { cause: e });
          }
          if (out !== html) await writeFile(file, out);
        }
      },
    },
  };
}
