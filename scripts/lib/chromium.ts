/**
 * The one place that finds and launches Chromium. Only tests, screenshots and
 * the benchmark use a browser; the build never imports this module.
 * Order: the CHROMIUM_PATH environment variable, the system Chromium, then
 * Playwright's own browser if one was downloaded (scripts/install-chromium.mjs
 * gets one when none is found).
 */
import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Returns an executable path, or undefined to let Playwright use its own browser. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

/** Debian's old headless shell (package chromium-headless-shell). */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser for the page tests (Playwright suites, Lighthouse): Debian's old headless shell when
 * installed and CHROMIUM_PATH is not set, else `chromiumPath()`. The shell is the same engine
 * without the full browser's windowing layers and runs the browser suite about a third faster
 * (every-page 1.9 → 1.3 min), but it measures text slightly differently (diagram labels up to a
 * few pixels wider or narrower), so whatever compares layouts with a reader's browser (the
 * parity test, screenshots, the benchmark) uses the full Chromium.
 */
export function testChromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  if (!env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  return chromiumPath(env);
}

/**
 * Flags for a headless Chromium that makes no background connections (this
 * site's promise of no third-party requests covers its own tooling too).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Playwright launch options for the Chromium found above. */
function chromiumLaunchOptions(extra: LaunchOptions = {}): LaunchOptions {
  const executablePath = chromiumPath();
  return { headless: true, ...extra, args: [...CHROMIUM_ARGS, ...(extra.args ?? [])], ...(executablePath ? { executablePath } : {}) };
}

/** Launches headless Chromium (playwright-core is loaded only here, and only when called). */
export async function launchChromium(extra: LaunchOptions = {}): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch(chromiumLaunchOptions(extra));
}
