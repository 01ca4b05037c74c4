import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumPath } from './scripts/lib/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';
const executablePath = testChromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker per core, and tests of one file spread across them too: every test is an
  // independent visit to a static server (the every-page file alone is most of the suite).
  workers: availableParallelism(),
  fullyParallel: true,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${base}`,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.mjs ${PORT} ${process.env.SITE_DIR ?? 'dist'}`,
    url: `http://127.0.0.1:${PORT}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
