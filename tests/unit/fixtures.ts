/** A tiny, valid corpus for the cross-check tests; each test breaks one thing. */
import type { Corpus } from '@/data/types';

const para = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`);
const cite = (source: string, p: number) => ({ source, p, note: undefined });

export function validCorpus(): Corpus {
  return {
    sources: [
      {
        id: 'report-a',
        filePath: 'content/sources/report-a.yaml',
        data: {
          label: 'Report A',
          headline: 'A headline',
          publisher: { value: 'Outlet', status: 'stated', basis: 'Address.' },
          author: { status: 'not-stated', basis: 'No byline.' },
          published: { date: { value: '2024-02-19', precision: 'day' }, status: 'inferred', basis: 'URL.' },
          url: { value: 'https://example.org/a', status: 'stated', basis: 'Collected.' },
          basedOn: [{ name: 'Reuters' }],
          textFile: 'a.txt',
          paragraphs: para(13),
        },
      },
    ],
    articles: [
      {
        id: 'report-a',
        filePath: 'content/articles/report-a.mdx',
        body: '## Why it matters\n\nQaani visited. <Cite c="report-a:4" /> <Actor id="qaani">Qaani</Actor>\n\n## What only this report says\n\nA.\n\n## How it frames events\n\nB.\n\n## Its sources\n\nC.\n',
        data: {
          title: 'Explainer',
          source: 'report-a',
          description: 'x'.repeat(60),
          descriptionCite: [cite('report-a', 4)],
          updated: { value: '2026-11-22', precision: 'day' },
          happened: [{ text: 'Point', cite: [cite('report-a', 4)] }],
          whoswho: [{ actor: 'qaani', role: 'Commander', cite: [cite('report-a', 4)] }],
          alsoNamed: [],
          inPassing: [],
        },
      },
    ],
    pages: [],
    actors: [
      {
        id: 'qaani',
        filePath: 'content/actors/qaani.yaml',
        data: {
          name: 'Esmail Qaani',
          nameCite: [],
          updated: { value: '2026-11-22', precision: 'day' },
          kind: 'person',
          side: 'iran',
          anonymous: false,
          short: 'Commander.',
          shortCite: [cite('report-a', 4)],
          about: [{ text: 'Commander.', cite: [cite('report-a', 4)] }],
          part: [],
          aliases: [{ name: 'Ghaani', origin: 'report', cite: [cite('report-a', 4)], redirect: true }],
          roles: [],
          coverage: [],
        },
      },
      {
        id: 'quds-force',
        filePath: 'content/actors/quds-force.yaml',
        data: {
          name: 'Quds Force',
          nameCite: [],
          updated: { value: '2026-11-22', precision: 'day' },
          kind: 'armed-group',
          side: 'iran',
          anonymous: false,
          short: 'Force.',
          shortCite: [cite('report-a', 4)],
          about: [{ text: 'Force.', cite: [cite('report-a', 4)] }],
          part: [],
          aliases: [],
          roles: [],
          coverage: [],
        },
      },
    ],
    relationships: [
      {
        id: 'qaani-commands',
        filePath: 'content/relationships/command.yaml',
        data: { id: 'qaani-commands', from: 'qaani', type: 'commands', to: 'quds-force', cite: [cite('report-a', 4)] },
      },
    ],
    events: [
      {
        id: 'visit',
        filePath: 'content/events/2024.yaml',
        data: {
          id: 'visit',
          date: { value: '2024-01-29', precision: 'day' },
          title: 'Visit',
          summary: 'Visit.',
          actors: ['qaani'],
          cite: [cite('report-a', 4)],
          variants: [],
        },
      },
    ],
    glossary: [],
    disagreements: [],
  };
}
