/**
 * A rebuild reuses the previous build's pages only while nothing they are drawn
 * from has changed: an unchanged rebuild restores them byte for byte, and a
 * content edit renders them again, so no reader ever gets a stale page.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles } from '@/lib/files';
import { runBuild } from './build-env';

const ROOT = '.cache/incremental';
const CONTENT = join(ROOT, 'content');
const PROFILE = 'actors/esmail-qaani/index.html';

function build(name: string) {
  const out = join(ROOT, name);
  const r = runBuild({ CONTENT_DIR: CONTENT, OUT_DIR: out, ASTRO_CACHE_DIR: join(ROOT, 'astro-cache') });
  const log = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`build ${name} failed:\n${log.slice(-3000)}`);
  return { out, restored: (log.match(/\(restored\)/g) ?? []).length };
}

const files = (dir: string) => new Map(listFiles(dir).map((f) => [f.slice(dir.length), readFileSync(f, 'utf8')]));

describe('incremental builds', { timeout: 180_000 }, () => {
  afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

  test('an unchanged rebuild reuses pages byte for byte; a content edit renders them again', () => {
    rmSync(ROOT, { recursive: true, force: true });
    cpSync('content', CONTENT, { recursive: true });
    const first = build('first');
    const again = build('again');
    expect(again.restored, 'an unchanged rebuild rendered every page again').toBeGreaterThan(100);
    const a = files(first.out);
    const b = files(again.out);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, text] of a) expect(b.get(path), `${path} differs when reused`).toBe(text);

    const file = join(CONTENT, 'actors/esmail-qaani.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: Esmail Qaani$/m, 'name: Esmail Qaani (edited)'));
    const edited = build('edited');
    expect(edited.restored, 'pages were reused after the content changed').toBe(0);
    expect(readFileSync(join(edited.out, PROFILE), 'utf8'), 'the profile shows the name from before the edit').toContain(
      'Esmail Qaani (edited)',
    );
  });
});
