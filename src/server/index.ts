/**
 * Running the khabar app on a socket. `createApp()` (src/server/app.ts) builds the application;
 * {@link startServer} binds it, refusing a non-loopback address without a token.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';
import { isLoopbackAddress } from './security.ts';

export { createApp, type AppOptions } from './app.ts';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security.ts';
export { buildOpenApi } from './openapi.ts';

/** Options of {@link startServer}: the app's options plus where to listen. */
export interface ServerOptions extends AppOptions {
  /** Address to bind, default `127.0.0.1`. Anything else needs a token. */
  host?: string;
  /** Port, default 8080; 0 picks a free one. */
  port?: number;
}

/** A running server. */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  host: string;
  port: number;
  /** Stops listening and closes open connections (the store stays open: its owner closes it). */
  close(): Promise<void>;
}

/** Binding a public address without a token. */
export class ServerConfigError extends Error {
  override name = 'ServerConfigError';
}

/**
 * Starts the server. Resolves once it listens.
 * @throws {@link ServerConfigError} when binding a non-loopback address without a token.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  if (!isLoopbackAddress(host) && !options.token) {
    throw new ServerConfigError(`binding ${host} makes the server reachable from other machines: give a write token with --token or KHABAR_TOKEN`);
  }
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      server.off('error', reject);
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        host: info.address,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
            s.close(() => done());
            s.closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
  });
}
