// A static file server for the page, with no dependency: `make serve` runs it
// on 127.0.0.1:8080, the browser tests and the benchmark start it on a free
// port (port 0). It exists because wasm needs `application/wasm` and ES
// modules need a JavaScript MIME type, which file:// URLs cannot give.
//
//   node scripts/serve.mjs [--port 8080] [--mount /bench-data/=target/bench-data]

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving. `mounts` maps URL prefixes to folders; the longest prefix
 * wins, and '/' is dist/ (the built page) unless given. `isolated` sends COOP/COEP headers so
 * the page is cross-origin isolated, which gives the benchmark 5 µs timers
 * instead of 100 µs. Resolves to { server, url, close }.
 */
export async function startServer({ port = 0, host = '127.0.0.1', mounts = {}, isolated = false } = {}) {
  const table = Object.entries({ '/': join(repoRoot, 'dist'), ...mounts })
    .map(([prefix, dir]) => [prefix, resolve(repoRoot, dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer((req, res) => {
    if (isolated) {
      res.setHeader('cross-origin-opener-policy', 'same-origin');
      res.setHeader('cross-origin-embedder-policy', 'require-corp');
    }
    handle(table, req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const url = `http://${host}:${server.address().port}/`;
  const close = () => new Promise((ok) => {
    server.closeAllConnections?.();
    server.close(() => ok());
  });
  return { server, url, close };
}

async function handle(table, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await locate(table, new URL(req.url, 'http://x').pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': MIME[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': file.size,
    // A development server: always serve what was just built.
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path).pipe(res);
}

// Maps a URL path to a file inside one mounted folder, or null. Paths that
// climb out of the folder (`..`, encoded or not) are refused.
async function locate(table, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const entry = table.find(([prefix]) => decoded.startsWith(prefix));
  if (!entry) return null;
  const [prefix, dir] = entry;
  let path = resolve(dir, '.' + sep + decoded.slice(prefix.length));
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  let info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    path = join(path, 'index.html');
    info = await stat(path).catch(() => null);
  }
  return info?.isFile() ? { path, size: info.size } : null;
}

function parseArgs(argv) {
  const options = { port: 8080, mounts: {} };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') options.port = Number(argv[++i]);
    else if (argv[i] === '--mount') {
      const [prefix, dir] = argv[++i].split('=');
      options.mounts[prefix] = dir;
    } else throw new Error(`unknown argument: ${argv[i]}`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(parseArgs(process.argv.slice(2)));
  console.log(`Faultline is served at ${url} (Ctrl+C to stop)`);
}
