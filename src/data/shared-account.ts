/**
 * Which reports retell the same underlying report. Four 2024 reports retell
 * one Reuters report: where they agree, that is one account told four times,
 * and every page that shows them says so (derived from `basedOn`, never typed
 * per page).
 */
import { formatDate } from '@/lib/dates';
import { groupBy } from '@/lib/group';
import { countWord } from '@/lib/text';
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

/**
 * Most other retellings a report page names in its caveat. The site's four retellings of one
 * Reuters report are named; a corpus where a wire report is retold a thousand times would put a
 * thousand links at the top of every one of those pages, so beyond this the caveat counts them
 * and the reports page marks each one instead.
 */
export const RETELLINGS_NAMED = 8;

/** Whether a page's caveat names the other retellings (else the reports page marks them). */
export const namesRetellings = (account: SharedAccount): boolean => account.retellings.length - 1 <= RETELLINGS_NAMED;

/**
 * What the reports page says of a report whose page counts its fellow retellings instead of
 * naming them ("One of the 1000 reports here that retell one Agency report of …"), so that the
 * page's "each marked on the reports page" holds; undefined when its page names them.
 */
export function retellingMark(m: Pick<Model, 'sources'>, sourceId: string): string | undefined {
  const account = sharedAccount(m, sourceId);
  if (!account || namesRetellings(account)) return undefined;
  const of = account.date ? ` of ${formatDate(account.date)}` : '';
  const unnamed = account.named === false ? ', though this one does not name it' : '';
  return `One of the ${countWord(account.retellings.length)} reports here that retell one ${account.name} report${of}${unnamed}.`;
}

/** The underlying report retold by the most reports on the site (at least two), or undefined. */
export function widestSharedAccount(m: Pick<Model, 'sources'>): SharedAccount | undefined {
  const accounts = m.sources.map((s) => sharedAccount(m, s.id)).filter((a) => a !== undefined);
  return accounts.sort((a, b) => b.retellings.length - a.retellings.length)[0];
}

/** The underlying report `sourceId` shares with at least one other report, or undefined. */
export function sharedAccount(m: Pick<Model, 'sources'>, sourceId: string): SharedAccount | undefined {
  const { byId, byBasis } = indexOf(m.sources);
  for (const basis of byId.get(sourceId)?.basedOn ?? []) {
    const retellings = byBasis.get(basis.name) ?? [];
    if (retellings.length > 1) {
      return { name: basis.name, date: basis.date, named: basis.named, retellings: retellings.map(({ id, label }) => ({ id, label })) };
    }
  }
  return undefined;
}

/** Each report by id, and the reports that retell each underlying report (in site order): made once per list, as every explainer asks. */
function indexOf(sources: readonly Source[]) {
  let index = indexes.get(sources);
  if (!index) {
    index = { byId: new Map(sources.map((s) => [s.id, s])), byBasis: groupBy(sources, (s) => s.basedOn.map((b) => b.name)) };
    indexes.set(sources, index);
  }
  return index;
}
const indexes = new WeakMap<readonly Source[], { byId: Map<string, Source>; byBasis: Map<string, Source[]> }>();
