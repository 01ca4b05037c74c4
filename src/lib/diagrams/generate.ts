/**
 * Pure diagram generators: plain arrays of actors, relationships and events in,
 * mermaid source (and the list of what it shows) out. No I/O, so every output
 * is pinned by unit tests.
 *
 * Every relationship diagram is a node-link graph: actors are nodes, each
 * relationship a visible, directed edge labelled with its verb, and mermaid
 * lays it out. Two layouts exist because a phone column and a desktop page
 * differ by a factor of three in width:
 *
 * - a **fan** (left to right, two columns, laid out by dagre): every edge runs
 *   between the columns, so the drawing is as wide as two names and one verb
 *   whatever the number of ties. A relationship that runs the other way keeps
 *   its true direction: the edge is laid out left to right and its arrowhead
 *   drawn at the start (`%% reverse`). This is what a 360 px phone can hold
 *   with labels of at least 12 px.
 * - a **layered** graph (top to bottom, laid out by ELK, which crossed fewer
 *   edges than dagre on this corpus): every tie, including those among the
 *   actors around the one in focus, for a screen wide enough to hold it.
 *
 * A tie between two actors of the same fan column cannot be drawn in two
 * columns (it would need a third), so a graph that has such ties gets both
 * layouts; the page shows the one that fits and lists every tie as text.
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

export { SIDE_LABELS };
/** Sides in the order the site presents them. */
export const SIDE_ORDER: ActorSide[] = ['iran', 'iraqi-factions', 'iraqi-state', 'us-coalition', 'other'];

/** Longest line, in characters, of a node label in a fan: two columns of such names and a verb fit a phone. */
const LINE_CHARS = 16;
/** Longest line of an edge label. */
const EDGE_CHARS = 12;
/** Most neighbours a fan draws one by one; the least connected of the rest are folded into one node. */
export const FAN_MAX = 12;

/** Node shape class for an actor kind: people, states and everything else look different. */
function shapeOf(kind: ActorKind): 'person' | 'state' | 'org' {
  return kind === 'person' ? 'person' : kind === 'state' ? 'state' : 'org';
}

/** The CSS class that colours (and borders) a node by its side. */
const sideClass = (side: ActorSide) => `side_${side.replace(/-/g, '_')}`;

const nodeId = (id: string) => `a_${id.replace(/-/g, '_')}`;
/** Mermaid-safe label text: quotes and markup characters become entities. */
const label = (s: string) =>
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
    const words = part.split(/[ \t]+/).filter(Boolean);
    const count = fill(words, max).length;
    let width = Math.max(...words.map((w) => w.length), Math.ceil(part.length / Math.max(count, 1)));
    while (width < max && fill(words, width).length > count) width++;
    lines.push(...fill(words, width));
  }
  return lines.map(label).join('<br>');
}

/** How a relationship type reads on an edge: its verb, as short as the vocabulary has it. */
const verbOf = (type: RelationshipType): string => relationshipTypes[type];

/** A node of a graph: an actor (linked to its profile) or a summary of several (linked to a list). */
interface GraphNode {
  key: string;
  text: string;
  href: string;
  shape: 'person' | 'state' | 'org' | 'summary' | 'event';
  side?: ActorSide | undefined;
  focus?: boolean;
  /** Fan column: 0 (left) or 1 (right). */
  col?: 0 | 1;
}

/** An edge of a graph: one or more relationships between the same two nodes in the same direction. */
interface GraphEdge<R extends DiagramRelationship = DiagramRelationship> {
  from: string;
  to: string;
  text: string;
  /** Where the edge's label links: its (first) relationship in the cited list. */
  href?: string | undefined;
  rels: R[];
}

/** The shapes a drawing's key explains, in the key's order. */
export const KEY_SHAPES = ['person', 'org', 'state', 'summary'] as const;
export type KeyShape = (typeof KEY_SHAPES)[number];

/**
 * What a drawing uses that its key explains: the sides its actors are on, the shapes of its nodes,
 * and whether one node is marked as the actor the page is about.
 */
