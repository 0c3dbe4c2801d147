/**
 * A reader thread of {@link ReaderPool}: opens the SQLite store read-only and answers read calls
 * posted by the server's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type Store } from '../store/store.ts';
import type { ReaderRequest, ReaderResponse } from './readers.ts';

const port = parentPort!;
const { location } = workerData as { location: string };

let store: Store;
try {
  store = await openStore(location, { readonly: true });
  port.postMessage({ ready: true } satisfies ReaderResponse);
} catch (error) {
  port.postMessage({ ready: false, error: (error as Error).message } satisfies ReaderResponse);
  throw error;
}

port.on('message', async (request: ReaderRequest | 'close') => {
  if (request === 'close') {
    await store.close();
    port.close();
    return;
  }
  try {
    const method = store[request.method] as (...args: unknown[]) => Promise<unknown>;
    const result = await method.apply(store, request.args);
    port.postMessage({ id: request.id, result } satisfies ReaderResponse);
  } catch (error) {
    port.postMessage({ id: request.id, error: (error as Error).message } satisfies ReaderResponse);
  }
});
