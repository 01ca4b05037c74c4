import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The environment for a real build started from a test. Vitest sets
 * `import.meta.env`-style variables in `process.env` (SITE="undefined",
 * MODE="test", DEV="1", …); a child build would read them as its own and, for
 * one, take "undefined" for the public address; with NODE_ENV=test a build
 * would not be a production build. Start from the user's
 * environment without them.
 */
const VITEST_VARS = [
  'SITE',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'NODE_ENV',
];

function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of VITEST_VARS) delete env[k];
  return { ...env, ...extra };
}

const LOCK = '.cache/build-lock';
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Whether the process that holds the lock is gone (a test run stopped mid-build). */
function stale(): boolean {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * Runs `npm run build`'s script with `env`, one build at a time across test files: builds of
 * this project share its `.astro/` folder (Astro writes the content's module list there), so two
 * at once would read each other's content.
 */
export function runBuild(env: Record<string, string>) {
  mkdirSync('.cache', { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (existsSync(join(LOCK, 'pid')) && stale()) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    return spawnSync('node', ['scripts/build.mjs'], { encoding: 'utf8', env: buildEnv(env) });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
