// A tiny static file server for tests and the benchmark: serves one folder
// under a sub-path, so the app is exercised the way a static host serves it.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Types a static host sends gzip-compressed when the browser accepts it (with `compress`). */
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|manifest\+json)|image\/svg\+xml)/;

/**
 * Starts a server on 127.0.0.1; `port = 0` picks a free port, so several can
 * run at once. With `compress`, text, JSON and wasm go gzip-compressed to
 * browsers that accept it, as most static hosts send them (the benchmark's
 * Lighthouse run); without it, every file goes as it is on disk. `headers`
 * adds response headers to some files: `{ 'account.html': { 'Cache-Control':
 * 'no-store' } }`, by path relative to the base. `requests` lists the path
 * (and query) of every request received, in order.
 */
export async function startServer({ root, base = '/candor/sub/path/', port = 0, compress = false, headers = {} }) {
  const rootDir = path.resolve(root);
  const basePath = withSlashes(base);
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    handle(req, res, rootDir, basePath, compress, headers).catch((err) => send(res, 500, `server error: ${err.message}`));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: origin + basePath,
    origin,
    base: basePath,
    requests,
    close: () => closeServer(server),
  };
}

function withSlashes(base) {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

async function handle(req, res, rootDir, basePath, compress, headers) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  const { pathname, search } = new URL(req.url, 'http://localhost');
  if (`${pathname}/` === basePath) return redirect(res, basePath + search);
  if (!pathname.startsWith(basePath)) return send(res, 404, 'not found');

  const file = resolveFile(rootDir, pathname.slice(basePath.length));
  if (!file) return send(res, 400, 'bad path');
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return redirect(res, `${pathname}/${search}`);
  if (!info?.isFile()) return send(res, 404, 'not found');

  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const gzip = compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? gzipSync(await readFile(file), { level: 9 }) : await readFile(file);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    ...(compress ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...(headers[pathname.slice(basePath.length)] ?? {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Maps a URL path (relative to the base) to a file inside rootDir, or null if it would escape it. */
function resolveFile(rootDir, relativeUrlPath) {
  let relative;
  try {
    relative = decodeURIComponent(relativeUrlPath);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.resolve(rootDir, `.${path.sep}${relative}`);
  return file.startsWith(rootDir + path.sep) ? file : null;
}

function redirect(res, location) {
  res.writeHead(301, { Location: location });
  res.end();
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// Browsers keep connections alive; drop them so close() returns promptly.
function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
