/**
 * The build needs no browser: a clean build (empty diagram cache) where no
 * Chromium can be found and Playwright cannot even be loaded still renders
 * every diagram. A deploy host's build image has no browser.
 */
import { spawnSync } from 'node:child_process';
import { buildEnv } from './build-env';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = resolve('.cache/no-browser');
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

test('a clean build with no browser anywhere renders every diagram', { timeout: 600_000 }, () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(join(ROOT, 'no-browsers'), { recursive: true });
  const log = join(ROOT, 'playwright-attempts.log');
  const r = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: buildEnv({
      OUT_DIR: join(ROOT, 'dist'),
      ASTRO_CACHE_DIR: join(ROOT, 'astro-cache'),
      DIAGRAM_CACHE_DIR: join(ROOT, 'diagrams'),
      // Nowhere to find a browser…
      CHROMIUM_PATH: join(ROOT, 'no-such-chromium'),
      PLAYWRIGHT_BROWSERS_PATH: join(ROOT, 'no-browsers'),
      // …and no way to load the library that would drive one (workers inherit this too).
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${resolve('tests/build/no-playwright.mjs')}`,
      NO_PLAYWRIGHT_LOG: log,
    }),
  });
  const output = `${r.stdout}\n${r.stderr}`;
  expect(existsSync(log) ? readFileSync(log, 'utf8') : '', 'the build tried to load Playwright').toBe('');
  expect(r.status, output.slice(-3000)).toBe(0);
  const rendered = Number(/diagrams: (\d+) rendered, 0 from cache/.exec(output)?.[1]);
  expect(rendered, 'every diagram rendered from an empty cache').toBeGreaterThan(0);
  const svgs = walk(join(ROOT, 'dist'))
    .filter((f) => f.endsWith('.html'))
    .reduce((n, f) => n + (readFileSync(f, 'utf8').match(/<svg[^>]*class="mmd/g)?.length ?? 0), 0);
  expect(svgs, 'pages carry the rendered diagrams').toBeGreaterThanOrEqual(rendered);
});
