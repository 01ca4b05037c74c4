/** Pure helpers over Markdown/MDX source text. */

/**
 * The text under a level-2 heading, up to the next level-2 heading or the end,
 * trimmed; `''` when the heading is missing. `section(body, 'Summary')` is how
 * both the build's checks and the tests find an explainer's summary.
 */
export function section(body: string, heading: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.replace(/\s+$/, '') === `## ${heading}`);
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}
