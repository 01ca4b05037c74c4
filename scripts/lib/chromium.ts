/**
 * The one place that finds and launches Chromium. Only tests, screenshots and
 * the benchmark use a browser; the build never imports this module.
 * Order: the CHROMIUM_PATH environment variable, the system Chromium (its
 * headless shell first), then
 * Playwright's own browser if one was downloaded (scripts/install-chromium.mjs
 * gets one when none is found).
 */
import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

/**
 * Debian's old headless shell first: the same engine without the full browser's windowing and UI
 * layers, which took about a third of the browser suite's time (every-page 1.9 → 1.3 min).
 */
const SYSTEM_PATHS = [
  '/usr/bin/chromium-headless-shell',
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
