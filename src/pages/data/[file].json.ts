/**
 * /data/<name>.json and /data/<name>.schema.json. The file extension is in the route's own name
 * (as in [file].csv.ts), so the dev server serves these addresses as the build writes them: with
 * `trailingSlash: 'always'` it answers 404 for an extension that only a parameter supplies.
 */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { DATASETS, jsonSchema, records, type DatasetName } from '@/data/open-data';

export function getStaticPaths() {
  return DATASETS.flatMap((name) => [
    { params: { file: name }, props: { name, schema: false } },
    { params: { file: `${name}.schema` }, props: { name, schema: true } },
  ]);
}

export const GET: APIRoute = async ({ props }) => {
  const name = props.name as DatasetName;
  const body = props.schema ? jsonSchema(name) : records(await getModel(), name);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
