import { describe, expect, it } from 'vitest';
import { buildModel } from '@/data/model';
import { actorProfile, keyFacts } from '@/data/profile';
import { validCorpus } from './fixtures';

const rows = (id: string, edit?: (c: ReturnType<typeof validCorpus>) => void) => {
  const corpus = validCorpus();
  edit?.(corpus);
  return keyFacts(buildModel(corpus), id).map((r) => ({
    label: r.label,
    items: r.items.map((i) =>
      [[i.before, i.text].filter(Boolean).join(' '), i.detail, i.cite.map((c) => `${c.source}:${c.p}`).join(' ')]
        .filter(Boolean)
        .join(' | '),
    ),
  }));
};

describe('key facts', () => {
  it('a person shows kind and side, whom they lead, their first event and the reports, each cited', () => {
    expect(rows('qaani')).toEqual([
      { label: 'Kind and side', items: ['Person · Iran’s state and forces | report-a:4'] },
      { label: 'Leads', items: ['Quds Force | commander, per Report A | report-a:4'] },
      { label: 'First reported event', items: ['Visit | 29 January 2024 | report-a:4'] },
      { label: 'In the reports', items: ['Report A | report-a:4'] },
    ]);
  });

  it('a group shows its leader from the command relationship, not typed twice', () => {
    expect(rows('quds-force').find((r) => r.label === 'Leaders')).toEqual({
      label: 'Leaders',
      items: ['Esmail Qaani | commander, per Report A | report-a:4'],
    });
  });

  it('roles keep their spans, backers and attackers come from relationships, and the latest event is dated at its precision', () => {
    const facts = rows('qaani', (c) => {
      c.actors[0]!.data.roles = [
        { title: 'Commander', start: { value: '2020-01', precision: 'month' }, cite: [{ source: 'report-a', p: 5 }] },
      ];
      c.relationships.push(
        { id: 'b', filePath: 'x', data: { id: 'b', from: 'quds-force', type: 'backs', to: 'qaani', cite: [{ source: 'report-a', p: 6 }] } },
        {
          id: 'k',
          filePath: 'x',
          data: { id: 'k', from: 'quds-force', type: 'struck', to: 'qaani', cite: [{ source: 'report-a', p: 7 }] },
        },
      );
      c.events.push({
        id: 'later',
        filePath: 'x',
        data: { ...c.events[0]!.data, id: 'later', title: 'Later', date: { value: '2025', precision: 'year' } },
      });
    });
    expect(facts.find((r) => r.label === 'Roles')?.items).toEqual(['Commander | from January 2020 | report-a:5']);
    expect(facts.find((r) => r.label === 'Backed by')?.items).toEqual(['Quds Force | per Report A | report-a:6']);
    expect(facts.find((r) => r.label === 'Opponents')?.items).toEqual(['struck by the Quds Force | per Report A | report-a:7']);
    expect(facts.find((r) => r.label === 'Latest reported event')?.items).toEqual(['Later | 2025 | report-a:4']);
  });

  it('an armed group whose leaders no report names says so, rather than leaving the row out', () => {
    expect(rows('quds-force', (c) => (c.relationships.length = 0)).find((r) => r.label === 'Leaders')?.items).toEqual([
      'Not named in the reports',
    ]);
  });

  it("a person killed reads as a person, and one report's words for a post stay that report's", () => {
    /** The United States killed Qaani on 7 February 2024, per Report A ¶9. */
    const killedByUs = (c: ReturnType<typeof validCorpus>) => {
      c.actors.push({ ...c.actors[1]!, id: 'united-states', data: { ...c.actors[1]!.data, name: 'United States', kind: 'state' } });
      c.relationships.push({
        id: 'k',
        filePath: 'x',
        data: {
          id: 'k',
          from: 'united-states',
          type: 'killed',
          to: 'qaani',
          start: { value: '2024-02-07', precision: 'day' },
          cite: [{ source: 'report-a', p: 9 }],
        },
      });
    };
    const facts = rows('quds-force', (c) => {
      c.relationships[0]!.data.type = 'member-of';
      c.relationships[0]!.data.as = [{ title: 'top commander', cite: [{ source: 'report-a', p: 8 }] }];
      killedByUs(c);
    });
    expect(facts.find((r) => r.label === 'Leaders')?.items).toEqual([
      'Esmail Qaani | top commander, per Report A, killed by the United States, 7 February 2024 | report-a:4 report-a:8',
    ]);
    const qaani = rows('qaani', (c) => {
      killedByUs(c);
    });
    expect(qaani.find((r) => r.label === 'Opponents')?.items).toEqual([
      'killed by the United States | 7 February 2024, per Report A | report-a:9',
    ]);
    expect(JSON.stringify(qaani), 'no cryptic spans or "(killed it)"').not.toMatch(/–\)|\(–|killed it/);
  });

  it('attacking, striking and killing each make an opponent; opposing one policy does not', () => {
    const facts = rows('qaani', (c) => {
      const rel = (id: string, from: string, type: 'attacked' | 'killed' | 'opposed', p: number) => ({
        id,
        filePath: 'x',
        data: { id, from, type, to: 'qaani', cite: [{ source: 'report-a', p, note: undefined }] },
      });
      c.actors.push({ ...c.actors[1]!, id: 'other-a' }, { ...c.actors[1]!, id: 'other-b' });
      c.relationships.push(rel('a', 'quds-force', 'attacked', 5), rel('k', 'other-a', 'killed', 6), rel('o', 'other-b', 'opposed', 7));
    });
    const opponents = facts.find((r) => r.label === 'Opponents')?.items ?? [];
    expect(opponents, 'a reader would not see who killed or attacked this actor').toHaveLength(2);
    expect(opponents.join('\n')).toMatch(/attacked by .*report-a:5/);
    expect(opponents.join('\n')).toMatch(/killed by .*report-a:6/);
    expect(opponents.join('\n')).not.toContain('report-a:7');
  });

  it('the profile hands its components the facts and the names its relationship list needs', () => {
    const p = actorProfile(buildModel(validCorpus()), 'qaani');
    expect(p.facts.every((r) => r.items.every((i) => i.cite.length > 0))).toBe(true);
    expect(p.names).toEqual({ qaani: { name: 'Esmail Qaani' }, 'quds-force': { name: 'Quds Force' } });
    expect(p.events.map((e) => e.date)).toEqual(['29 January 2024']);
    expect(p.events[0]!.with, 'a relationship diagram has its own list; the events do not repeat it').toEqual([]);
  });

  it('an actor drawn as an event diagram lists, per event, who else took part, linked: the diagram as text', () => {
    const corpus = validCorpus();
    corpus.relationships.length = 0;
    corpus.events[0]!.data.actors = ['qaani', 'quds-force'];
    const p = actorProfile(buildModel(corpus), 'qaani');
    expect(p.network.kind).toBe('events');
    expect(p.events[0]!.with).toEqual([{ name: 'Quds Force', href: '/actors/quds-force/' }]);
  });
});
