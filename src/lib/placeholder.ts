/**
 * The mark of a slot nobody has written yet. `npm run new-report` fills every
 * gist and draft field with text that starts with it; the content checks
 * refuse any such text, so a draft can never be published by accident.
 */
export const UNWRITTEN = 'TODO:';

/** True for a string that is still a placeholder. */
function isUnwritten(value: unknown): boolean {
  return typeof value === 'string' && value.trimStart().startsWith(UNWRITTEN);
}

/** Field paths (`paragraphs[2]`, `publisher.basis`) of every placeholder string in a value, in order. */
export function unwrittenFields(value: unknown, path = ''): string[] {
  if (isUnwritten(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => unwrittenFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => unwrittenFields(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Line numbers (from 1) of body lines that are still placeholders. */
export function unwrittenLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (isUnwritten(line) ? [i + 1] : []));
}
