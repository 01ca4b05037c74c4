/**
 * `_headers` for hosts that read one (Netlify, Cloudflare Pages and the like):
 * the same Content-Security-Policy as the pages' meta tag, plus headers a meta
 * tag cannot set.
 */
import type { APIRoute } from 'astro';
import { contentSecurityPolicy } from '@/site.config';

export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

export const GET: APIRoute = () =>
  new Response(
    [
      '/*',
      `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
      '  Referrer-Policy: no-referrer',
      '  X-Content-Type-Options: nosniff',
      '  Permissions-Policy: interest-cohort=(), camera=(), microphone=(), geolocation=()',
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
