/**
 * A tiny static server for the benchmark: the built app from one folder, the
 * dataset (/data/*.json) from another that can be switched between runs, and
 * a few extra mounts for the baseline page. No caching, no compression: each
 * cold load pays for every byte, as a first visit does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BenchServerOptions {
  /** The built app. */
  root: string;
  port: number;
  /** Answers /data/*.json and /data/*.arrow. */
  dataDir: string;
  /** URL prefix (e.g. "/baseline/") → folder, or exact URL path → file. */
  mounts?: Record<string, string>;
}

export interface BenchServer {
  origin: string;
  setDataDir(dir: string): void;
  close(): Promise<void>;
}

/** A path under `dir`, or null when the request tries to leave it. */
function inside(dir: string, rel: string): string | null {
  const base = resolve(dir);
  const path = resolve(base, normalize(rel).replace(/^([/\\])+/, ''));
  return path === base || path.startsWith(base + sep) ? path : null;
}

function send(req: IncomingMessage, res: ServerResponse, path: string | null) {
  if (!path || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': statSync(path).size,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path).pipe(res);
}

export function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  let dataDir = options.dataDir;
  const mounts = Object.entries(options.mounts ?? {});
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (/^\/data\/(translations\/)?[^/]+\.(json|arrow)$/.test(path))
      return send(req, res, inside(dataDir, path.slice('/data/'.length)));
    for (const [prefix, target] of mounts) {
      if (prefix.endsWith('/') && path.startsWith(prefix)) {
        return send(req, res, inside(target, path.slice(prefix.length) || 'index.html'));
      }
      if (path === prefix) return send(req, res, target);
    }
    return send(req, res, inside(options.root, path.endsWith('/') ? join(path, 'index.html') : path));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${options.port} is already in use; stop whatever holds it or pass --port`)
          : error,
      ),
    );
    server.listen(options.port, '127.0.0.1', () =>
      resolvePromise({
        origin: `http://127.0.0.1:${options.port}`,
        setDataDir: (dir) => (dataDir = dir),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
