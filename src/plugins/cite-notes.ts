/**
 * Numbered citations with a notes list on every built page, Wikipedia-style.
 *
 * Components render each citation as a marker that links to the report's
 * paragraph guide (so a page still works if this pass never runs, as in dev).
 * After the build this pass, page by page: numbers every cited report
 * paragraph in order of first citation, turns each marker into a short
 * superscript number linking to the page's own note, and appends "Sources for
 * this page": each paragraph once, with the report, ¶, our gist of it, the
 * original report and the paragraph guide, and ↑ links back to every marker.
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
 * Numbers one page's citation markers and appends its notes list before
 * `</main>`. A page without markers is returned unchanged. Throws, naming the
 * citation, when a marker cites a report or paragraph the sources lack.
 */
export function numberCitations(html: string, sources: Record<string, NoteSource>): string {
  const notes = new Map<string, { n: number; guide: string; uses: string[] }>();
  const out = html.replace(GROUP, (_all, refs: string, rest: string, inner: string) => {
    const markers = inner.replace(MARKER, (_a, guide: string, ref: string, title: string | undefined) => {
      let note = notes.get(ref);
      if (!note) {
        note = { n: notes.size + 1, guide, uses: [] };
        notes.set(ref, note);
      }
      const id = `cite-${note.n}-${note.uses.length + 1}`;
      note.uses.push(id);
      const [source, p] = ref.split(':');
      const src = sources[source!];
      const gist = src?.paragraphs[Number(p) - 1];
      if (!src || gist === undefined) throw new Error(`citation "${ref}": no such report paragraph in data/sources.json`);
      const label = `Source ${note.n}: ${src.label}, paragraph ${p}`;
      return `<a class="cite-ref" id="${id}" href="#note-${note.n}" data-ref="${ref}" aria-label="${escapeXml(label)}"${title ? ` title="${title}"` : ''}>${note.n}</a>`;
    });
    return `<sup class="cite" data-cite="${refs}"${rest}>${markers.replace(/>\s+</g, '><').trim()}</sup>`;
  });
  if (notes.size === 0) return html;
  const items = [...notes].map(([ref, { n, guide, uses }]) => {
    const [source, p] = ref.split(':');
    const src = sources[source!]!;
    const back =
      uses.length === 1
        ? `<a href="#${uses[0]}" aria-label="Back to citation ${n}">↑</a>`
        : `↑ ${uses.map((u, i) => `<a href="#${u}" aria-label="Back to citation ${n}, use ${i + 1}">${LETTERS[i] ?? i + 1}</a>`).join(' ')}`;
    const original = src.url ? ` <a href="${escapeXml(src.url)}" rel="external noopener">Original report ↗</a> ·` : '';
    return (
      `<li id="note-${n}" data-cite="${ref}"><span class="note-back">${back}</span> ` +
      `<span class="note-body"><strong>${escapeXml(src.label)}, ¶${p}</strong>: ${escapeXml(src.paragraphs[Number(p) - 1]!)}` +
      `<span class="note-links">${original} <a href="${guide}">Paragraph guide</a></span></span></li>`
    );
  });
  const section =
    `<section class="page-notes" aria-labelledby="sources-for-this-page" data-pagefind-ignore>` +
    `<h2 id="sources-for-this-page">Sources for this page</h2>` +
    `<p class="meta">Each report paragraph cited on this page, once, numbered in the order first cited: our gist of it, the original and the paragraph guide. ↑ goes back to the citation.</p>` +
    `<ol class="notes">${items.join('')}</ol></section>`;
  return out.replace('</main>', `${section}</main>`);
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
