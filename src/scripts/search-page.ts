/**
 * The search page: query and filters live in the URL (?q=…&kind=…), so a
 * result list can be shared; results are announced to screen readers.
 *
 * Names come first: the page, term or event whose name (under any spelling,
 * or nearly) is what was typed leads the list, then the full-text results.
 * A query the full text cannot find is retried with misspelt names corrected.
 * Filters wait behind one control on a phone and show, for each value, how
 * many results it would leave for this query.
 */
import { pagefind, renderHits, search, type FilterCounts, type Filters, type Hit } from './search-core';
import { correctQuery, nameIndex, quickRank, STRONG } from './search-header';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-page-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-hits')!;
const filterBox = document.getElementById('search-filters') as HTMLDetailsElement;
const groups = document.getElementById('search-filter-groups')!;
const note = document.getElementById('search-filter-note')!;
const FILTER_LABELS: Record<string, string> = { kind: 'Kind', side: 'Side', report: 'Report', year: 'Year' };
/** Name matches shown above the full text, at most. */
const NAMES = 3;

function selected(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (out[box.name] ??= []).push(box.value);
  }
  return out;
}

/** Pagefind filters: any ticked value within a group, every group. */
const asFilters = (sel: Record<string, string[]>, except?: string): Filters =>
  Object.fromEntries(Object.entries(sel).flatMap(([k, any]) => (k === except ? [] : [[k, { any }]])));

function syncUrl(q: string, filters: Record<string, string[]>) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, vs] of Object.entries(filters)) vs.forEach((v) => params.append(k, v));
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

const pathOf = (u: string) => new URL(u, location.href).pathname;

/** The names that are what was typed: the best-scoring strong matches, a few at most. */
async function nameHits(q: string): Promise<Hit[]> {
  const ranked = quickRank(await nameIndex(), q, 1).filter((h) => h.score >= STRONG);
  const best = ranked[0]?.score;
  return ranked
    .filter((h) => h.score === best)
    .slice(0, NAMES)
    .map((h) => ({ title: h.entry.t, url: h.entry.u, kind: h.entry.k, excerpt: '' }));
}

/**
 * Shows, beside each filter value, how many results ticking it would give.
 * Values within a group are alternatives, so a group's counts come from the
 * query with every other group's filters applied but not its own.
 */
async function showCounts(q: string, sel: Record<string, string[]>, counts: FilterCounts) {
  const perGroup = { ...counts };
  for (const name of Object.keys(sel)) perGroup[name] = (await search(q, asFilters(sel, name), 0)).counts[name] ?? {};
  for (const box of groups.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const n = perGroup[box.name]?.[box.value] ?? 0;
    box.nextElementSibling!.textContent = ` ${box.value} (${n})`;
  }
  const ticked = Object.values(sel).flat().length;
  note.textContent = ticked ? ` · ${ticked} selected` : '';
}

let seq = 0;
async function run() {
  const q = input.value.trim();
  const sel = selected();
  const filtering = Object.keys(sel).length > 0;
  syncUrl(q, sel);
  const mine = ++seq;
  if (!q && !filtering) {
    list.replaceChildren();
    status.textContent = 'Type a name, place, event or term.';
    return;
  }
  status.textContent = 'Searching…';
  let asked = q;
  let res = await search(q, asFilters(sel), 20);
  // A misspelt name finds little or nothing (a stray partial match at most): try the nearest spelling the site uses.
  if (res.total < 3 && q) {
    const corrected = correctQuery(await nameIndex(), q);
    const retry = corrected ? await search(corrected, asFilters(sel), 20) : undefined;
    if (corrected && retry && retry.total > res.total) {
      asked = corrected;
      res = retry;
    }
  }
  // Filters narrow the full text; name matches would ignore them, so they lead only an unfiltered list.
  const names = q && !filtering ? await nameHits(q) : [];
  if (mine !== seq) return;
  const named = new Set(names.map((n) => pathOf(n.url)));
  const rest = res.hits.filter((h) => !named.has(pathOf(h.url)));
  const hits = [...names, ...rest];
  const total = res.total + names.filter((n) => !res.hits.some((h) => pathOf(h.url) === pathOf(n.url))).length;
  renderHits(list, hits);
  await showCounts(asked, sel, res.counts);
  if (mine !== seq) return;
  const forWhat = q ? ` for “${asked}”` : '';
  const instead = asked !== q ? ` (“${q}” finds little; showing the nearest spelling)` : '';
  status.textContent = total
    ? `${total} result${total === 1 ? '' : 's'}${forWhat}${instead}${total > hits.length ? `, showing the first ${hits.length}` : ''}`
    : `No results${forWhat}. Try another spelling, or browse the actor index below.`;
}

async function buildFilters() {
  const params = new URLSearchParams(location.search);
  const available = await (await pagefind()).filters();
  const order = Object.keys(FILTER_LABELS);
  for (const [name, values] of Object.entries(available).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[name] ?? name;
    fieldset.append(legend);
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = params.getAll(name).includes(value);
      const text = document.createElement('span');
      text.textContent = ` ${value} (${count})`;
      label.append(box, text);
      fieldset.append(label);
    }
    groups.append(fieldset);
  }
  filterBox.hidden = false;
  // Open beside the results on a wide screen; on a phone, one line above them until asked for.
  filterBox.open = matchMedia('(min-width: 60rem)').matches;
}

input.value = new URLSearchParams(location.search).get('q') ?? '';
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
groups.addEventListener('change', () => void run());
void buildFilters().then(run);
