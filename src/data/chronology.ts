/**
 * The one order of events every page uses (timeline, key facts, profiles,
 * search): by date at the precision the reports give it, with `after` pinning
 * an event the reports date only loosely behind the event they say it
 * followed. Pure, so it is unit-tested on plain arrays.
 */
import { earliest, formatDate, latest } from '@/lib/dates';
import type { EventData } from './types';

type Orderable = Pick<EventData, 'id' | 'date' | 'after'>;

/** Sort key of a date alone: its first possible day, the less precise before the more precise. */
function ownKey(e: Orderable): string {
  const rank = e.date.precision === 'year' ? 0 : e.date.precision === 'month' ? 1 : 2;
  return `${earliest(e.date)}:${rank}`;
}

/**
 * Events in reading order. An event without `after` sorts by its date (a
 * date known only to the month or year comes before the days within it, as
 * nothing places it later). An event with `after: X` sorts by its own date
 * when that is certainly later than X, and otherwise right after X (after
 * the other events of X's day). Ties fall back to the id, so the order is
 * stable. Throws on an unknown `after` id or a cycle; the build reports both
 * first, naming the file (`checkEventOrder` in validate.ts).
 */
export function orderEvents<E extends Orderable>(events: E[]): E[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const keys = new Map<string, string>();
  const keyOf = (e: E, seen: string[] = []): string => {
    const known = keys.get(e.id);
    if (known !== undefined) return known;
    if (seen.includes(e.id)) throw new Error(`events placed after each other in a cycle: ${[...seen, e.id].join(' → ')}`);
    let key = ownKey(e);
    if (e.after) {
      const anchor = byId.get(e.after);
      if (!anchor) throw new Error(`event "${e.id}" is placed after unknown event "${e.after}"`);
      const base = keyOf(anchor, [...seen, e.id]);
      // "|" sorts after every character of a key, so X's followers come after X and its same-day peers.
      if (key <= base) key = `${base}|${key}`;
    }
    keys.set(e.id, key);
    return key;
  };
  events.forEach((e) => keyOf(e));
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...events].sort((a, b) => cmp(keyOf(a), keyOf(b)) || cmp(a.id, b.id));
}

/** True when `e`'s date certainly ends before `anchor`'s begins, so it cannot have come after it. */
export function endsBefore(e: Pick<EventData, 'date' | 'end'>, anchor: Pick<EventData, 'date'>): boolean {
  return latest(e.end ?? e.date) < earliest(anchor.date);
}

type Find = (id: string) => Pick<EventData, 'date' | 'short' | 'title'> | undefined;

/** "after the strike that killed al-Saadi" for an event whose own date is looser than a day and that is placed `after` another; "" otherwise. */
export function afterPhrase(e: Pick<EventData, 'date' | 'after'>, find: Find): string {
  const anchor = e.after ? find(e.after) : undefined;
  if (!anchor || e.date.precision === 'day') return '';
  return `after ${anchor.short ?? anchor.title}`;
}

/** The date in words, marked when no report states it: "June 2021 (inferred from the piece's date)". */
export function eventDate(e: Pick<EventData, 'date' | 'inferred'>): string {
  return e.inferred ? `${formatDate(e.date)} (inferred ${e.inferred})` : formatDate(e.date);
}

/**
 * When an event happened, in words at its precision (marked where it is
 * inferred), with the event it is known to have followed where its own date is
 * looser than a day: "7 February 2024", "February 2024, after the strike that
 * killed al-Saadi".
 */
export function eventWhen(e: Pick<EventData, 'date' | 'after' | 'inferred'>, find: Find): string {
  return [eventDate(e), afterPhrase(e, find)].filter(Boolean).join(', ');
}

/** One line of the key-dates strip. */
export interface KeyDate {
  id: string;
  /** The date in words, at its precision. */
  when: string;
  /** `datetime` value for the `<time>` element. */
  datetime: string;
  text: string;
  cite: EventData['cite'];
}

/** The events marked `key` in the content, in reading order, for the key-dates strip. */
export function keyDates(events: Pick<EventData, 'id' | 'date' | 'after' | 'key'>[]): KeyDate[] {
  return orderEvents(events)
    .filter((e) => e.key)
    .map((e) => ({ id: e.id, when: formatDate(e.date), datetime: e.date.value, text: e.key!.text, cite: e.key!.cite }));
}
