/**
 * The list of content pages with a kicker and title, for social cards, the
 * sitemap and the published-URL list. Derived from the model, never typed twice.
 */
import type { Model } from './model';
import { KIND_LABELS } from './model';
import { networkModel } from './network';

export interface SitePage {
  /** Site-relative path without slashes at either end; '' is home. */
  path: string;
  kicker: string;
  title: string;
}

/** Every page a reader can land on (redirects excluded). */
export function sitePages(m: Model): SitePage[] {
  return [
    { path: '', kicker: 'The story in brief', title: 'Does Tehran control Iraq’s armed factions?' },
    { path: 'articles', kicker: 'Sources', title: 'The five reports' },
    ...m.articles.map((a) => ({ path: `articles/${a.id}`, kicker: 'Report explainer', title: a.title })),
    { path: 'actors', kicker: 'Profiles', title: 'Actors A–Z' },
    ...m.actors.map((a) => ({ path: `actors/${a.id}`, kicker: KIND_LABELS[a.kind][0], title: a.name })),
    { path: 'timeline', kicker: '2014–2024', title: 'Timeline' },
    { path: 'network', kicker: 'Who does what to whom', title: 'The network' },
    ...networkModel(m).sides.map((s) => ({ path: `network/${s.slug}`, kicker: 'The network, by side', title: s.label })),
    { path: 'network/reporting', kicker: 'The network', title: 'Who reported, and who spoke to whom' },
    { path: 'compare', kicker: 'Five reports, side by side', title: 'Where the reports disagree' },
    { path: 'glossary', kicker: 'Terms', title: 'Glossary' },
    { path: 'search', kicker: 'Find', title: 'Search' },
    { path: 'about', kicker: 'Method', title: 'About this site and its method' },
    { path: 'data', kicker: 'Open data', title: 'The data behind the site' },
  ];
}
