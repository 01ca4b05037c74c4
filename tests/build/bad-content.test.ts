/**
 * Real builds over broken copies of the content: each must fail, name the file
 * and the field, and leave no half-built site behind.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = '.cache/bad-content';

function buildWith(name: string, breakIt: (dir: string) => void) {
  const dir = join(ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  const out = join(dir, 'dist');
  const r = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(dir, 'content'), OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'astro-cache') },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, wroteSite: existsSync(out) };
}

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('a build over bad content fails clearly', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  test('a relationship pointing at a missing actor', () => {
    const r = buildWith('missing-actor', (c) => edit(join(c, 'relationships/command.yaml'), /to: quds-force/, 'to: no-such-actor'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/relationships\/command\.yaml: \[[a-z0-9-]+\]\.to: unknown actor "no-such-actor"/);
    expect(r.wroteSite, 'a failed build must not leave a site behind').toBe(false);
  });

  test('an event citing paragraph 999', () => {
    const r = buildWith('paragraph-999', (c) =>
      appendFileSync(
        join(c, 'events/2024.yaml'),
        "- id: broken-event\n  date: '2024-02-01'\n  title: Broken\n  summary: Broken.\n  actors: [esmail-qaani]\n  cite: [antiwar-2024:999]\n",
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/events/2024.yaml: [broken-event].cite[0].p: paragraph 999 is beyond the 13 paragraphs of source "antiwar-2024"',
    );
    expect(r.wroteSite).toBe(false);
  });

  test('a date that is not a date', () => {
    const r = buildWith('bad-date', (c) => edit(join(c, 'events/2024.yaml'), /date: '2024-01-28'/, "date: '2024-13-45'"));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/events\/2024\.yaml/);
    expect(r.output).toContain('unparseable date "2024-13-45"');
    expect(r.wroteSite).toBe(false);
  });

  test('a hand-written diagram that does not parse', () => {
    const r = buildWith('bad-diagram', (c) =>
      appendFileSync(join(c, 'pages/about.mdx'), '\n\n```mermaid\nflowchart LR\n  a -->|broken\n```\n\n- a broken diagram\n'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/Diagram in \S*pages\/about\.mdx does not parse/);
    expect(r.wroteSite).toBe(false);
  });

  test('a YAML file that does not parse', () => {
    const r = buildWith('bad-yaml', (c) => appendFileSync(join(c, 'glossary/terms.yaml'), '\n- id: [unclosed\n'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/glossary\/terms\.yaml: not valid YAML/);
    expect(r.wroteSite).toBe(false);
  });
});