export interface DrawingKey {
  sides: ActorSide[];
  shapes: KeyShape[];
  focus: boolean;
}

/** What a diagram draws, in mermaid, and which relationships each layout shows. */
export interface Drawing {
  code: string;
  nodes: number;
  edges: number;
  key: DrawingKey;
}

/** A generated diagram: a phone layout, and (when it differs) a wider one of the whole graph. */
export interface Diagram<R extends DiagramRelationship = DiagramRelationship> {
  /** Two columns, fits a phone. Absent when the layered drawing is the only one. */
  phone?: Drawing | undefined;
  /** The whole graph, top to bottom. Absent when the fan already draws every tie. */
  wide?: Drawing | undefined;
  /** Every relationship the diagram stands for, in drawing order. */
  shown: R[];
  /** Relationships the phone layout leaves out (ties within one of its columns); the page lists them. */
  notOnPhone: R[];
}

function nodeLine(n: GraphNode): string {
  const t = `"${n.shape === 'summary' || n.shape === 'event' ? n.text : wrapLabel(n.text)}"`;
  const body = n.shape === 'person' ? `(${t})` : n.shape === 'state' ? `{{${t}}}` : `[${t}]`;
  return `  ${n.key}${body}:::${n.shape}`;
}

/** Layout front matter: dagre for fans (it keeps two columns), ELK for the layered view. */
const FAN_HEADER = ['---', 'config:', '  layout: dagre', '---'];

/**
 * The mermaid source of one drawing. Edges are named `e1`, `e2`… in order;
 * `%% reverse eN` draws edge N's arrowhead at its start (it is laid out against
 * its direction) and `%% edge-link eN href "…"` makes its label a link. Both
 * are read by the renderer (svg.ts).
 */
