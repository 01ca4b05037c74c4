/**
 * Everything an actor's profile page shows, derived once from the model:
 * the key-facts box (kind and side, leaders, parent groups, members, backers,
 * opponents, roles, first and last reported event, the reports that name it),
 * its spellings, network diagram, relationships and events. Components only
 * render what this returns.
 */
import { groupBy } from '@/lib/group';
import { egoGraph, eventGraph, SIDE_LABELS, type Drawing } from '@/lib/diagrams/generate';
import { spanWords } from '@/lib/dates';
import { actorUrl, articleUrl, url } from '@/lib/url';
import { eventWhen } from './chronology';
import {
  eventsOf,
  KIND_LABELS,
  nameInText,
  pronounFor,
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
import { capitalise, searchVariants } from '@/lib/text';
import { chainsFrom, mainActors } from './connections';
import { relationshipHome } from './network';
import type { OutsideKind, OutsideNote } from '@/schemas/outside';
import type { Citation } from './types';

/** Most citations shown for one key fact: enough to check it, few enough to read. */
const FACT_CITES = 4;

/** One entry of a key-facts row: a name or phrase, where it links, and its citations. */
interface FactItem {
  /** Words read before the linked text, e.g. "killed by". */
  before?: string | undefined;
  text: string;
  href?: string;
  /** What follows the text, in words: a post, a span ("until February 2024"), whose view it is ("per IRIA 2024"). */
  detail?: string | undefined;
  cite: Citation[];
  /** A stated absence ("Not named in the reports"): nothing to cite, shown as unknown. */
  absent?: boolean;
}

/** One row of the key-facts box. */
export interface FactRow {
  label: string;
  items: FactItem[];
  /** The row's anchor, where it stands in for a section the profile leaves out (`roles`). */
  id?: string;
}

/** Kinds of actor whose key facts always have a Leaders row, saying so when the reports name no one. */
const LED_KINDS = new Set<Actor['kind']>(['armed-group', 'military-unit', 'coalition']);
/** The post a leadership type gives, when the reports name none. */
const POST: Partial<Record<Relationship['type'], string>> = { commands: 'commander', leads: 'leader' };
/** Names read with "the" in a sentence ("killed by the United States"). */
const THE = /^(United |US |Iraqi |Islamic |Popular |Quds |Iran-aligned |Iran-backed )/;

const refOf = (c: Citation) => `${c.source}:${c.p}`;

/** Citations without repeats, in first-seen order, at most `max`. */
function mergeCites(lists: Citation[][], max = Infinity): Citation[] {
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
      items: [{ text: `${KIND_LABELS[actor.kind][0]} · ${SIDE_LABELS[actor.side]}`, cite: mergeCites([actor.about[0]!.cite], FACT_CITES) }],
    },
  ];
  const push = (label: string, items: FactItem[]) => items.length > 0 && rows.push({ label, items });
  // An unnamed source has little else to show: say who it is.
  if (actor.anonymous) push('Who', [{ text: actor.short, cite: mergeCites([actor.shortCite], FACT_CITES) }]);
  const ofRole = (r: Relationship, ...roles: string[]) => roles.includes(role(r));
  if (actor.kind === 'person') {
    // A person's roles are listed here, not again in a Roles section: the row keeps the section's
    // anchor, so a link to #roles still lands on them.
    if (actor.roles.length > 0)
      rows.push({
        label: 'Roles',
        id: 'roles',
        items: actor.roles.map((r) => ({ text: r.title, detail: spanWords(r.start, r.end) || undefined, cite: r.cite })),
      });
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
      push('Leaders', leaders.length > 0 ? leaders : [{ text: 'Not named in the reports', cite: [], absent: true }]);
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
  // Where each report names the actor: the name's and the spellings' citations, one by one, then
  // each report's coverage entry (its own paragraphs, or all it cites when none is its own).
  const naming: { source: string; cite: Citation[] }[] = [
    ...[actor.nameCite, ...actor.aliases.map((a) => a.cite ?? [])].flat().map((c) => ({ source: c.source, cite: [c] })),
    ...actor.coverage.map((c) => {
      const own = c.cite.filter((x) => x.source === c.source);
      return { source: c.source, cite: own.length > 0 ? own : c.cite };
    }),
  ];
  const namedBy = groupBy(naming, (n) => [n.source]);
  push(
    'In the reports',
    m.sources
      .filter((s) => namedBy.has(s.id))
      .map((s) => ({
        text: s.label,
        href: articleUrl(s.id),
        cite: mergeCites(
          namedBy.get(s.id)!.map((n) => n.cite),
          2,
        ),
      })),
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
  | {
      kind: 'relationships';
      phone?: Drawing | undefined;
      wide?: Drawing | undefined;
      caption: string;
      description: string;
      /** What the phone layout leaves to the lists (the ties among the actors around it). */
      phoneNote?: string | undefined;
      /** Its own relationships, and those among the actors around it. */
      direct: Relationship[];
      among: Relationship[];
      /** Where each is written out with its sources (`relationshipHome`). */
      home: (r: Relationship) => string;
    }
  | { kind: 'events'; phone?: Drawing | undefined; caption: string; description: string };

/** One row of "How X connects to the others": the chain to one main actor, ready to print. */
export interface ProfileConnection {
  to: { id: string; name: string };
  steps: { href: string; verb: string; forward: boolean; toId: string; toName: string; sentence: string }[];
  /** The citations of every step, merged: the chain is one statement. */
  cite: Citation[];
}

/** The chains from a main actor to each of the others; empty for any other actor. */
function profileConnections(m: Model, id: string): ProfileConnection[] {
  const main = mainActors(m);
  if (!main.includes(id)) return [];
  return chainsFrom(m, id, main).map((c) => ({
    to: { id: c.to, name: m.actor(c.to).name },
    steps: c.steps.map((s) => ({
      href: relationshipHome(m, s.rel),
      // A step taken against the relationship's direction reads in the passive ("heeded by"), so every
      // chain reads left to right: "Esmail Qaani — heeded by → the factions — blamed by → the United States".
      verb: s.forward ? relationLabel(s.rel.type) : relationMeaning(s.rel.type).reverse,
      forward: s.forward,
      toId: s.to,
      toName: m.actor(s.to).name,
      // Read as shown, so the visible verb is part of the link's name: "Esmail Qaani heeded by Iraq's … factions".
      sentence: s.forward
        ? `${m.actor(s.rel.from).name} ${relationLabel(s.rel.type)} ${m.actor(s.rel.to).name}`
        : `${m.actor(s.rel.to).name} ${relationMeaning(s.rel.type).reverse} ${m.actor(s.rel.from).name}`,
    })),
    cite: mergeCites(c.steps.map((s) => s.rel.cite)),
  }));
}

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
  /** How it connects to each main actor (main actors only). */
  connections: ProfileConnection[];
  /** Names of every actor the relationship list mentions. */
  names: Record<string, Pick<Actor, 'name' | 'article'>>;
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
  const inText = nameInText(actor);
  const { it, is, its } = pronounFor(actor);
  if (own.length === 0) {
    const d = eventGraph(m.actors, events, id, { href: actorUrl, eventHref: (e) => url(`timeline/#${e}`), cap: 8 });
    network = {
      kind: 'events',
      phone: d.phone,
      description: `${capitalise(inText)} and the ${d.events === 1 ? 'one event' : `${d.events} events`} the reports name ${it === 'it' ? 'it' : 'them'} in, each edge dated; each event links to the timeline. The Events list below says who else took part.`,
      caption:
        d.omitted > 0
          ? `Shows ${d.events} of ${d.events + d.omitted} events; the Events list below has them all.`
          : 'Rounded boxes are events; select one to open it on the timeline.',
    };
  } else {
    const d = egoGraph(m.actors, m.relationships, id, {
      href: actorUrl,
      relHref: (r) => relationshipHome(m, r),
      listHref: '#relationships',
    });
    const ties = (n: number) => `${n} ${n === 1 ? 'tie' : 'ties'}`;
    network = {
      kind: 'relationships',
      phone: d.phone,
      wide: d.wide,
      direct: d.direct,
      among: d.among,
      home: (r) => relationshipHome(m, r),
      description: `${capitalise(inText)} and the actors ${it} ${is} tied to: ${ties(d.direct.length)} of ${its} own${d.among.length ? ` and ${ties(d.among.length)} among the others` : ''}. Each arrow points from the actor who acts to the one acted on and is labelled with the verb; each name links to its profile and each verb to the relationship. The lists below give the same with citations.`,
      caption: `Arrows run from who acts to who is acted on.${d.folded ? ' An uncoloured box stands for several actors, listed below.' : ''}`,
      phoneNote: d.among.length
        ? `On a narrow screen this drawing shows only the ties of ${inText}; the ${ties(d.among.length)} among the others are drawn on a wider screen and listed below.`
        : undefined,
    };
  }
  const mentioned = new Set(network.kind === 'relationships' ? [...network.direct, ...network.among].flatMap((r) => [r.from, r.to]) : []);
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
    connections: profileConnections(m, id),
    names: Object.fromEntries([...mentioned].map((a) => [a, { name: m.actor(a).name, article: m.actor(a).article }])),
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
