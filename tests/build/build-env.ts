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

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of VITEST_VARS) delete env[k];
  return { ...env, ...extra };
}
