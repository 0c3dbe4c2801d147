/**
 * Ingest: read articles from files and folders, analyse them in parallel on worker threads, and
 * write them to a store in transactions.
 *
 * - The main thread reads (streaming JSON Lines), hashes each text and asks the store which hashes
 *   it already has, so a re-run analyses nothing it has stored: ingest is idempotent.
 * - Workers run `analyze()` and compute MinHash signatures.
 * - Results are written in input order, `batchSize` articles per transaction: killing the process
 *   at any moment loses at most the batch in flight, never stored data, and a re-run completes it.
 * - A bad file or line is reported (file and reason) and skipped.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { AnalysisDocument, ArticleMeta } from '../document.ts';
import { analyze } from '../analyze.ts';
import { contentHash, minhash } from '../store/hash.ts';
import type { NewArticle, Store } from '../store/store.ts';
import { InputError, type ArticleInput } from './read.ts';
import { articlesOf, expandPaths } from './sources.ts';

/** A chunk of articles sent to a worker. */
export interface WorkerRequest {
  id: number;
  items: { seq: number; text: string; meta: ArticleMeta }[];
}

/** A worker's answer for one article. */
export type WorkerResult = { seq: number; doc: AnalysisDocument; minhash: Uint32Array } | { seq: number; error: string };

/** Counters reported while ingesting and at the end. */
export interface IngestProgress {
  /** Articles read from the inputs (good ones). */
  read: number;
  /** Articles known before the run is over: the total when it could be counted cheaply, else null. */
  total: number | null;
  /** Articles analysed so far (written or about to be). */
  analyzed: number;
  /** Articles written to the store. */
  added: number;
  /** Articles skipped because the store (or this run) already had the same text. */
  skipped: number;
  /** Added articles that joined an existing story as near-duplicates. */
  nearDuplicates: number;
  /** Bad files and lines. */
  errors: number;
  /** Milliseconds since the start. */
  elapsedMs: number;
}

/** Options for {@link ingest}. */
export interface IngestOptions {
  /** Worker threads; 0 analyses on the main thread. Default: the number of cores. */
  workers?: number;
  /** Articles per transaction. Default 200. */
  batchSize?: number;
  /** Count the articles first (for an ETA) when the inputs total at most this many bytes. Default 256 MB. */
  countLimitBytes?: number;
  /** Called after every batch written (and at the end). */
  onProgress?(progress: IngestProgress): void;
  /** Called for each bad file or line. */
  onError?(error: InputError): void;
  /** Stops reading when aborted; what was analysed is still written. */
  signal?: AbortSignal;
}

/**
 * How to start a worker: the built JavaScript module, or in development (running from .ts through
 * tsx) a small bootstrap that registers tsx inside the worker first — on Node 20 loader hooks given
 * with `execArgv: ['--import', 'tsx']` do not apply to a worker's own entry module.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
}

/** Counts articles cheaply: lines of JSON Lines files, 1 for others (arrays in .json count as 1). */
async function countArticles(files: string[], limit: number): Promise<number | null> {
  let bytes = 0;
  for (const f of files) {
    if (f === '-') return null;
    bytes += (await stat(f).catch(() => ({ size: 0 }))).size;
  }
  if (bytes > limit) return null;
  let total = 0;
  for (const f of files) {
    if (!/\.(jsonl|ndjson)(\.gz)?$/i.test(f)) {
      total++;
      continue;
    }
    const raw = createReadStream(f);
    const stream = /\.gz$/i.test(f) ? raw.pipe(createGunzip()) : raw;
    try {
      let last = 10;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) total++;
        last = chunk[chunk.length - 1] ?? 10;
      }
      if (last !== 10) total++;
    } catch {
      // Reported when the file is read for real.
    }
  }
  return total;
}

/** Articles per message to a worker (fewer messages; 4 chunks in flight per worker). */
const CHUNK = 16;

