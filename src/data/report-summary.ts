/**
 * Sentences about the whole corpus that pages would otherwise write by hand and
 * let go stale when a report or an event is added: how the reports group by
 * the account they retell, and the span of the dated events.
 */
import { formatDate } from '@/lib/dates';
import { capitalise, countWord } from '@/lib/text';
import { groupBy } from '@/lib/group';
import type { Model } from './model';

/**
 * The reports grouped by the account they retell, oldest group first: "One 2021
 * report retelling an Associated Press story, and four 2024 reports that all
 * retell one Reuters report of 18 February 2024".
 */
export function retoldLine(m: Pick<Model, 'sources'>): string {
  const groups = groupBy(m.sources, (s) => [s.basedOn[0]!.name]);
  const parts = [...groups].map(([name, ss]) => {
    const years = [...new Set(ss.map((s) => s.published.date.value.slice(0, 4)))].sort();
    const span = years.length === 1 ? years[0] : `${years[0]}–${years.at(-1)}`;
    const dates = [...new Set(ss.map((s) => s.basedOn[0]!.date?.value).filter(Boolean))];
    const of = dates.length === 1 ? ` of ${formatDate(ss.find((s) => s.basedOn[0]!.date)!.basedOn[0]!.date!)}` : '';
    if (ss.length === 1) return `${countWord(1)} ${span} report retelling ${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} story${of}`;
    return `${countWord(ss.length)} ${span} reports that all retell one ${name} report${of}`;
  });
  return capitalise(parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}` : (parts[0] ?? ''));
}

/** The span of the dated events, as running text says it: "from 2014 to February 2024". */
export function eventSpan(m: Pick<Model, 'events'>): string {
  const dates = m.events.map((e) => e.end ?? e.date);
  const first = m.events[0]?.date;
  const last = dates.sort((a, b) => a.value.localeCompare(b.value)).at(-1);
  if (!first || !last) return '';
  // The last month, not day: "to February 2024" (a year-only date stays a year).
  const month = last.value.slice(0, 7);
  return `from ${first.value.slice(0, 4)} to ${formatDate({ value: month, precision: month.length > 4 ? 'month' : 'year' })}`;
}
