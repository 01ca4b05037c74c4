/** Live results under the header search box; Enter still opens the full search page. */
import { renderHits, search } from './search-core';

export function attach(input: HTMLInputElement): void {
  const form = input.form!;
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

  let seq = 0;
  const show = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return show(false);
    status.textContent = 'Searching…';
    show(true);
    const { total, hits } = await search(q, {}, 5);
    if (mine !== seq) return;
    renderHits(list, hits);
    status.textContent = total ? `${total} result${total === 1 ? '' : 's'} for “${q}”` : `No results for “${q}”`;
    more.href = `${form.action}?q=${encodeURIComponent(q)}`;
    more.textContent = total > hits.length ? `All ${total} results` : 'Open the search page';
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
