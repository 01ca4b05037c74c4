/**
 * What the Network pages show, derived once: relationships split into the
 * power network and the reporting one, and one slice per side.
 */
import type { ActorKind, ActorSide } from '@/schemas/actor';
import { clusterGraph, SIDE_LABELS, SIDE_ORDER, sideMembers, sideTies, type Diagram, type SideTie } from '@/lib/diagrams/generate';
import { sortKey } from '@/lib/dates';
import { actorUrl, url } from '@/lib/url';
import { mainActors, mostConnected } from './connections';
import { isReporting, KIND_LABELS, nameInText, type Actor, type Model, type Relationship } from './model';

/**
 * The most actors a side's or the reporting network's graph draws: the real sides have at most 14,
 * while a corpus of a thousand reports gives a side a hundred, a drawing 5,000 px wide whose names
 * no screen can show at a readable size. Beyond it the graph keeps the most connected actors and
 * the page says so; its lists still give every actor and relationship.
 */
export const GRAPH_ACTORS = 16;

/** What a graph draws of a set of relationships: see `GRAPH_ACTORS`. */
export interface Drawn {
  rels: Relationship[];
  /** How many actors the graph shows, and how many the whole set has. */
  actors: number;
  of: number;
}

function drawn(rels: Relationship[], name: (id: string) => string): Drawn {
  const top = mostConnected(rels, GRAPH_ACTORS, name);
  return { rels: top.rels, actors: top.ids.length, of: new Set(rels.flatMap((r) => [r.from, r.to])).size };
}

/** One side of the story: its actors and the (non-reporting) relationships with at least one end on it. */
export interface SideSlice {
  side: ActorSide;
  label: string;
  /** URL segment of its page under /network/. */
  slug: string;
  actors: Actor[];
  relationships: Relationship[];
  /** The relationships with both ends on this side. */
  within: Relationship[];
  /** What its graph draws: the relationships within the side (or, when there are none, all of the side's), see `GRAPH_ACTORS`. */
  drawn: Drawn;
  /** Its actors by kind, in the order the side's diagram draws them, each with its number of ties: the diagram as text. */
  members: { kind: ActorKind; label: string; actors: { id: string; name: string; ties: number }[] }[];
}

/** The Network pages' model: the power network, the reporting network, and a slice per side. */
export function networkModel(model: Pick<Model, 'actors' | 'relationships' | 'actor'>): {
  power: Relationship[];
  reporting: Relationship[];
  /** What the reporting network's graph draws (see `GRAPH_ACTORS`). */
  reportingDrawn: Drawn;
  sides: SideSlice[];
  /** The main actors (most ties first) and the relationships among them. */
  main: { ids: string[]; rels: Relationship[] };
  /** Ties between each pair of sides, and within each. */
  ties: SideTie[];
} {
  const byId = new Map(model.actors.map((a) => [a.id, a]));
  const name = (id: string) => model.actor(id).name;
  const reporting = model.relationships.filter((r) => isReporting(model, r));
  const power = model.relationships.filter((r) => !reporting.includes(r));
  const sides = SIDE_ORDER.map((side) => {
    const actors = model.actors.filter((a) => a.side === side);
    const relationships = power.filter((r) => byId.get(r.from)?.side === side || byId.get(r.to)?.side === side);
    const members = sideMembers(actors, relationships, side).map((g) => ({
      kind: g.kind,
      label: KIND_LABELS[g.kind][1],
      actors: g.actors.map(({ actor, ties }) => ({ id: actor.id, name: actor.name, ties })),
    }));
    const within = relationships.filter((r) => byId.get(r.from)?.side === side && byId.get(r.to)?.side === side);
    return {
      side,
      label: SIDE_LABELS[side],
      slug: side,
      actors,
      relationships,
      within,
      drawn: drawn(within.length ? within : relationships, name),
      members,
    };
  }).filter((s) => s.actors.length > 0);
  const ids = mainActors(model);
  const main = { ids, rels: power.filter((r) => ids.includes(r.from) && ids.includes(r.to)) };
  return { power, reporting, reportingDrawn: drawn(reporting, name), sides, main, ties: sideTies(model.actors, power) };
}

