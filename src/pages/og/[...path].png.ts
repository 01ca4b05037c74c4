/** Social preview images, one per page, drawn at build time. */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { sitePages } from '@/data/pages';
import { socialCardPng } from '@/lib/social-card';
import { site } from '@/site.config';

export async function getStaticPaths() {
  const pages = sitePages(await getModel());
  return pages.map((p) => ({ params: { path: p.path || 'home' }, props: p }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(socialCardPng(props.kicker as string, props.title as string, site.title)), {
    headers: { 'Content-Type': 'image/png' },
  });
