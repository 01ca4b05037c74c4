/** Browser tests against `astro dev` (editing content while the server runs). Port: DEV_PORT. */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumPath } from './scripts/lib/chromium';

const PORT = Number(process.env.DEV_PORT ?? 4398);
const executablePath = testChromiumPath();

export default defineConfig({
  testDir: 'tests/dev',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 300_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx astro dev --port ${PORT} --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
