/** One typed configuration for the whole site; `astro.config.mjs` imports it. */
export const site = {
  title: 'Tehran’s Reach in Iraq',
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
