import { existsSync } from 'node:fs';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { relative } from 'node:path';
import type { ServerConfig } from './config';
import { EventHub } from './events/hub';
import { createApp } from './http/app';
import { openMigrated } from './open';

export interface RunningServer {
  url: string;
  database: string;
  close: () => Promise<void>;
}

/** Opens the database, then serves the API and (if built) the app. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const { db, schemaVersion, close: closeDb } = await openMigrated(config, 'server');
  const hub = new EventHub(db);
  await hub.start();

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

  const app = createApp({
    db,
    hub,
    schemaVersion,
    sessionTtlSeconds: config.sessionTtlSeconds,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    remoteAddress: (c) => getConnInfo(c).remote.address,
    staticFiles,
  });

  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  // Keep idle connections longer than clients and proxies do (nginx: 60 s), so that a client never
  // reuses a socket the server is just closing (ECONNRESET under load).
  Object.assign(server!, { keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  return {
    url: `http://${config.host}:${port}`,
    database: db.kind,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await hub.stop();
      await closeDb();
    },
  };
}
