/**
 * Pure diagram generators: plain arrays of actors, relationships and events in,
 * mermaid source (and the list of what it shows) out. No I/O, so every output
 * is pinned by unit tests.
 *
 * Every flowchart is designed for a 360 px phone column: it is laid out top to
 * bottom as one narrow stack of labelled boxes, and every label is broken
 * between words into short lines here (mermaid's own wrapping would cut names
 * mid-word). A diagram then needs no sideways scrolling and its labels stay at
 * least 12 px when the SVG is scaled to the column.
 */
import type { ActorKind, ActorSide } from '@/schemas/actor';
import { relationshipTypes, type RelationshipType } from '@/schemas/relationship';
import type { PartialDate } from '@/schemas/common';
import { shortDate } from '@/lib/dates';
import { SIDE_LABELS } from '@/schemas/labels';

export interface DiagramActor {
  id: string;
  name: string;
  kind: ActorKind;
  side: ActorSide;
}
export interface DiagramRelationship {
  id: string;
  from: string;
  to: string;
  type: RelationshipType;
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
}
export interface DiagramEvent {
  id: string;
  date: PartialDate;
  title: string;
}

/** What a generated diagram contains, so the page can list it as text. */
export interface Diagram<R extends DiagramRelationship = DiagramRelationship> {
  code: string;
  /** The relationships drawn, in drawing order. */
  shown: R[];
  /** Relationships left out to keep it legible. */
  omitted: number;
}

export { SIDE_LABELS };
/** Sides in the order the site presents them. */
export const SIDE_ORDER: ActorSide[] = ['iran', 'iraqi-factions', 'iraqi-state', 'us-coalition', 'other'];

/** Longest line, in characters, of a node label: two such nodes side by side still fit a phone column. */
export const LINE_CHARS = 18;
/** Longest line of a box title. */
export const TITLE_CHARS = 30;

/** Node shape class for an actor kind: people, states and everything else look different. */
export function shapeOf(kind: ActorKind): 'person' | 'state' | 'org' {
  return kind === 'person' ? 'person' : kind === 'state' ? 'state' : 'org';
}

/** The CSS class that colours a node by its side. */
export const sideClass = (side: ActorSide) => `side_${side.replace(/-/g, '_')}`;

const nodeId = (id: string) => `a_${id.replace(/-/g, '_')}`;
/** Mermaid-safe label text: quotes and markup characters become entities. */
export const label = (s: string) =>
  s
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, '')
    .replace(/[[\]{}|]/g, ' ');

