#!/usr/bin/env node
// Makes sure a Chromium is available for the browser tests (the build needs
// none: diagrams are laid out in Node). Order: CHROMIUM_PATH, the system
// Chromium, Playwright's own browser; with none, Debian's chromium (as root,
// with apt), else Playwright's browser, else one sentence saying what to
// install. Beside a system Chromium, as root with apt, Debian's old headless
// shell (chromium-headless-shell) is installed too: the page tests run about a
// third faster in it (see testChromiumPath in scripts/lib/chromium.ts).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath, HEADLESS_SHELL } from './lib/chromium.ts';

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

/** Installs Debian packages (as root, with apt); false if that is not possible or fails. */
function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  try {
    execSync(`apt-get install -y ${packages} || (apt-get update && apt-get install -y ${packages})`, {
      stdio: 'inherit',
      shell: '/bin/sh',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

let path = found();
if (!path) {
  console.log('No Chromium found: installing Debian’s chromium package…');
  aptInstall('chromium');
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
// The page tests' faster browser, beside a system Chromium (the parity test keeps the full one).
if (path?.startsWith('/usr/bin/') && !process.env.CHROMIUM_PATH && !existsSync(HEADLESS_SHELL)) {
  console.log('Installing Debian’s chromium-headless-shell for the page tests…');
  aptInstall('chromium-headless-shell');
}
if (!path) {
  console.error(
    'No Chromium browser was found or could be installed: install Chromium (e.g. `apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}${existsSync(HEADLESS_SHELL) && !process.env.CHROMIUM_PATH ? `; page tests: ${HEADLESS_SHELL}` : ''}`);
