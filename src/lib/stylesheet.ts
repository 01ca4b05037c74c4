/**
 * Stylesheets for what a script draws on demand (a popover, a results
 * panel): loaded by the script when it first needs them, so no page carries
 * them inline for readers who never open one.
 */
const loading = new Map<string, Promise<void>>();

/**
 * Adds `<link rel="stylesheet" href>` to the document once; resolves when it has loaded, or failed
 * (the caller then shows its element with the page's own styles rather than not at all).
 */
export function loadStylesheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (!done) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    done = new Promise<void>((resolve) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(link);
    loading.set(href, done);
  }
  return done;
}
