/**
 * What an article page derives from the model besides its own prose: the
 * relationships and events its report states, and its relationship graph.
 */
import { clusterGraph, type Diagram } from '@/lib/diagrams/generate';
import { actorUrl, url } from '@/lib/url';
import { hubNote } from './network';
import { eventsCiting, isReporting, relationshipsCiting, type Event, type Model, type Relationship } from './model';

export interface ArticleNetwork {
  /** The story's relationships this report states (its reporting ties are on the reporting page). */
  rels: Relationship[];
  events: Event[];
  diagram: Diagram<Relationship> | undefined;
  /** Actors in the graph. */
  actorCount: number;
  /** What the phone layout leaves to the wider drawing and the list, if anything. */
  phoneNote: string | undefined;
}

/**
 * The report's graph: the relationships it states between the story's actors
 * (on a phone, the ties of its most connected actor).
 */
export function articleNetwork(m: Model, sourceId: string): ArticleNetwork {
  const rels = relationshipsCiting(m, sourceId).filter((r) => !isReporting(m, r));
  const actors = new Set(rels.flatMap((r) => [r.from, r.to]));
  const diagram = rels.length ? clusterGraph(m.actors, rels, { href: actorUrl, relHref: (r) => url(`network/#rel-${r.id}`) }) : undefined;
  const phoneNote = diagram?.notOnPhone.length ? hubNote(m.actor(diagram.hub).name, diagram.notOnPhone.length) : undefined;
  return { rels, events: eventsCiting(m, sourceId), diagram, actorCount: actors.size, phoneNote };
}
