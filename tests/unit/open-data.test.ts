/** The CSV downloads: one row per record, citations readable, cells quoted so a spreadsheet opens them intact. */
import { describe, expect, test } from 'vitest';
import { buildModel } from '@/data/model';
import { csv, DATASETS, jsonSchema, records } from '@/data/open-data';
import { z } from 'astro/zod';
import { validCorpus } from './fixtures';
import { loadCorpus } from './content-loader';

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

  test('each JSON file, as published, satisfies its own JSON Schema; a record missing a field or with a mistyped one does not', () => {
    const m = buildModel(loadCorpus());
    for (const name of DATASETS) {
      const schema = jsonSchema(name);
      expect(schema).toMatchObject({ type: 'array', title: `${name}.json` });
      const valid = z.fromJSONSchema(schema as never);
      const data = JSON.parse(JSON.stringify(records(m, name))) as Record<string, unknown>[];
      const r = valid.safeParse(data);
      expect(r.error?.issues ?? [], `${name}.json: a reader's tools would reject the file its schema describes`).toEqual([]);
      const missing = structuredClone(data);
      delete missing[0]!.id;
      expect(valid.safeParse(missing).success, `${name}.json: a record without its id passes the schema`).toBe(false);
      const mistyped = structuredClone(data);
      mistyped[0]!.cite = 'report-a:4';
      expect(valid.safeParse(mistyped).success, `${name}.json: citations as text pass the schema`).toBe(false);
    }
  });
});
