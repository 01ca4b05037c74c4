import { describe, expect, test } from 'vitest';
import { citation, parseCitationRef, partialDate } from '@/schemas/common';
import { relationshipSchema } from '@/schemas/relationship';
import { actorSchema } from '@/schemas/actor';
import { articleSchema } from '@/schemas/article';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('partial dates', () => {
  test.each([
    ['2024-02-07', 'day'],
    ['2024-02', 'month'],
    ['2014', 'year'],
  ])('%s has %s precision', (input, precision) => {
    expect(partialDate.parse(input)).toEqual({ value: input, precision });
  });
  test('a YAML date object becomes text again', () => {
    expect(partialDate.parse(new Date('2024-01-29T00:00:00Z'))).toEqual({ value: '2024-01-29', precision: 'day' });
  });
  test.each(['Feb 2024', '24-02-07', '2024/02/07'])('rejects %s, naming the forms it takes', (input) => {
    expect(issues(partialDate.safeParse(input))).toEqual([`: unparseable date "${input}": expected YYYY, YYYY-MM or YYYY-MM-DD`]);
  });
  test.each([
    ['2024-02-30', 'day 30 does not exist (February 2024 has 29 days)'],
    ['2023-02-29', 'day 29 does not exist (February 2023 has 28 days)'],
    ['2024-04-31', 'day 31 does not exist (April 2024 has 30 days)'],
    ['2024-13', 'month 13 does not exist (months run 01 to 12)'],
    ['2024-00-10', 'month 00 does not exist (months run 01 to 12)'],
  ])('%s is in the right form, so the message says which part does not exist', (input, why) => {
    expect(issues(partialDate.safeParse(input))).toEqual([`: no such date "${input}": ${why}`]);
  });
  test('29 February of a leap year is a date', () => {
    expect(partialDate.parse('2024-02-29')).toEqual({ value: '2024-02-29', precision: 'day' });
  });
});

describe('citations', () => {
  test('the shorthand source:paragraph', () => {
    expect(citation.parse('antiwar-2024:7')).toEqual({ source: 'antiwar-2024', p: 7, note: undefined });
  });
  test('paragraph 0 is refused', () => {
    expect(citation.safeParse('antiwar-2024:0').success).toBe(false);
    expect(issues(citation.safeParse({ source: 'a', p: 0 }))).toContain('p: paragraph numbers start at 1');
  });
});

describe('relationships', () => {
  const base = { id: 'r', from: 'a', to: 'b', type: 'commands', cite: ['s:1'] };
  test('a valid relationship parses', () => {
    expect(relationshipSchema.parse(base).type).toBe('commands');
  });
  test('a type outside the vocabulary is refused', () => {
    expect(issues(relationshipSchema.safeParse({ ...base, type: 'loves' }))[0]).toMatch(/^type: /);
  });
  test('a relationship without citations is refused', () => {
    expect(issues(relationshipSchema.safeParse({ ...base, cite: [] }))).toEqual(['cite: needs at least one citation (source:paragraph)']);
  });
});

describe('actors', () => {
  const base = {
    name: 'X',
    updated: '2026-11-22',
    kind: 'person',
    side: 'iran',
    short: 'X.',
    shortCite: ['s:1'],
    about: [{ text: 'X.', cite: ['s:1'] }],
  };
  test('a one-line summary (the profile lede) without a citation is refused', () => {
    const uncited: Partial<typeof base> = { ...base };
    delete uncited.shortCite;
    expect(issues(actorSchema.safeParse(uncited))).toHaveLength(1);
    expect(issues(actorSchema.safeParse({ ...base, shortCite: [] }))).toEqual([
      'shortCite: cite the report paragraphs the one-line summary rests on',
    ]);
  });
  test('defaults fill in', () => {
    const a = actorSchema.parse(base);
    expect([a.aliases, a.roles, a.anonymous]).toEqual([[], [], false]);
  });
  test('a report alias needs the report that uses it', () => {
    expect(issues(actorSchema.safeParse({ ...base, aliases: [{ name: 'Y', origin: 'report' }] }))).toEqual([
      'aliases.0.cite: an alias with origin "report" needs cite: the report and paragraph that use it',
    ]);
  });
  test('an empty about is refused', () => {
    expect(issues(actorSchema.safeParse({ ...base, about: [] }))).toEqual(['about: needs at least one cited statement']);
  });
});

describe('articles', () => {
  test('fewer than four takeaways is refused', () => {
    const r = articleSchema.safeParse({
      title: 'T',
      source: 's',
      description: 'd'.repeat(60),
      descriptionCite: ['s:1'],
      updated: '2026-11-22',
      happened: [{ text: 'k', cite: ['s:1'] }],
      whoswho: [{ actor: 'a', role: 'r', cite: ['s:1'] }],
    });
    expect(issues(r)).toEqual(['happened: needs 4 or 5 takeaways under "What happened"']);
  });
  test('a standfirst of two sentences is refused', () => {
    const r = articleSchema.safeParse({
      title: 'T',
      source: 's',
      description: 'The first sentence is here and long enough. A second one follows it.',
      descriptionCite: ['s:1'],
      updated: '2026-11-22',
      happened: Array.from({ length: 4 }, () => ({ text: 'k', cite: ['s:1'] })),
      whoswho: [{ actor: 'a', role: 'r', cite: ['s:1'] }],
    });
    expect(issues(r)).toEqual(['description: the standfirst must be one sentence']);
  });
});

describe('article frontmatter (uncited standfirst)', () => {
  test('a standfirst without a citation is refused, naming the field', () => {
    const r = articleSchema.safeParse({
      title: 'T',
      source: 's',
      description: 'd'.repeat(60),
      descriptionCite: [],
      updated: '2026-11-22',
      happened: Array.from({ length: 4 }, () => ({ text: 'k', cite: ['s:1'] })),
      whoswho: [{ actor: 'a', role: 'r', cite: ['s:1'] }],
    });
    expect(issues(r)).toEqual(['descriptionCite: cite the report paragraphs the standfirst rests on']);
  });
});

describe('article frontmatter (missing source)', () => {
  test('an article without a source is refused, naming the field', () => {
    const r = articleSchema.safeParse({ title: 'T', description: 'd'.repeat(60), updated: '2026-11-22', happened: [], whoswho: [] });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain('source');
  });
});

describe('the source:p shorthand', () => {
  test('one parser reads it for schemas, cross-checks and the Cite component', () => {
    expect(parseCitationRef('antiwar-2024:7')).toEqual({ source: 'antiwar-2024', p: 7 });
    expect(['antiwar-2024', 'antiwar-2024:0', 'antiwar-2024:07', 'Antiwar:7', ':7', 'a--b:1', 'a:1 '].map(parseCitationRef)).toEqual(
      Array(7).fill(undefined),
    );
  });
});
