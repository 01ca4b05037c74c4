/** The header box's instant index: every actor under every spelling, then terms, reports and events. */
import type { Model } from './model';
import { KIND_LABELS } from './model';
import { normalise, searchVariants } from '@/lib/text';
import type { QuickEntry } from '@/lib/quick-match';
import { actorUrl, articleUrl, url } from '@/lib/url';

/** Normalised keys, the first name's first (it is the title, which outranks other spellings). */
const keys = (names: string[]) => [...new Set([...names, ...searchVariants(names)].map((n) => normalise(n)))].filter(Boolean);

/** Built from the model. Actors are primary: a name finds its profile before a term or event that carries it. */
export function quickIndex(m: Model): QuickEntry[] {
  const secondary = { p: 1 } as const;
  return [
    ...m.actors.map((a) => ({
      t: a.name,
      u: actorUrl(a.id),
      k: KIND_LABELS[a.kind][0],
      s: keys([a.name, ...a.aliases.map((x) => x.name)]),
    })),
    ...m.glossary.map((g) => ({
      t: g.term,
      u: url(`glossary/#${g.id}`),
      k: 'Glossary',
      s: keys([g.term, ...g.aliases.map((a) => a.name)]),
      ...secondary,
    })),
    ...m.articles.map((a) => {
      const s = m.source(a.source);
      return {
        t: a.title,
        u: articleUrl(a.id),
        k: 'Report explainer',
        s: keys([a.title, s.label, s.headline, s.publisher.value ?? '']),
        ...secondary,
      };
    }),
    ...m.events.map((e) => ({ t: e.title, u: url(`timeline/#${e.id}`), k: 'Timeline', s: keys([e.title]), ...secondary })),
  ];
}
