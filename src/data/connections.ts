/**
 * How two actors connect: the shortest chain of stated relationships between
 * them, read in either direction (a chain through "Harakat al-Nujaba refused
 * Esmail Qaani" connects both). Reporting ties (who reported on whom) are left
 * out: that a news outlet wrote about two actors does not connect them.
 */
import { tieCounts } from '@/lib/diagrams/generate';
import { groupBy } from '@/lib/group';
import { isReporting, type Model, type Relationship } from './model';

/** One step of a chain: a relationship, and whether it runs the way the chain reads. */
interface ChainStep {
  rel: Relationship;
  /** The actor the step starts from (as the chain reads) and the one it reaches. */
  from: string;
  to: string;
  /** True when the relationship's own direction is the chain's (from acts on to). */
  forward: boolean;
}

/** The chain from one actor to another, or no steps when no stated relationship connects them. */
export interface Chain {
  to: string;
  steps: ChainStep[];
}

/** How many actors count as the main ones (the network page draws them; their profiles say how they connect). */
const MAIN_ACTORS = 12;

/**
 * Of `rels`, the `n` actors with the most of them (ties broken by name, so the
 * choice is stable) and the relationships among those: what a graph can draw
 * when the whole would be too many names to read.
 */
export function mostConnected<R extends { from: string; to: string }>(
  rels: R[],
  n: number,
  name: (id: string) => string,
): { ids: string[]; rels: R[] } {
  const degree = tieCounts(rels);
  const ids = [...degree]
    .sort(([a, x], [b, y]) => y - x || name(a).localeCompare(name(b), 'en'))
    .slice(0, n)
    .map(([id]) => id);
  const kept = new Set(ids);
  return { ids, rels: degree.size <= n ? rels : rels.filter((r) => kept.has(r.from) && kept.has(r.to)) };
}

const mainActorsMade = new WeakMap<object, Map<number, string[]>>();

/**
 * The main actors: the `n` with the most relationships outside the reporting
 * ones, most connected first (ties broken by name, so the list is stable).
 */
export function mainActors(m: Pick<Model, 'actors' | 'relationships' | 'actor'>, n = MAIN_ACTORS): string[] {
  // Every profile asks: worked out once per model and count, a copy handed out.
  let made = mainActorsMade.get(m);
  if (!made) mainActorsMade.set(m, (made = new Map()));
  let ids = made.get(n);
  if (!ids) {
    ids = mostConnected(
      m.relationships.filter((r) => !isReporting(m, r)),
      n,
      (id) => m.actor(id).name,
    ).ids;
    made.set(n, ids);
  }
  return ids.slice();
}

/**
 * The shortest chain from `from` to each actor of `targets` (breadth-first over
 * the stated relationships, in dataset order, so the result is deterministic).
 */
export function chainsFrom(m: Pick<Model, 'relationships' | 'actor'>, from: string, targets: string[]): Chain[] {
  const rels = m.relationships.filter((r) => !isReporting(m, r));
  const adjacent = groupBy(rels, (r) => [r.from, r.to]);
  const via = new Map<string, ChainStep>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const at of frontier)
      for (const rel of adjacent.get(at) ?? []) {
        const other = rel.from === at ? rel.to : rel.from;
        if (seen.has(other)) continue;
        seen.add(other);
        via.set(other, { rel, from: at, to: other, forward: rel.from === at });
        next.push(other);
      }
    frontier = next;
  }
  return targets
    .filter((t) => t !== from)
    .map((to) => {
      const steps: ChainStep[] = [];
      for (let at = to; via.has(at); at = via.get(at)!.from) steps.unshift(via.get(at)!);
      return { to, steps };
    });
}
