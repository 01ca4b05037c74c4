/**
 * Everything an actor's profile page shows, derived once from the model:
 * the key-facts box (kind and side, leaders, parent groups, members, backers,
 * opponents, roles, first and last reported event, the reports that name it),
 * its spellings, network diagram, relationships and events. Components only
 * render what this returns.
 */
import { egoNetwork, eventNetwork, SIDE_LABELS } from '@/lib/diagrams/generate';
import { spanWords } from '@/lib/dates';
import { actorUrl, articleUrl, url } from '@/lib/url';
import { eventWhen } from './chronology';
import {
  eventsOf,
  KIND_LABELS,
  relationLabel,
  relationMeaning,
  relationshipsOf,
  relationSpan,
  sourceLabels,
  sourcesCovering,
  type Actor,
  type Model,
  type Relationship,
} from './model';
import { searchVariants } from '@/lib/text';
import type { OutsideKind, OutsideNote } from '@/schemas/outside';
import type { Citation } from './types';

/** Largest number of arrows an actor's own diagram shows before leaving the outer ring out. */
const CAP = 16;
/** Most citations shown for one key fact: enough to check it, few enough to read. */
const FACT_CITES = 4;

/** One entry of a key-facts row: a name or phrase, where it links, and its citations. */
export interface FactItem {
  /** Words read before the linked text, e.g. "killed by". */
  before?: string | undefined;
  text: string;
  href?: string;
  /** What follows the text, in words: a post, a span ("until February 2024"), whose view it is ("per IRIA 2024"). */
  detail?: string | undefined;
  cite: Citation[];
}

/** One row of the key-facts box. */
export interface FactRow {
  label: string;
  items: FactItem[];
}

/** Kinds of actor whose key facts always have a Leaders row, saying so when the reports name no one. */
const LED_KINDS = new Set<Actor['kind']>(['armed-group', 'military-unit', 'coalition']);
/** The post a leadership type gives, when the reports name none. */
const POST: Partial<Record<Relationship['type'], string>> = { commands: 'commander', leads: 'leader' };
/** Names read with "the" in a sentence ("killed by the United States"). */
const THE = /^(United |US |Iraqi |Islamic |Popular |Quds |Iran-aligned |Iran-backed )/;

const refOf = (c: Citation) => `${c.source}:${c.p}`;

/** Citations without repeats, in first-seen order, at most `max`. */
export function mergeCites(lists: Citation[][], max = Infinity): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of lists.flat()) if (!seen.has(refOf(c))) seen.set(refOf(c), c);
  return [...seen.values()].slice(0, max);
}

/**
 * The rows of an actor's key-facts box. Every row comes from cited content
 * (the actor's own statements, relationships and events), every item carries
 * the citations it rests on, and what only one report says is given as that
 * report's ("per IRIA 2024"). What each relationship type contributes comes
 * from its role in `RELATIONSHIP_TYPES`; rows with nothing to show are left
 * out, except Leaders for armed groups and forces ("not named in the reports").
 */
