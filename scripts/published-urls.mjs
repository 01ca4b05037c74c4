#!/usr/bin/env node
// Adds every URL of the current build to tests/published-urls.txt. URLs are
// only ever added: once published, an address must keep working (a renamed
// page needs a redirect), and the test suite checks every listed URL.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from '../src/lib/files.ts';

const DIST = 'dist';
const LIST = 'tests/published-urls.txt';
const built = listFiles(DIST, (n) => n === 'pagefind' || n === '_astro' || n === 'og')
  .map((f) => '/' + relative(DIST, f).replace(/index\.html$/, ''))
  .filter((u) => !u.endsWith('404.html') && !u.startsWith('/_'));
const known = existsSync(LIST)
  ? readFileSync(LIST, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
  : [];
const all = [...new Set([...known, ...built])].sort();
writeFileSync(LIST, `# Every URL this site has published. Never remove a line: add a redirect instead.\n${all.join('\n')}\n`);
console.log(`${all.length} published URLs (${all.length - known.length} new)`);
