import { describe, expect, it } from 'vitest';
import { actorIndex, MAIN_ACTOR_TIES } from '@/data/actor-index';
import { buildModel } from '@/data/model';
import { validCorpus } from './fixtures';

describe('actors A–Z', () => {
  it('groups by letter, kind and side, and lists only Latin-script other spellings', () => {
    const corpus = validCorpus();
    corpus.actors[1]!.data.aliases = [{ name: 'فيلق القدس', origin: 'native-script', redirect: false }];
    const index = actorIndex(buildModel(corpus));
    expect(index.letters.map((g) => [g.key, g.entries.map((e) => e.name)])).toEqual([
      ['E', ['Esmail Qaani']],
      ['Q', ['Quds Force']],
    ]);
    expect(index.kinds.map((g) => g.key)).toEqual(['People', 'Armed groups']);
    expect(index.sides.map((g) => [g.key, g.entries.length])).toEqual([['Iran’s state and forces', 2]]);
    expect(index.letters[1]!.entries[0]!.also, 'an actor with only a native-script spelling has no "also"').toEqual([]);
  });

  it('marks as main the actors tied to enough relationships and events', () => {
    const corpus = validCorpus();
    for (let i = 0; i < MAIN_ACTOR_TIES - 2; i++)
      corpus.relationships.push({
        id: `r${i}`,
        filePath: 'x',
        data: { id: `r${i}`, from: 'qaani', type: 'met-with', to: 'quds-force', cite: [{ source: 'report-a', p: 4 }] },
      });
    const index = actorIndex(buildModel(corpus));
    // Qaani: relationships and one event reach the mark together; the Quds Force, with no event, falls one short.
    expect(index.main.map((e) => [e.name, e.relationships, e.events])).toEqual([['Esmail Qaani', MAIN_ACTOR_TIES - 1, 1]]);
    expect(actorIndex(buildModel(validCorpus())).main).toEqual([]);
  });
});
