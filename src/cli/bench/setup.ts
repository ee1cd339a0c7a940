import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, DIST } from './options';

// ---- setup ----

export function build(): number {
  const started = performance.now();
  const result = spawnSync('npx', ['vite', 'build', '--outDir', 'bench/dist', '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return performance.now() - started;
}

export interface JsFile {
  file: string;
  bytes: number;
  gzip: number;
}

/** The JS the browser must fetch before the app can start: index.html's module script and modulepreloads. */
export function initialJs(): JsFile[] {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('bench/dist has no build yet; run without --no-build');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) refs.add(href[1]!);
  }
  return [...refs].map((ref) => {
    const body = readFileSync(join(DIST, ref.replace(/^\.?\//, '')));
    return { file: ref, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

/** Gzipped size of the built files behind these URL paths (lazy chunks and worker included). */
export function gzipOfPaths(paths: string[]): number {
  let total = 0;
  for (const path of new Set(paths)) {
    const file = join(DIST, path.replace(/^\/+/, ''));
    if (existsSync(file)) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return total;
}

export function gitRevision(): string {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  return rev ? `${rev}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
}