interface EmitEdge {
  from: string;
  to: string;
  text: string;
  href?: string | undefined;
  reverse?: boolean;
}
function emit(nodes: GraphNode[], edges: EmitEdge[], layout: 'fan' | 'layered'): Drawing {
  const names = new Map(nodes.map((n) => [n.key, n.text.replace(/<br>/g, ' ').replace(/"/g, '')]));
  const lines = layout === 'fan' ? [...FAN_HEADER, 'flowchart LR'] : ['flowchart TD'];
  for (const n of nodes) lines.push(nodeLine(n));
  const notes: string[] = [];
  edges.forEach((e, i) => {
    const id = `e${i + 1}`;
    lines.push(`  ${e.from} ${id}@-- "${wrapLabel(e.text, EDGE_CHARS)}" --> ${e.to}`);
    if (e.reverse) notes.push(`%% reverse ${id}`);
    // The link's name says the whole tie, in its true direction: "Harakat al-Nujaba refused Esmail Qaani".
    const [a, b] = e.reverse ? [e.to, e.from] : [e.from, e.to];
    if (e.href) notes.push(`%% edge-link ${id} href "${e.href}" "${names.get(a)} ${e.text.replace(/"/g, '')} ${names.get(b)}"`);
  });
  const focus = nodes.filter((n) => n.focus).map((n) => n.key);
  if (focus.length) lines.push(`  class ${focus.join(',')} focus`);
  for (const side of SIDE_ORDER) {
    const keys = nodes.filter((n) => n.side === side).map((n) => n.key);
    if (keys.length) lines.push(`  class ${keys.join(',')} ${sideClass(side)}`);
  }
  for (const n of nodes) lines.push(`  click ${n.key} href "${n.href}"`);
  const key = {
    sides: SIDE_ORDER.filter((s) => nodes.some((n) => n.side === s)),
    shapes: KEY_SHAPES.filter((s) => nodes.some((n) => n.shape === s)),
    focus: nodes.some((n) => n.focus),
  };
  return { code: [...lines, ...notes].join('\n'), nodes: nodes.length, edges: edges.length, key };
}

/**
 * How many of `rels` touch each actor, in order of first appearance, counted in one pass (a scan
 * per comparison grew with the corpus). A relationship from an actor to itself counts once.
 */
export function tieCounts(rels: readonly { from: string; to: string }[]): Map<string, number> {
  const ties = new Map<string, number>();
  for (const r of rels) {
    ties.set(r.from, (ties.get(r.from) ?? 0) + 1);
    if (r.to !== r.from) ties.set(r.to, (ties.get(r.to) ?? 0) + 1);
  }
  return ties;
}

function tieCount(rels: readonly DiagramRelationship[]): (id: string) => number {
  const ties = tieCounts(rels);
  return (id) => ties.get(id) ?? 0;
}

/** Groups relationships by ordered pair of nodes, merging their verbs ("met with, asked"). */
function mergeEdges<R extends DiagramRelationship>(
  rels: R[],
  keyOf: (actorId: string) => string,
  relHref?: (r: R) => string,
): GraphEdge<R>[] {
  const byPair = new Map<string, GraphEdge<R>>();
  for (const r of rels) {
    const from = keyOf(r.from);
    const to = keyOf(r.to);
    const k = `${from}>${to}`;
    const e = byPair.get(k) ?? { from, to, text: '', href: relHref?.(r), rels: [] };
    e.rels.push(r);
    byPair.set(k, e);
  }
  for (const e of byPair.values()) e.text = [...new Set(e.rels.map((r) => verbOf(r.type)))].join(', ');
  return [...byPair.values()];
}

/** Fan edges: every edge laid out from column 0 to column 1, reversed when the relationship runs the other way. */
function fanEdges(edges: GraphEdge[], nodes: Map<string, GraphNode>) {
  return edges
    .filter((e) => nodes.get(e.from)?.col !== nodes.get(e.to)?.col)
    .map((e) => {
      const reverse = nodes.get(e.from)?.col === 1;
      return { from: reverse ? e.to : e.from, to: reverse ? e.from : e.to, text: e.text, href: e.href, reverse };
    });
}

function checkActors(byId: Map<string, DiagramActor>, rels: DiagramRelationship[]): void {
  for (const r of rels) for (const id of [r.from, r.to]) if (!byId.has(id)) throw new Error(`relationship names unknown actor "${id}"`);
}

const actorNode = (a: DiagramActor, href: (id: string) => string, extra: Partial<GraphNode> = {}): GraphNode => ({
  key: nodeId(a.id),
  text: a.name,
  href: href(a.id),
  shape: shapeOf(a.kind),
  side: a.side,
  ...extra,
});

export interface GraphOptions<R extends DiagramRelationship = DiagramRelationship> {
  /** Builds the link target of an actor's profile. */
  href: (actorId: string) => string;
  /** Where an edge links: the relationship in the cited list. */
  relHref?: (r: R) => string;
  /** Where a folded node ("4 news outlets") links: the page's list of relationships. */
  listHref?: string;
}

/**
 * An actor's own graph: the actor, its direct ties as labelled, directed edges,
 * and the ties among the actors around it. News outlets (two or more) fold into
 * one node, and beyond FAN_MAX neighbours the least connected fold into
 * another; each folded node says how many it holds and links to the list.
 *
 * The phone layout is a fan: the actor on the left, its neighbours in one
 * column. The wide layout, drawn only when there are ties among the
 * neighbours, adds them.
 */
export function egoGraph<R extends DiagramRelationship>(
  actors: DiagramActor[],
  rels: R[],
  focus: string,
  opts: GraphOptions<R>,
): Diagram<R> & { direct: R[]; among: R[]; folded: number } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const me = byId.get(focus);
  if (!me) throw new Error(`relationship names unknown actor "${focus}"`);
  const direct = rels.filter((r) => r.from === focus || r.to === focus);
  checkActors(byId, direct);
  const neighbours = [...new Set(direct.map((r) => (r.from === focus ? r.to : r.from)))];
  // Ties in the whole dataset, not only those drawn.
  const degree = tieCount(rels);
  const media = neighbours.filter((id) => byId.get(id)!.kind === 'media');
  const foldedMedia = new Set(media.length > 1 ? media : []);
  const rest = neighbours.filter((id) => !foldedMedia.has(id));
  // Beyond FAN_MAX, the neighbours with the fewest ties in the whole dataset fold into one node.
  const keep = new Set(
    [...rest]
      .sort((a, b) => degree(b) - degree(a) || rest.indexOf(a) - rest.indexOf(b))
      .slice(0, rest.length > FAN_MAX ? FAN_MAX - 1 : FAN_MAX),
  );
  const foldedOther = new Set(rest.filter((id) => !keep.has(id)));
  const list = opts.listHref ?? '#relationships';
  const keyOf = (id: string) => (id === focus ? nodeId(id) : foldedMedia.has(id) ? 'media' : foldedOther.has(id) ? 'others' : nodeId(id));
  const nodes: GraphNode[] = [actorNode(me, opts.href, { focus: true, col: 0 })];
  for (const id of neighbours) if (keep.has(id)) nodes.push(actorNode(byId.get(id)!, opts.href, { col: 1 }));
  if (foldedMedia.size)
    nodes.push({ key: 'media', text: `${foldedMedia.size} news outlets<br>(see the list)`, href: list, shape: 'summary', col: 1 });
  if (foldedOther.size)
    nodes.push({ key: 'others', text: `${foldedOther.size} more actors<br>(see the list)`, href: list, shape: 'summary', col: 1 });
  const among = rels.filter((r) => r.from !== focus && r.to !== focus && keep.has(r.from) && keep.has(r.to));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const directEdges = mergeEdges(direct, keyOf, opts.relHref);
  const phone = emit(nodes, fanEdges(directEdges, byKey), 'fan');
  let wide: Drawing | undefined;
  if (among.length) {
    const all = [...directEdges, ...mergeEdges(among, keyOf, opts.relHref)];
    wide = emit(
      nodes.map(({ col: _col, ...n }) => n),
      all.map((e) => ({ from: e.from, to: e.to, text: e.text, href: e.href })),
      'layered',
    );
  }
  return { phone, wide, shown: [...direct, ...among], notOnPhone: among, direct, among, folded: foldedMedia.size + foldedOther.size };
}

/**
 * The centres of a forest of stars, or undefined when the graph is not one: every connected part of
 * it must be one actor tied to each of the others, and they to no one else (a single tie is such a
 * part, centred on the actor who acts in it). Drawn with its centres in one column and the rest in
 * the other, such a graph has every tie between the columns and none crossing another.
 */
export function starCentres(ids: string[], rels: readonly { from: string; to: string }[]): Set<string> | undefined {
  const near = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const r of rels) {
    // A tie of an actor to itself runs within a column.
    if (r.from === r.to) return undefined;
    near.get(r.from)!.add(r.to);
    near.get(r.to)!.add(r.from);
  }
  const centres = new Set<string>();
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    // This part, gathered from its first actor in order of appearance.
    const part = [id];
    seen.add(id);
    for (let i = 0; i < part.length; i++)
      for (const n of near.get(part[i]!)!)
        if (!seen.has(n)) {
          seen.add(n);
          part.push(n);
        }
    // In a single tie both ends qualify, and the first found is the part's first actor.
    const centre = part.find((a) => near.get(a)!.size === part.length - 1);
    if (!centre || part.some((a) => a !== centre && near.get(a)!.size !== 1)) return undefined;
    centres.add(centre);
  }
  return centres;
}

/**
 * A set of actors and the relationships among them as one graph. When it is a forest of stars
 * (see starCentres: one actor and its ties, or several such groups with no tie between them), a
 * fan of two columns draws every tie, on a phone and on a wide screen alike. Otherwise the whole
 * of it is laid out top to bottom for a wide screen, and for a phone a fan of the most connected
 * actor's ties. (A two-column drawing of anything more crosses its edges: four actors each tied to
 * the same two already cross six times.) The ties the fan leaves out are listed in `notOnPhone`,
 * for the page to say so.
 */
export function clusterGraph<R extends DiagramRelationship>(
  actors: DiagramActor[],
  rels: R[],
  opts: GraphOptions<R>,
): Diagram<R> & { hub: string } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  checkActors(byId, rels);
  const ids = [...new Set(rels.flatMap((r) => [r.from, r.to]))];
  const degree = tieCount(rels);
  const hub = [...ids].sort((a, b) => degree(b) - degree(a) || ids.indexOf(a) - ids.indexOf(b))[0]!;
  const centres = starCentres(ids, rels);
  const left = (id: string) => (centres ? centres.has(id) : id === hub);
  const nodes = ids.map((id) => actorNode(byId.get(id)!, opts.href, { col: left(id) ? 0 : 1 }));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const edges = mergeEdges(rels, nodeId, opts.relHref);
  const across = fanEdges(edges, byKey);
  if (centres) return { phone: emit(nodes, across, 'fan'), shown: rels, notOnPhone: [], hub };
  const notOnPhone = rels.filter((r) => r.from !== hub && r.to !== hub);
  const onPhone = new Set(across.flatMap((e) => [e.from, e.to]));
  const wide = emit(
    nodes.map(({ col: _col, ...n }) => n),
    edges.map((e) => ({ from: e.from, to: e.to, text: e.text, href: e.href })),
    'layered',
  );
  return {
    phone: emit(
      nodes.filter((n) => onPhone.has(n.key)),
      across,
      'fan',
    ),
    wide,
    shown: rels,
    notOnPhone,
    hub,
  };
}

