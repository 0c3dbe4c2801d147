/**
 * Reader threads for a SQLite store. better-sqlite3 answers synchronously, so on the main thread one
 * slow search (facets over thousands of matching articles) would hold up every other request, even
 * those the response cache could answer at once. A {@link ReaderPool} runs the read calls on worker
 * threads, each with its own read-only connection (SQLite's WAL lets readers run beside the writer);
 * writes stay on the main thread's store.
 */
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/store.ts';

/** The read calls of a store. */
export type StoreReader = Pick<Store, 'search' | 'getArticle' | 'quotes' | 'entities' | 'entity' | 'stats'>;

/** A read call posted to a reader thread. */
export interface ReaderRequest {
  id: number;
  method: keyof StoreReader;
  args: unknown[];
}

/** A reader thread's answer: ready (or not) once, then one answer per request. */
export type ReaderResponse = { ready: true } | { ready: false; error: string } | { id: number; result: unknown } | { id: number; error: string };

interface Reader {
  worker: Worker;
  inFlight: number;
}

/** Starts a reader thread: the built module, or in development (.ts through tsx) a bootstrap that registers tsx first. */
function startWorker(location: string): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./reader-worker.js', import.meta.url), { workerData: { location } });
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./reader-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData: { location } });
}

/** Read calls spread over worker threads, each with a read-only connection to one SQLite store. */
export class ReaderPool implements StoreReader {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; reader: Reader }>();
  private nextId = 1;

  private constructor(private readonly readers: Reader[]) {
    for (const reader of readers) {
      reader.worker.on('message', (message: ReaderResponse) => {
        if (!('id' in message)) return;
        const call = this.pending.get(message.id);
        if (!call) return;
        this.pending.delete(message.id);
        call.reader.inFlight--;
        if ('error' in message) call.reject(new Error(message.error));
        else call.resolve(message.result);
      });
      reader.worker.on('error', (error) => {
        for (const [id, call] of this.pending) {
          if (call.reader !== reader) continue;
          this.pending.delete(id);
          call.reject(error);
        }
      });
    }
  }

  /** Starts `size` reader threads on the SQLite store at `location`; resolves once all are ready. */
  static async open(location: string, size: number): Promise<ReaderPool> {
    const readers = Array.from({ length: Math.max(1, size) }, () => ({ worker: startWorker(location), inFlight: 0 }));
    try {
      await Promise.all(
        readers.map(
          (r) =>
            new Promise<void>((resolve, reject) => {
              r.worker.once('error', reject);
              r.worker.once('message', (m: ReaderResponse) => ('ready' in m && m.ready ? resolve() : reject(new Error('error' in m ? m.error : 'reader failed to start'))));
            }),
        ),
      );
    } catch (error) {
      await Promise.all(readers.map((r) => r.worker.terminate()));
      throw error;
    }
    return new ReaderPool(readers);
  }

  /** Number of reader threads. */
  get size(): number {
    return this.readers.length;
  }

  private call<T>(method: keyof StoreReader, args: unknown[]): Promise<T> {
    // The least busy reader: a slow search on one does not queue fast lookups behind it.
    const reader = this.readers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    const id = this.nextId++;
    reader.inFlight++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, reader });
      reader.worker.postMessage({ id, method, args } satisfies ReaderRequest);
    });
  }

  search: StoreReader['search'] = (query) => this.call('search', [query]);
  getArticle: StoreReader['getArticle'] = (id) => this.call('getArticle', [id]);
  quotes: StoreReader['quotes'] = (query) => this.call('quotes', [query]);
  entities: StoreReader['entities'] = (query) => this.call('entities', [query]);
  entity: StoreReader['entity'] = (id) => this.call('entity', [id]);
  stats: StoreReader['stats'] = () => this.call('stats', []);

  /** Stops the reader threads (their connections close with them). */
  async close(): Promise<void> {
    await Promise.all(
      this.readers.map(
        (r) =>
          new Promise<void>((resolve) => {
            r.worker.once('exit', () => resolve());
            r.worker.postMessage('close');
            setTimeout(() => void r.worker.terminate(), 2000).unref();
          }),
      ),
    );
  }
}