/** Greedy line filling: each line takes words while it stays within `max` characters. */
function fill(words: string[], max: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Breaks text into lines of at most `max` characters, only between words (a
 * word longer than `max` keeps a line of its own), joined with mermaid's `<br>`.
 * Lines are balanced: as few as filling to `max` needs, each as short as that
 * allows, so no word is left alone on a last line ("Kataib Hezbollah is a
 * member / of …" becomes "Kataib Hezbollah / is a member of …").
 */
export function wrapLabel(text: string, max = LINE_CHARS): string {
  const lines: string[] = [];
  // A newline in the text is a break the caller wants; each part is wrapped on its own.
  for (const part of text.split('\n')) {
    // Plain spaces only: a no-break space (as in a date span) holds its words together.
    const words = part.split(/[ \t]+/).filter(Boolean);
    const count = fill(words, max).length;
    let width = Math.max(...words.map((w) => w.length), Math.ceil(part.length / Math.max(count, 1)));
    while (width < max && fill(words, width).length > count) width++;
    lines.push(...fill(words, width));
  }
  return lines.map(label).join('<br>');
}

/** "2020–", "Jan 2024", "2014–2020": the time span of a relationship, or "". */
export function spanLabel(start?: PartialDate, end?: PartialDate): string {
  if (start && end) return start.value === end.value ? shortDate(start) : `${shortDate(start)}–${shortDate(end)}`;
  if (start) return `${shortDate(start)}–`;
  if (end) return `–${shortDate(end)}`;
  return '';
}

/** One node line: shape by kind, class by kind (mermaid adds the side class separately). */
function node(id: string, a: DiagramActor, text = a.name): string {
  const t = `"${wrapLabel(text)}"`;
  const shape = shapeOf(a.kind);
  const body = shape === 'person' ? `(${t})` : shape === 'state' ? `{{${t}}}` : `[${t}]`;
  return `${id}${body}:::${shape}`;
}

/** A box of the stacked layout: a title and the nodes inside it, one per line. */
interface Box {
  key: string;
  title: string;
  /** Actor nodes (each links to its profile) or one summary node linking elsewhere. */
  items: ({ actor: DiagramActor; text?: string } | { summary: string; href: string })[];
}

/**
 * The phone-first layout every flowchart shares: an optional head node at the
 * top, then boxes stacked one under another, each holding its nodes in a single
 * column. Invisible links (`~~~`) fix the order, so the width is that of the
 * widest box, whatever the number of nodes. (Two nodes side by side do not fit:
 * mermaid draws every node at least 152 px wide, 50 px apart, whatever its
 * nodeSpacing setting.)
 */
function stacked(boxes: Box[], href: (id: string) => string, head?: DiagramActor): string {
  const lines = ['flowchart TD'];
  /** Node ids, top to bottom. */
  const order: string[] = [];
  const links: string[] = [];
  const sides = new Map<ActorSide, string[]>();
  const mark = (id: string, a: DiagramActor) => sides.set(a.side, [...(sides.get(a.side) ?? []), id]);
  if (head) {
    const id = nodeId(head.id);
    lines.push(`  ${node(id, head)}`);
    order.push(id);
    mark(id, head);
    links.push(`  click ${id} href "${href(head.id)}"`);
  }
  for (const box of boxes) {
    lines.push(`  subgraph ${box.key}["${wrapLabel(box.title, TITLE_CHARS)}"]`);
    box.items.forEach((item, i) => {
      const id = `${box.key}_${i}`;
      if ('actor' in item) {
        lines.push(`    ${node(id, item.actor, item.text)}`);
        mark(id, item.actor);
        links.push(`  click ${id} href "${href(item.actor.id)}"`);
      } else {
        lines.push(`    ${id}["${wrapLabel(item.summary)}"]:::summary`);
        links.push(`  click ${id} href "${item.href}"`);
      }
      order.push(id);
    });
    lines.push('  end');
  }
  // Each node hangs invisibly from the one above it: that fixes the order, top to bottom.
  for (let i = 1; i < order.length; i++) lines.push(`  ${order[i - 1]} ~~~ ${order[i]}`);
  if (head) lines.push(`  class ${nodeId(head.id)} focus`);
  for (const side of SIDE_ORDER) if (sides.has(side)) lines.push(`  class ${sides.get(side)!.join(',')} ${sideClass(side)}`);
  return [...lines, ...links].join('\n');
}

/** How a relationship type reads with its subject first ("Kataib Hezbollah is part of …"). */
const OUT_VERB: Partial<Record<RelationshipType, string>> = {
  'member-of': 'is a member of',
  'part-of': 'is part of',
  'allied-with': 'is allied with',
};
const TYPE_ORDER = Object.keys(relationshipTypes) as RelationshipType[];

export interface NetworkOptions {
  /** Builds the link target of an actor's profile. */
  href: (actorId: string) => string;
  /** Highlight this actor (its own network). */
  focus?: string;
  /** Kept for callers; every diagram is now laid out top to bottom. */
  groupBySide?: boolean;
  /** Kept for callers; every diagram is now laid out top to bottom. */
  direction?: 'LR' | 'TB';
  /** Show time spans in box titles (default true). */
  spans?: boolean;
}

function checkActors(byId: Map<string, DiagramActor>, rels: DiagramRelationship[]): void {
  for (const r of rels) for (const id of [r.from, r.to]) if (!byId.has(id)) throw new Error(`relationship names unknown actor "${id}"`);
}

/**
 * A set of relationships as stacked boxes, one per acting actor ("Iran …"),
 * holding a node per relationship that names its type and other end ("backs /
 * Kataib Hezbollah"). Every node links to its profile.
 */
export function networkDiagram<R extends DiagramRelationship>(actors: DiagramActor[], rels: R[], opts: NetworkOptions): Diagram<R> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  checkActors(byId, rels);
  const groups = new Map<string, { from: DiagramActor; items: { to: DiagramActor; text: string }[] }>();
  for (const r of rels) {
    const g = groups.get(r.from) ?? { from: byId.get(r.from)!, items: [] };
    const span = (opts.spans ?? true) ? spanLabel(r.start, r.end) : '';
    const text = `${relationshipTypes[r.type]}${span ? ` (${span.replace(/ /g, '\u00a0')})` : ''}\n${byId.get(r.to)!.name}`;
    if (!g.items.some((i) => i.text === text)) g.items.push({ to: byId.get(r.to)!, text });
    groups.set(r.from, g);
  }
  const boxes: Box[] = [...groups.values()].map((g, i) => ({
    key: `g${i + 1}`,
    title: `${g.from.name} …`,
    items: g.items.map((item) => ({ actor: item.to, text: item.text })),
  }));
  return { code: stacked(boxes, opts.href), shown: rels, omitted: 0 };
}

export interface EgoOptions extends Omit<NetworkOptions, 'focus'> {
  /** Kept for callers: the grouped diagram always shows every direct relationship. */
  cap?: number;
  /** Where a summary node ("4 news outlets") links: the page's list of relationships. */
  listHref?: string;
  /** A group with more members than this becomes one summary node (default 4). */
  collapseAbove?: number;
}

/**
 * An actor's own network: the actor at the top, then one box per relationship
 * type and direction ("Esmail Qaani commands …", "… reported on Esmail Qaani").
 * A box of news outlets, or of more than `collapseAbove` actors, becomes one
 * node ("4 news outlets") linking to the page's list.
 */
export function egoNetwork<R extends DiagramRelationship>(actors: DiagramActor[], rels: R[], focus: string, opts: EgoOptions): Diagram<R> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const me = byId.get(focus);
  if (!me) throw new Error(`relationship names unknown actor "${focus}"`);
  const direct = rels.filter((r) => r.from === focus || r.to === focus);
  checkActors(byId, direct);
  const groups = new Map<string, { out: boolean; type: RelationshipType; ids: string[] }>();
  for (const r of direct) {
    const out = r.from === focus;
    const key = `${out ? 'out' : 'in'}:${r.type}`;
    const g = groups.get(key) ?? { out, type: r.type, ids: [] };
    const other = out ? r.to : r.from;
    if (!g.ids.includes(other)) g.ids.push(other);
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || Number(b.out) - Number(a.out),
  );
  const limit = opts.collapseAbove ?? 4;
  const boxes: Box[] = sorted.map((g, i) => {
    const members = g.ids.map((id) => byId.get(id)!);
    const media = members.length > 1 && members.every((a) => a.kind === 'media');
    const verb = relationshipTypes[g.type];
    return {
      key: `g${i + 1}`,
      title: g.out ? `${me.name} ${OUT_VERB[g.type] ?? verb} …` : `… ${verb} ${me.name}`,
      items:
        media || members.length > limit
          ? [{ summary: `${members.length} ${media ? 'news outlets' : 'actors'}\n(see the list)`, href: opts.listHref ?? '#relationships' }]
          : members.map((actor) => ({ actor })),
    };
  });
  return { code: stacked(boxes, opts.href, me), shown: direct, omitted: 0 };
}

