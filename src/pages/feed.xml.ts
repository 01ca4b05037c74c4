/** An Atom feed of the report explainers, newest report first. */
import type { APIRoute } from 'astro';
import { getModel } from '@/data/corpus';
import { site as config } from '@/site.config';
import { absoluteUrl, articleUrl, url } from '@/lib/url';
import { latest } from '@/lib/dates';
import { escapeXml } from '@/lib/xml';

/** Feed readers need absolute addresses: the public site, or the local preview without SITE_URL. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  const items = [...model.articles].reverse();
  const updated = items
    .map((a) => a.updated.value)
    .sort()
    .at(-1)!;
  const stamp = (v: string) => `${latest({ value: v, precision: 'day' })}T00:00:00Z`;
  const entries = items.map((a) => {
    const href = absoluteUrl(articleUrl(a.id));
    return [
      '  <entry>',
      `    <title>${escapeXml(a.title)}</title>`,
      `    <link href="${href}"/>`,
      `    <id>${href}</id>`,
      `    <updated>${stamp(a.updated.value)}</updated>`,
      `    <summary>${escapeXml(a.description)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(config.title)}: report explainers</title>`,
    `  <link href="${absoluteUrl(url('feed.xml'))}" rel="self"/>`,
    `  <link href="${absoluteUrl(url())}"/>`,
    `  <id>${absoluteUrl(url())}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(config.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
