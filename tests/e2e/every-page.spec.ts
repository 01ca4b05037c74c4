/**
 * Every built page, discovered from dist/ so the suite grows with the site.
 * From the files: exactly one h1, a title, a description, a language, and no
 * internal link or #anchor that leads nowhere. In the browser, each page opened
 * as a reader would, at 1280 px and at 375 px, in light and dark: accessible
 * (WCAG 2.2 AA), no request to another host, nothing the security policy
 * blocks, every diagram whole and legible (labels at least 12 px, nothing
 * scrolling sideways, every node a link), lines of text at most about 75
 * characters on a wide screen, and on a profile the actor's own node first.
 * At 375 px, finding one's way: a header of at most 140 px, a contents list
 * near the top of any page longer than eight screens, a "↑ Contents" tab that
 * covers no words at the end of a page, at most four citation
 * numbers per 100 words, and no citation note whose gist only says which part
 * of the report it is ("Headline.").
 *
 * One tab visits a share of the pages in turn (a fresh tab per page cost more
 * than the checks); each subject keeps its own assertion and message, and a
 * failure names the page.
 */
import { expect, test, type Browser } from '@playwright/test';
import { axeViolations, COLOUR_RULES, WCAG_AA } from './checks/axe';
import { diagramProblems, focalProblem, graphProblems } from './checks/diagrams';
import { LINE_LIMIT, longLines } from './checks/lines';
import {
  bareGists,
  CITES_PER_100_WORDS,
  CONTENTS_WITHIN_SCREENS,
  coveredByTab,
  HEADER_LIMIT,
  LONG_PAGE_SCREENS,
  reading,
} from './checks/reading';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, idsByPage, isRedirect, pageHtml } from './pages';
import { normaliseBase } from '../../src/lib/base';
import { SAMPLE_PAGES } from '../sample-pages';

const base = normaliseBase(process.env.BASE_PATH);
const pages = builtPages().filter((p) => !isRedirect(p));
// Under a sub-path the browser looks for requests to other hosts and blocked content, which come
// from the layout every page shares: one page of each type is visited. Links are checked on every
// page, from the files.
const visited = base === '/' ? pages : pages.filter((p) => SAMPLE_PAGES.includes(p));
const ids = idsByPage();

test('the site has pages to check', () => {
  expect(pages.length, 'the build produced almost no pages').toBeGreaterThan(20);
});

test('every page has one h1, a title, a description and a language', () => {
  const problems: string[] = [];
  for (const p of pages) {
    const html = pageHtml(p);
    const h1 = (html.match(/<h1[\s>]/g) ?? []).length;
    if (h1 !== 1) problems.push(`/${p}: ${h1} h1 elements`);
    if (!/<title>[^<]{6,}<\/title>/.test(html)) problems.push(`/${p}: no title`);
    if (!/<meta name="description" content="[^"]{40,}"/.test(html)) problems.push(`/${p}: no description`);
    if (!/<html lang="en"/.test(html)) problems.push(`/${p}: no lang`);
  }
  expect(problems, 'readers, screen readers and search engines rely on these').toEqual([]);
});

test('every internal link and #anchor on every page resolves', () => {
  const broken: string[] = [];
  for (const p of builtPages()) {
    const here = new URL(`${base}${p}`, 'http://site');
    for (const m of pageHtml(p).matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      const u = new URL(href, here);
      if (u.origin !== here.origin) continue;
      if (!u.pathname.startsWith(base)) {
        broken.push(`/${p} → ${href} (outside the site)`);
        continue;
      }
      const path = decodeURIComponent(u.pathname.slice(base.length));
      if (/^(pagefind|_astro|data)\/|\.(xml|txt|json|csv|svg|png)$/.test(path)) continue;
      const target = ids.get(path);
      if (!target) broken.push(`/${p} → ${href} (no such page)`);
      else if (u.hash && !target.has(decodeURIComponent(u.hash.slice(1)))) broken.push(`/${p} → ${href} (no such anchor)`);
    }
  }
  expect(broken, 'a reader clicking these would land nowhere').toEqual([]);
});