/** Ties between two sides (both directions), or within one. */
export interface SideTie {
  a: ActorSide;
  b: ActorSide;
  count: number;
}

/**
 * Counts relationships between each pair of sides (order-free) and within each side; the pairs
 * with the most ties first, equal counts in the sides' order, so the table opens on where the ties are.
 */
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
  const rank = (s: ActorSide) => SIDE_ORDER.indexOf(s);
  return [...counts]
    .map(([key, count]) => {
      const [a, b] = key.split('>') as [ActorSide, ActorSide];
      return { a, b, count };
    })
    .sort((x, y) => y.count - x.count || rank(x.a) - rank(y.a) || rank(x.b) - rank(y.b));
}

/**
 * The actors of one side grouped by kind, in order of first appearance, each
 * with its number of ties in `rels`: the side page's list of members.
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
 * For an actor the reports tie to events but to no stated relationship: a fan
 * from the actor to each event it is named in, the edge labelled with the
 * event's date; each event links to the timeline. No relationship is implied,
 * so no other actor is drawn (the Events list names who else took part).
 */
export function eventGraph(
  actors: DiagramActor[],
  events: (DiagramEvent & { actors: string[] })[],
  focus: string,
  opts: { href: (actorId: string) => string; eventHref: (eventId: string) => string; cap: number },
): Diagram<never> & { events: number; omitted: number } {
  const me = actors.find((a) => a.id === focus);
  if (!me) throw new Error(`event names unknown actor "${focus}"`);
  const mine = events.filter((e) => e.actors.includes(focus));
  const shown = mine.slice(0, opts.cap);
  const nodes: GraphNode[] = [
    actorNode(me, opts.href, { focus: true, col: 0 }),
    ...shown.map((e, i) => ({
      key: `ev${i + 1}`,
      text: wrapLabel(e.title, 20),
      href: opts.eventHref(e.id),
      shape: 'event' as const,
      col: 1 as const,
    })),
  ];
  const edges = shown.map((e, i) => ({ from: nodeId(me.id), to: `ev${i + 1}`, text: `named in, ${shortDate(e.date)}` }));
  return { phone: emit(nodes, edges, 'fan'), shown: [], notOnPhone: [], events: shown.length, omitted: mine.length - shown.length };
}
