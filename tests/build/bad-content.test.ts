/**
 * Real builds over broken copies of the content: each must fail, name the file
 * and the field, and leave no half-built site behind. One build per kind of
 * failure only a build can show (a file the loader cannot read, a diagram
 * mermaid cannot parse), and one each proving the build runs the content
 * checks (all problems at once) and words a schema error as the docs do; every
 * rule is proven to bite, one case each, without a build in
 * tests/unit/content-errors.test.ts.
 */

/** Replaces text in a file, failing if the content no longer has it. */
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.match(from)) throw new Error(`fixture out of date: ${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};
import { runBuild } from './build-env';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = '.cache/bad-content';

function buildWith(name: string, breakIt: (dir: string) => void, env: Record<string, string> = {}) {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const out = join(dir, 'dist');
  const r = runBuild({ CONTENT_DIR: join(dir, 'content'), OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'astro-cache'), ...env });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, wroteSite: existsSync(out) };
}

describe('a build over bad content fails clearly', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  test('a hand-written diagram that does not parse', () => {
    const r = buildWith('bad-diagram', (c) =>
      appendFileSync(join(c, 'pages/about.mdx'), '\n\n```mermaid\nflowchart LR\n  a -->|broken\n```\n\n- a broken diagram\n'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/Diagram in \S*pages\/about\.mdx does not parse/);
    expect(r.wroteSite).toBe(false);
  });

  test('copied prose, an outside name, a late relationship and a role citing a missing paragraph: all reported at once', () => {
    // The sample report stands in for antiwar-2024's text (the real texts stay outside the repository).
    const texts = join(ROOT, 'texts');
    mkdirSync(texts, { recursive: true });
    cpSync('tests/fixtures/report.txt', join(texts, '001_9cea5f7238bef115.txt'));
    const r = buildWith(
      'editorial',
      (c) => {
        const article = join(c, 'articles/antiwar-2024.mdx');
        edit(
          article,
          /## Why it matters\n\n/,
          '## Why it matters\n\nSources say Brig. Gen. Esmail Qaani flew to Baghdad on January 29, the day after. ',
        );
        edit(article, /The next day Kataib Hezbollah/, 'The next day the IRGC and Kataib Hezbollah');
        edit(join(c, 'relationships/command.yaml'), /end: '2020-01'/, "end: '2025-03'");
        edit(join(c, 'actors/esmail-qaani.yaml'), /(roles:\n.*\n {4}cite: \[)antiwar-2021:5/, '$1antiwar-2021:99');
      },
      { REPORT_TEXTS: texts },
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('Content has 4 problem(s)');
    expect(r.output).toMatch(/content\/articles\/antiwar-2024\.mdx: line \d+: 15 words copied from antiwar-2024:3 outside quotation marks/);
    expect(r.output).toMatch(/content\/articles\/antiwar-2024\.mdx: happened\[1\]\.text: "IRGC" is a name the reports never use/);
    expect(r.output).toContain(
      'content/relationships/command.yaml: [soleimani-commanded-quds-force].end: date 2025-03 is after the publication',
    );
    expect(r.output).toMatch(/content\/actors\/esmail-qaani\.yaml: roles\[0\]\.cite\[0\]\.p: paragraph 99 is beyond/);
    expect(r.wroteSite).toBe(false);
  });

  test('an impossible day: the build says the day does not exist', () => {
    const r = buildWith('bad-day', (c) => edit(join(c, 'events/2024.yaml'), /date: '2024-01-28'/, "date: '2024-02-30'"));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/events\/2024\.yaml: \*\*events → [a-z0-9-]+\*\* data does not match/);
    expect(r.output).toContain('**date**: no such date "2024-02-30": day 30 does not exist (February 2024 has 29 days)');
    expect(r.wroteSite).toBe(false);
  });

  test('a YAML file that does not parse', () => {
    const r = buildWith('bad-yaml', (c) => appendFileSync(join(c, 'glossary/terms.yaml'), '\n- id: [unclosed\n'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/glossary\/terms\.yaml: not valid YAML/);
    expect(r.wroteSite).toBe(false);
  });
});
