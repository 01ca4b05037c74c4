/**
 * Pure diagram generators: plain arrays of actors, relationships and events in,
 * mermaid source (and the list of what it shows) out. No I/O, so every output
 * is pinned by unit tests.
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
const SIDE_ORDER: ActorSide[] = ['iran', 'iraqi-factions', 'iraqi-state', 'us-coalition', 'other'];

/** Node shape class for an actor kind: people, states and everything else look different. */
export function shapeOf(kind: ActorKind): 'person' | 'state' | 'org' {
  return kind === 'person' ? 'person' : kind === 'state' ? 'state' : 'org';
}

const nodeId = (id: string) => `a_${id.replace(/-/g, '_')}`;
/** Mermaid-safe label text: quotes and markup characters become entities. */
export const label = (s: string) =>
  s
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, '')
    .replace(/[[\]{}|]/g, ' ');

/** "2020–", "Jan 2024", "2014–2020": the time span of a relationship, or "". */
export function spanLabel(start?: PartialDate, end?: PartialDate): string {
  if (start && end) return start.value === end.value ? shortDate(start) : `${shortDate(start)}–${shortDate(end)}`;
  if (start) return `${shortDate(start)}–`;
  if (end) return `–${shortDate(end)}`;
  return '';
}

function node(a: DiagramActor): string {
  const text = `"${label(a.name)}"`;
  const shape = shapeOf(a.kind);
  const body = shape === 'person' ? `(${text})` : shape === 'state' ? `{{${text}}}` : `[${text}]`;
  return `${nodeId(a.id)}${body}:::${shape}`;
}

function edgeText(r: DiagramRelationship, spans: boolean): string {
  const span = spans ? spanLabel(r.start, r.end) : '';
  return relationshipTypes[r.type] + (span ? ` (${span})` : '');
}

/**
 * One arrow per ordered pair of actors: parallel relationships share it, their
 * labels joined, which keeps dense diagrams legible.
 */
function edges(rels: DiagramRelationship[], spans: boolean): string[] {
  const pairs = new Map<string, { from: string; to: string; texts: string[] }>();
  for (const r of rels) {
    const key = `${r.from}>${r.to}`;
    const pair = pairs.get(key) ?? { from: r.from, to: r.to, texts: [] };
    const text = edgeText(r, spans);
    if (!pair.texts.includes(text)) pair.texts.push(text);
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((p) => `${nodeId(p.from)} -->|"${label(p.texts.join('; '))}"| ${nodeId(p.to)}`);
}

export interface NetworkOptions {
  /** Builds the link target of an actor's profile. */
  href: (actorId: string) => string;
  /** Highlight this actor (its own network). */
  focus?: string;
  /** Group nodes in boxes by side. */
  groupBySide?: boolean;
  direction?: 'LR' | 'TB';
  /** Show time spans on arrows (default true); the whole network leaves them to its text list. */
  spans?: boolean;
}

/** A flowchart of the given relationships between the given actors; every node links to its profile. */
export function networkDiagram<R extends DiagramRelationship>(actors: DiagramActor[], rels: R[], opts: NetworkOptions): Diagram<R> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const used = new Set(rels.flatMap((r) => [r.from, r.to]));
  const present = actors.filter((a) => used.has(a.id) || a.id === opts.focus);
  for (const id of used) if (!byId.has(id)) throw new Error(`relationship names unknown actor "${id}"`);
  const lines = [`flowchart ${opts.direction ?? 'LR'}`];
  if (opts.groupBySide) {
    for (const side of SIDE_ORDER) {
      const members = present.filter((a) => a.side === side);
      if (!members.length) continue;
      lines.push(`  subgraph side_${side.replace(/-/g, '_')}["${label(SIDE_LABELS[side])}"]`);
      members.forEach((a) => lines.push(`    ${node(a)}`));
      lines.push('  end');
    }
  } else {
    present.forEach((a) => lines.push(`  ${node(a)}`));
  }
  edges(rels, opts.spans ?? true).forEach((e) => lines.push(`  ${e}`));
  if (opts.focus) lines.push(`  class ${nodeId(opts.focus)} focus`);
  present.forEach((a) => lines.push(`  click ${nodeId(a.id)} href "${opts.href(a.id)}"`));
  return { code: lines.join('\n'), shown: rels, omitted: 0 };
}

/**
 * An actor's own network: its direct relationships, then the next ring while
 * the total stays at or under `cap` edges. Reports how many were left out.
 */
export function egoNetwork<R extends DiagramRelationship>(
  actors: DiagramActor[],
  rels: R[],
  focus: string,
  opts: Omit<NetworkOptions, 'focus'> & { cap: number },
): Diagram<R> {
  const direct = rels.filter((r) => r.from === focus || r.to === focus);
  const ring = new Set(direct.flatMap((r) => [r.from, r.to]));
  const second = rels.filter((r) => !direct.includes(r) && ring.has(r.from) && ring.has(r.to));
  const outer = rels.filter((r) => !direct.includes(r) && !second.includes(r) && (ring.has(r.from) || ring.has(r.to)));
  const room = Math.max(0, opts.cap - direct.length);
  const extra = [...second, ...outer].slice(0, room);
  const d = networkDiagram(actors, [...direct, ...extra], { ...opts, focus });
  return { ...d, omitted: second.length + outer.length - extra.length };
}

