/**
 * Says, in one line, when a production build does not know its public
 * address (SITE_URL), and what that build does instead.
 */
import type { AstroIntegration } from 'astro';
import { LOCAL_ORIGIN } from '../site.config.ts';

/** Warns at the start of a build without SITE_URL; silent for dev and when it is set. */
export function siteUrlIntegration(url: string | undefined): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (url) return;
        logger.warn(
          `SITE_URL is not set: canonical links and citations use relative addresses, and the sitemap, feed and social images point at ${LOCAL_ORIGIN}; set SITE_URL=https://your.host for a public build (README, "Deploy").`,
        );
      },
    },
  };
}
