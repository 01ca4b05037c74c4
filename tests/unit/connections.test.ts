import { describe, expect, it } from 'vitest';
import { chainsFrom, mainActors, mostConnected } from '@/data/connections';
import type { Actor, Model, Relationship } from '@/data/model';

const actor = (id: string, kind: Actor['kind'] = 'armed-group') => ({ id, name: id.toUpperCase(), kind }) as Actor;
const actors = [
  actor('qaani', 'person'),
  actor('nujaba'),
  actor('kh'),
  actor('quds'),
  actor('iri'),
  actor('reuters', 'media'),
  actor('lone'),
];
const rel = (id: string, from: string, type: Relationship['type'], to: string) =>
  ({ id, from, type, to, cite: [{ source: 's', p: 1 }] }) as Relationship;
const relationships = [
  rel('q-commands', 'qaani', 'commands', 'quds'),
  rel('q-asked-kh', 'qaani', 'requested', 'kh'),
  rel('nujaba-refused', 'nujaba', 'refused', 'qaani'),
  rel('kh-in-iri', 'kh', 'member-of', 'iri'),
  // Reporting: it must not connect Reuters's subjects to each other.
  rel('reuters-lone', 'reuters', 'reported-on', 'lone'),
  rel('reuters-kh', 'reuters', 'reported-on', 'kh'),
];
const byId = new Map(actors.map((a) => [a.id, a]));
const model = { actors, relationships, actor: (id: string) => byId.get(id)! } as unknown as Model;

describe('how two actors connect', () => {
  it('finds the shortest chain, reading each relationship in either direction, and says which way each step runs', () => {
    const [toQuds] = chainsFrom(model, 'nujaba', ['quds']);
    expect(toQuds!.steps.map((s) => [s.rel.id, s.from, s.to, s.forward])).toEqual([
      ['nujaba-refused', 'nujaba', 'qaani', true],
      ['q-commands', 'qaani', 'quds', true],
    ]);
    const [toNujaba] = chainsFrom(model, 'kh', ['nujaba']);
    // Qaani asked Kataib Hezbollah: read from Kataib Hezbollah, the step runs against the relationship.
    expect(toNujaba!.steps.map((s) => [s.rel.id, s.forward])).toEqual([
      ['q-asked-kh', false],
      ['nujaba-refused', false],
    ]);
  });
  it('a news outlet reporting on two actors does not connect them; an unconnected actor gets no steps', () => {
    expect(chainsFrom(model, 'kh', ['lone'])).toEqual([{ to: 'lone', steps: [] }]);
  });
  it('leaves the actor itself out of its own list', () => {
    expect(chainsFrom(model, 'kh', ['kh', 'iri']).map((c) => c.to)).toEqual(['iri']);
  });
  it('the main actors are the most connected outside reporting, ties broken by name', () => {
    expect(mainActors(model, 3)).toEqual(['qaani', 'kh', 'iri']);
  });
});

describe('what a large graph draws', () => {
  it('keeps the most connected actors, ties broken by name, and only the relationships among them', () => {
    const rels = [
      rel('a-b', 'a', 'allied-with', 'b'),
      rel('a-c', 'a', 'allied-with', 'c'),
      rel('a-d', 'a', 'allied-with', 'd'),
      rel('b-c', 'b', 'allied-with', 'c'),
      rel('d-e', 'd', 'allied-with', 'e'),
    ];
    const top = mostConnected(rels, 3, (id) => id);
    expect(top.ids).toEqual(['a', 'b', 'c']);
    expect(top.rels.map((r) => r.id)).toEqual(['a-b', 'a-c', 'b-c']);
    expect(mostConnected(rels, 5, (id) => id).rels, 'a set within the limit is drawn whole').toBe(rels);
  });

  it('draws a side of a hundred actors as its most connected few, and says how many it leaves to the lists', async () => {
    const { networkModel, GRAPH_ACTORS } = await import('@/data/network');
    const many = Array.from({ length: 100 }, (_, i) => ({ ...actor(`f${i}`), side: 'iraqi-factions' }) as Actor);
    const ties = many.slice(1).map((a, i) => rel(`t${i}`, many[i]!.id, 'allied-with', a.id));
    const big = new Map(many.map((a) => [a.id, a]));
    const m = { actors: many, relationships: ties, actor: (id: string) => big.get(id)! } as unknown as Model;
    const [side] = networkModel(m).sides;
    expect(side!.drawn.of).toBe(100);
    expect(side!.drawn.actors, 'a reader would get a drawing thousands of pixels wide').toBe(GRAPH_ACTORS);
    const drawnIds = new Set(side!.drawn.rels.flatMap((r) => [r.from, r.to]));
    expect(drawnIds.size).toBeLessThanOrEqual(GRAPH_ACTORS);
    expect(side!.relationships, 'the lists still give every relationship').toHaveLength(99);
  });
});
