import { describe, expect, it } from 'vitest';
import type { Actor, Model, Relationship } from '@/data/model';
import { relationshipHome, relationshipIndex } from '@/data/network';

const actor = (id: string, side: Actor['side'], kind: Actor['kind'] = 'armed-group') =>
  ({ id, name: id.toUpperCase(), kind, side }) as Actor;
const actors = [
  actor('qaani', 'iran', 'person'),
  actor('kh', 'iraqi-factions'),
  actor('factions', 'iraqi-factions'),
  actor('us', 'us-coalition', 'state'),
  actor('ap', 'other', 'media'),
];
const byId = new Map(actors.map((a) => [a.id, a]));
const model = { actors, actor: (id: string) => byId.get(id)! } as unknown as Model;
const rel = (id: string, from: string, type: Relationship['type'], to: string, start?: string) =>
  ({ id, from, type, to, cite: [{ source: 's', p: 1 }], ...(start && { start: { value: start, precision: 'year' } }) }) as Relationship;

describe('where a relationship is written out', () => {
  it('on the page of the acting actor’s side, whichever side the other end is on', () => {
    expect(relationshipHome(model, rel('kh-attacked-us', 'kh', 'attacked', 'us'))).toBe('/network/iraqi-factions/#rel-kh-attacked-us');
    expect(relationshipHome(model, rel('us-struck-kh', 'us', 'attacked', 'kh'))).toBe('/network/us-coalition/#rel-us-struck-kh');
  });
  it('a reporting tie on the reporting network’s page, by its type or by a news outlet at either end', () => {
    expect(relationshipHome(model, rel('ap-on-qaani', 'ap', 'reported-on', 'qaani'))).toBe('/network/reporting/#rel-ap-on-qaani');
    expect(relationshipHome(model, rel('qaani-spoke', 'qaani', 'spoke-to', 'ap'))).toBe('/network/reporting/#rel-qaani-spoke');
    expect(relationshipHome(model, rel('us-backs-ap', 'us', 'backs', 'ap'))).toBe('/network/reporting/#rel-us-backs-ap');
    expect(relationshipHome(model, rel('ap-backs-us', 'ap', 'backs', 'us'))).toBe('/network/reporting/#rel-ap-backs-us');
  });
});

describe('the index of relationships', () => {
  const index = relationshipIndex(model, [
    rel('us-struck-factions-2024', 'us', 'attacked', 'factions', '2024'),
    rel('kh-in-factions', 'kh', 'member-of', 'factions'),
    rel('us-struck-factions-2021', 'us', 'attacked', 'factions', '2021'),
    rel('us-blamed-kh', 'us', 'blamed', 'kh'),
    rel('kh-blamed-us', 'kh', 'blamed', 'us', '2024'),
    rel('kh-attacked-us', 'kh', 'attacked', 'us'),
  ]);
  it('runs A–Z by the actor who acts, then by the actor acted on, each linking to where it is written out', () => {
    expect(index.map((l) => [l.actor.name, l.ties.map((t) => t.label)])).toEqual([
      ['KH', ['FACTIONS', 'US (1 of 2)', 'US (2 of 2)']],
      ['US', ['FACTIONS (2021)', 'FACTIONS (2024)', 'KH']],
    ]);
    expect(index[0]!.ties[0]).toEqual({ id: 'kh-in-factions', label: 'FACTIONS', home: '/network/iraqi-factions/#rel-kh-in-factions' });
  });
  it('tells two ties between the same actors apart by the year each began, or by number where a year is not given', () => {
    expect(index[1]!.ties.slice(0, 2).map((t) => t.id)).toEqual(['us-struck-factions-2021', 'us-struck-factions-2024']);
    const labels = index.flatMap((l) => l.ties.map((t) => t.label)).join(' ');
    expect(labels, 'a verb alone would state as fact what the detail qualifies').not.toMatch(/attacked|blamed|member of/);
  });
});
