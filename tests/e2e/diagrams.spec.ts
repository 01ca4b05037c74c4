/** Diagrams as a reader meets them: clickable, complete, and never breaking the page on a phone. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, pageHtml } from './pages';

const html = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
/** A diagram's figure, whatever its classes and attributes (one layout or two). */
const FIGURE = /<figure class="diagram[" ][^>]*>[\s\S]*?<\/figure>/;
const FIGURES = new RegExp(FIGURE.source, 'g');
const actorPages = builtPages().filter((p) => /^actors\/[^/]+\/$/.test(p) && !/http-equiv="refresh"/.test(html(p)));

test('clicking a node in a profile’s diagram opens that actor’s profile', async ({ page }) => {
  await page.goto('actors/esmail-qaani/');
  const node = page.locator('figure.diagram svg a[href$="/actors/quds-force/"]:visible').first();
  await node.scrollIntoViewIfNeeded();
  await node.click();
  await expect(page).toHaveURL(/\/actors\/quds-force\/$/);
  await expect(page.locator('h1')).toHaveText('Quds Force');
});

test('every actor profile has a diagram whose nodes link to other profiles, or to the events it is named in', () => {
  expect(actorPages.length).toBeGreaterThan(40);
  const without = actorPages.filter((p) => {
    const svg = FIGURE.exec(html(p))?.[0] ?? '';
    const links = [...svg.matchAll(/<a href="[^"]*\/actors\/([^/"]+)\/"/g)].map((m) => m[1]);
    return !links.some((id) => `actors/${id}/` !== p) && !/<a href="[^"]*\/timeline\/#/.test(svg);
  });
  expect(without, 'these profiles show no clickable network').toEqual([]);
});

test('the network page draws the main actors as one graph: at least 10 actors, 12 labelled arrows, each verb linked to its relationship', () => {
  const page = html('network');
  const fig = FIGURE.exec(page.slice(page.indexOf('id="main-actors"')))?.[0] ?? '';
  const wide = /<section class="diagram-scroll layout-wide"[\s\S]*?<\/section>/.exec(fig)?.[0] ?? fig;
  const actors = new Set([...wide.matchAll(/<a href="[^"]*\/actors\/([^/"]+)\/"/g)].map((m) => m[1]));
  const edges = [...wide.matchAll(/<path\b[^>]*class="[^"]*flowchart-link[^"]*"[^>]*marker-(?:end|start)=/g)].filter(
    (m) => !m[0].includes('edge-thickness-invisible'),
  );
  const verbs = [...wide.matchAll(/<a href="[^"]*\/(network\/[a-z-]+\/)#rel-([^"]+)" class="edge-link">/g)].map(
    (m) => [m[1]!, m[2]!] as const,
  );
  expect(actors.size, 'main actors drawn').toBeGreaterThanOrEqual(10);
  expect(edges.length, 'visible arrows').toBeGreaterThanOrEqual(12);
  expect(verbs.length, 'each arrow’s verb links to its relationship, on its side’s page').toBe(edges.length);
  for (const [home, id] of verbs) {
    expect(html(home), `the relationship ${id} is written out at /${home}`).toContain(`id="rel-${id}"`);
    expect(page, `the relationship ${id} keeps its first address here`).toContain(`id="rel-${id}"`);
  }
});

const relIds = () => (JSON.parse(readFileSync(join(DIST, 'data', 'relationships.json'), 'utf8')) as { id: string }[]).map((r) => r.id);
const homePages = () => builtPages().filter((p) => /^network\/[a-z-]+\/$/.test(p));

test('every relationship is written out once, with its sources, at its permanent address on a side’s page', () => {
  const ids = relIds();
  const full = new Map<string, string[]>();
  for (const p of homePages())
    for (const m of html(p).matchAll(/<li id="rel-([^"]+)">([\s\S]*?)<\/li>/g)) {
      full.set(m[1]!, [...(full.get(m[1]!) ?? []), p]);
      expect(m[2], `/${p}#rel-${m[1]} should cite its sources`).toContain('<sup class="cite">');
    }
  expect(
    ids.filter((id) => full.get(id)?.length !== 1),
    'these relationships are written out on no side’s page, or on two, so a link to one could land on the wrong copy',
  ).toEqual([]);
});

