/**
 * Citation previews: activating a numbered marker shows its note (report, ¶,
 * gist, original, paragraph guide) in a popover at the bottom of the screen,
 * so the reader keeps their place; closing it returns focus to the marker.
 * Without this script the marker is a plain link to the highlighted note.
 * Also gives a paragraph guide entry reached from another page a way back.
 */
export function enhanceCitations(): void {
  const supported = typeof HTMLElement.prototype.showPopover === 'function';
  if (supported && document.querySelector('a.cite-ref')) {
    const pop = document.createElement('div');
    pop.id = 'cite-preview';
    pop.className = 'cite-preview';
    pop.popover = 'auto';
    pop.setAttribute('role', 'dialog');
    pop.setAttribute('aria-labelledby', 'cite-preview-title');
    document.body.append(pop);
    let opener: HTMLElement | null = null;

    document.addEventListener('click', (e) => {
      const marker = (e.target as Element).closest?.<HTMLAnchorElement>('a.cite-ref');
      const note = marker && document.getElementById(marker.hash.slice(1));
      if (!marker || !note) return;
      e.preventDefault();
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
      const body = note.querySelector('.note-body')!.cloneNode(true) as HTMLElement;
      // A paragraph whose gist the list gives under an earlier note: show it here in full.
      const also = body.querySelector('.note-also');
      if (also) {
        const list = body.querySelector('.note-paragraphs') ?? body.insertBefore(document.createElement('ul'), also);
        list.className = 'note-paragraphs';
        for (const link of also.querySelectorAll<HTMLAnchorElement>('a[data-cite]')) {
          const entry = document.querySelector(`${link.hash} .note-paragraphs > li[data-cite="${link.dataset.cite}"]`);
          if (entry) list.append(entry.cloneNode(true));
        }
        also.remove();
        // One link to each original report is enough.
        const originals = new Set<string>();
        for (const a of list.querySelectorAll<HTMLAnchorElement>('a[rel~="external"]')) {
          if (originals.has(a.href)) a.remove();
          originals.add(a.href);
        }
      }
      const inList = document.createElement('a');
      inList.href = marker.hash;
      inList.textContent = 'All sources for this page';
      const all = document.createElement('p');
      all.className = 'note-links';
      all.append(inList);
      pop.replaceChildren(title, body, all, close);
      pop.showPopover();
      close.focus();
    });
    // A link followed from the preview moves the reader on: don't pull focus back.
    pop.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) {
        opener = null;
        pop.hidePopover();
      }
    });
    pop.addEventListener('toggle', (e) => {
      if ((e as ToggleEvent).newState === 'closed') opener?.focus();
    });
  }

  // Landed on a paragraph of the guide from elsewhere: offer the way back.
  const target = /^#p-\d+$/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
  if (target && history.length > 1) {
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'link-button';
    back.textContent = '← Back to where you were';
    back.addEventListener('click', () => history.back());
    target.append(' ', back);
  }
}
