/** Diagrams as a reader meets them: clickable, complete, and never breaking the page on a phone. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { builtPages, DIST, isRedirect, pageHtml } from './pages';

const html = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const actorPages = builtPages().filter((p) => /^actors\/[^/]+\/$/.test(p) && !/http-equiv="refresh"/.test(html(p)));

test('clicking a node in a profile’s diagram opens that actor’s profile', async ({ page }) => {
  await page.goto('actors/esmail-qaani/');
  const node = page.locator('figure.diagram svg a[href$="/actors/quds-force/"]').first();
  await node.scrollIntoViewIfNeeded();
  await node.click();
  await expect(page).toHaveURL(/\/actors\/quds-force\/$/);
  await expect(page.locator('h1')).toHaveText('Quds Force');
});

test('every actor profile has a diagram whose nodes link to other profiles', () => {
  expect(actorPages.length).toBeGreaterThan(40);
  const without = actorPages.filter((p) => {
    const svg = /<figure class="diagram">[\s\S]*?<\/figure>/.exec(html(p))?.[0] ?? '';
    const links = [...svg.matchAll(/<a href="[^"]*\/actors\/([^/"]+)\/"/g)].map((m) => m[1]);
    return !links.some((id) => `actors/${id}/` !== p);
  });
  expect(without, 'these profiles show no clickable network').toEqual([]);
});

test('the network page links every actor', () => {
  const page = html('network');
  const missing = actorPages.filter(
    (p) => !page.includes(`href="/${p}"`) && !page.includes(`href="${p}"`) && !new RegExp(`href="[^"]*/${p}"`).test(page),
  );
  expect(missing, 'these actors cannot be reached from the network page').toEqual([]);
});

test('every diagram has a title, a description and a text equivalent next to it', () => {
  const problems: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    for (const fig of page.match(/<figure class="diagram">[\s\S]*?<\/figure>/g) ?? []) {
      if (!/<title id="[^"]+">[^<]+<\/title>/.test(fig) || !/<desc id="[^"]+">[^<]+<\/desc>/.test(fig))
        problems.push(`${p}: diagram without title or description`);
    }
    // The text equivalent is a list in the page's own content after the diagram: not the site's
    // menus (before <main>) and not the diagram legend.
    const main = /<main\b[\s\S]*?<\/main>/.exec(page)?.[0] ?? '';
    for (const fig of main.match(/<figure class="diagram">[\s\S]*?<\/figure>/g) ?? []) {
      const after = main.slice(main.indexOf(fig) + fig.length);
      if (!/<(ul|ol)\b(?![^>]*class="legend")/.test(after)) problems.push(`${p}: diagram without a text list after it`);
    }
  }
  expect(problems).toEqual([]);
});

// Known gap: on the profiles drawn as event diagrams (actors with no relationship of their own),
// the Events list does not name the other actors the diagram links. Marked as failing so it is
// seen, not hidden; remove `test.fail` once the profile's Events list links who took part.
test('every profile a diagram links is also linked from the page’s text', () => {
  test.fail();
  const missing: string[] = [];
  for (const p of builtPages()) {
    const main = /<main\b[\s\S]*?<\/main>/.exec(pageHtml(p))?.[0] ?? '';
    const text = main.replace(/<figure class="diagram">[\s\S]*?<\/figure>/g, '');
    for (const fig of main.match(/<figure class="diagram">[\s\S]*?<\/figure>/g) ?? [])
      for (const [, href] of fig.matchAll(/<a\b[^>]*?\shref="([^"]*\/actors\/[^"]+)"/g))
        if (!href!.endsWith(`/${p}`) && !text.includes(`href="${href}"`)) missing.push(`/${p}: ${href}`);
  }
  expect(missing, 'a reader without the picture could not reach these profiles from the page').toEqual([]);
});

test('SVG ids are unique on every page', () => {
  const dupes: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id!)) dupes.push(`${p}#${id}`);
      seen.add(id!);
    }
  }
  expect(dupes, 'duplicate ids break links, labels and diagram arrowheads').toEqual([]);
});

test('no page ships JavaScript beyond the on-demand search loader', () => {
  const offenders: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    for (const tag of page.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
      if (/type="application\/ld\+json"/.test(tag)) continue;
      const src = /src="([^"]+)"/.exec(tag)?.[1] ?? '';
      if (!src) offenders.push(`${p}: inline script`);
      else if (!/\/_astro\/(Base|search)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src)) offenders.push(`${p}: ${src}`);
    }
  }
  expect(offenders).toEqual([]);
});

/** Pages a reader can land on (redirect stubs have nothing to show). */
const readable = () => builtPages().filter((p) => p.endsWith('/') && !isRedirect(p));

