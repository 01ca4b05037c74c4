/**
 * The only script on a reading page (about 1 KB): it waits for the reader to
 * reach for search (focusing the header box, or pressing / or Ctrl/Cmd+K) and
 * only then loads the search code and index; it also adds copy buttons and
 * citation previews.
 * Everything it enhances works without it.
 */
import { enhanceCitations } from './cite-notes';

const input = document.getElementById('site-search') as HTMLInputElement | null;
// Where "/" and Ctrl/Cmd+K go: the header box, or on the search page its own.
const box = input ?? document.querySelector<HTMLInputElement>('main input[type="search"]');

if (input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-header').then((m) => m.attach(input));
  };
  input.addEventListener('focus', start);
}
if (box) {
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    const shortcut = (e.key === '/' && !typing) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k');
    if (!shortcut) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
}

// A build that does not know its public address leaves it out of "cite this page": use the one the
// reader is on.
for (const el of document.querySelectorAll<HTMLElement>('[data-here]')) el.textContent = location.origin + location.pathname;

// Copy buttons for "cite this page": shown only where the clipboard works.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
    await navigator.clipboard.writeText(text);
    const label = button.textContent;
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = label), 1500);
  });
}

enhanceCitations();
