/** One typed configuration for the whole site; `astro.config.mjs` imports it. */

/**
 * Where `npm start` and `astro preview` serve the site. Addresses that must be
 * absolute (sitemap, feed, social images) use it when SITE_URL is not set, so
 * a local build still works end to end.
 */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * The public address of the site, from the one setting that gives it: the
 * SITE_URL environment variable, e.g. `https://explainer.example.net` or, for a
 * project page, `https://user.github.io/explainer/` (its path becomes the base
 * path unless BASE_PATH is set). Undefined when unset; anything but an http(s)
 * address stops the build with one sentence.
 */
function publicSiteUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value.trim());
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://explainer.example.net, not "${value}"`);
  }
  return parsed.href.replace(/\/?$/, '/');
}

export const site = {
  title: 'Iran, Iraq’s Armed Factions and US Forces',
  tagline: 'Iran’s Quds Force, Iraq’s armed factions and the attacks on US forces, 2020–2024, read report by report',
  /** The public address (SITE_URL), or undefined for a build that does not know it. */
  url: publicSiteUrl(process.env.SITE_URL),
  lang: 'en',
  nav: [
    { href: 'articles/', label: 'Articles' },
    { href: 'actors/', label: 'Actors' },
    { href: 'timeline/', label: 'Timeline' },
    { href: 'network/', label: 'Network' },
    { href: 'compare/', label: 'Compare' },
    { href: 'glossary/', label: 'Glossary' },
    { href: 'search/', label: 'Search' },
    { href: 'about/', label: 'About' },
  ],
} as const;

/**
 * Content-Security-Policy: nothing from any other origin, no inline or eval'd
 * script. 'wasm-unsafe-eval' lets the search engine's WebAssembly run; inline
 * styles are allowed because diagrams carry style attributes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
