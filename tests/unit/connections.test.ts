import { describe, expect, it } from 'vitest';
import { chainsFrom, mainActors } from '@/data/connections';
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
