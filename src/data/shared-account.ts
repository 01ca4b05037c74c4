/**
 * Which reports retell the same underlying report. Four 2024 reports retell
 * one Reuters report: where they agree, that is one account told four times,
 * and every page that shows them says so (derived from `basedOn`, never typed
 * per page).
 */
import type { Model, Source } from './model';
import type { PartialDate } from './types';

/** The account a report shares with others, and the others that share it. */
export interface SharedAccount {
  /** The underlying report, e.g. "Reuters". */
  name: string;
  date?: PartialDate | undefined;
  /** Whether this report's own text names it. */
  named?: boolean | undefined;
  /** Every report on the site that retells it, this one included, in site order. */
  retellings: Pick<Source, 'id' | 'label'>[];
}

/** The underlying report retold by the most reports on the site (at least two), or undefined. */
export function widestSharedAccount(m: Pick<Model, 'sources'>): SharedAccount | undefined {
  const accounts = m.sources.map((s) => sharedAccount(m, s.id)).filter((a) => a !== undefined);
  return accounts.sort((a, b) => b.retellings.length - a.retellings.length)[0];
}

/** The underlying report `sourceId` shares with at least one other report, or undefined. */
export function sharedAccount(m: Pick<Model, 'sources'>, sourceId: string): SharedAccount | undefined {
  const source = m.sources.find((s) => s.id === sourceId);
  for (const basis of source?.basedOn ?? []) {
    const retellings = m.sources.filter((s) => s.basedOn.some((b) => b.name === basis.name));
    if (retellings.length > 1) {
      return { name: basis.name, date: basis.date, named: basis.named, retellings: retellings.map(({ id, label }) => ({ id, label })) };
    }
  }
  return undefined;
}