interface Pending {
  seq: number;
  article: ArticleInput;
  hash: string;
}

/** A small pool of analysis workers with a bounded number of chunks in flight. */
class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly busy: number[] = [];
  private readonly callbacks = new Map<number, (results: WorkerResult[]) => void>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  private failure: Error | null = null;

  constructor(
    count: number,
    // Enough queued work per worker to outlast a batch write on the main thread (SQLite writes
    // synchronously there), so that workers never wait for the writer.
    private readonly perWorker = 4,
  ) {
    for (let i = 0; i < count; i++) {
      const w = startWorker();
      w.on('message', (m: { id: number; results: WorkerResult[] }) => {
        this.busy[i]!--;
        const cb = this.callbacks.get(m.id);
        this.callbacks.delete(m.id);
        cb?.(m.results);
        this.waiting.shift()?.();
      });
      w.on('error', (error) => {
        this.failure = error;
        for (const resolve of this.waiting.splice(0)) resolve();
      });
      this.workers.push(w);
      this.busy.push(0);
    }
  }

  /** Sends a chunk; resolves when it has been handed to a worker (back-pressure). */
  async submit(items: WorkerRequest['items'], done: (results: WorkerResult[]) => void): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      let best = -1;
      for (let i = 0; i < this.workers.length; i++) if (this.busy[i]! < this.perWorker && (best < 0 || this.busy[i]! < this.busy[best]!)) best = i;
      if (best >= 0) {
        const id = this.nextId++;
        this.callbacks.set(id, done);
        this.busy[best]!++;
        this.workers[best]!.postMessage({ id, items } satisfies WorkerRequest);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Resolves when every chunk sent has come back. */
  async drain(): Promise<void> {
    while (this.callbacks.size) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Ingests files and folders into a store (see the module comment). Resolves to the final counters.
 * Throws only when the store itself fails; bad inputs are reported through `onError`.
 */
export async function ingest(paths: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestProgress> {
  const began = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const workerCount = Math.max(0, options.workers ?? availableParallelism());
  const progress: IngestProgress = { read: 0, total: null, analyzed: 0, added: 0, skipped: 0, nearDuplicates: 0, errors: 0, elapsedMs: 0 };
  const report = (error: InputError): void => {
    progress.errors++;
    options.onError?.(error);
  };
  let lastTick = 0;
  const tick = (throttle = false): void => {
    const now = performance.now();
    if (throttle && now - lastTick < 250) return;
    lastTick = now;
    progress.elapsedMs = now - began;
    options.onProgress?.({ ...progress });
  };

  const expanded = await expandPaths(paths);
  const files: string[] = [];
  for (const f of expanded) {
    if (f instanceof InputError) report(f);
    else files.push(f);
  }
  progress.total = await countArticles(files, options.countLimitBytes ?? 256 * 2 ** 20);
  tick();

  const pool = workerCount > 0 ? new AnalysisPool(workerCount) : null;
  const ready = new Map<number, { input: NewArticle; doc: AnalysisDocument } | null>();
  let nextToWrite = 0;
  let seq = 0;
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;

  /** Writes every consecutive finished article, in batches; `all` flushes a partial batch. */
  const flush = (all: boolean): Promise<void> => {
    writing = writing.then(async () => {
      for (;;) {
        const batch: { input: NewArticle; doc: AnalysisDocument }[] = [];
        let end = nextToWrite;
        while (ready.has(end) && batch.length < batchSize) {
          const item = ready.get(end);
          if (item) batch.push(item);
          end++;
        }
        if (!all && batch.length < batchSize) return;
        if (end === nextToWrite) return;
        const results = await store.addArticles(batch);
        for (let i = nextToWrite; i < end; i++) ready.delete(i);
        nextToWrite = end;
        for (const r of results) {
          if (r.skipped) progress.skipped++;
          else {
            progress.added++;
            if (r.nearDuplicateOf !== null) progress.nearDuplicates++;
          }
        }
        tick();
      }
    });
    writing = writing.catch((error: unknown) => {
      writeError ??= error;
    });
    return writing;
  };

  const finished = (results: WorkerResult[], chunk: Pending[]): void => {
    progress.analyzed += results.length;
    tick(true);
    const bySeq = new Map(chunk.map((p) => [p.seq, p]));
    for (const r of results) {
      const p = bySeq.get(r.seq)!;
      if ('error' in r) {
        report(new InputError(p.article.origin, `analysis failed (${r.error})`));
        ready.set(r.seq, null);
        continue;
      }
      ready.set(r.seq, { input: toNewArticle(p.article, p.hash, r.minhash), doc: r.doc });
    }
    void flush(false);
  };

  const analyseChunk = async (chunk: Pending[]): Promise<void> => {
    if (!chunk.length) return;
    if (pool) {
      await pool.submit(
        chunk.map((p) => ({ seq: p.seq, text: p.article.text, meta: metaOf(p.article) })),
        (results) => finished(results, chunk),
      );
      // Back-pressure from the writer (PostgreSQL writes asynchronously).
      if (ready.size > batchSize * 4) await writing;
      return;
    }
    const results: WorkerResult[] = chunk.map((p) => {
      const doc = analyze(p.article.text, metaOf(p.article));
      doc.tokens = [];
      return { seq: p.seq, doc, minhash: minhash(p.article.text) };
    });
    finished(results, chunk);
    await writing;
  };

  /** Drops articles the store already has, then sends the rest to analysis in small chunks. */
  const dispatch = async (candidates: Pending[]): Promise<void> => {
    if (!candidates.length) return;
    const known = await store.hasHashes(candidates.map((c) => c.hash));
    const fresh = candidates.filter((c) => !known.has(c.hash));
    progress.skipped += candidates.length - fresh.length;
    tick(true);
    // Renumber so that the write order has no gaps.
    for (const c of fresh) c.seq = seq++;
    for (let i = 0; i < fresh.length; i += CHUNK) await analyseChunk(fresh.slice(i, i + CHUNK));
    if (writeError) throw writeError;
  };

  try {
    let candidates: Pending[] = [];
    outer: for (const file of files) {
      for await (const item of articlesOf(file)) {
        if (options.signal?.aborted) break outer;
        if (item instanceof InputError) {
          report(item);
          continue;
        }
        progress.read++;
        // A text repeated inside this run is analysed twice at most, then skipped by the store.
        const hash = contentHash(item.text);
        candidates.push({ seq: -1, article: item, hash });
        if (candidates.length >= 256) {
          await dispatch(candidates);
          candidates = [];
        }
      }
    }
    await dispatch(candidates);
    if (pool) await pool.drain();
    await flush(true);
    if (writeError) throw writeError;
    // Merge the full-text index after a bulk load (also after an interrupted run: what was added
    // is stored and searchable either way).
    await store.optimize(progress.added);
  } finally {
    await pool?.close();
  }
  tick();
  return { ...progress };
}

function metaOf(article: ArticleInput): ArticleMeta {
  const meta: ArticleMeta = {};
  if (article.date !== undefined) meta.date = article.date;
  if (article.title !== undefined) meta.title = article.title;
  if (article.source !== undefined) meta.source = article.source;
  if (article.url !== undefined) meta.url = article.url;
  return meta;
}

function toNewArticle(article: ArticleInput, hash: string, sig: Uint32Array): NewArticle {
  const input: NewArticle = { text: article.text, origin: article.origin, hash, minhash: sig };
  if (article.date !== undefined) input.date = article.date;
  if (article.title !== undefined) input.title = article.title;
  if (article.source !== undefined) input.source = article.source;
  if (article.url !== undefined) input.url = article.url;
  if (article.byline !== undefined) input.byline = article.byline;
  if (article.id !== undefined) input.externalId = article.id;
  return input;
}
