/**
 * How a relationship's `detail` joins the sentence it follows. A detail that
 * continues the relationship ("asked Kataib Hezbollah | to suspend attacks")
 * follows with a space; any other detail is a note about it ("Iran backs
 * Kataib Hezbollah — IRIA and The New Arab call it Iran-backed") and is set
 * off with a dash, so the two never run together.
 */
const CONTINUES = /^(to|for|as|in|on|at|from|with|after|before|over|against|about|by|into|during|until|since|of)\b/;

/** The text placed between a relationship and its detail: a space or a spaced em dash. */
export function detailJoiner(detail: string): string {
  return CONTINUES.test(detail) ? ' ' : ' — ';
}

/**
 * The date span to print after a relationship, or nothing when its detail already states that date
 * ("sent in 2014 against Islamic State" needs no ", from 2014" after it): the reader would read the
 * same date twice. "from", "until" and "since" are the span's own words, so only the date is looked
 * for; the data keeps the span either way.
 */
export function spanAfterDetail(span: string, detail: string | undefined): string {
  const date = span.replace(/^(from|until|since) /, '');
  return detail && date && new RegExp(`(^|\\W)${date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`).test(detail) ? '' : span;
}
