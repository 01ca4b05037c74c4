/**
 * The timeline's shape: events grouped into the eras of `content/eras/`.
 * Pure, so the grouping is unit-tested on plain arrays.
 */
import { latest } from '@/lib/dates';
import type { Citation, EraData, EventData, PartialDate } from './types';

/** Index of the era an event falls in: the first whose `until` is not before the last day its date can mean. */
export function eraOf(eras: { until?: PartialDate | undefined }[], date: PartialDate): number {
  const day = latest(date);
  const i = eras.findIndex((e) => !e.until || day <= latest(e.until));
  return i === -1 ? eras.length - 1 : i;
}

/** One heading of the timeline and the events under it, oldest first. */
export interface EraGroup<E> {
  id: string;
  title: string;
  /** Empty when the era is only a grouping of its dated events. */
  cite: Citation[];
  events: E[];
}

/** Groups (already sorted) events by era, dropping eras with no events. */
export function timelineEras<E extends Pick<EventData, 'date'>>(events: E[], eras: EraData[]): EraGroup<E>[] {
  return eras
    .map((era, i) => ({ id: era.id, title: era.title, cite: era.cite ?? [], events: events.filter((e) => eraOf(eras, e.date) === i) }))
    .filter((g) => g.events.length > 0);
}
