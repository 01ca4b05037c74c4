/**
 * Full-text search for the search page, over Pagefind. Loads Pagefind
 * (its script, WebAssembly and index) only when first called.
 */
import { normaliseBase } from '@/lib/base';

const BASE = normaliseBase(import.meta.env.BASE_URL);

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
/** A filter as Pagefind takes it: any of these values. */
export type Filters = Record<string, { any: string[] }>;
/** Results per filter value: field → value → count. */
export type FilterCounts = Record<string, Record<string, number>>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Filters },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
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
  /** Shown beside the title ("Person", "Glossary"), for name matches. */
  kind?: string;
}

/** How strongly a section matches: its best-scoring word (a match in a weighted heading scores highest). */
const strength = (s: SubResult) => Math.max(0, ...(s.weighted_locations ?? []).map((l) => l.balanced_score));

/**
 * Runs a query and returns the first `limit` hits, each deep-linked to the
 * section that matches it best (on the glossary, "Tower 22" lands on the
 * Tower 22 entry, not the first entry that mentions it), and the number of
 * results per filter value for this query.
 */
export async function search(
  query: string,
  filters: Filters = {},
  limit = 10,
): Promise<{ total: number; hits: Hit[]; counts: FilterCounts }> {
  const pf = await pagefind();
  const res = await pf.search(query || null, { filters });
  const data = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
  const hits = data.map((d) => {
    const title = d.meta.title?.replace(/ — .*$/, '') ?? d.url;
    const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#') && s.title !== title);
    const sub = subs.reduce<SubResult | undefined>((best, s) => (!best || strength(s) > strength(best) ? s : best), undefined);
    return sub ? { title, section: sub.title, url: sub.url, excerpt: sub.excerpt } : { title, url: d.url, excerpt: d.excerpt };
  });
  return { total: res.results.length, hits, counts: res.filters };
}

/** Renders hits as a list of links. Excerpts are Pagefind's escaped text with <mark> only. */
export function renderHits(list: HTMLElement, hits: Hit[]): void {
  list.replaceChildren(
    ...hits.map((h) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = h.url;
      a.textContent = h.section ? `${h.title} › ${h.section}` : h.title;
      li.append(a);
      if (h.kind) {
        const kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = ` — ${h.kind}`;
        li.append(kind);
      }
      if (h.excerpt) {
        const p = document.createElement('p');
        p.className = 'search-excerpt';
        p.innerHTML = h.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
        li.append(p);
      }
      return li;
    }),
  );
}
