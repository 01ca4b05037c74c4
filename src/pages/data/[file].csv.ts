/** /data/relationships.csv and /data/events.csv (see [file].json.ts on why the extension is in the route's name). */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { csv } from '@/data/open-data';

export function getStaticPaths() {
  return (['relationships', 'events'] as const).map((name) => ({ params: { file: name }, props: { name } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(csv(await getModel(), props.name as 'relationships' | 'events'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
