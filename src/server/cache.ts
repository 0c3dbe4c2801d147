/**
 * A response cache for the read API. The store answers synchronously underneath (SQLite), so one
 * slow search (facets over thousands of matching articles) holds up every other request; people
 * repeat searches (paging, back and forth between an article and its results, a shared link), so
 * answers are kept for a short time.
 *
 * - LRU over entries and bytes; an entry lives `ttlMs` (default 30 s): an ingest run by another
 *   process (`khabar ingest`) shows up at most that late;
 * - every write through this server clears it, and an answer computed while a write happened is not
 *   kept (a generation counter);
 * - identical requests that arrive while the first is being computed wait for it instead of
 *   computing it again (single flight).
 */
import type { MiddlewareHandler } from 'hono';

/** Options of {@link ResponseCache}. */
export interface CacheOptions {
  /** Lifetime of an entry, ms; 0 disables the cache. */
  ttlMs: number;
  /** Most entries kept. */
  maxEntries?: number;
  /** Most bytes of bodies kept. */
  maxBytes?: number;
}

interface Entry {
  body: string;
  contentType: string;
  expires: number;
}

/** An LRU cache of JSON responses with single-flight computation. */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<void>>();
  private bytes = 0;
  private generation = 0;
  readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  /** @param options - lifetime and size limits */
  constructor(options: CacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  /** Number of entries kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything (after a write). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  private get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.delete(key, entry);
      return undefined;
    }
    // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private delete(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length * 2;
  }

  private set(key: string, entry: Entry): void {
    const size = entry.body.length * 2;
    if (size > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) this.delete(key, old);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k, e);
    }
  }

  /**
   * Middleware for the GET routes whose path matches `paths` and whose answer depends only on the
   * URL. Sets `X-Khabar-Cache: hit|miss`. Register it once: nested, it would wait for itself.
   */
  middleware(paths: RegExp): MiddlewareHandler {
    return async (c, next) => {
      if (this.ttlMs <= 0 || c.req.method !== 'GET') return next();
      const url = new URL(c.req.url);
      if (!paths.test(url.pathname)) return next();
      url.searchParams.sort();
      const key = `${url.pathname}?${url.searchParams}`;
      let hit = this.get(key);
      const inFlight = hit ? undefined : this.pending.get(key);
      if (inFlight) {
        await inFlight;
        hit = this.get(key);
      }
      if (hit) {
        c.header('X-Khabar-Cache', 'hit');
        return c.body(hit.body, 200, { 'Content-Type': hit.contentType });
      }
      let done!: () => void;
      this.pending.set(
        key,
        new Promise<void>((resolve) => (done = resolve)),
      );
      const generation = this.generation;
      try {
        await next();
        const type = c.res.headers.get('content-type') ?? '';
        if (c.res.status === 200 && type.startsWith('application/json') && generation === this.generation) {
          const body = await c.res.clone().text();
          this.set(key, { body, contentType: type, expires: Date.now() + this.ttlMs });
        }
        c.res.headers.set('X-Khabar-Cache', 'miss');
      } finally {
        this.pending.delete(key);
        done();
      }
    };
  }
}
