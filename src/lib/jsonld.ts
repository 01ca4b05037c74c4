/** Structured data (schema.org) for the page types; pure builders, the layout adds @context. */
import type { ActorData } from '@/schemas/actor';
import type { ArticleData } from '@/schemas/article';
import type { SourceData } from '@/schemas/source';

// The model's entries are content data plus their id; typed from the schemas so this stays below src/data.
type Actor = ActorData & { id: string };
type Article = ArticleData & { id: string };
type Source = SourceData & { id: string };

/** WebSite with a SearchAction pointing at the search page. */
export function websiteLd(name: string, home: string, searchUrl: string) {
  return {
    '@type': 'WebSite',
    name,
    url: home,
    potentialAction: {
      '@type': 'SearchAction',
      target: `${searchUrl}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** An explainer: an Article based on its source report. */
export function articleLd(a: Article, s: Source, pageUrl: string, site: string) {
  return {
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: pageUrl,
    dateModified: a.updated.value,
    publisher: { '@type': 'Organization', name: site },
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: s.headline,
      ...(s.url.value ? { url: s.url.value } : {}),
      ...(s.publisher.value && s.publisher.status !== 'unconfirmed'
        ? { publisher: { '@type': 'Organization', name: s.publisher.value } }
        : {}),
      ...(s.published.status !== 'not-stated' ? { datePublished: s.published.date.value } : {}),
    },
  };
}

/** A profile: Person for people, Country for states, Organization for everything else. */
export function actorLd(a: Actor, pageUrl: string) {
  const type = a.kind === 'person' ? 'Person' : a.kind === 'state' ? 'Country' : 'Organization';
  return {
    '@type': type,
    name: a.name,
    description: a.short,
    url: pageUrl,
    ...(a.anonymous ? {} : { alternateName: a.aliases.map((x) => x.name) }),
  };
}
