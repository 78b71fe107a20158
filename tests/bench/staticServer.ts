import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export interface StaticSite {
  /** Base address of each mounted folder: '' is the site's root, 'reference' is /reference/. */
  urls: Record<string, string>;
  close: () => Promise<void>;
}

/**
 * One static server for the app's bundle and the reference page, so both load under the same
 * conditions: gzip as a real deployment would send it (it matters on the throttled phone network),
 * files read once and kept in memory, no caching headers (every load is in a fresh context anyway).
 */
export async function serveFolders(folders: Record<string, string>, options: { fresh?: boolean } = {}): Promise<StaticSite> {
  const cache = new Map<string, { raw: Buffer; gzip: Buffer | null; type: string }>();
  const read = (path: string) => {
    // fresh: read the file on every request (a test that deploys a new build into the folder).
    let entry = options.fresh ? undefined : cache.get(path);
    if (!entry) {
      const raw = readFileSync(path);
      const ext = extname(path);
      entry = { raw, gzip: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 6 }) : null, type: TYPES[ext] ?? 'application/octet-stream' };
      cache.set(path, entry);
    }
    return entry;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, first, ...rest] = decodeURIComponent(url.pathname).split('/');
    const mounted = first in folders && first !== '';
    const root = mounted ? folders[first] : folders[''];
    const within = (mounted ? rest : [first, ...rest]).join('/');
    let path = root ? normalize(join(root, within || 'index.html')) : '';
    if (!root || !path.startsWith(normalize(root))) {
      response.writeHead(404).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const file = read(path);
      const gzip = file.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = gzip ? file.gzip! : file.raw;
      response.writeHead(200, {
        'content-type': file.type,
        'content-length': body.length,
        'cache-control': 'no-store',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const urls = Object.fromEntries(Object.keys(folders).map((m) => [m, `http://127.0.0.1:${port}/${m ? `${m}/` : ''}`]));
  return { urls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
