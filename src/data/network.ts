/**
 * What the Network pages show, derived once: relationships split into the
 * power network and the reporting one, and one slice per side.
 */
import type { ActorKind, ActorSide } from '@/schemas/actor';
import { clusterGraph, SIDE_LABELS, SIDE_ORDER, sideMembers, sideTies, type Diagram, type SideTie } from '@/lib/diagrams/generate';
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

const relHref = (r: Relationship) => url(`network/#rel-${r.id}`);

/** A graph of the given relationships (see clusterGraph), with what its phone fan leaves out said in words. */
export function networkGraph(
  model: Pick<Model, 'actors' | 'actor'>,
  rels: Relationship[],
): Diagram<Relationship> & { phoneNote?: string | undefined } {
  const d = clusterGraph(model.actors, rels, { href: actorUrl, relHref });
  return { ...d, phoneNote: d.notOnPhone.length ? hubNote(nameInText(model.actor(d.hub)), d.notOnPhone.length) : undefined };
}
