#!/usr/bin/env node
// Makes sure a Chromium is available for the browser tests (the build needs
// none: diagrams are laid out in Node). Order: CHROMIUM_PATH, the system Chromium, Playwright's own browser;
// otherwise install Debian's chromium (as root, with apt) or Playwright's
// browser; otherwise stop with one sentence saying what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './lib/chromium.ts';

function playwrightBrowser() {
  try {
    return execSync('node -e "import(\'playwright-core\').then(m=>console.log(m.chromium.executablePath()))"', { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function found() {
  const p = chromiumPath();
  if (p) return p;
  const own = playwrightBrowser();
  return own && existsSync(own) ? own : undefined;
}

let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    try {
      execSync('apt-get install -y chromium || (apt-get update && apt-get install -y chromium)', {
        stdio: 'inherit',
        shell: '/bin/sh',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      /* fall through to the next option */
    }
  }
  path = found();
  if (!path) {
    try {
      execSync('npx playwright-core install chromium', { stdio: 'inherit' });
    } catch {
      /* fall through */
    }
    path = found();
  }
}
if (!path) {
  console.error(
    'No Chromium browser was found or could be installed: install Chromium (e.g. `apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