test('every page sets its quotation marks and apostrophes typographically, as its prose is', () => {
  const problems: string[] = [];
  for (const p of pages) {
    // A spelling of a name is shown as written (translate="no"): "Kata'ib" with a straight
    // apostrophe is a form a reader may type, listed beside "Kata’ib".
    const html = pageHtml(p).replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>|<span\b[^>]*\btranslate="no"[^>]*>[^<]*<\/span>/g, '');
    // What a reader sees or hears: text between tags, and the labels and titles read aloud.
    const said = [...html.split(/<[^>]*>/), ...[...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]!)]
      .map((t) => t.replace(/&#39;|&#x27;/g, "'").replace(/&quot;|&#34;/g, '"'))
      .filter((t) => /['"]/.test(t));
    if (said.length) problems.push(`/${p}: ${said[0]!.trim().slice(0, 80)}`);
  }
  expect(problems, 'these pages show a straight quotation mark or apostrophe beside curly ones').toEqual([]);
});

test('every page speaks in reader words and gives each report one name', () => {
  const sources = JSON.parse(readFileSync(join(DIST, 'data', 'sources.json'), 'utf8')) as {
    id: string;
    label: string;
    publisher: { value?: string; status: string };
  }[];
  const problems: string[] = [];
  for (const p of pages) {
    const text = pageHtml(p)
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|’/g, "'");
    // A citation on a page whose layout did not number it leaves its placeholder behind.
    if (/[\uE000\uE001]/.test(text)) problems.push(`/${p}: shows a citation that was never numbered`);
    if (/project's (source )?notes/i.test(text)) problems.push(`/${p}: says "the project's source notes"`);
    for (const s of sources) {
      // A report whose publisher is uncertain goes by its label; the guess stays in its provenance
      // (its explainer and the About page).
      const guess = s.publisher.status === 'unconfirmed' ? s.publisher.value : undefined;
      if (guess && text.includes(guess) && p !== `articles/${s.id}/` && p !== 'about/') problems.push(`/${p}: calls ${s.label} "${guess}"`);
      const [name, year] = [s.label.replace(/ \d{4}$/, ''), s.label.slice(-4)];
      if (guess && new RegExp(`the ${name} report(?! of)`, 'i').test(text.replace(new RegExp(`the ${name} ${year} report`, 'gi'), '')))
        problems.push(`/${p}: calls ${s.label} "the ${name.toLowerCase()} report", without its year`);
    }
  }
  expect(problems, 'a reader would meet internal words, or one report under two names').toEqual([]);
});

test('names that take an article have it inside a sentence ("the ties of the United States")', () => {
  const actors = JSON.parse(readFileSync(join(DIST, 'data', 'actors.json'), 'utf8')) as { id: string; name: string; article?: string }[];
  const withArticle = actors.filter((a) => a.article).map((a) => a.name.replace(/'/g, '’'));
  expect(withArticle.length, 'some actors should take an article').toBeGreaterThan(5);
  const problems: string[] = [];
  const needing = new Set(actors.filter((a) => a.article).map((a) => a.id));
  for (const p of builtPages()) {
    // In a relationship list, the actor acted on follows the verb: "commands the Quds Force".
    for (const m of pageHtml(p).matchAll(/<strong>[^<:]+<\/strong> <a href="[^"]*\/actors\/([^/"]+)\/">([^<]*)<\/a>/g))
      if (needing.has(m[1]!)) problems.push(`/${p}: "… ${m[2]}" after a verb`);
    const text = pageHtml(p)
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const name of withArticle) {
      // The phrases the site builds around a name in running text.
      const bare = new RegExp(`(ties of|spelling of|profile of|Chains from) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      const m = bare.exec(text);
      if (m) problems.push(`/${p}: "${m[0]}"`);
    }
  }
  expect(problems, 'a reader would read "the ties of United States"').toEqual([]);
});

/** What one visit found, by subject; each entry starts with the page and the scheme or viewport. */
type Findings = Record<
  'access' | 'requests' | 'policy' | 'diagrams' | 'graphs' | 'lines' | 'focal' | 'header' | 'contents' | 'tab' | 'cites' | 'gists',
  string[]
>;

/** The two widths each page is read at: a wide screen, then a phone (the primary viewport). */
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

/**
 * Opens `paths` one after another in one tab of `browser`: each page loads at 1280 px, gets
 * every wide-screen check, then the window narrows to 375 px for the phone checks (the CSS lays
 * the page out again; one load per page instead of two). Under a sub-path only the load is checked.
 */
async function visit(browser: Browser, paths: string[], found: Findings) {
  const context = await browser.newContext({ viewport: WIDE });
  const tab = await context.newPage();
  let here = '';
  tab.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !u.protocol.startsWith('data')) found.requests.push(`/${here}: ${r.url()}`);
  });
  tab.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) found.policy.push(`/${here}: ${m.text()}`);
  });
  for (const path of paths) {
    here = path;
    await tab.setViewportSize(WIDE);
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.goto(path, { waitUntil: 'load' });
    // Colours, structure and layout do not depend on the base path: the sub-path run
    // (test:subpath) checks requests and policy only.
    if (base !== '/') continue;

    // At 1280 px. Layout does not depend on the colour scheme: diagrams and line lengths are
    // checked once per width.
    for (const d of await diagramProblems(tab)) found.diagrams.push(`/${path} at ${WIDE.width} px: ${d}`);
    for (const l of await tab.evaluate(longLines, LINE_LIMIT))
      found.lines.push(`/${path}: ${l.where}: ${l.chars} characters a line ("${l.text}…")`);
    // Every WCAG rule runs once per page, in light; the dark scheme changes only colours, so the
    // dark pass runs the colour rules.
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      for (const v of await axeViolations(tab, scheme === 'light' ? WCAG_AA : COLOUR_RULES))
        found.access.push(`/${path} at ${WIDE.width} px, ${scheme}: ${v}`);
    }

    // At 375 px, in light: layout and finding one's way.
    await tab.emulateMedia({ colorScheme: 'light' });
    await tab.setViewportSize(PHONE);
    // As a phone reader arrives: at the top, with the page laid out for the narrow window.
    const narrowed = await tab.evaluate(() => (scrollTo(0, 0), innerWidth));
    if (narrowed !== PHONE.width) throw new Error(`/${path}: the window is ${narrowed} px wide after narrowing to ${PHONE.width}`);
    const at = `/${path} at ${PHONE.width} px`;
    for (const d of await diagramProblems(tab)) found.diagrams.push(`${at}: ${d}`);
    // Every generated diagram is a graph a reader can follow in at most 1.5 screens on a profile
    // and 2 elsewhere.
    for (const g of await graphProblems(tab, isProfile(path) ? 1218 : 1624)) found.graphs.push(`${at}: ${g}`);
    const r = await tab.evaluate(reading);
    if (r.header > HEADER_LIMIT) found.header.push(`${at}: the header is ${Math.round(r.header)} px tall`);
    if (r.screens > LONG_PAGE_SCREENS && (r.contentsTop === null || r.contentsTop > CONTENTS_WITHIN_SCREENS * PHONE.height))
      found.contents.push(
        `${at}: ${r.screens.toFixed(1)} screens long, ${r.contentsTop === null ? 'no contents list' : `contents list starts ${(r.contentsTop / PHONE.height).toFixed(1)} screens down`}`,
      );
    // At the end of the page, the corner tab back to the contents must leave the last words readable.
    await tab.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const t of await tab.evaluate(coveredByTab)) found.tab.push(`${at}: "${t}"`);
    const rate = r.words ? (100 * r.cites) / r.words : 0;
    if (rate > CITES_PER_100_WORDS) found.cites.push(`${at}: ${r.cites} citation numbers in ${r.words} words (${rate.toFixed(1)} per 100)`);
    for (const g of bareGists(r.cited, GISTS)) found.gists.push(`${at}: "${g}"`);
    if (isProfile(path)) {
      const problem = await focalProblem(tab);
      if (problem) found.focal.push(`/${path}: ${problem}`);
    }
  }
  await context.close();
}

/** Each report's paragraph gists, from the published sources dataset the citation previews read. */
const GISTS = new Map(
  (JSON.parse(readFileSync(join(DIST, 'data', 'sources.json'), 'utf8')) as { id: string; paragraphs: string[] }[]).map((s) => [
    s.id,
    s.paragraphs,
  ]),
);

const isProfile = (p: string) => /^actors\/[^/]+\/$/.test(p);
/** Pages a reader can land on (redirect stubs have nothing to show), in shares of about ten. */
const SHARE = 10;
const shares = Array.from({ length: Math.ceil(visited.length / SHARE) }, (_, i) => visited.slice(i * SHARE, (i + 1) * SHARE));

test('every profile is among the pages visited', () => {
  expect(pages.filter(isProfile).length, 'profiles should be visited at phone size').toBeGreaterThan(40);
});

shares.forEach((share, i) => {
  test(`pages ${i * SHARE + 1}–${i * SHARE + share.length} of ${visited.length} (/${share[0]} … /${share.at(-1)}) ${base === '/' ? 'at 1280 and 375 px, light and dark' : `under ${base}, at 1280 px`}`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const found: Findings = {
      access: [],
      requests: [],
      policy: [],
      diagrams: [],
      graphs: [],
      lines: [],
      focal: [],
      header: [],
      contents: [],
      tab: [],
      cites: [],
      gists: [],
    };
    await visit(browser, share, found);
    expect.soft(found.access, 'a reader using assistive technology or with low vision would hit these').toEqual([]);
    expect.soft(found.requests, 'the page contacted another host: a reader in a risky place could be exposed').toEqual([]);
    expect.soft(found.policy, 'the Content-Security-Policy blocked part of the page').toEqual([]);
    expect.soft(found.diagrams, 'a reader would have to scroll sideways, squint, or find a name that does not open').toEqual([]);
    expect
      .soft(found.graphs, 'a diagram a reader could not follow: missing, unlabelled or crossing arrows, boxes on boxes, or too tall')
      .toEqual([]);
    expect.soft(found.lines, `a reader would follow lines longer than ${LINE_LIMIT} characters`).toEqual([]);
    expect.soft(found.focal, 'on a phone the profile’s diagram should open on the actor itself').toEqual([]);
    expect.soft(found.header, `on a phone the header should leave the page the first screen (at most ${HEADER_LIMIT} px)`).toEqual([]);
    expect.soft(found.contents, `a reader lost in a page over ${LONG_PAGE_SCREENS} screens needs a contents list near its top`).toEqual([]);
    expect.soft(found.tab, 'at the end of the page the “↑ Contents” tab would sit on these words').toEqual([]);
    expect.soft(found.cites, `citation numbers would crowd the words (at most ${CITES_PER_100_WORDS} per 100)`).toEqual([]);
    expect.soft(found.gists, 'a citation note would tell the reader only which part of the report it is').toEqual([]);
  });
});
