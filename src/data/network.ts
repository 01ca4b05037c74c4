/**
 * What the Network pages show, derived once: relationships split into the
 * power network and the reporting one, and one slice per side.
 */
import type { ActorKind, ActorSide } from '@/schemas/actor';
import { clusterGraph, SIDE_LABELS, SIDE_ORDER, sideMembers, sideTies, type Diagram, type SideTie } from '@/lib/diagrams/generate';
import { actorUrl, url } from '@/lib/url';
import { mainActors } from './connections';
import { isReporting, KIND_LABELS, type Actor, type Model, type Relationship } from './model';

/** One side of the story: its actors and the (non-reporting) relationships with at least one end on it. */
export interface SideSlice {
  side: ActorSide;
  label: string;
  /** URL segment of its page under /network/. */
  slug: string;
  actors: Actor[];
  relationships: Relationship[];
  /** The relationships with both ends on this side: what its graph draws. */
  within: Relationship[];
  /** Its actors by kind, in the order the side's diagram draws them, each with its number of ties: the diagram as text. */
  members: { kind: ActorKind; label: string; actors: { id: string; name: string; ties: number }[] }[];
}

/** The Network pages' model: the power network, the reporting network, and a slice per side. */
export function networkModel(model: Pick<Model, 'actors' | 'relationships' | 'actor'>): {
  power: Relationship[];
  reporting: Relationship[];
  sides: SideSlice[];
  /** The main actors (most ties first) and the relationships among them. */
  main: { ids: string[]; rels: Relationship[] };
  /** Ties between each pair of sides, and within each. */
  ties: SideTie[];
} {
  const byId = new Map(model.actors.map((a) => [a.id, a]));
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
    return { side, label: SIDE_LABELS[side], slug: side, actors, relationships, within, members };
  }).filter((s) => s.actors.length > 0);
  const ids = mainActors(model);
  const main = { ids, rels: power.filter((r) => ids.includes(r.from) && ids.includes(r.to)) };
  return { power, reporting, sides, main, ties: sideTies(model.actors, power) };
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
  return { ...d, phoneNote: d.notOnPhone.length ? hubNote(model.actor(d.hub).name, d.notOnPhone.length) : undefined };
}