/** What a reader would see wrong with the diagrams of the page now open, one line each. */
async function diagramProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push(`the page scrolls sideways (${doc.scrollWidth} px in a ${window.innerWidth} px window)`);
    document.querySelectorAll('figure.diagram').forEach((fig, i) => {
      const svg = fig.querySelector<SVGSVGElement>('svg.mmd');
      const name = `diagram ${i + 1} “${svg?.querySelector('title')?.textContent ?? '?'}”`;
      const box = fig.querySelector<HTMLElement>('.diagram-scroll');
      if (box && box.scrollWidth > box.clientWidth + 1)
        out.push(`${name} scrolls sideways in its box (${box.scrollWidth} px in ${box.clientWidth} px)`);
      if (!svg) return;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      let smallest = Infinity;
      svg.querySelectorAll('text').forEach((t) => {
        if (!t.textContent?.trim()) return;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
      });
      if (smallest < 11.95) out.push(`${name}: smallest label ${smallest.toFixed(1)} px (needs 12)`);
      // A label drawn wider than mermaid measured it spills out of its box and is cut or overlaps.
      svg.querySelectorAll('g.cluster, g.node').forEach((g) => {
        const shape = g.querySelector(':scope > rect, :scope > polygon, :scope > path')?.getBoundingClientRect();
        const text = g.querySelector('text')?.getBoundingClientRect();
        if (shape && text && text.width && (text.left < shape.left - 1 || text.right > shape.right + 1))
          out.push(`${name}: label “${g.querySelector('text')?.textContent?.trim()}” spills out of its box`);
      });
      if (svg.classList.contains('mmd-flow'))
        svg.querySelectorAll('g.node').forEach((n) => {
          if (!n.closest('a[href]')) out.push(`${name}: node “${n.textContent?.trim()}” is not a link`);
        });
    });
    return out;
  });
}

/** One browser context per viewport and scheme, reused for every page: fast enough to cover all of them. */
async function eachPage(
  browser: Browser,
  opts: { width: number; height: number; dark: boolean },
  check: (page: Page, path: string) => Promise<string[]>,
) {
  const context = await browser.newContext({
    viewport: { width: opts.width, height: opts.height },
    colorScheme: opts.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of readable()) {
    await page.goto(path, { waitUntil: 'load' });
    for (const p of await check(page, path)) problems.push(`/${path}: ${p}`);
  }
  await context.close();
  return problems;
}

for (const [width, height] of [
  [375, 812],
  [1280, 800],
] as const) {
  for (const dark of [false, true]) {
    test(`at ${width}×${height}, ${dark ? 'dark' : 'light'}: on every page each diagram shows whole, labels at least 12 px, every node a link`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const problems = await eachPage(browser, { width, height, dark }, (page) => diagramProblems(page));
      expect(problems, 'a reader would have to scroll sideways, squint, or find a name that does not open').toEqual([]);
    });
  }
}

test('on every profile at 375 px the actor’s own node is the first thing in its diagram, inside the first screenful', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of actorPages) {
    await page.goto(path);
    const where = await page.evaluate(() => {
      const fig = document.querySelector('figure.diagram');
      const focus = fig?.querySelector('g.node.focus');
      if (!fig || !focus) return 'no diagram with the actor’s own node';
      const top = fig.getBoundingClientRect().top;
      const own = focus.getBoundingClientRect();
      const first = Math.min(...[...fig.querySelectorAll('g.node')].map((n) => n.getBoundingClientRect().top));
      if (own.top > first + 1) return 'another node sits above the actor’s own';
      if (own.bottom - top > window.innerHeight)
        return `the actor’s node is ${Math.round(own.bottom - top)} px down its diagram, below the first screen`;
      return '';
    });
    if (where) problems.push(`/${path}: ${where}`);
  }
  await context.close();
  expect(problems).toEqual([]);
});

test('timeline at 375 px: the first event of the 2024 pause is one tap from the top, and nothing is wider than the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('timeline/');
  const heading = page.locator('h2', { hasText: 'the pause' });
  const id = await heading.getAttribute('id');
  const jump = page.locator(`a[href="#${id}"]`).first();
  const box = await jump.boundingBox();
  expect(box && box.y + box.height <= 812, 'the link to the pause should be on the first screen').toBe(true);
  await jump.click();
  const first = page.locator(`section[aria-labelledby="${id}"] ol.timeline > li`).first();
  await expect(first, 'one tap should show the first event of the pause').toBeInViewport();
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
      .slice(0, 5),
  );
  expect(wide, 'these stick out past the right edge of the phone').toEqual([]);
  const caption = await page
    .locator('#al-asad-photo-2023-01-11')
    .evaluate((h) => h.closest('section')?.querySelector('h2')?.textContent ?? '');
  expect(caption, 'the January 2023 photo must not sit under the Oct 2023–Jan 2024 heading').not.toMatch(/Oct 2023/);
});

for (const path of ['actors/esmail-qaani/', 'network/']) {
  test(`printed on A4, /${path} keeps every diagram inside the page, in light colours, without anchors or search`, async ({ browser }) => {
    // A4 is 210 mm wide; with the browser's default 10 mm margins that leaves 190 mm = 718 CSS px.
    const context = await browser.newContext({ viewport: { width: 718, height: 1000 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const result = await page.evaluate(() => ({
      wide: [...document.querySelectorAll('svg.mmd')]
        .filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((s) => s.querySelector('title')?.textContent),
      bg: getComputedStyle(document.body).backgroundColor,
      shown: [...document.querySelectorAll('.heading-anchor, [role="search"], button.copy')].filter(
        (e) => (e as HTMLElement).offsetParent !== null,
      ).length,
    }));
    await context.close();
    expect(result.wide, 'these diagrams would be cut off on paper').toEqual([]);
    expect(result.bg, 'paper should be white even for a reader in dark mode').toBe('rgb(255, 255, 255)');
    expect(result.shown, '"#" anchors, search and copy buttons should not print').toBe(0);
  });
}
