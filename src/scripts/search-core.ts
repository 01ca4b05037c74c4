/**
 * Full-text search for the search page (the header box answers from the small
 * quick index instead, and sends Enter here). Loads Pagefind (its script,
 * WebAssembly and index) only when first called.
 */
import { BASE } from '@/lib/url';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once. */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // Long reference pages (glossary, timeline) hold many terms; a weak length penalty lets their weighted headings compete with short profiles.
    await pf.options({ baseUrl: BASE, excerptLength: 24, ranking: { pageLength: 0.3 } });
    await pf.init();
    return pf;
  })();
  return loading;
}

export interface Hit {
  title: string;
  section?: string | undefined;
  url: string;
  excerpt: string;
}

/** Runs a query and returns the first `limit` hits, each deep-linked to its best section. */
export async function search(query: string, filters: Record<string, string[]> = {}, limit = 10): Promise<{ total: number; hits: Hit[] }> {
  const pf = await pagefind();
  const res = await pf.search(query, { filters });
  const data = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
  const hits = data.map((d) => {
    const title = d.meta.title?.replace(/ — .*$/, '') ?? d.url;
    const sub = d.sub_results?.find((s) => s.url.includes('#') && s.title !== title);
    return sub ? { title, section: sub.title, url: sub.url, excerpt: sub.excerpt } : { title, url: d.url, excerpt: d.excerpt };
  });
  return { total: res.results.length, hits };
}

/** Renders hits as a list of links. Excerpts are Pagefind's escaped text with <mark> only. */
export function renderHits(list: HTMLElement, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((h) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = h.url;
      a.textContent = h.section ? `${h.title} › ${h.section}` : h.title;
      const p = document.createElement('p');
      p.className = 'search-excerpt';
      p.innerHTML = h.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
      li.append(a, p);
      return li;
    }),
  );
}
