/**
 * Instant results under the header search box, from the small name index:
 * actors under any spelling, glossary terms, reports and events. Full-text
 * search is one Enter away on the search page, which loads the full engine.
 */
import { normaliseBase } from '@/lib/base';
import { quickMatch, type QuickEntry } from '@/lib/quick-match';
import panelStyles from '@/styles/search.css?url';
// The search page takes its name matching from here too: one module, so the
// header box stays a single file to fetch and reading pages load nothing more.
export { correctQuery, quickRank, STRONG } from '@/lib/quick-match';

const BASE = normaliseBase(import.meta.env.BASE_URL);
let names: Promise<QuickEntry[]> | undefined;

/** The name index (a few KB): every actor under every spelling, terms, reports and events; fetched once. */
export function nameIndex(): Promise<QuickEntry[]> {
  names ??= fetch(`${BASE}quick-search.json`).then((r) => r.json() as Promise<QuickEntry[]>);
  return names;
}

/** Wires the instant name results to the header box. */
export function attach(input: HTMLInputElement): void {
  const form = input.form!;
  const index = nameIndex();
  // The panel's rules come with it, not inline in every page; it opens once they have loaded. (The
  // loader is imported here, not at the top: the search page imports this module for its matching
  // and needs neither.)
  const styled = import('@/lib/stylesheet').then((m) => m.loadStylesheet(panelStyles));
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.hidden = true;
  panel.id = 'search-panel';
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-hits';
  const more = document.createElement('a');
  more.className = 'search-more';
  panel.append(status, list, more);
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-expanded', 'false');

  const show = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const run = async () => {
    const q = input.value.trim();
    if (!q) return show(false);
    const [entries] = await Promise.all([index, styled]);
    const hits = quickMatch(entries, q);
    if (q !== input.value.trim()) return;
    list.replaceChildren(
      ...hits.map((h) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = h.u;
        a.textContent = h.t;
        const kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = ` — ${h.k}`;
        li.append(a, kind);
        return li;
      }),
    );
    status.textContent = hits.length ? `${hits.length} name${hits.length === 1 ? '' : 's'} matching “${q}”` : `No name matches “${q}”`;
    more.href = `${form.action}?q=${encodeURIComponent(q)}`;
    more.textContent = `Search the full text for “${q}”`;
    show(true);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 60);
  });
  form.addEventListener('keydown', (e) => {
    const links = [...panel.querySelectorAll('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      show(false);
      input.focus();
    } else if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      links[Math.min(i + 1, links.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && !panel.hidden) {
      e.preventDefault();
      if (i <= 0) input.focus();
      else links[i - 1]?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) show(false);
  });
  if (input.value.trim()) void run();
}
