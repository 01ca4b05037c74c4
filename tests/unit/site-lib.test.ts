/**
 * `src/lib` holds what the site is built from. A helper only tests or the
 * command-line tools use belongs in `tests/support/` or `scripts/lib/`: left in
 * `src/lib`, it reads as part of the site and a reader of the code looks for
 * the page it serves. Follows every import from the build's entry points
 * (astro.config.mjs and every file in src/ outside src/lib) and fails on a
 * src/lib file none of them reaches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '@/lib/files';

const root = resolve(import.meta.dirname, '../..');
/** Code files; a `.d.ts` declares types for a package and is never imported. */
const SOURCE = /(?<!\.d)\.(ts|mjs|js|astro|mdx)$/;

/**
 * The files a module imports (static, dynamic and re-exports, and a worker's
 * `new URL('./file.ts', import.meta.url)`), resolved to paths in the repository.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"]([^'"]+)['"]/g)) {
    const spec = m[1]!;
    const base = spec.startsWith('@/') ? join(root, 'src', spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : undefined;
    if (!base) continue;
    const hit = [base, `${base}.ts`, `${base}.mjs`, join(base, 'index.ts')].find((p) => existsSync(p) && SOURCE.test(p));
    if (hit) out.push(hit);
  }
  return out;
}

test('every file in src/lib is part of the site (none is imported only by tests or scripts)', () => {
  const lib = join(root, 'src', 'lib');
  const all = listFiles(join(root, 'src')).filter((f) => SOURCE.test(f));
  const seen = new Set<string>();
  const queue = [join(root, 'astro.config.mjs'), ...all.filter((f) => !f.startsWith(lib + '/'))];
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...importsOf(f));
  }
  const unused = all.filter((f) => f.startsWith(lib + '/') && !seen.has(f)).map((f) => relative(root, f));
  expect(unused, 'move these to tests/support/ or scripts/lib/').toEqual([]);
});
