/** Social preview images, one per page, drawn at build time: kind, name, one line about it, date. */
import type { APIRoute } from 'astro';
import { contentDigest, getModel } from '@/data/corpus';
import { formatDate } from '@/lib/dates';
import { sitePages, type SitePage } from '@/data/pages';
import { drawCardsAhead, socialCardPng, type CardText } from '@/lib/social-card';
import { site } from '@/site.config';

const cardText = (p: SitePage): CardText => ({
  kicker: p.kicker,
  title: p.title,
  summary: p.summary,
  date: `Updated ${formatDate(p.updated)}`,
  site: site.title,
});

export async function getStaticPaths() {
  const pages = sitePages(await getModel());
  const cacheKey = await contentDigest();
  // A build asks for every route's paths before it renders any page: the cards not yet drawn are
  // then drawn whenever the workers have no diagram to lay out.
  if (import.meta.env.PROD) drawCardsAhead(pages.map(cardText));
  return pages.map((p) => ({ params: { path: p.path || 'home' }, props: p, cacheKey }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await socialCardPng(cardText(props as SitePage));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
