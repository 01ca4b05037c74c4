/**
 * The open data files: the same content the pages show, as JSON and CSV, with
 * a JSON Schema for each. Built from the validated model, never a second copy.
 */
import { z } from 'astro/zod';
import { actorSchema } from '@/schemas/actor';
import { eventSchema } from '@/schemas/event';
import { relationshipSchema } from '@/schemas/relationship';
import { sourceSchema } from '@/schemas/source';
import { partialDateOutput, slug } from '@/schemas/common';
import type { Model } from '@/data/model';

const date = partialDateOutput;
/** Output shapes: what the files contain (dates and citations in their stored form). */
const shapes = {
  actors: actorSchema.extend({
    id: slug,
    updated: date,
    roles: z.array(actorSchema.shape.roles.unwrap().element.extend({ start: date.optional(), end: date.optional() })),
  }),
  relationships: relationshipSchema.extend({ start: date.optional(), end: date.optional() }),
  events: eventSchema.extend({ date, end: date.optional() }),
  sources: sourceSchema.extend({ id: slug, published: sourceSchema.shape.published.extend({ date }) }),
};
export type DatasetName = keyof typeof shapes;
export const DATASETS = Object.keys(shapes) as DatasetName[];

/** JSON Schema (2020-12) of one file: an array of records. */
export function jsonSchema(name: DatasetName): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.array(shapes[name]), { io: 'output', unrepresentable: 'any' }),
    title: `${name}.json`,
  };
}

/** The records of one file. */
export function records(m: Model, name: DatasetName): unknown[] {
  return { actors: m.actors, relationships: m.relationships, events: m.events, sources: m.sources }[name];
}

const cell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const cites = (list: { source: string; p: number }[]) => list.map((c) => `${c.source}:${c.p}`).join('; ');

/** CSV of relationships or events; citations as "source:paragraph; …". */
export function csv(m: Model, name: 'relationships' | 'events'): string {
  const rows =
    name === 'relationships'
      ? [
          ['id', 'from', 'type', 'to', 'detail', 'start', 'end', 'citations'],
          ...m.relationships.map((r) => [r.id, r.from, r.type, r.to, r.detail, r.start?.value, r.end?.value, cites(r.cite)]),
        ]
      : [
          ['id', 'date', 'precision', 'end', 'title', 'actors', 'citations', 'differing_accounts'],
          ...m.events.map((e) => [
            e.id,
            e.date.value,
            e.date.precision,
            e.end?.value,
            e.title,
            e.actors.join('; '),
            cites(e.cite),
            e.variants.length,
          ]),
        ];
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
