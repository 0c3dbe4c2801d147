/**
 * `khabar serve [--db PATH|URL] [--port N] [--host ADDR] [--token T]`
 *
 * Serves the JSON API and the web app from one process over the corpus store. Binds 127.0.0.1 by
 * default; any other address needs a write token (`--token` or `KHABAR_TOKEN`).
 */
import { parseArgs } from 'node:util';
import { defaultStoreLocation, openStore, StoreError, type Store } from '../store/store.ts';
import { ServerConfigError, startServer } from '../server/index.ts';
import { hasWebApp, DEFAULT_WEB_ROOT } from '../server/static.ts';
import { ReaderPool } from '../server/readers.ts';

const HELP = `usage: khabar serve [options]

Serves the khabar web app and its JSON API (described at /api/openapi.json) over a corpus store.
An empty store offers the sample articles that ship with khabar, and the upload of your own files.

options:
  --db PATH|URL   the store: a SQLite file or postgres://… (default $KHABAR_DB or ./khabar.db)
  --port N        port to listen on (default $PORT or 8080; 0 picks a free port)
  --host ADDR     address to bind (default 127.0.0.1). Any other address needs a token.
  --token T       write token (default $KHABAR_TOKEN): POST /api/articles then needs
                  "Authorization: Bearer T"
  --cache-ttl S   keep read answers S seconds (default 30; 0 disables). Writes through the
                  server clear them; an ingest by another process shows up within S seconds.
  --readers N     reader threads for a SQLite store (default 2; 0 reads on the main thread)
  --quiet         no access log
  -h, --help      this help

exit codes: 0 stopped cleanly, 1 the store or the port could not be opened, 2 usage
`;

/** Runs `khabar serve` until SIGINT or SIGTERM. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        token: { type: 'string' },
        'cache-ttl': { type: 'string', default: '30' },
        readers: { type: 'string', default: '2' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`khabar serve: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const portText = values.port ?? process.env.PORT ?? '8080';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    process.stderr.write(`khabar serve: --port must be a number from 0 to 65535, got ${JSON.stringify(portText)}\n`);
    return 2;
  }
  const cacheTtl = values['cache-ttl'];
  if (!/^\d{1,6}(\.\d+)?$/.test(cacheTtl)) {
    process.stderr.write(`khabar serve: --cache-ttl must be a number of seconds, got ${JSON.stringify(cacheTtl)}\n`);
    return 2;
  }
  if (!/^\d{1,2}$/.test(values.readers)) {
    process.stderr.write(`khabar serve: --readers must be a number from 0 to 99, got ${JSON.stringify(values.readers)}\n`);
    return 2;
  }
  const token = values.token ?? (process.env.KHABAR_TOKEN || undefined);
  if (token !== undefined && token.length < 8) {
    process.stderr.write('khabar serve: the token must be at least 8 characters long\n');
    return 2;
  }

  const location = values.db ?? defaultStoreLocation();
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    process.stderr.write(`khabar serve: ${error instanceof StoreError ? error.message : `${location}: ${(error as Error).message}`}\n`);
    return 1;
  }

  let readers: ReaderPool | undefined;
  if (store.backend === 'sqlite' && Number(values.readers) > 0) {
    try {
      readers = await ReaderPool.open(location, Number(values.readers));
    } catch (error) {
      process.stderr.write(`khabar serve: reader threads could not start (${(error as Error).message}); reading on the main thread\n`);
    }
  }

  let server;
  try {
    server = await startServer({
      store,
      ...(readers ? { reader: readers } : {}),
      host: values.host,
      port: Number(portText),
      cacheTtlMs: Number(cacheTtl) * 1000,
      ...(token !== undefined ? { token } : {}),
      ...(values.quiet ? {} : { log: (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`) }),
    });
  } catch (error) {
    await readers?.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      error instanceof ServerConfigError ? error.message
      : code === 'EADDRINUSE' ? `port ${portText} is already in use (try --port 0 or another port)`
      : code === 'EACCES' ? `no permission to listen on port ${portText}`
      : (error as Error).message;
    process.stderr.write(`khabar serve: ${reason}\n`);
    return error instanceof ServerConfigError ? 2 : 1;
  }

  const stats = await store.stats();
  const shownUrl = server.host === '127.0.0.1' || server.host === '::1' ? server.url.replace(/\/\/(127\.0\.0\.1|\[::1\])/, '//localhost') : server.url;
  process.stdout.write(`khabar: serving ${store.location} (${stats.articles} articles) on ${shownUrl}\n`);
  if (!hasWebApp(DEFAULT_WEB_ROOT)) process.stdout.write('khabar: the web app is not built (npm run build:web); the API works\n');
  if (stats.articles === 0) process.stdout.write('khabar: the store is empty: open the app to load the sample articles or upload your own files\n');
  if (token !== undefined) process.stdout.write('khabar: write requests need the token\n');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('khabar: stopping\n');
  await server.close();
  await readers?.close();
  await store.close();
  return 0;
}
