/**
 * Broken copies of the real content, read with the build's own loader checks,
 * schemas and cross-checks (no build): each mistake is reported naming the file
 * and the field a contributor has to fix.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assertContent, type ReportTexts } from '@/data/content-check';
import { paragraphsOf } from '@/lib/text';
import { collectionNames } from '@/schemas/collections';
import { loadCorpus } from './content-loader';

const TMP = mkdtempSync(join(tmpdir(), 'bad-content-'));
let n = 0;

/**
 * A stand-in for the text of antiwar-2024 (the real texts stay outside the
 * repository): the sample report of tests/fixtures, for the copy check.
 */
const SAMPLE = readFileSync('tests/fixtures/report.txt', 'utf8');
const texts: ReportTexts = { dir: 'tests/fixtures', paragraphs: new Map([['antiwar-2024', paragraphsOf(SAMPLE)]]), missing: [] };

/** Copies content/ to a fresh folder, applies the breakage and returns what the build's checks say (all of them: cross-checks and editorial). */
function checkBroken(breakIt: (content: string) => void): string {
  const root = join(TMP, String(n++));
  cpSync('content', join(root, 'content'), { recursive: true });
  breakIt(join(root, 'content'));
  try {
    assertContent(loadCorpus(root), { texts, prose: [] });
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.match(from)) throw new Error(`fixture out of date: ${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

// Each case copies and reads the whole content: allow for a loaded machine.
describe('broken content is reported with its file and field', { timeout: 30_000 }, () => {
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  test('a relationship pointing at a missing actor', () => {
    expect(checkBroken((c) => edit(join(c, 'relationships/command.yaml'), /to: quds-force/, 'to: no-such-actor'))).toMatch(
      /^content\/relationships\/command\.yaml: \[[a-z0-9-]+\]\.to: unknown actor "no-such-actor"$/m,
    );
  });

  test('a citation to a missing paragraph is caught in every kind of content', () => {
    // One broken citation in the first file of each collection that cites: none may go unchecked.
    const broken: string[] = [];
    const out = checkBroken((c) => {
      for (const name of collectionNames) {
        const dir = join(c, name);
        if (!existsSync(dir)) continue;
        const file = readdirSync(dir)
          .sort()
          .map((f) => join(dir, f))
          .find((f) => /\b[a-z0-9-]+-20\d\d:\d+/.test(readFileSync(f, 'utf8')));
        if (!file) continue;
        edit(file, /\b([a-z0-9-]+-20\d\d):\d+/, '$1:998');
        broken.push(name);
      }
    });
    expect(broken.length, 'collections with citations').toBeGreaterThan(5);
    for (const name of broken)
      expect(out, `a broken citation in content/${name}/ went unreported`).toMatch(
        new RegExp(`^content/${name}/[^:]+: .*paragraph 998 is beyond`, 'm'),
      );
  });

  test('an event citing paragraph 999', () => {
    const out = checkBroken((c) =>
      appendFileSync(
        join(c, 'events/2024.yaml'),
        "- id: broken-event\n  date: '2024-02-01'\n  title: Broken\n  summary: Broken.\n  actors: [esmail-qaani]\n  cite: [antiwar-2024:999]\n",
      ),
    );
    expect(out).toContain(
      'content/events/2024.yaml: [broken-event].cite[0].p: paragraph 999 is beyond the 13 paragraphs of source "antiwar-2024"',
    );
  });

  test('a date that is not a date', () => {
    const out = checkBroken((c) => edit(join(c, 'events/2024.yaml'), /date: '2024-01-28'/, "date: '2024-13-45'"));
    expect(out).toMatch(/^content\/events\/2024\.yaml: \[[a-z0-9-]+\] date: no such date "2024-13-45": month 13 does not exist/);
  });

  test('the real content passes (so each case below fails for its own breakage)', () => {
    expect(checkBroken(() => {})).toBe('');
  });

  test('an impossible day, in the right form: the message says the day does not exist', () => {
    const out = checkBroken((c) => edit(join(c, 'events/2024.yaml'), /date: '2024-01-28'/, "date: '2024-02-30'"));
    expect(out).toMatch(
      /^content\/events\/2024\.yaml: \[[a-z0-9-]+\] date: no such date "2024-02-30": day 30 does not exist \(February 2024 has 29 days\)/,
    );
  });

  test('a relationship dated after every report it cites', () => {
    const out = checkBroken((c) => edit(join(c, 'relationships/command.yaml'), /end: '2020-01'/, "end: '2025-03'"));
    expect(out).toContain(
      'content/relationships/command.yaml: [soleimani-commanded-quds-force].end: date 2025-03 is after the publication of the source(s) cited for it',
    );
  });

  test('an event that ends after every report it cites', () => {
    const out = checkBroken((c) =>
      appendFileSync(
        join(c, 'events/2024.yaml'),
        "- id: late-end\n  date: '2024-01'\n  end: '2024-06'\n  title: Late\n  summary: Late.\n  actors: [esmail-qaani]\n  cite: [antiwar-2024:4]\n",
      ),
    );
    expect(out).toContain('content/events/2024.yaml: [late-end].end: date 2024-06 is after the publication of the source(s) cited for it');
  });

  test('an actor role citing a paragraph the report does not have', () => {
    const out = checkBroken((c) =>
      edit(join(c, 'actors/esmail-qaani.yaml'), /(roles:\n.*\n {4}cite: \[)antiwar-2021:5/, '$1antiwar-2021:99'),
    );
    expect(out).toMatch(
      /^content\/actors\/esmail-qaani\.yaml: roles\[0\]\.cite\[0\]\.p: paragraph 99 is beyond the \d+ paragraphs of source "antiwar-2021"$/m,
    );
  });

  test('an explainer’s who’s who role citing a paragraph the report does not have', () => {
    const out = checkBroken((c) => edit(join(c, 'articles/antiwar-2024.mdx'), /cite: \[antiwar-2024:9\]/, 'cite: [antiwar-2024:40]'));
    expect(out).toMatch(/^content\/articles\/antiwar-2024\.mdx: whoswho\[\d\]\.cite\[0\]\.p: paragraph 40 is beyond the 13 paragraphs/m);
  });

  test('a citation in any field is checked, however deep (a disagreement position)', () => {
    const out = checkBroken((c) =>
      edit(join(c, 'disagreements/disagreements.yaml'), /(positions:\n.*\n {6}cite: \[)[a-z0-9-]+:\d+/, '$1antiwar-2024:77'),
    );
    expect(out).toMatch(
      /^content\/disagreements\/disagreements\.yaml: \[[a-z0-9-]+\]\.positions\[0\]\.cite\[0\]\.p: paragraph 77 is beyond/m,
    );
  });

  test('an unknown actor id gets the nearest known one as a hint', () => {
    const out = checkBroken((c) => edit(join(c, 'relationships/command.yaml'), /to: quds-force/, 'to: qods-force'));
    expect(out).toMatch(/\.to: unknown actor "qods-force" \(did you mean "quds-force"\?\)$/m);
  });

  const copied = 'Sources say Brig. Gen. Esmail Qaani flew to Baghdad on January 29, the day after';
  const intoWhyItMatters = (text: string) => (c: string) =>
    edit(join(c, 'articles/antiwar-2024.mdx'), /## Why it matters\n\n/, `## Why it matters\n\n${text} `);

  test('an unquoted 12-word run of a report’s text in an explainer', () => {
    expect(checkBroken(intoWhyItMatters(`${copied}.`))).toMatch(
      /^content\/articles\/antiwar-2024\.mdx: body line \d+: 15 words copied from antiwar-2024:3 outside quotation marks: "sources say brig gen esmail qaani flew to baghdad on january 29 the day after"/m,
    );
  });

  test('the same words in quotation marks are a quotation, and 11 words are not a copy', () => {
    expect(checkBroken(intoWhyItMatters(`It says “${copied}”.`))).not.toContain('copied from');
    expect(checkBroken(intoWhyItMatters('Esmail Qaani flew to Baghdad on January 29, the day after'))).not.toContain('copied from');
  });

  test('an outside-only name in an explainer’s key point', () => {
    const out = checkBroken((c) =>
      edit(join(c, 'articles/antiwar-2024.mdx'), /The next day Kataib Hezbollah/, 'The next day the IRGC and Kataib Hezbollah'),
    );
    expect(out).toMatch(/^content\/articles\/antiwar-2024\.mdx: happened\[1\]\.text: "IRGC" is a name the reports never use/m);
  });

  test('a report that names an actor without the profile listing its spelling', () => {
    const out = checkBroken((c) => edit(join(c, 'actors/abdul-aziz-al-mohammedawi.yaml'), /nameCite: \[[^\]]*\]/, 'nameCite: []'));
    expect(out).toMatch(
      /^content\/actors\/abdul-aziz-al-mohammedawi\.yaml: coverage\[\d\]: report "[a-z0-9-]+" names this actor, but neither nameCite nor an alias/m,
    );
  });

  test('prose that says "the five reports" when there are six', () => {
    const out = checkBroken((c) => {
      cpSync(join(c, 'sources/antiwar-2024.yaml'), join(c, 'sources/antiwar-2024-copy.yaml'));
      cpSync(join(c, 'articles/antiwar-2024.mdx'), join(c, 'articles/antiwar-2024-copy.mdx'));
      edit(join(c, 'articles/antiwar-2024-copy.mdx'), /source: antiwar-2024/, 'source: antiwar-2024-copy');
    });
    expect(out).toMatch(/^content\/pages\/synthesis\.mdx: body line \d+: "All five agree" speaks of all the reports, but there are 6/m);
    expect(out).toMatch(/^content\/pages\/about\.mdx: body line \d+: "the five reports" speaks of all the reports, but there are 6/m);
  });

  test('an era heading whose years no longer match its events', () => {
    const out = checkBroken((c) => edit(join(c, 'eras/eras.yaml'), /title: '2014–2020: origins'/, "title: '2015–2020: origins'"));
    expect(out).toContain('content/eras/eras.yaml: [origins].title: the heading names 2015–2020, but its events run 2014–2020');
  });

  test('a relationship without a citation', () => {
    const out = checkBroken((c) => edit(join(c, 'relationships/command.yaml'), /cite: \[[^\]]*\]/, 'cite: []'));
    expect(out).toMatch(/^content\/relationships\/command\.yaml: \[[a-z0-9-]+\] cite: needs at least one citation/);
  });

  test('a report whose original is linked over plain http', () => {
    const out = checkBroken((c) => edit(join(c, 'sources/antiwar-2024.yaml'), /https:\/\//, 'http://'));
    expect(out).toMatch(/^content\/sources\/antiwar-2024\.yaml: \[antiwar-2024\] url: must be an https:\/\/ address/);
  });

  test('a report without an explainer', () => {
    const out = checkBroken((c) => rmSync(join(c, 'articles/antiwar-2024.mdx')));
    expect(out).toContain('content/sources/antiwar-2024.yaml: id: source "antiwar-2024" has no explainer in content/articles/');
  });
});
