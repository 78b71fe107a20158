import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { getRequestListener, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative } from 'node:path';
import type { ServerConfig } from './config';
import { EventHub } from './events/hub';
import { createApi } from './http/app';
import { withDeadline } from './http/deadline';
import { startPruning } from './maintenance';
import { openMigrated } from './open';
import { warmUpCellWrites } from './quotas/cells';

export interface RunningServer {
  url: string;
  database: string;
  close: () => Promise<void>;
}

/** Opens the database, then serves the API and (if built) the app. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const { db, schemaVersion, close: closeDb } = await openMigrated(config, 'server', { checkRecord: true });
  const hub = new EventHub(db);
  await hub.start();
  await warmUpCellWrites(db);
  const stopPruning = startPruning(db, { eventKeepDays: config.eventKeepDays });

  let staticFiles: Hono | undefined;
  if (existsSync(`${config.distDir}/index.html`)) {
    const root = relative(process.cwd(), config.distDir) || '.';
    staticFiles = new Hono();
    staticFiles.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    staticFiles.use('*', serveStatic({ root }));
    staticFiles.get('*', serveStatic({ root, path: 'index.html' }));
  }

  const { app, hotPath } = createApi({
    db,
    hub,
    schemaVersion,
    sessionTtlSeconds: config.sessionTtlSeconds,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    allowedHosts: config.allowedHosts,
    remoteAddress: (c) => getConnInfo(c).remote.address,
    staticFiles,
  });

  // The hot GET is answered from memory before the adapter builds a Request (hotPath.ts).
  const listener = getRequestListener(withDeadline(app.fetch, config.requestTimeoutMs));
  const server: ServerType = createServer((req, res) => {
    if (!hotPath(req, res)) void listener(req, res);
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve((server.address() as { port: number }).port));
  });
  // Keep idle connections longer than clients and proxies do (nginx: 60 s), so that a client never
  // reuses a socket the server is just closing (ECONNRESET under load).
  Object.assign(server, { keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  return {
    url: `http://${config.host}:${port}`,
    database: db.kind,
    close: async () => {
      stopPruning();
      // Stop accepting, let requests in flight finish (up to the request timeout), then end the
      // rest (event streams, idle keep-alive connections).
      await new Promise<void>((resolve) => {
        const s = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
        const force = setTimeout(() => s.closeAllConnections?.(), config.requestTimeoutMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        s.closeIdleConnections?.();
        setTimeout(() => s.closeAllConnections?.(), 200).unref();
      });
      await hub.stop();
      await closeDb();
    },
  };
}
