/**
 * What the Network pages show, derived once: relationships split into the
 * power network and the reporting one, and one slice per side.
 */
import type { ActorKind, ActorSide } from '@/schemas/actor';
import { SIDE_LABELS, SIDE_ORDER, sideMembers } from '@/lib/diagrams/generate';
import { isReporting, KIND_LABELS, type Actor, type Model, type Relationship } from './model';

/** One side of the story: its actors and the (non-reporting) relationships with at least one end on it. */
export interface SideSlice {
  side: ActorSide;
  label: string;
  /** URL segment of its page under /network/. */
  slug: string;
  actors: Actor[];
  relationships: Relationship[];
  /** Its actors by kind, in the order the side's diagram draws them, each with its number of ties: the diagram as text. */
  members: { kind: ActorKind; label: string; actors: { id: string; name: string; ties: number }[] }[];
}

/** The Network pages' model: the power network, the reporting network, and a slice per side. */
export function networkModel(model: Pick<Model, 'actors' | 'relationships' | 'actor'>): {
  power: Relationship[];
  reporting: Relationship[];
  sides: SideSlice[];
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
    return { side, label: SIDE_LABELS[side], slug: side, actors, relationships, members };
  }).filter((s) => s.actors.length > 0);
  return { power, reporting, sides };
}
