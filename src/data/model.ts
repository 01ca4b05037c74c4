/**
 * Pure derivations over a validated corpus: indexes, per-actor relationships
 * and events, citation labels. Every derived fact is computed here from
 * content, never typed twice.
 */
import { RELATIONSHIP_TYPES, type RelationshipMeaning } from '@/schemas/labels';
import { latest, sortKey, spanWords } from '@/lib/dates';
import type { NoteSource } from '@/lib/cite-notes';
import { orderEvents } from './chronology';
import { capitalise, countWord, slugify } from '@/lib/text';
import { groupBy } from '@/lib/group';
import type {
  ActorData,
  Citation,
  Corpus,
  DisagreementData,
  Entry,
  EventData,
  EraData,
  GlossaryData,
  RelationshipData,
  SourceData,
  ArticleData,
} from './types';

export type Actor = ActorData & { id: string };
export type Relationship = RelationshipData;
export type Event = EventData;
type Era = EraData;
export type Source = SourceData & { id: string };
export type Article = ArticleData & { id: string };
type GlossaryTerm = GlossaryData;
export type Disagreement = DisagreementData;

export interface Model {
  sources: Source[];
  articles: Article[];
  actors: Actor[];
  relationships: Relationship[];
  events: Event[];
  /** Timeline periods, oldest first. */
  eras: Era[];
  glossary: GlossaryTerm[];
  disagreements: Disagreement[];
  actor: (id: string) => Actor;
  source: (id: string) => Source;
}

const withId = <T>(e: Entry<T>) => ({ ...e.data, id: e.id });

/** Indexes the corpus; lists come sorted the way pages show them. */
export function buildModel(c: Corpus): Model {
  const actors = c.actors.map(withId).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const sources = c.sources
    .map(withId)
    .sort((a, b) => sortKey(a.published.date).localeCompare(sortKey(b.published.date)) || a.id.localeCompare(b.id));
  const byActor = new Map(actors.map((a) => [a.id, a]));
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const get =
    <T>(map: Map<string, T>, kind: string) =>
    (id: string) => {
      const v = map.get(id);
      if (!v) throw new Error(`unknown ${kind} "${id}"`);
      return v;
    };
  return {
    sources,
    articles: c.articles
      .map(withId)
      .sort((a, b) => sources.findIndex((s) => s.id === a.source) - sources.findIndex((s) => s.id === b.source)),
    actors,
    relationships: c.relationships.map((r) => r.data),
    events: orderEvents(c.events.map((e) => e.data)),
    // Oldest first: by the day each era ends; the open-ended (newest) one last.
    eras: (c.eras ?? [])
      .map((e) => e.data)
      .sort((a, b) => (a.until ? latest(a.until) : '9999').localeCompare(b.until ? latest(b.until) : '9999')),
    glossary: c.glossary.map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term, 'en')),
    disagreements: c.disagreements.map((d) => d.data),
    actor: get(byActor, 'actor'),
    source: get(bySource, 'source'),
  };
}

/**
 * Groups a list by keys once, in list order, and remembers the grouping for as long as the list
 * lives: every profile and explainer asks for its own slice of the corpus, and a scan of the whole
 * list per page made a thousand-report build quadratic. Callers get a copy, never the shared array.
 */
const groupedBy = <T extends object>(keysOf: (item: T) => Iterable<string>) => {
  const made = new WeakMap<readonly T[], Map<string, T[]>>();
  return (list: readonly T[], key: string): T[] => {
    let groups = made.get(list);
    if (!groups) made.set(list, (groups = groupBy(list, keysOf)));
    return groups.get(key)?.slice() ?? [];
  };
};
const relationshipsByActor = groupedBy((r: Relationship) => [r.from, r.to]);
const eventsByActor = groupedBy((e: Event) => e.actors);
const relationshipsBySource = groupedBy((r: Relationship) => r.cite.map((c) => c.source));
const eventsBySource = groupedBy((e: Event) => e.cite.map((c) => c.source));

