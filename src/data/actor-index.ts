/**
 * The actors A–Z: every actor grouped by first letter, by kind and by side,
 * with how many relationships and events the reports tie it to, so the page
 * can set the main actors apart from ones named once.
 */
import { groupBy } from '@/lib/group';
import { SIDE_LABELS } from '@/lib/diagrams/generate';
import { actorUrl, articleUrl } from '@/lib/url';
import { eventsOf, KIND_LABELS, passingMentions, relationshipsOf, type Model } from './model';

/** An actor tied to at least this many relationships and events counts as a main actor. */
export const MAIN_ACTOR_TIES = 8;

/** One actor as the A–Z lists it. */
export interface IndexEntry {
  id: string;
  name: string;
  href: string;
  kind: string;
  side: string;
  /** Other spellings in Latin script, at most four. */
  also: string[];
  relationships: number;
  events: number;
  main: boolean;
  /** For a name given only in passing (no profile): the report that names it and how. */
  passing?: { report: string; note: string };
}

/** A heading with its actors: a letter, a kind or a side. */
interface IndexGroup {
  key: string;
  anchor: string;
  entries: IndexEntry[];
}

/** The three groupings of the A–Z page, plus the main actors, most tied first. */
export interface ActorIndex {
  letters: IndexGroup[];
  kinds: IndexGroup[];
  sides: IndexGroup[];
  main: IndexEntry[];
  total: number;
}

/** The heading an actor's name files under: its first letter, ignoring "al-" and "the"; digits together. */
const initial = (name: string) => {
  const c = name
    .replace(/^(al-|the )/i, '')
    .charAt(0)
    .toUpperCase();
  return /\d/.test(c) ? '0–9' : c;
};

/**
 * Groups every actor by letter (articles "al-" and "the" ignored), kind and side. Names a report
 * gives only in passing join the letters, linked to where the report names them.
 */
export function actorIndex(
  m: Pick<Model, 'actors' | 'relationships' | 'events'> & Partial<Pick<Model, 'articles' | 'source'>>,
): ActorIndex {
  const entries = m.actors.map((a): IndexEntry & { letter: string; kindId: string; sideId: string } => {
    const relationships = relationshipsOf(m, a.id).length;
    const events = eventsOf(m, a.id).length;
    return {
      id: a.id,
      name: a.name,
      href: actorUrl(a.id),
      kind: KIND_LABELS[a.kind][0],
      side: SIDE_LABELS[a.side],
      also: a.aliases
        .filter((x) => x.origin !== 'native-script')
        .slice(0, 4)
        .map((x) => x.name),
      relationships,
      events,
      main: relationships + events >= MAIN_ACTOR_TIES,
      letter: a.anonymous ? 'Unnamed' : initial(a.name),
      kindId: a.kind,
      sideId: a.side,
    };
  });
  const group = (key: (e: (typeof entries)[number]) => string, label: (k: string) => string, prefix: string, order: string[]) => {
    return [...groupBy(entries, (e) => [key(e)])]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b) || a.localeCompare(b))
      .map(([k, list]) => ({ key: label(k), anchor: `${prefix}-${k.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, entries: list }));
  };
  const strip = ({ id, name, href, kind, side, also, relationships, events, main }: IndexEntry): IndexEntry => ({
    id,
    name,
    href,
    kind,
    side,
    also,
    relationships,
    events,
    main,
  });
  const clean = (gs: IndexGroup[]) => gs.map((g) => ({ ...g, entries: g.entries.map(strip) }));
  const passing = passingMentions({ articles: m.articles ?? [] }).map((x) => {
    const article = m.articles!.find((a) => a.id === x.article)!;
    return {
      ...strip({
        id: x.anchor,
        name: x.name,
        href: `${articleUrl(x.article)}#${x.anchor}`,
        kind: '',
        side: '',
        also: [],
        relationships: 0,
        events: 0,
        main: false,
      }),
      passing: { report: m.source ? m.source(article.source).label : article.source, note: x.note },
      letter: initial(x.name),
    };
  });
  const byLetter = [...entries, ...passing];
  const letters = [...new Set(byLetter.map((e) => e.letter))].filter((l) => l !== 'Unnamed' && l !== '0–9').sort();
  return {
    // The names given in passing are filed among the profiles, by the same letters.
    letters: ['0–9', ...letters, 'Unnamed']
      .filter((key) => byLetter.some((e) => e.letter === key))
      .map((key) => ({
        key,
        anchor: `letter-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        entries: [
          ...entries.filter((e) => e.letter === key).map(strip),
          ...passing.filter((p) => p.letter === key).map(({ letter: _, ...p }) => p),
        ].sort((a, b) => (key === 'Unnamed' ? 0 : a.name.localeCompare(b.name, 'en'))),
      })),
    kinds: clean(
      group(
        (e) => e.kindId,
        (k) => KIND_LABELS[k as keyof typeof KIND_LABELS][1],
        'kind',
        Object.keys(KIND_LABELS),
      ),
    ),
    sides: clean(
      group(
        (e) => e.sideId,
        (k) => SIDE_LABELS[k as keyof typeof SIDE_LABELS],
        'side',
        Object.keys(SIDE_LABELS),
      ),
    ),
    main: entries
      .filter((e) => e.main)
      .sort((a, b) => b.relationships + b.events - (a.relationships + a.events) || a.name.localeCompare(b.name))
      .map(strip),
    total: entries.length,
  };
}
