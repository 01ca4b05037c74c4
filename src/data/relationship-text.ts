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
