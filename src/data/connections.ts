/**
 * How two actors connect: the shortest chain of stated relationships between
 * them, read in either direction (a chain through "Harakat al-Nujaba refused
 * Esmail Qaani" connects both). Reporting ties (who reported on whom) are left
 * out: that a news outlet wrote about two actors does not connect them.
 */
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
 * The main actors: the `n` with the most relationships outside the reporting
 * ones, most connected first (ties broken by name, so the list is stable).
 */
export function mainActors(m: Pick<Model, 'actors' | 'relationships' | 'actor'>, n = MAIN_ACTORS): string[] {
  const degree = new Map<string, number>();
  for (const r of m.relationships.filter((r) => !isReporting(m, r)))
    for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree]
    .sort(([a, x], [b, y]) => y - x || m.actor(a).name.localeCompare(m.actor(b).name, 'en'))
    .slice(0, n)
    .map(([id]) => id);
}

/**
 * The shortest chain from `from` to each actor of `targets` (breadth-first over
 * the stated relationships, in dataset order, so the result is deterministic).
 */
export function chainsFrom(m: Pick<Model, 'relationships' | 'actor'>, from: string, targets: string[]): Chain[] {
  const rels = m.relationships.filter((r) => !isReporting(m, r));
  const adjacent = new Map<string, Relationship[]>();
  for (const r of rels) for (const id of [r.from, r.to]) adjacent.set(id, [...(adjacent.get(id) ?? []), r]);
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
