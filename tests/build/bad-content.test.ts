/**
 * Real builds over broken copies of the content: each must fail, name the file
 * and the field, and leave no half-built site behind. One build per kind of
 * failure only a build can show (a file the loader cannot read, a diagram
 * mermaid cannot parse); broken references, paragraphs and dates are caught by
 * the same checks run without a build in tests/unit/content-errors.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { buildEnv } from './build-env';
import { appendFileSync, cpSync, existsSync, rmSync } from 'node:fs';
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
    env: buildEnv({ CONTENT_DIR: join(dir, 'content'), OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'astro-cache') }),
  });
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

  test('a YAML file that does not parse', () => {
    const r = buildWith('bad-yaml', (c) => appendFileSync(join(c, 'glossary/terms.yaml'), '\n- id: [unclosed\n'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/glossary\/terms\.yaml: not valid YAML/);
    expect(r.wroteSite).toBe(false);
  });
});
