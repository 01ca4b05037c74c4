/** One typed configuration for the whole site; `astro.config.mjs` imports it. */
export const site = {
  title: 'Iran, Iraq’s Armed Factions and US Forces',
  tagline: 'Iran’s Quds Force, Iraq’s armed factions and the attacks on US forces, 2020–2024 — read from five reports',
  /** Absolute origin used for canonical URLs, feeds and the sitemap. */
  url: 'https://quds-iraq-explainer.example.org',
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
