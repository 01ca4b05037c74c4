/** Social preview images, one per page, drawn at build time: kind, name, one line about it, date. */
import type { APIRoute } from 'astro';
import { contentDigest, getModel } from '@/data/corpus';
import { formatDate } from '@/lib/dates';
import { sitePages, type SitePage } from '@/data/pages';
import { socialCardPng } from '@/lib/social-card';
import { site } from '@/site.config';

export async function getStaticPaths() {
  const pages = sitePages(await getModel());
  const cacheKey = await contentDigest();
  return pages.map((p) => ({ params: { path: p.path || 'home' }, props: p, cacheKey }));
}

export const GET: APIRoute = async ({ props }) => {
  const p = props as SitePage;
  const png = await socialCardPng({
    kicker: p.kicker,
    title: p.title,
    summary: p.summary,
    date: `Updated ${formatDate(p.updated)}`,
    site: site.title,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