/** Relationships that touch an actor, in either direction. */
export function relationshipsOf(m: Pick<Model, 'relationships'>, actorId: string): Relationship[] {
  return relationshipsByActor(m.relationships, actorId);
}

/** Events an actor takes part in. */
export function eventsOf(m: Pick<Model, 'events'>, actorId: string): Event[] {
  return eventsByActor(m.events, actorId);
}

/** Relationships with at least one citation to the given source. */
export function relationshipsCiting(m: Pick<Model, 'relationships'>, sourceId: string): Relationship[] {
  return relationshipsBySource(m.relationships, sourceId);
}

/** Events with at least one citation to the given source. */
export function eventsCiting(m: Pick<Model, 'events'>, sourceId: string): Event[] {
  return eventsBySource(m.events, sourceId);
}

/**
 * A relationship about the reporting rather than the story: who reported on or
 * spoke to whom, or any tie with a news organization (a writer's outlet, an
 * outlet asking an office for comment). Pages keep these out of the story's
 * own diagrams and show them in the reporting network.
 */
export function isReporting(m: Pick<Model, 'actor'>, r: Relationship): boolean {
  return RELATIONSHIP_TYPES[r.type].reporting || m.actor(r.from).kind === 'media' || m.actor(r.to).kind === 'media';
}

/** The reading of a relationship type, e.g. "member-of" → "member of". */
export function relationLabel(type: Relationship['type']): string {
  return RELATIONSHIP_TYPES[type].label;
}

/** What a relationship type means: its role in key facts, its reverse reading, whether it is hostile, reporting or a one-off act. */
export function relationMeaning(type: Relationship['type']): RelationshipMeaning {
  return RELATIONSHIP_TYPES[type];
}

/** A relationship's dates in words: "from January 2020", "until February 2024"; a one-off act's single date never as an open span. */
export function relationSpan(r: Pick<Relationship, 'type' | 'start' | 'end'>): string {
  return spanWords(r.start, r.end, { once: RELATIONSHIP_TYPES[r.type].oneOff });
}

/**
 * An actor's name as it reads inside a sentence: with its article ("the United States"), and an
 * unnamed source's description in lower case after it ("the unnamed senior Iraqi security source
 * …"). Headings and diagrams use the name alone; a relationship list gives the article only to the
 * actor acted on (`nameAfterArticle`), since it runs A–Z by the actor who acts.
 */
export function nameInText(actor: Pick<Actor, 'name' | 'article'>): string {
  return actor.article ? `${actor.article} ${nameAfterArticle(actor)}` : actor.name;
}

/** The name as it follows its article inside a sentence (an unnamed source's description in lower case). */
export function nameAfterArticle(actor: Pick<Actor, 'name' | 'article'>): string {
  return actor.article ? actor.name.replace(/^Unnamed\b/, 'unnamed') : actor.name;
}

/** "it" or, for a person, "they": the pronoun a sentence about the actor uses (the reports' people are not all named, nor their genders given). */
export function pronounFor(actor: Pick<Actor, 'kind'>): { it: string; is: string; its: string } {
  return actor.kind === 'person' ? { it: 'they', is: 'are', its: 'their' } : { it: 'it', is: 'is', its: 'its' };
}

/** Ids of the reports an actor appears in: where its names are cited, and every report that covers it. */
export function sourcesCovering(actor: Actor): string[] {
  const ids = new Set<string>();
  const addAll = (cs: Citation[] | undefined) => cs?.forEach((c) => ids.add(c.source));
  addAll(actor.nameCite);
  actor.aliases.forEach((a) => addAll(a.cite));
  actor.coverage.forEach((c) => ids.add(c.source));
  return [...ids].sort();
}

/**
 * The lookups below are asked for by every page of a build (the layout's notes list, each
 * explainer's names): each is made once per list of actors or reports, not once per page, and
 * frozen, since every caller shares it.
 */