/** What a phone's fan of a graph leaves out, said under it. */
export function hubNote(hub: string, hidden: number): string {
  return `On a narrow screen this drawing shows the ties of ${hub}, the most connected actor here; the other ${hidden} ${hidden === 1 ? 'tie is' : 'ties are'} drawn on a wider screen and listed below.`;
}

/**
 * Where a relationship is written out with its sources under its permanent `#rel-<id>` anchor: the
 * network page of the acting actor's side, or of the reporting network for a reporting tie. A
 * side belongs to the actor's own content, so the address holds as reports are added (which actors
 * are the main ones does not). The network page keeps an anchor for every relationship too: until
 * December 2026 each was written out there, at `/network/#rel-<id>`.
 */
export function relationshipHome(model: Pick<Model, 'actor'>, r: Relationship): string {
  return url(`network/${isReporting(model, r) ? 'reporting' : model.actor(r.from).side}/#rel-${r.id}`);
}

/** A graph of the given relationships (see clusterGraph), with what its phone fan leaves out said in words. */
export function networkGraph(
  model: Pick<Model, 'actors' | 'actor'>,
  rels: Relationship[],
): Diagram<Relationship> & { phoneNote?: string | undefined } {
  const d = clusterGraph(model.actors, rels, { href: actorUrl, relHref: (r) => relationshipHome(model, r) });
  return { ...d, phoneNote: d.notOnPhone.length ? hubNote(nameInText(model.actor(d.hub)), d.notOnPhone.length) : undefined };
}

/** One actor's line of a relationship index: the actors its relationships join it to, each a link to the relationship. */
export interface IndexLine {
  actor: { id: string; name: string };
  ties: { id: string; label: string; home: string }[];
}

/**
 * Relationships as an index, the way a book's index lists names: one line per actor who acts, A–Z,
 * then the actors its relationships join it to, each linking to where the relationship is written out with
 * its detail and sources. It names no verb: a verb alone ("complied with") would state as fact what
 * the detail qualifies ("most of the others complied", in one report's words). Two ties to the same
 * actor, in the order they began, are told apart by the year each began (a 2021 piece and a 2024 one
 * "reported on Esmail Qaani": "Esmail Qaani (2021)", "Esmail Qaani (2024)"), or, where a start is not
 * given or two share a year, read "(1 of 2)", "(2 of 2)".
 */
export function relationshipIndex(model: Pick<Model, 'actor'>, rels: Relationship[]): IndexLine[] {
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const lines = new Map<string, { actor: IndexLine['actor']; ties: (IndexLine['ties'][number] & { start: string })[] }>();
  for (const r of rels) {
    const from = model.actor(r.from);
    let line = lines.get(r.from);
    if (!line) lines.set(r.from, (line = { actor: { id: from.id, name: from.name }, ties: [] }));
    line.ties.push({ id: r.id, label: model.actor(r.to).name, home: relationshipHome(model, r), start: r.start ? sortKey(r.start) : '' });
  }
  return [...lines.values()]
    .sort((a, b) => byName(a.actor.name, b.actor.name))
    .map(({ actor, ties }) => {
      ties.sort((a, b) => byName(a.label, b.label) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
      return {
        actor,
        ties: ties.map(({ id, label, home }) => {
          const alike = ties.filter((t) => t.label === label);
          if (alike.length === 1) return { id, home, label };
          const years = alike.map((t) => t.start.slice(0, 4));
          const byYear = years.every((y, i) => y && years.indexOf(y) === i);
          const i = alike.findIndex((t) => t.id === id);
          return { id, home, label: `${label} (${byYear ? years[i] : `${i + 1} of ${alike.length}`})` };
        }),
      };
    });
}
