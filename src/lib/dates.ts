/** Pure helpers over partial dates (day, month or year precision). */
import { MONTH_NAMES, type PartialDate } from '@/schemas/common';

/** Month names, January first. */
export const MONTHS = MONTH_NAMES;

/** The first day a partial date can mean, as `YYYY-MM-DD`. */
export function earliest(d: PartialDate): string {
  const [y, m = '01', day = '01'] = d.value.split('-');
  return `${y}-${m}-${day}`;
}

/** The last day a partial date can mean, as `YYYY-MM-DD`. */
export function latest(d: PartialDate): string {
  const [y, m, day] = d.value.split('-');
  if (day) return d.value;
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/** True when `end` certainly falls before `start`. */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return latest(end) < earliest(start);
}

/** Human form at the date's own precision: "7 February 2024", "June 2021", "2014". */
export function formatDate(d: PartialDate): string {
  const [y, m, day] = d.value.split('-');
  if (day) return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

/**
 * What a date leaves out, in plain words for a reader: nothing for a day, "day not given" for a
 * month, "month not given" for a year (where "month precision" would be jargon).
 */
export function missingPart(d: PartialDate): string {
  return d.precision === 'day' ? '' : d.precision === 'month' ? 'day not given' : 'month not given';
}

/** Compact form for diagrams: "7 Feb 2024", "Jun 2021", "2014". */
export function shortDate(d: PartialDate): string {
  const [y, m, day] = d.value.split('-');
  return [day ? String(Number(day)) : '', m ? MONTHS[Number(m) - 1]!.slice(0, 3) : '', y].filter(Boolean).join(' ');
}

/** Sort key that puts less precise dates before more precise ones in the same period. */
export function sortKey(d: PartialDate): string {
  return `${earliest(d)}:${d.precision === 'year' ? 0 : d.precision === 'month' ? 1 : 2}`;
}

/**
 * A span in words, at each date's own precision: "2014 to 2020", "from
 * January 2020", "until February 2024". With `once`, a start alone is the
 * day a one-off act happened ("7 February 2024"), never an open span.
 * Empty when there is no date.
 */
export function spanWords(start?: PartialDate, end?: PartialDate, opts: { once?: boolean } = {}): string {
  if (start && end) return start.value === end.value ? formatDate(start) : `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return opts.once ? formatDate(start) : `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return '';
}
