/** The CSV downloads: one row per record, citations readable, cells quoted so a spreadsheet opens them intact. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '@/data/model';
import { csv, DATASETS, jsonSchema, records } from '@/data/open-data';
import { validCorpus } from './fixtures';

describe('open data', () => {
  test('relationships as CSV: header, one row each, citations as source:paragraph', () => {
    const c = validCorpus();
    c.relationships[0]!.data.cite.push({ source: 'report-a', p: 7, note: undefined });
    c.relationships[0]!.data.detail = 'to "pause", then, resume';
    expect(csv(buildModel(c), 'relationships')).toBe(
      'id,from,type,to,detail,start,end,citations\nqaani-commands,qaani,commands,quds-force,"to ""pause"", then, resume",,,report-a:4; report-a:7\n',
    );
  });

  test('events as CSV keep the date’s precision and count differing accounts', () => {
    expect(csv(buildModel(validCorpus()), 'events')).toBe(
      'id,date,precision,end,title,actors,citations,differing_accounts\nvisit,2024-01-29,day,,Visit,qaani,report-a:4,0\n',
    );
  });

  test('each JSON file has a schema its own records satisfy in shape', () => {
    const m = buildModel(validCorpus());
    for (const name of DATASETS) {
      expect(jsonSchema(name)).toMatchObject({ type: 'array', title: `${name}.json` });
      expect(Array.isArray(records(m, name))).toBe(true);
    }
  });
});
