/** The header search box's instant name index (a few KB), fetched when the reader first reaches for search. */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { quickIndex } from '@/data/quick-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(quickIndex(await getModel())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