// Until December 2026 every relationship was written out on the network page, at /network/#rel-<id>, and
// profiles, articles and diagrams linked there; each now lives on its side's page.
test('every relationship keeps its first address on the network page: written out under the graph, or a line of the index linking to it', () => {
  const page = html('network');
  const ids = relIds();
  expect(
    ids.filter((id) => page.split(`id="rel-${id}"`).length !== 2),
    'old links to these relationships would land nowhere',
  ).toEqual([]);
  const index = /<ul class="relationship-index">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
  const lines = [...index.matchAll(/<a id="rel-([^"]+)" href="[^"]*\/(network\/[a-z-]+\/)#rel-([^"]+)">/g)];
  const inFull = page.split('<li id="rel-').length - 1;
  expect(lines.length, 'every relationship not written out here is a line of the index').toBe(ids.length - inFull);
  expect(lines.length, 'the index should hold the relationships beyond the main actors’').toBeGreaterThan(10);
  const broken = lines.filter((m) => m[1] !== m[3] || !html(m[2]!).includes(`<li id="rel-${m[1]}">`));
  expect(
    broken.map((m) => m[1]),
    'these index lines lead nowhere, or to another relationship',
  ).toEqual([]);
  const items = [...page.matchAll(/<ul class="relationships">([\s\S]*?)<\/ul>/g)].flatMap((m) =>
    [...m[1]!.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((li) =>
      li[1]!
        .replace(/<sup\b[\s\S]*?<\/sup>|<a\b[^>]*>#<\/a>/g, '')
        .replace(/<[^>]+>/g, '')
        .trim(),
    ),
  );
  expect(
    items.filter((t, i) => items.indexOf(t) !== i),
    'a reader scrolling the network page meets these relationships twice',
  ).toEqual([]);
});

test('an old link to a relationship lands on its highlighted line, whose link opens it with its sources, highlighted', async ({ page }) => {
  await page.goto('network/#rel-pmf-part-of-iraqi-security-forces');
  const line = page.locator('#rel-pmf-part-of-iraqi-security-forces');
  await expect(line).toBeInViewport();
  const mark = (el: Element) => getComputedStyle(el).backgroundColor;
  expect(await line.evaluate(mark), 'the reader would not see which line the link meant').not.toBe('rgba(0, 0, 0, 0)');
  await line.click();
  await expect(page).toHaveURL(/\/network\/iraqi-factions\/#rel-pmf-part-of-iraqi-security-forces$/);
  const entry = page.locator('li#rel-pmf-part-of-iraqi-security-forces');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Antiwar.com (2024)');
  await expect(entry.locator('sup.cite')).toHaveCount(1);
  expect(await entry.evaluate(mark), 'the reader would not see which relationship the link meant').not.toBe('rgba(0, 0, 0, 0)');
});

test('every list of relationships runs A–Z by the actor who acts, so a reader can find an actor in it', () => {
  const problems: string[] = [];
  for (const p of builtPages())
    for (const [, list] of pageHtml(p).matchAll(/<ul class="relationships">([\s\S]*?)<\/ul>/g)) {
      const actors = [...list!.matchAll(/<li\b[^>]*>\s*<a\b[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
      const at = actors.findIndex((a, i) => i > 0 && actors[i - 1]!.localeCompare(a, 'en', { sensitivity: 'base' }) > 0);
      if (at > 0) problems.push(`/${p}: “${actors[at - 1]}” before “${actors[at]}”`);
    }
  expect(problems).toEqual([]);
});

test('a student asking how Esmail Qaani and Harakat al-Nujaba are connected finds it on either profile, each step linked and cited', async ({
  page,
}) => {
  await page.goto('actors/harakat-al-nujaba/');
  const section = page.locator('section[aria-labelledby="connects"]');
  await expect(section.locator('h2')).toHaveText(/^Chains from Harakat al-Nujaba to the other main actors/);
  const row = section.locator('li', { has: page.locator('a[href$="/actors/esmail-qaani/"]') }).first();
  await expect(row).toContainText('refused');
  await expect(row.locator('a.step').first()).toHaveAttribute('href', /\/network\/[a-z-]+\/#rel-/);
  await expect(row.locator('sup.cite')).toHaveCount(1);
});

test('every chain of ties reads left to right: a tie met from its far end reads in the passive', () => {
  const backwards: string[] = [];
  let steps = 0;
  for (const p of actorPages) {
    for (const m of pageHtml(p).matchAll(/<a href="[^"]*#rel-[^"]*" class="step" aria-label="[^"]*">([^<]*)<\/a>/g)) {
      steps++;
      if (!/^— [a-z ]+ →$/.test(m[1]!)) backwards.push(`/${p}: "${m[1]}"`);
    }
  }
  expect(steps, 'profiles should have chains of ties').toBeGreaterThan(50);
  expect(backwards, 'a reader reading left to right would take these ties the wrong way round').toEqual([]);
  expect(html('actors/esmail-qaani'), 'Qaani’s chains should say the factions heeded him').toContain('— heeded by →');
});

test('every main actor’s profile says how it connects to the others; no page shows a raw &nbsp;', () => {
  const network = html('network');
  const main = FIGURE.exec(network.slice(network.indexOf('id="main-actors"')))?.[0] ?? '';
  const ids = [...new Set([...main.matchAll(/<a href="[^"]*\/actors\/([^/"]+)\/"/g)].map((m) => m[1]))];
  expect(ids.length).toBeGreaterThanOrEqual(10);
  const missing = ids.filter((id) => !html(`actors/${id}`).includes('id="connects"'));
  expect(missing, 'these main actors do not say how they connect to the others').toEqual([]);
  const raw = builtPages().filter((p) => /&amp;nbsp;|#nbsp;/.test(pageHtml(p).replace(/<script[\s\S]*?<\/script>/g, '')));
  expect(raw, 'these pages show “&nbsp;” as text').toEqual([]);
});

test('the network page links every actor', () => {
  const page = html('network');
  const missing = actorPages.filter(
    (p) => !page.includes(`href="/${p}"`) && !page.includes(`href="${p}"`) && !new RegExp(`href="[^"]*/${p}"`).test(page),
  );
  expect(missing, 'these actors cannot be reached from the network page').toEqual([]);
});

test('each graph’s key explains the sides and shapes of the drawing beside it, at phone and at wide widths, and no others', () => {
  const LABELS: Record<string, string> = {
    side_iran: 'Iran’s state and forces',
    side_iraqi_factions: 'Iraq’s armed factions',
    side_iraqi_state: 'The Iraqi state',
    side_us_coalition: 'The United States and its coalition',
    side_other: 'Others',
    person: 'Person (rounded)',
    org: 'Group, body',
    state: 'State (hexagon)',
    summary: 'Several actors',
    focus: 'The actor this page is about',
  };
  const classes = (svg: string) => new Set([...svg.matchAll(/class="node default ([^"]*)"/g)].flatMap((n) => n[1]!.split(' ')));
  const problems: string[] = [];
  let keys = 0;
  for (const p of builtPages()) {
    for (const m of pageHtml(p).matchAll(/(<figure class="diagram[" ][\s\S]*?<\/figure>)\s*<div class="legend-wrap">([\s\S]*?)<\/div>/g)) {
      keys++;
      const [fig, key] = [m[1]!, m[2]!];
      const entries = [...key.matchAll(/<li\b([^>]*)>([\s\S]*?)<\/li>/g)].map((e) => ({
        at: /layout-(phone|wide)/.exec(e[1]!)?.[1],
        text: e[2]!.replace(/<[^>]+>/g, ''),
      }));
      // What a reader sees together: the phone drawing with the entries not kept for wide screens, and the other way round.
      const section = (layout: string) => new RegExp(`<section class="diagram-scroll layout-${layout}"[\\s\\S]*?</section>`).exec(fig)?.[0];
      const views = section('wide')
        ? [
            { name: 'at 375 px', svg: section('phone')!, hidden: 'wide' },
            { name: 'at 1280 px', svg: section('wide')!, hidden: 'phone' },
          ]
        : [{ name: '', svg: fig, hidden: undefined }];
      for (const v of views) {
        const drawn = classes(v.svg);
        const listed = entries
          .filter((e) => !v.hidden || e.at !== v.hidden)
          .map((e) => e.text)
          .join(' ');
        for (const [cls, label] of Object.entries(LABELS))
          if (drawn.has(cls) !== listed.includes(label))
            problems.push(
              `/${p} ${v.name}: ${drawn.has(cls) ? 'draws' : 'does not draw'} “${label}”, and its key ${drawn.has(cls) ? 'omits' : 'lists'} it`,
            );
      }
    }
  }
  expect(keys, 'graphs with a key').toBeGreaterThan(40);
  expect(problems, 'a reader would look for these in the drawing, or find them unexplained').toEqual([]);
});

test('every diagram has a title, a description and a text equivalent next to it', () => {
  const problems: string[] = [];
  for (const p of builtPages()) {
    const page = pageHtml(p);
    for (const fig of page.match(FIGURES) ?? []) {
      if (!/<title id="[^"]+">[^<]+<\/title>/.test(fig) || !/<desc id="[^"]+">[^<]+<\/desc>/.test(fig))
        problems.push(`${p}: diagram without title or description`);
    }
    // The text equivalent is a list in the page's own content after the diagram: not the site's
    // menus (before <main>) and not the diagram legend.
    const main = /<main\b[\s\S]*?<\/main>/.exec(page)?.[0] ?? '';
    for (const fig of main.match(FIGURES) ?? []) {
      const after = main.slice(main.indexOf(fig) + fig.length);
      if (!/<(ul|ol)\b(?![^>]*class="legend")/.test(after)) problems.push(`${p}: diagram without a text list after it`);
    }
  }
  expect(problems).toEqual([]);
});

// On the profiles drawn as event diagrams, the Events list names who else took part.
test('every profile a diagram links is also linked from the page’s text', () => {
  const missing: string[] = [];
  for (const p of builtPages()) {
    const main = /<main\b[\s\S]*?<\/main>/.exec(pageHtml(p))?.[0] ?? '';
    const text = main.replace(FIGURES, '');
    for (const fig of main.match(FIGURES) ?? [])
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
