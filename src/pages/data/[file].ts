/** /data/<name>.json, /data/<name>.schema.json and /data/<name>.csv. */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { csv, DATASETS, jsonSchema, records, type DatasetName } from '@/data/open-data';

export function getStaticPaths() {
  return DATASETS.flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, format: 'json' } },
    { params: { file: `${name}.schema.json` }, props: { name, format: 'schema' } },
    ...(name === 'relationships' || name === 'events' ? [{ params: { file: `${name}.csv` }, props: { name, format: 'csv' } }] : []),
  ]);
}

export const GET: APIRoute = async ({ props }) => {
  const name = props.name as DatasetName;
  const model = await getModel();
  if (props.format === 'csv')
    return new Response(csv(model, name as 'relationships' | 'events'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const body = props.format === 'schema' ? jsonSchema(name) : records(model, name);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
