/**
 * `scripts/paragraph.mjs`, the command CONTRIBUTING gives for checking a
 * statement against its paragraph: it reads the texts from REPORT_TEXTS, by
 * default ../shared/sources beside the repository (as the build does), from
 * any working folder, and counts paragraphs as citations do.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const script = resolve('scripts/paragraph.mjs');
const run = (args: string[], env: Record<string, string | undefined>, cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', cwd, env: { ...process.env, ...env } });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

describe('scripts/paragraph.mjs', { timeout: 30_000 }, () => {
  const texts = mkdtempSync(join(tmpdir(), 'texts-'));
  afterAll(() => rmSync(texts, { recursive: true, force: true }));
  const textFile = (parse(readFileSync('content/sources/antiwar-2024.yaml', 'utf8')) as { textFile: string }).textFile;
  cpSync('tests/fixtures/report.txt', join(texts, textFile));

  test('prints paragraph N of the text in REPORT_TEXTS, counted from 1, run from any folder', () => {
    const r = run(['antiwar-2024:3'], { REPORT_TEXTS: texts }, tmpdir());
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^antiwar-2024:3 {2}Sources say Brig\. Gen\. Esmail Qaani flew to Baghdad/);
  });

  test('says where it looked when the text is not there', () => {
    const r = run(['antiwar-2024:3'], { REPORT_TEXTS: join(texts, 'nowhere') });
    expect(r.status).toBe(1);
    expect(r.err).toContain(`no text for "antiwar-2024" at ${join(texts, 'nowhere', textFile)}: set REPORT_TEXTS`);
  });

  test.skipIf(!existsSync(resolve('..', 'shared', 'sources', textFile)))('by default reads ../shared/sources beside the repository', () => {
    const r = run(['antiwar-2024:4'], { REPORT_TEXTS: undefined });
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^antiwar-2024:4 {2}Brig\. Gen\. Esmail Qaani/);
  });
});
