#!/usr/bin/env node
// A small static server for the built site, used by the browser tests and the
// benchmark: serves dist/ under an optional base path, with the site's 404
// page and the security headers from the built _headers file (src/pages/[headers].ts).
// Usage: node scripts/serve.mjs [port] [dir]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { normaliseBase } from '../src/lib/base.ts';

const port = Number(process.argv[2] ?? 4399);
const root = process.argv[3] ?? 'dist';
const base = normaliseBase(process.env.BASE_PATH);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Headers for every response, read from the `/*` block of _headers when present. */
function headers() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const out = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const [k, ...v] = line.trim().split(':');
      out[k] = v.join(':').trim();
    }
  }
  return out;
}
const extra = headers();

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return send(404);
  path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/` });
      return res.end();
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) return send(404);
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
  createReadStream(file).pipe(res);

  function send(status) {
    const page = join(root, '404.html');
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...extra });
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`));
