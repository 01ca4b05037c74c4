import { describe, expect, test } from 'vitest';
import { formatProblems, validateCorpus } from '@/data/validate';
import { validCorpus } from './fixtures';

const problems = (mutate: (c: ReturnType<typeof validCorpus>) => void) => {
  const c = validCorpus();
  mutate(c);
  return formatProblems(validateCorpus(c));
};

describe('cross-checks name the file and the field', () => {
  test('a sound corpus has no problems', () => {
    expect(validateCorpus(validCorpus())).toEqual([]);
  });
  test('a relationship pointing at a missing actor', () => {
    expect(problems((c) => (c.relationships[0]!.data.to = 'nobody'))).toBe(
      'content/relationships/command.yaml: [qaani-commands].to: unknown actor "nobody"',
    );
  });
  test('an event citing paragraph 999', () => {
    expect(problems((c) => (c.events[0]!.data.cite[0]!.p = 999))).toBe(
      'content/events/2024.yaml: [visit].cite[0].p: paragraph 999 is beyond the 13 paragraphs of source "report-a"',
    );
  });
  test('an unknown source', () => {
    expect(problems((c) => (c.events[0]!.data.cite[0]!.source = 'nowhere'))).toBe(
      'content/events/2024.yaml: [visit].cite[0].source: unknown source "nowhere"',
    );
  });
  test('a relationship from an actor to itself', () => {
    expect(problems((c) => (c.relationships[0]!.data.to = 'qaani'))).toBe(
      'content/relationships/command.yaml: [qaani-commands].to: relationship from "qaani" to itself',
    );
  });
  test('a relationship detail that ends a sentence, which its dates would follow (“killed., February 2024”)', () => {
    expect(problems((c) => (c.relationships[0]!.data.detail = 'the commander it says was killed.'))).toBe(
      'content/relationships/command.yaml: [qaani-commands].detail: ends with a full stop; a detail is a phrase the dates follow (", from 2014"): end it without one',
    );
  });
  test('an end before its start', () => {
    expect(
      problems((c) => {
        c.relationships[0]!.data.start = { value: '2020-01', precision: 'month' };
        c.relationships[0]!.data.end = { value: '2019', precision: 'year' };
      }),
    ).toBe('content/relationships/command.yaml: [qaani-commands].end: end 2019 is before start 2020-01');
  });
  test('the same alias on two actors, ignoring case and apostrophes', () => {
    expect(problems((c) => c.actors[1]!.data.aliases.push({ name: "gha'ani", origin: 'established', redirect: false }))).toBe(
      'content/actors/quds-force.yaml: aliases[0].name: alias "gha\'ani" is also used by actor "qaani" (content/actors/qaani.yaml)',
    );
  });
  test('an alias redirect that collides with a real profile', () => {
    expect(problems((c) => c.actors[0]!.data.aliases.push({ name: 'Quds-Force', origin: 'established', redirect: true }))).toContain(
      'content/actors/qaani.yaml: aliases[1].redirect: redirect /actors/quds-force/ would collide with an existing page',
    );
  });
  test('an event dated after the report that tells of it', () => {
    expect(problems((c) => (c.events[0]!.data.date = { value: '2025-01-01', precision: 'day' }))).toBe(
      'content/events/2024.yaml: [visit].date: date 2025-01-01 is after the publication of the source(s) cited for it',
    );
  });
  test('an inline citation in an MDX body to a missing paragraph', () => {
    expect(
      problems(
        (c) =>
          (c.articles[0]!.body = c.articles[0]!.body!.replace('Qaani visited. <Cite c="report-a:4" />', 'Text <Cite c="report-a:40" />')),
      ),
    ).toBe(
      'content/articles/report-a.mdx: body line 3 <Cite c="report-a:40">.p: paragraph 40 is beyond the 13 paragraphs of source "report-a"',
    );
  });
  test('an inline actor link to a missing profile', () => {
    expect(problems((c) => (c.articles[0]!.body = c.articles[0]!.body!.replace('<Actor id="qaani">', '<Actor id="ghost">')))).toBe(
      'content/articles/report-a.mdx: body line 3 <Actor id>: unknown actor "ghost"',
    );
  });
  test('an article whose source does not exist', () => {
    expect(problems((c) => (c.articles[0]!.data.source = 'missing'))).toContain(
      'content/articles/report-a.mdx: source: unknown source "missing"',
    );
  });
  test('a source without an explainer', () => {
    expect(problems((c) => (c.articles = []))).toBe(
      'content/sources/report-a.yaml: id: source "report-a" has no explainer in content/articles/',
    );
  });
  test('an explainer with no inline citations', () => {
    expect(problems((c) => (c.articles[0]!.body = c.articles[0]!.body!.replace('<Cite c="report-a:4" />', '')))).toBe(
      'content/articles/report-a.mdx: body: the text has no inline <Cite> citations',
    );
  });
});