/** Ties between two sides (both directions), or within one. */
export interface SideTie {
  a: ActorSide;
  b: ActorSide;
  count: number;
}

/** Counts relationships between each pair of sides (order-free) and within each side. */
export function sideTies(actors: DiagramActor[], rels: DiagramRelationship[]): SideTie[] {
  const sideOf = new Map(actors.map((a) => [a.id, a.side]));
  const counts = new Map<string, number>();
  for (const r of rels) {
    const from = sideOf.get(r.from);
    const to = sideOf.get(r.to);
    if (!from || !to) throw new Error(`relationship names unknown actor "${from ? r.to : r.from}"`);
    const [a, b] = [from, to].sort((x, y) => SIDE_ORDER.indexOf(x) - SIDE_ORDER.indexOf(y));
    counts.set(`${a}>${b}`, (counts.get(`${a}>${b}`) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [a, b] = key.split('>') as [ActorSide, ActorSide];
    return { a, b, count };
  });
}

/**
 * The whole network folded to sides, for a phone: one box per side, holding a
 * node per side it has ties with ("Iraq’s armed factions: 9 ties"), plus its
 * ties within. Every node links to that side's own page.
 */
export function sideOverviewDiagram(actors: DiagramActor[], rels: DiagramRelationship[], href: (side: ActorSide) => string): Diagram {
  const ties = sideTies(actors, rels);
  const present = SIDE_ORDER.filter((s) => actors.some((a) => a.side === s));
  const sid = (s: string) => s.replace(/-/g, '_');
  const lines = ['flowchart TD'];
  const order: string[] = [];
  const clicks: string[] = [];
  for (const side of present) {
    const mine = ties
      .filter((t) => t.a === side || t.b === side)
      .sort((x, y) => SIDE_ORDER.indexOf(x.a === side ? x.b : x.a) - SIDE_ORDER.indexOf(y.a === side ? y.b : y.a));
    if (!mine.length) continue;
    lines.push(`  subgraph box_${sid(side)}["${wrapLabel(SIDE_LABELS[side], TITLE_CHARS)}"]`);
    for (const t of mine) {
      const other = t.a === side ? t.b : t.a;
      const id = `t_${sid(side)}_${sid(other)}`;
      const text = other === side ? `${t.count} within this side` : `${t.count} with ${SIDE_LABELS[other].replace(/^The /, 'the ')}`;
      lines.push(`    ${id}["${wrapLabel(text, 24)}"]:::org`);
      order.push(id);
      clicks.push(`  class ${id} ${sideClass(other)}`, `  click ${id} href "${href(other)}"`);
    }
    lines.push('  end');
  }
  for (let i = 1; i < order.length; i++) lines.push(`  ${order[i - 1]} ~~~ ${order[i]}`);
  return { code: [...lines, ...clicks].join('\n'), shown: rels, omitted: 0 };
}

/**
 * The actors of one side grouped by kind, in order of first appearance, each
 * with its number of ties in `rels`: what the side's diagram draws, and its text.
 */
export function sideMembers<A extends DiagramActor>(
  actors: A[],
  rels: DiagramRelationship[],
  side: ActorSide,
): { kind: ActorKind; actors: { actor: A; ties: number }[] }[] {
  const members = actors.filter((a) => a.side === side);
  const ties = (id: string) => rels.filter((r) => r.from === id || r.to === id).length;
  return [...new Set(members.map((a) => a.kind))].map((kind) => ({
    kind,
    actors: members.filter((a) => a.kind === kind).map((actor) => ({ actor, ties: ties(actor.id) })),
  }));
}

/**
 * The actors of one side, a box per kind ("People", "Armed groups"), each node
 * a link to the profile, with its number of stated ties.
 */
export function sideMembersDiagram(
  actors: DiagramActor[],
  rels: DiagramRelationship[],
  side: ActorSide,
  opts: { href: (actorId: string) => string; kindLabel: (kind: ActorKind) => string },
): string {
  const boxes: Box[] = sideMembers(actors, rels, side).map((group, i) => ({
    key: `k${i + 1}`,
    title: opts.kindLabel(group.kind),
    items: group.actors.map(({ actor, ties: n }) => ({
      actor,
      text: n ? `${actor.name}\n${n} ${n === 1 ? 'tie' : 'ties'}` : actor.name,
    })),
  }));
  return stacked(boxes, opts.href);
}

/**
 * For an actor the reports tie to events but to no stated relationship: the
 * actor at the top, then one box per event holding who else took part. Event
 * titles are box titles; actor nodes link to their profiles. No relationship is implied.
 */
export function eventNetwork(
  actors: DiagramActor[],
  events: (DiagramEvent & { actors: string[] })[],
  focus: string,
  opts: { href: (actorId: string) => string; eventHref: (eventId: string) => string; cap: number },
): { code: string; events: number; omitted: number } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const me = byId.get(focus);
  if (!me) throw new Error(`event names unknown actor "${focus}"`);
  const mine = events.filter((e) => e.actors.includes(focus));
  const shown = mine.slice(0, opts.cap);
  const boxes: Box[] = shown.map((e, i) => ({
    key: `e${i + 1}`,
    title: `${shortDate(e.date)}: ${e.title}`,
    items: [
      ...e.actors
        .filter((id) => id !== focus)
        .map((id) => {
          const actor = byId.get(id);
          if (!actor) throw new Error(`event names unknown actor "${id}"`);
          return { actor };
        }),
      { summary: 'This event on the timeline', href: opts.eventHref(e.id) },
    ],
  }));
  return { code: stacked(boxes, opts.href, me), events: shown.length, omitted: mine.length - shown.length };
}
