/** sitemap.xml: every content page (redirects left out), with its last-updated date where the content records one. */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { sitePages } from '@/data/pages';
import { absoluteUrl, url } from '@/lib/url';

/** The sitemap protocol needs absolute addresses: the public site, or the local preview without SITE_URL. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const updated = new Map<string, string>([
    ...model.articles.map((a) => [`articles/${a.id}`, a.updated.value] as const),
    ...model.actors.map((a) => [`actors/${a.id}`, a.updated.value] as const),
  ]);
  const rows = sitePages(model).map((p) => {
    const loc = absoluteUrl(url(p.path ? `${p.path}/` : ''));
    const mod = updated.get(p.path);
    return `  <url><loc>${loc}</loc>${mod ? `<lastmod>${mod}</lastmod>` : ''}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
