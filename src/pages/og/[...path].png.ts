/** Social preview images, one per page, drawn at build time: kind, name, one line about it, date. */
import type { APIRoute } from 'astro';
import { contentDigest, getModel } from '@/data/corpus';
import { formatDate } from '@/lib/dates';
import { sitePages, type SitePage } from '@/data/pages';
import { readAhead } from '@/lib/read-ahead';
import { socialCardPng } from '@/lib/social-card';
import { site } from '@/site.config';

export async function getStaticPaths() {
  const pages = sitePages(await getModel());
  const cacheKey = await contentDigest();
  return pages.map((p) => ({ params: { path: p.path || 'home' }, props: p, cacheKey }));
}

const draw = (p: SitePage) =>
  socialCardPng({
    kicker: p.kicker,
    title: p.title,
    summary: p.summary,
    date: `Updated ${formatDate(p.updated)}`,
    site: site.title,
  });

/**
 * The build asks for two cards at a time (its concurrency) and the workers draw them; asked one by
 * one, a worker waited for the build to ask for the next card after each. Drawn three ahead, in
 * the order of getStaticPaths, both workers always have a card queued.
 */
const CARDS_AHEAD = 3;
let ahead: { model: unknown; cards: ReturnType<typeof readAhead<SitePage, Buffer>> } | undefined;

async function card(page: SitePage): Promise<Buffer> {
  // The dev server draws the card asked for, and only that one.
  if (import.meta.env.DEV) return draw(page);
  const model = await getModel();
  if (ahead?.model !== model) ahead = { model, cards: readAhead(sitePages(model), (p) => p.path, draw, CARDS_AHEAD) };
  return ahead.cards.get(page.path);
}

export const GET: APIRoute = async ({ props }) => {
  const png = await card(props as SitePage);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