const lookup = <T extends object, V>(make: (list: readonly T[]) => Record<string, V>) => {
  const made = new WeakMap<readonly T[], Record<string, V>>();
  return (list: readonly T[]): Record<string, V> => {
    let found = made.get(list);
    if (!found) made.set(list, (found = Object.freeze(make(list))));
    return found;
  };
};
const namesOf = lookup((actors: readonly Actor[]) => Object.fromEntries(actors.map((a) => [a.id, a.name])));
const actorsOf = lookup((actors: readonly Actor[]) => Object.fromEntries(actors.map((a) => [a.id, a])));
const labelsOf = lookup((sources: readonly Model['sources'][number][]) => Object.fromEntries(sources.map((s) => [s.id, s.label])));
const noteSourcesOf = lookup((sources: readonly Model['sources'][number][]) =>
  Object.fromEntries(sources.map((s): [string, NoteSource] => [s.id, { label: s.label, paragraphs: s.paragraphs.length }])),
);

/** Actor id → name: the name lookup for a component that prints actors from their ids. */
export const actorNames = (m: Pick<Model, 'actors'>): Readonly<Record<string, string>> => namesOf(m.actors);

/** Actor id → actor, for a component that needs more than the name (its kind or side). */
export const actorsById = (m: Pick<Model, 'actors'>): Readonly<Record<string, Actor>> => actorsOf(m.actors);

/** Source id → short citation label. */
export const sourceLabels = (m: Pick<Model, 'sources'>): Readonly<Record<string, string>> => labelsOf(m.sources);

/** What a page's notes list needs of each report: its label and how many paragraphs it has. */
export const noteSources = (m: Pick<Model, 'sources'>): Readonly<Record<string, NoteSource>> => noteSourcesOf(m.sources);

/** Human names of actor kinds, singular and plural (kept with every other label in `@/schemas/labels`). */
export { KIND_LABELS } from '@/schemas/labels';

const corpusLines = new WeakMap<readonly Source[], string>();

/** The header's one-line summary of the corpus: how many reports, and the years they were published in. */
export function corpusLine(m: Pick<Model, 'sources'>): string {
  // Every page's header prints it: made once per list of reports.
  let line = corpusLines.get(m.sources);
  if (line === undefined) {
    const years = m.sources.map((s) => s.published.date.value.slice(0, 4)).sort();
    const span = years[0] === years.at(-1) ? years[0] : `${years[0]}–${years.at(-1)}`;
    line = `${capitalise(countWord(m.sources.length))} ${m.sources.length === 1 ? 'report' : 'reports'}, ${span}, read side by side`;
    corpusLines.set(m.sources, line);
  }
  return line;
}

/** A name a report gives only in passing (a caption, a credit): listed where the report names it, with no profile. */
export interface PassingMention {
  name: string;
  note: string;
  cite: Article['inPassing'][number]['cite'];
  /** The explainer of the report that names it. */
  article: string;
  /** Its id in the explainer's "Also named" line. */
  anchor: string;
  /** Former profile addresses under /actors/, each now a redirect to the mention. */
  formerly: string[];
}

/** Every name given only in passing, by explainer, in the order the explainers list them. */
export function passingMentions(m: Pick<Model, 'articles'>): PassingMention[] {
  return m.articles.flatMap((a) =>
    (a.inPassing ?? []).map((x) => ({
      name: x.name,
      note: x.note,
      cite: x.cite,
      article: a.id,
      anchor: `named-${slugify(x.name)}`,
      formerly: x.formerly,
    })),
  );
}

/** Alternative spellings published as `/actors/<alias-slug>/` redirects to the profile. */
export function aliasRedirects(actors: Actor[]): { slug: string; actor: Actor; alias: string }[] {
  return actors.flatMap((actor) => actor.aliases.filter((a) => a.redirect).map((a) => ({ slug: slugify(a.name), actor, alias: a.name })));
}