export function keyFacts(m: Pick<Model, 'actors' | 'relationships' | 'events' | 'sources'>, id: string): FactRow[] {
  const actor = m.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`unknown actor "${id}"`);
  const labels = sourceLabels(m);
  const name = (other: string) => m.actors.find((a) => a.id === other)?.name ?? other;
  const inSentence = (other: string) => (THE.test(name(other)) ? `the ${name(other)}` : name(other));
  /** "per IRIA 2024" when every citation is to one report, and the actor is covered by more than that one. */
  const per = (cites: Citation[]) => {
    const from = new Set(cites.map((c) => c.source));
    return from.size === 1 ? `per ${labels[[...from][0]!] ?? [...from][0]}` : '';
  };
  const own = relationshipsOf(m, id);
  const role = (r: Relationship) => relationMeaning(r.type).role;
  const words = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ') || undefined;
  /** A person's death at another's hands, in words: "killed by the United States, February 2024". */
  const death = (person: string) => {
    const k = m.relationships.find((r) => r.to === person && r.type === 'killed');
    return k ? { text: `killed by ${inSentence(k.from)}, ${relationSpan(k)}`, cite: k.cite } : undefined;
  };
  /** The words the reports give a relationship (`as`), each attributed to the report that gives them; else whose view it is. */
  const view = (r: Relationship) => (r.as?.length ? r.as.map((x) => words(x.title, per(x.cite))).join('; ') : per(r.cite));
  /** The post(s) a leadership gives: the reports' words, else "commander" or "leader". */
  const posts = (r: Relationship) => (r.as?.length ? view(r) : words(POST[r.type], per(r.cite)));
  /** One item per relationship, naming the other end. */
  const item = (r: Relationship, other: string, detail: string | undefined, before?: string): FactItem => ({
    ...(before ? { before } : {}),
    text: before ? inSentence(other) : name(other),
    href: actorUrl(other),
    detail,
    cite: mergeCites([r.cite, ...(r.as ?? []).map((x) => x.cite)], FACT_CITES),
  });
  const rows: FactRow[] = [
    {
      label: 'Kind and side',
      items: [{ text: `${KIND_LABELS[actor.kind][0]}; ${SIDE_LABELS[actor.side]}`, cite: mergeCites([actor.about[0]!.cite], FACT_CITES) }],
    },
  ];
  const push = (label: string, items: FactItem[]) => items.length > 0 && rows.push({ label, items });
  // An unnamed source has little else to show: say who it is.
  if (actor.anonymous) push('Who', [{ text: actor.short, cite: mergeCites([actor.shortCite], FACT_CITES) }]);
  const ofRole = (r: Relationship, ...roles: string[]) => roles.includes(role(r));
  if (actor.kind === 'person') {
    push(
      'Roles',
      actor.roles.map((r) => ({ text: r.title, detail: spanWords(r.start, r.end) || undefined, cite: r.cite })),
    );
    push(
      'Leads',
      own.filter((r) => r.from === id && ofRole(r, 'leader')).map((r) => item(r, r.to, words(posts(r), relationSpan(r)))),
    );
    push(
      'Member of',
      own.filter((r) => r.from === id && ofRole(r, 'member')).map((r) => item(r, r.to, words(view(r), relationSpan(r)))),
    );
  } else {
    const leaders = own
      .filter((r) => r.to === id && (ofRole(r, 'leader') || (ofRole(r, 'member') && r.as?.length)))
      .map((r) => {
        const d = death(r.from);
        return item(r, r.from, words(posts(r), d ? d.text : relationSpan(r)));
      });
    if (leaders.length > 0 || LED_KINDS.has(actor.kind))
      push('Leaders', leaders.length > 0 ? leaders : [{ text: 'Not named in the reports', cite: [] }]);
    push(
      'Part of',
      own.filter((r) => r.from === id && ofRole(r, 'member')).map((r) => item(r, r.to, words(view(r), relationSpan(r)))),
    );
    push(
      'Members',
      own.filter((r) => r.to === id && ofRole(r, 'member') && !r.as?.length).map((r) => item(r, r.from, words(view(r), relationSpan(r)))),
    );
  }
  push(
    'Backed by',
    own.filter((r) => r.to === id && ofRole(r, 'backer')).map((r) => item(r, r.from, words(view(r), relationSpan(r)))),
  );
  push(
    'Backs',
    own.filter((r) => r.from === id && ofRole(r, 'backer')).map((r) => item(r, r.to, words(view(r), relationSpan(r)))),
  );
  push(
    'Allied with',
    own.filter((r) => ofRole(r, 'ally')).map((r) => item(r, r.from === id ? r.to : r.from, words(view(r), relationSpan(r)))),
  );
  push(
    'Opponents',
    own
      .filter((r) => relationMeaning(r.type).hostile)
      .map((r) =>
        r.from === id
          ? item(r, r.to, words(relationSpan(r), view(r)), relationLabel(r.type))
          : item(r, r.from, words(relationSpan(r), view(r)), relationMeaning(r.type).reverse),
      ),
  );
  const events = eventsOf(m, id);
  const find = (x: string) => m.events.find((o) => o.id === x);
  const eventItem = (e: (typeof events)[number]): FactItem => ({
    text: e.title,
    href: url(`timeline/#${e.id}`),
    detail: eventWhen(e, find),
    cite: mergeCites([e.cite], FACT_CITES),
  });
  if (events.length > 0) push('First reported event', [eventItem(events[0]!)]);
  if (events.length > 1) push('Latest reported event', [eventItem(events.at(-1)!)]);
  const namedBy = new Map<string, Citation[][]>();
  const note = (cs: Citation[] | undefined) => cs?.forEach((c) => namedBy.set(c.source, [...(namedBy.get(c.source) ?? []), [c]]));
  note(actor.nameCite);
  actor.aliases.forEach((a) => note(a.cite));
  actor.coverage.forEach((c) => {
    const own = c.cite.filter((x) => x.source === c.source);
    namedBy.set(c.source, [...(namedBy.get(c.source) ?? []), own.length > 0 ? own : c.cite]);
  });
  push(
    'In the reports',
    m.sources
      .filter((s) => namedBy.has(s.id))
      .map((s) => ({ text: s.label, href: articleUrl(s.id), cite: mergeCites(namedBy.get(s.id)!, 2) })),
  );
  return rows;
}

