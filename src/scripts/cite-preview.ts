/**
 * Citation previews, loaded when a reader first activates a numbered marker
 * (the page script only listens for that click). The preview shows the
 * marker's note (report, ¶ linking the paragraph guide, our gist of each
 * paragraph and the original report, both read from the sources dataset the
 * notes list names) in a popover at the bottom of the screen, so the reader
 * keeps their place; closing it returns focus to the marker.
 * Without this script the marker is a plain link to the highlighted note.
 */
import { loadStylesheet } from '@/lib/stylesheet';
import previewStyles from '@/styles/cite-preview.css?url';

/** A report's label, original address and paragraph gists, from the published sources dataset. */
interface SourceData {
  url?: string | undefined;
  paragraphs: string[];
}
let loaded: Promise<Map<string, SourceData> | undefined> | undefined;

/** The sources dataset, fetched once on the first preview; without it a preview shows the note as listed. */
function sourcesData(address: string | undefined): Promise<Map<string, SourceData> | undefined> {
  loaded ??= address
    ? fetch(address)
        .then((r) => (r.ok ? (r.json() as Promise<{ id: string; url: { value?: string }; paragraphs: string[] }[]>) : []))
        .then((list) => new Map(list.map((s) => [s.id, { url: s.url.value, paragraphs: s.paragraphs }])))
        .catch(() => undefined)
    : Promise.resolve(undefined);
  return loaded;
}

/**
 * The report and paragraph a note's link names, read from its address, which is the paragraph guide's
 * (`citeUrl` in src/lib/url.ts: `…/articles/<report>/#p-<n>`).
 */
function citedParagraph(link: HTMLAnchorElement): { id: string; p: number } {
  return { id: link.pathname.split('/').at(-2) ?? '', p: Number(link.hash.slice('#p-'.length)) };
}

let pop: HTMLDivElement | undefined;
let opener: HTMLElement | null = null;

/** The popover, made once. */
function popover(): HTMLDivElement {
  if (pop) return pop;
  const made = document.createElement('div');
  pop = made;
  made.id = 'cite-preview';
  made.className = 'cite-preview';
  made.popover = 'auto';
  made.setAttribute('role', 'dialog');
  made.setAttribute('aria-labelledby', 'cite-preview-title');
  document.body.append(made);

  // A link followed from the preview moves the reader on: don't pull focus back.
  made.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) {
      opener = null;
      made.hidePopover();
    }
  });
  made.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed') opener?.focus();
  });
  return pop;
}

/** Shows the note `marker` points to in the popover. */
export async function preview(marker: HTMLAnchorElement, note: HTMLElement): Promise<void> {
  const pop = popover();
  const notes = document.querySelector<HTMLElement>('.page-notes')!;
  opener = marker;
  const title = document.createElement('p');
  title.id = 'cite-preview-title';
  title.className = 'cite-preview-title';
  title.textContent = `Source ${marker.textContent}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => pop.hidePopover());
  // The list names each paragraph; the preview gives each its own line with our gist of it and the
  // original report, once per report.
  const gists = await sourcesData(notes.dataset.gists);
  const originals = new Set<string>();
  const list = document.createElement('ul');
  list.className = 'note-paragraphs';
  note.querySelectorAll<HTMLAnchorElement>('.note-guide').forEach((link) => {
    const { id, p } = citedParagraph(link);
    const source = gists?.get(id);
    const gist = source?.paragraphs[p - 1];
    const li = document.createElement('li');
    // The list names the report once before its paragraphs; here each line names it.
    const named = link.cloneNode(true) as HTMLAnchorElement;
    const report = link.closest('.note-report')?.firstChild?.textContent?.trim().replace(/,$/, '');
    if (report) named.textContent = `${report}, ${link.textContent?.trim()}`;
    li.append(named);
    if (gist) li.append(`: ${gist}`);
    if (source?.url && !originals.has(id)) {
      originals.add(id);
      const original = document.createElement('a');
      original.href = source.url;
      original.rel = 'external noopener';
      original.textContent = 'Original report ↗';
      li.append(' ', original);
    }
    list.append(li);
  });
  const body = document.createElement('div');
  body.className = 'note-body';
  body.append(list);
  const inList = document.createElement('a');
  inList.href = marker.hash;
  inList.textContent = 'All sources for this page';
  const all = document.createElement('p');
  all.className = 'note-links';
  all.append(inList);
  // The title and Close come first, so the preview opens at its top with its first source in view
  // (focus on a Close button at the end had scrolled a long preview to its end).
  const head = document.createElement('div');
  head.className = 'cite-preview-head';
  head.append(title, close);
  pop.replaceChildren(head, body, all);
  await loadStylesheet(previewStyles);
  pop.showPopover();
  close.focus();
  pop.scrollTop = 0;
}