/** Index of the era a date falls in: the first whose `until` is not before it (the last era otherwise). */
export function eraOf(eras: { until: string }[], value: string): number {
  const i = eras.findIndex((x) => value <= x.until);
  return i === -1 ? eras.length - 1 : i;
}

/** A mermaid timeline: one column per date, grouped into sections by era. */
export function timelineDiagram(events: DiagramEvent[], eras: { title: string; until: string }[]): string {
  const clean = (s: string) => label(s).replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();
  const lines = ['timeline'];
  let era = -1;
  let lastPeriod = '';
  for (const e of events) {
    const at = eraOf(eras, e.date.value);
    if (at !== era) {
      era = at;
      lines.push(`  section ${clean(eras[at]!.title)}`);
      lastPeriod = '';
    }
    const period = shortDate(e.date);
    if (period === lastPeriod) lines.push(`    : ${clean(e.title)}`);
    else lines.push(`    ${period} : ${clean(e.title)}`);
    lastPeriod = period;
  }
  return lines.join('\n');
}

/**
 * The whole network folded to one node per side: each arrow sums the
 * relationships from one side to another by type ("backs ×3"). Each node links
 * to that side's own panel.
 */
export function sideOverviewDiagram(actors: DiagramActor[], rels: DiagramRelationship[], href: (side: ActorSide) => string): Diagram {
  const sideOf = new Map(actors.map((a) => [a.id, a.side]));
  const pairs = new Map<string, Map<string, number>>();
  for (const r of rels) {
    const from = sideOf.get(r.from);
    const to = sideOf.get(r.to);
    if (!from || !to) throw new Error(`relationship names unknown actor "${from ? r.to : r.from}"`);
    const key = `${from}>${to}`;
    const counts = pairs.get(key) ?? new Map<string, number>();
    counts.set(relationshipTypes[r.type], (counts.get(relationshipTypes[r.type]) ?? 0) + 1);
    pairs.set(key, counts);
  }
  const sid = (s: string) => `s_${s.replace(/-/g, '_')}`;
  const present = SIDE_ORDER.filter((s) => actors.some((a) => a.side === s));
  // Top to bottom: five wide boxes with long labels fit a page column better than a row.
  const lines = ['flowchart TB'];
  present.forEach((s) => lines.push(`  ${sid(s)}["${label(SIDE_LABELS[s])}"]:::org`));
  for (const [key, counts] of pairs) {
    const [from, to] = key.split('>') as [ActorSide, ActorSide];
    const text = [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join('; ');
    lines.push(`  ${sid(from)} -->|"${label(text)}"| ${sid(to)}`);
  }
  present.forEach((s) => lines.push(`  click ${sid(s)} href "${href(s)}"`));
  return { code: lines.join('\n'), shown: rels, omitted: 0 };
}

/**
 * For an actor the reports tie to events but to no stated relationship: a
 * diagram of those events and who else took part. Event nodes link to the
 * timeline, actor nodes to their profiles. No relationship is implied.
 */
export function eventNetwork(
  actors: DiagramActor[],
  events: (DiagramEvent & { actors: string[] })[],
  focus: string,
  opts: { href: (actorId: string) => string; eventHref: (eventId: string) => string; cap: number },
): { code: string; events: number; omitted: number } {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const mine = events.filter((e) => e.actors.includes(focus));
  const shown = mine.slice(0, opts.cap);
  const people = [...new Set([focus, ...shown.flatMap((e) => e.actors)])];
  const lines = ['flowchart LR'];
  for (const id of people) {
    const a = byId.get(id);
    if (!a) throw new Error(`event names unknown actor "${id}"`);
    lines.push(`  ${node(a)}`);
  }
  for (const e of shown) lines.push(`  ev_${e.id.replace(/-/g, '_')}(["${label(`${shortDate(e.date)}: ${e.title}`)}"]):::event`);
  for (const e of shown) {
    const ev = `ev_${e.id.replace(/-/g, '_')}`;
    lines.push(`  ${nodeId(focus)} --- ${ev}`);
    e.actors.filter((id) => id !== focus).forEach((id) => lines.push(`  ${ev} --- ${nodeId(id)}`));
  }
  lines.push(`  class ${nodeId(focus)} focus`);
  people.forEach((id) => lines.push(`  click ${nodeId(id)} href "${opts.href(id)}"`));
  shown.forEach((e) => lines.push(`  click ev_${e.id.replace(/-/g, '_')} href "${opts.eventHref(e.id)}"`));
  return { code: lines.join('\n'), events: shown.length, omitted: mine.length - shown.length };
}