/** One spelling of the name as the profile lists it. */
export interface Spelling {
  name: string;
  lang?: string | undefined;
  /** The profile's own heading ("used on this site"), as against one of its other spellings. */
  primary?: boolean;
  /** For the heading: a report uses it too. */
  inReport?: boolean;
  /** Where the spelling comes from: a report, or a kind of outside knowledge (shown with its mark). */
  origin?: 'report' | OutsideKind | undefined;
  /** An outside note on how the name is tied to this actor. */
  outside?: OutsideNote | undefined;
  note?: string | undefined;
  cite?: Citation[] | undefined;
}

/** The network section: a relationship diagram with its list, or, for actors with no relationship, an event diagram. */
export type ProfileNetwork =
  | { kind: 'relationships'; code: string; caption: string; description: string; shown: Relationship[] }
  | { kind: 'events'; code: string; caption: string; description: string };

/** What the profile page of one actor shows. */
export interface ActorProfileData {
  actor: Actor;
  kind: string;
  side: string;
  labels: Record<string, string>;
  /** Reports the actor appears in, for the header line. */
  namedIn: { id: string; label: string; href: string }[];
  /** Years of its events, for the search filters. */
  years: string[];
  /** Press spellings a search should match. */
  variants: string[];
  facts: FactRow[];
  spellings: Spelling[];
  network: ProfileNetwork;
  /** Names of every actor the relationship list mentions. */
  names: Record<string, { name: string }>;
  /**
   * Its dated events. `with` lists the other actors of each event, linked, when
   * the network is drawn as an event diagram: the list is that diagram as text.
   */
  events: { id: string; href: string; date: string; title: string; cite: Citation[]; with: { name: string; href: string }[] }[];
}

/** Derives the whole profile of actor `id`. */
export function actorProfile(m: Model, id: string): ActorProfileData {
  const actor = m.actor(id);
  const labels = sourceLabels(m);
  const own = relationshipsOf(m, id);
  const events = eventsOf(m, id);
  const covering = sourcesCovering(actor);
  const namedIn = m.sources.filter((s) => covering.includes(s.id)).map((s) => ({ id: s.id, label: s.label, href: articleUrl(s.id) }));
  let network: ProfileNetwork;
  if (own.length === 0) {
    const d = eventNetwork(m.actors, events, id, { href: actorUrl, eventHref: (e) => url(`timeline/#${e}`), cap: 8 });
    network = {
      kind: 'events',
      code: d.code,
      description: `${d.events} events involving ${actor.name}, each linked to the other actors involved; the Events list below gives them as text with citations.`,
      caption:
        d.omitted > 0
          ? `Shows ${d.events} of ${d.events + d.omitted} events.`
          : 'Rounded boxes with dates are events; select one to open it on the timeline.',
    };
  } else {
    const d = egoNetwork(m.actors, m.relationships, id, { href: actorUrl, cap: CAP });
    const ring = d.shown.length - own.length;
    network = {
      kind: 'relationships',
      code: d.code,
      shown: d.shown,
      description: `${d.shown.length} relationships around ${actor.name}; each node links to a profile. The list below gives them as text with citations.`,
      caption:
        d.omitted > 0
          ? `Shows ${own.length} direct relationships and ${ring} from the next ring; ${d.omitted} more from the next ring are left out to keep it legible — see the linked profiles or the Network page.`
          : `Shows all ${own.length} direct relationships${ring > 0 ? ` and ${ring} between the actors around it` : ''}.`,
    };
  }
  const mentioned = new Set(network.kind === 'relationships' ? network.shown.flatMap((r) => [r.from, r.to]) : []);
  return {
    actor,
    kind: KIND_LABELS[actor.kind][0],
    side: SIDE_LABELS[actor.side],
    labels,
    namedIn,
    years: [...new Set(events.map((e) => e.date.value.slice(0, 4)))].sort(),
    variants: searchVariants([actor.name, ...actor.aliases.map((a) => a.name)]),
    facts: keyFacts(m, id),
    spellings: [
      {
        name: actor.name,
        primary: true,
        inReport: actor.nameCite.length > 0,
        origin: actor.nameOrigin,
        ...(actor.nameCite.length > 0 ? { cite: actor.nameCite } : {}),
      },
      ...actor.aliases.map((a) => ({ name: a.name, lang: a.lang, origin: a.origin, outside: a.outside, note: a.note, cite: a.cite })),
    ],
    network,
    names: Object.fromEntries([...mentioned].map((a) => [a, { name: m.actor(a).name }])),
    events: events.map((e) => ({
      id: e.id,
      href: url(`timeline/#${e.id}`),
      date: eventWhen(e, (x) => m.events.find((o) => o.id === x)),
      title: e.title,
      cite: e.cite,
      with: network.kind === 'events' ? e.actors.filter((a) => a !== id).map((a) => ({ name: m.actor(a).name, href: actorUrl(a) })) : [],
    })),
  };
}
