/**
 * `npm run new-report` on a report text: the editor sees each paragraph with
 * the actors, dates and numbers in it, gets one gist slot per paragraph and a
 * draft explainer, and the content checks refuse the draft until it is written.
 * Runs the command on a copy of content/, never the real one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblems, validateCorpus } from '@/data/validate';
import { paragraphsOf } from '@/lib/text';
import { loadCorpus } from './content-loader';

const work = mkdtempSync(join(tmpdir(), 'new-report-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A second copy, for the 2025 sample, so each sample's checks see only its own draft. */
const content2025 = join(work, 'other', 'content');
cpSync('content', content2025, { recursive: true });

const newReport = (...args: string[]) => newReportIn(content, ...args);
const newReportIn = (dir: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/new-report.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: dir },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
};

/** The lines the command printed for paragraph n. */
const block = (out: string, n: number) => new RegExp(`^¶${n} [\\s\\S]*?(?=^¶|^Wrote)`, 'm').exec(out)?.[0] ?? '';

describe('new-report on a sample text', () => {
  const r = newReport('tests/fixtures/report.txt', '--id', 'sample-2025');

  test('prints every paragraph with the known actors it names, under the spelling used', () => {
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('6 paragraphs');
    expect(block(r.out, 3)).toContain('Esmail Qaani [esmail-qaani] as "Esmail Qaani"');
    expect(block(r.out, 3)).toContain('Jordan [jordan]');
    expect(block(r.out, 4)).toContain('Kataib Hezbollah [kataib-hezbollah]');
    expect(block(r.out, 4), 'the PMF is known by its initials').toContain(
      'Popular Mobilization Forces [popular-mobilization-forces] as "PMF"',
    );
    expect(block(r.out, 5)).toContain('Qasem Soleimani [qasem-soleimani]');
    expect(block(r.out, 5)).toContain('Abu Mahdi al-Muhandis [abu-mahdi-al-muhandis]');
  });

  test('prints the dates and numbers of each paragraph, and the names the site does not know', () => {
    expect(block(r.out, 3)).toMatch(/dates: +January 29\n/);
    expect(block(r.out, 3)).toMatch(/numbers: +three US\n/);
    expect(block(r.out, 4)).toMatch(/dates: +2014\n/);
    expect(block(r.out, 5)).toMatch(/dates: +January 2020\n/);
    expect(block(r.out, 6)).toMatch(/unknown: +Ahmed Example; Imaginary Council of Elders\n/);
    expect(block(r.out, 6)).toMatch(/numbers: +more than 150 attacks\n/);
  });

  test('the drafts load, and the checks refuse every unwritten gist and field, naming file and paragraph', () => {
    const problems = formatProblems(validateCorpus(loadCorpus(dirname(content))));
    for (let p = 1; p <= 6; p++) expect(problems).toContain(`content/sources/sample-2025.yaml: paragraphs[${p}]: gist not written yet`);
    expect(problems).not.toContain('paragraphs[7]');
    expect(problems).toContain('content/sources/sample-2025.yaml: label: not written yet');
    expect(problems).toContain('content/articles/sample-2025.mdx: happened[0].text: not written yet');
    expect(problems).toMatch(/content\/articles\/sample-2025\.mdx: body line \d+: not written yet/);
    expect(
      problems.split('\n').every((l) => /sample-2025\.(yaml|mdx): /.test(l)),
      'only the draft is at fault',
    ).toBe(true);
  });

  test('without a dateline the publication date is a slot the checks refuse by name, not a year from the text', () => {
    expect(readFileSync(join(content, 'sources/sample-2025.yaml'), 'utf8')).toMatch(/published:\n {2}date: "TODO: /);
    expect(formatProblems(validateCorpus(loadCorpus(dirname(content))))).toContain(
      'content/sources/sample-2025.yaml: published.date: not written yet',
    );
  });

  test('the draft who’s who lists the known actors with the paragraphs that name them', () => {
    const draft = readFileSync(join(content, 'articles/sample-2025.mdx'), 'utf8');
    expect(draft).toMatch(/- actor: esmail-qaani\n.*\n {4}cite: \[sample-2025:3\]/);
    expect(draft).toMatch(/- actor: united-states\n.*\n {4}cite: \[sample-2025:3, sample-2025:5\]/);
  });

  test('coverage lists the draft’s uncited paragraphs and the named actors its explainer does not link', () => {
    const draft = join(content, 'articles/sample-2025.mdx');
    const edited = readFileSync(draft, 'utf8')
      .replace(/ {2}- actor: jordan\n.*\n.*\n/, '')
      .replaceAll('sample-2025:2]', 'sample-2025:3]')
      .replaceAll('c="sample-2025:2"', 'c="sample-2025:3"');
    writeFileSync(draft, edited);
    const r = spawnSync(process.execPath, ['scripts/coverage.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, REPORT_TEXTS: 'tests/fixtures' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^sample-2025 +6 +1 +9 +1$/m);
    expect(r.stdout).toContain('sample-2025\n  paragraphs nothing cites: ¶2\n');
    expect(r.stdout).toMatch(/named in the text, not linked from .*sample-2025\.mdx: jordan\n/);
  });

  test('refuses an id that already exists, and leaves the file alone', () => {
    const before = readFileSync(join(content, 'sources/antiwar-2024.yaml'), 'utf8');
    const again = newReport('tests/fixtures/report.txt', '--id', 'antiwar-2024');
    expect(again.status).toBe(1);
    expect(again.err).toContain('sources/antiwar-2024.yaml already exists');
    expect(readFileSync(join(content, 'sources/antiwar-2024.yaml'), 'utf8')).toBe(before);
  });
});

describe('new-report on a 2025 sample: British spellings, a possessive, sentence openers and a dateline', { timeout: 30_000 }, () => {
  const r = newReportIn(content2025, 'tests/fixtures/report-2025.txt', '--id', 'sample-2026');
  const actor = (id: string) => readFileSync(join(content2025, 'actors', `${id}.yaml`), 'utf8');

  test('finds known actors under the report’s own forms', () => {
    expect(r.status, r.err).toBe(0);
    expect(block(r.out, 4), 'a possessive').toContain('[irgc] as "Islamic Revolutionary Guard Corps"');
    expect(block(r.out, 6), 'a British spelling').toContain('[popular-mobilization-forces] as "Popular Mobilization Forces"');
    expect(block(r.out, 6), 'British spelling, other word order').toContain('[us-department-of-defense] as "Defense Department"');
  });

  test('leaves sentence openers and a title-case headline out of the unknown names', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) expect(block(r.out, n), `¶${n}`).toMatch(/unknown: +—\n/);
    expect(block(r.out, 7)).toMatch(/unknown: +Karim Imaginary;/);
  });

  test('drafts the publication date from the dateline, never from a year the story mentions', () => {
    const source = readFileSync(join(content2025, 'sources/sample-2026.yaml'), 'utf8');
    expect(source).toMatch(/published:\n {2}date: '2025-03-12'\n {2}status: stated\n {2}basis: "TODO: check the dateline, paragraph 3/);
    expect(source).not.toContain("'2009'");
  });

  test('writes the report’s spellings to the actors it names, and nameCite for their headings', () => {
    expect(actor('esmail-qaani')).toMatch(/^nameCite: \[.*sample-2026:4\]$/m);
    expect(actor('us-department-of-defense')).toMatch(/- name: Defence Department\n {4}origin: report\n {4}cite: \[sample-2026:6\]/);
    expect(actor('popular-mobilization-forces')).toMatch(
      /- name: Popular Mobilisation Forces\n {4}origin: report\n(?: {4}.*\n)*? {4}cite: \[.*sample-2026:6\]/,
    );
    expect(actor('irgc'), 'the heading is the report’s form now, not outside knowledge').not.toMatch(/^nameOrigin:/m);
    expect(actor('irgc')).toMatch(/^nameCite: \[sample-2026:4\]$/m);
  });

  test('the build refuses only the drafts: the spellings written to the actors pass every check', () => {
    const problems = formatProblems(validateCorpus(loadCorpus(dirname(content2025))));
    expect(problems).toContain('content/sources/sample-2026.yaml: published.basis: not written yet');
    expect(problems.split('\n').filter((l) => !/sample-2026\.(yaml|mdx): /.test(l))).toEqual([]);
  });
});

// The real report texts sit beside the repository; these run where they are.
const TEXTS = process.env.REPORT_TEXTS ?? join('..', 'shared', 'sources');
const real = join(TEXTS, '001_9cea5f7238bef115.txt');

describe.skipIf(!existsSync(real))('new-report on the Antiwar.com 2024 text', () => {
  test('finds its 13 paragraphs with Qaani, Kataib Hezbollah, the PMF, Soleimani and al-Muhandis, and their dates', () => {
    const r = newReport(real, '--id', 'antiwar-2024-again');
    expect(r.status).toBe(0);
    expect(r.out).toContain('13 paragraphs');
    expect(block(r.out, 4)).toContain('[esmail-qaani] as "Esmail Qaani"');
    expect(block(r.out, 4)).toMatch(/dates: +January 29\n/);
    expect(block(r.out, 5)).toContain('[kataib-hezbollah]');
    expect(block(r.out, 9)).toContain('[popular-mobilization-forces] as "Popular Mobilization Forces", "PMF"');
    expect(block(r.out, 11)).toContain('[qasem-soleimani]');
    expect(block(r.out, 11)).toContain('[abu-mahdi-al-muhandis]');
    expect(block(r.out, 11)).toMatch(/dates: +January 2020\n/);
    expect(block(r.out, 8)).toMatch(/dates: +February 2; February 7\n/);
    const problems = formatProblems(validateCorpus(loadCorpus(dirname(content))));
    expect(problems).toContain('content/sources/antiwar-2024-again.yaml: paragraphs[13]: gist not written yet');
  });

  test('counts every report’s paragraphs as its source file does', () => {
    for (const s of loadCorpus().sources) {
      const file = join(TEXTS, s.data.textFile);
      if (existsSync(file)) expect(paragraphsOf(readFileSync(file, 'utf8')).length, s.id).toBe(s.data.paragraphs.length);
    }
  });
});
