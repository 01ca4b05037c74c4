/**
 * Citation markers: the first one a reader activates loads the preview
 * (cite-preview.ts); if that cannot load, the marker stays a plain link to
 * its note. Also gives a paragraph guide entry reached from another page a
 * way back.
 */
export function enhanceCitations(): void {
  if (typeof HTMLElement.prototype.showPopover === 'function' && document.querySelector('a.cite-ref')) {
    document.addEventListener('click', (e) => {
      const marker = (e.target as Element).closest?.<HTMLAnchorElement>('a.cite-ref');
      const note = marker && document.getElementById(marker.hash.slice(1));
      if (!marker || !note) return;
      e.preventDefault();
      import('./cite-preview').then(
        (m) => m.preview(marker, note),
        () => (location.hash = marker.hash),
      );
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
