/**
 * Finding one's way on a phone: a header that leaves most of the first screen
 * to the page, a contents list near the top of a long page, citation numbers
 * that do not crowd the words, and citation notes that say what the paragraph
 * says. Passed to `page.evaluate`, so it runs in the page.
 */

/** The header may take at most this much of a 812 px phone screen. */
export const HEADER_LIMIT = 140;
/** A page longer than this many phone screens needs a contents list. */
export const LONG_PAGE_SCREENS = 8;
/** The contents list must start within this many screens of the top. */
export const CONTENTS_WITHIN_SCREENS = 2;
/** At most this many citation numbers per 100 words of the page. */
export const CITES_PER_100_WORDS = 4;

export interface Reading {
  header: number;
  screens: number;
  /** Top of the contents list in px from the top of the page, or null when there is none. */
  contentsTop: number | null;
  words: number;
  cites: number;
  /** Citation notes whose gist says only which part of the report it is ("Headline."). */
  /** Every `source:p` the page's notes cite. */
  cited: string[];
}

/** Runs in the page: the measurements the reading checks use. */
export function reading(): Reading {
  const main = document.querySelector('main')!;
  const header = document.querySelector('body > header')?.getBoundingClientRect().height ?? 0;
  const screens = document.documentElement.scrollHeight / window.innerHeight;
  const contents = document.querySelector('main nav.contents');
  const contentsTop = contents ? contents.getBoundingClientRect().top + window.scrollY : null;
  // The page's words, as the issue that set the limit counted them: main with its notes list, without
  // the citation numbers themselves, hidden text or diagrams.
  const copy = main.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.cite, [hidden], .visually-hidden, svg, script, style').forEach((el) => el.remove());
  const words = (copy.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const cites = main.querySelectorAll('a.cite-ref').length;
  // The report paragraphs the notes list cites; their gists come from the sources dataset (see bareGists).
  const cited = [
    ...new Set(
      [...document.querySelectorAll<HTMLAnchorElement>('.page-notes a.note-guide')].map(
        (a) => `${a.pathname.split('/').at(-2)}:${a.hash.slice(3)}`,
      ),
    ),
  ];
  return { header, screens, contentsTop, words, cites, cited };
}

/**
 * Of the paragraphs a page cites, those with no gist in the sources dataset, or whose gist only names
 * the part of the report ("Headline.", "Author line."): the preview and the paragraph guide would
 * tell the reader nothing.
 */
export function bareGists(cited: string[], gists: Map<string, string[]>): string[] {
  return cited
    .map((ref) => {
      const [id, p] = ref.split(':');
      return { ref, gist: gists.get(id!)?.[Number(p) - 1] ?? '' };
    })
    .filter(
      ({ gist }) => !gist || (/^(the )?(headline|author|byline|photo|caption|credit)\b[^:]*$/i.test(gist) && gist.split(' ').length <= 4),
    )
    .map(({ ref, gist }) => `${ref}: ${gist.slice(0, 60) || '(no gist)'}`);
}

/**
 * Runs in the page, scrolled to its end: the words the "↑ Contents" tab (fixed in the bottom
 * corner) sits on, which a reader could never scroll into view. Empty when the page has no tab or
 * the tab is not showing.
 */
export function coveredByTab(): string[] {
  const tab = document.querySelector<HTMLElement>('.to-contents');
  if (!tab || getComputedStyle(tab).visibility === 'hidden' || Number(getComputedStyle(tab).opacity) === 0) return [];
  const box = tab.getBoundingClientRect();
  const covered: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || tab.contains(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const hit = [...range.getClientRects()].some(
      (r) => r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom,
    );
    if (hit) covered.push(node.textContent.trim().slice(0, 40));
  }
  return covered;
}
