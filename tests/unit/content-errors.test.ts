/**
 * Broken copies of the real content, read with the build's own loader checks,
 * schemas and cross-checks (no build): each mistake is reported naming the file
 * and the field a contributor has to fix.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems, validateCorpus } from '@/data/validate';
import { loadCorpus } from './content-loader';

const TMP = mkdtempSync(join(tmpdir(), 'bad-content-'));
let n = 0;

/** Copies content/ to a fresh folder, applies the breakage and returns what the checks say. */
function checkBroken(breakIt: (content: string) => void): string {
  const root = join(TMP, String(n++));
  cpSync('content', join(root, 'content'), { recursive: true });
  breakIt(join(root, 'content'));
  try {
    return formatProblems(validateCorpus(loadCorpus(root)));
  } catch (e) {
    return (e as Error).message;
  }
}
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.match(from)) throw new Error(`fixture out of date: ${file} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};

describe('broken content is reported with its file and field', () => {
  afterAll(() => rmSync(TMP, { recursive: true, force: true }));

  test('a relationship pointing at a missing actor', () => {
    expect(checkBroken((c) => edit(join(c, 'relationships/command.yaml'), /to: quds-force/, 'to: no-such-actor'))).toMatch(
      /^content\/relationships\/command\.yaml: \[[a-z0-9-]+\]\.to: unknown actor "no-such-actor"$/m,
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
    expect(out).toMatch(/^content\/events\/2024\.yaml: \[[a-z0-9-]+\] date: unparseable date "2024-13-45"/);
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
