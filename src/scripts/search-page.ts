/**
 * The search page: query and filters live in the URL (?q=…&kind=…), so a
 * result list can be shared; results are announced to screen readers.
 */
import { pagefind, renderHits, search } from './search-core';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-page-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-hits')!;
const filterBox = document.getElementById('search-filters')!;
const FILTER_LABELS: Record<string, string> = { kind: 'Kind', side: 'Side', report: 'Report', year: 'Year' };

function selected(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (out[box.name] ??= []).push(box.value);
  }
  return out;
}

function syncUrl(q: string, filters: Record<string, string[]>) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, vs] of Object.entries(filters)) vs.forEach((v) => params.append(k, v));
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

let seq = 0;
async function run() {
  const q = input.value.trim();
  const filters = selected();
  syncUrl(q, filters);
  const mine = ++seq;
  if (!q && !Object.keys(filters).length) {
    list.replaceChildren();
    status.textContent = 'Type a name, place, event or term.';
    return;
  }
  status.textContent = 'Searching…';
  const { total, hits } = await search(q || '', filters, 20);
  if (mine !== seq) return;
  renderHits(list, hits);
  status.textContent = total
    ? `${total} result${total === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${total > hits.length ? `, showing the first ${hits.length}` : ''}`
    : `No results${q ? ` for “${q}”` : ''}. Try another spelling, or browse the actor index below.`;
}

async function buildFilters() {
  const params = new URLSearchParams(location.search);
  const available = await (await pagefind()).filters();
  for (const [name, values] of Object.entries(available).sort(
    ([a], [b]) => Object.keys(FILTER_LABELS).indexOf(a) - Object.keys(FILTER_LABELS).indexOf(b),
  )) {
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
      label.append(box, ` ${value} (${count})`);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
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
filterBox.addEventListener('change', () => void run());
void buildFilters().then(run);