describe('more bad content', () => {
  test('an explainer whose "Why it matters" is empty', () => {
    expect(
      problems(
        (c) =>
          (c.articles[0]!.body =
            c.articles[0]!.body!.replace(/Qaani visited\. /, '').replace(/<Cite[^>]*\/> <Actor[^>]*>Qaani<\/Actor>\n/, '') +
            'x <Cite c="report-a:4" />'),
      ),
    ).toBe('content/articles/report-a.mdx: body ## Why it matters: the section is missing or empty');
  });
  test('an explainer whose sections are out of order', () => {
    expect(
      problems(
        (c) =>
          (c.articles[0]!.body = c.articles[0]!.body!.replace(
            '## How it frames events\n\nB.\n\n## Its sources\n\nC.\n',
            '## Its sources\n\nC.\n\n## How it frames events\n\nB.\n',
          )),
      ),
    ).toBe('content/articles/report-a.mdx: body ## Its sources: must come after ## How it frames events');
  });
  test('timeline eras: a bad citation, and a second era without an end', () => {
    expect(
      problems((c) => {
        c.eras = [
          {
            id: 'early',
            filePath: 'content/eras/eras.yaml',
            data: { id: 'early', title: 'Early', cite: [{ source: 'report-a', p: 999 }] },
          },
          { id: 'late', filePath: 'content/eras/eras.yaml', data: { id: 'late', title: 'Late' } },
        ];
      }),
    ).toBe(
      [
        'content/eras/eras.yaml: [early].cite[0].p: paragraph 999 is beyond the 13 paragraphs of source "report-a"',
        'content/eras/eras.yaml: [late].until: only one era may leave out "until" (also "early")',
      ].join('\n'),
    );
  });
});

describe('events placed after another', () => {
  const later = (c: ReturnType<typeof validCorpus>, date: string, after = 'visit') => {
    const base = c.events[0]!;
    c.events.push({
      id: 'funeral',
      filePath: 'content/events/2024.yaml',
      data: { ...base.data, id: 'funeral', date: { value: date, precision: date.length === 7 ? 'month' : 'day' }, after },
    });
    base.data.short = 'the visit';
  };
  test('a month-only event after a day in that month is sound', () => {
    expect(problems((c) => later(c, '2024-01'))).toBe('');
  });
  test('an event dated before the one it is placed after fails, naming file and event', () => {
    expect(problems((c) => later(c, '2024-01-20'))).toBe(
      'content/events/2024.yaml: [funeral].after: dated 2024-01-20, before "visit" (2024-01-29) that it is placed after',
    );
  });
  test('an unknown event id fails', () => {
    expect(problems((c) => later(c, '2024-01', 'nothing'))).toBe('content/events/2024.yaml: [funeral].after: unknown event "nothing"');
  });
  test('the event followed needs a short name', () => {
    expect(
      problems((c) => {
        later(c, '2024-01');
        delete c.events[0]!.data.short;
      }),
    ).toBe('content/events/2024.yaml: [visit].short: "funeral" is placed after this event, which needs a short name to say so');
  });
});
