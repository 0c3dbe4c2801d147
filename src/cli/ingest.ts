/**
 * `khabar ingest PATH… [--db PATH|URL] [--workers N] [--batch N]`
 *
 * Reads articles (.txt, .json, .jsonl, .jsonl.gz, .html; folders recursively), analyses them on
 * all cores and stores them. A progress bar on a terminal, log lines otherwise.
 */
import { ingest, type IngestProgress } from '../ingest/ingest.ts';
import { defaultStoreLocation, openStore, StoreError } from '../store/store.ts';
import { parseCommandArgs } from './args.ts';

const HELP = `usage: khabar ingest [options] PATH…

Analyses articles and stores them in the corpus: .txt, .json, .jsonl, .jsonl.gz, .html files,
and folders (recursively). Articles already stored (same text) are skipped; reprints of one story
are linked as one story. A file that cannot be read is reported and skipped.

options:
  --db PATH|URL   the store: a SQLite file (default $KHABAR_DB or ./khabar.db) or postgres://…
  --workers N     analysis threads (default: the number of cores; 0 = main thread only)
  --batch N       articles per transaction (default 200)
  --quiet         no progress output
  -h, --help      this help

exit codes: 0 success, 1 an input could not be read (the others are stored) or the store failed, 2 usage
`;

function rate(p: IngestProgress): number {
  return p.elapsedMs > 0 ? ((Math.max(p.analyzed, p.added) + p.skipped) * 1000) / p.elapsedMs : 0;
}

function line(p: IngestProgress): string {
  const done = Math.max(p.analyzed, p.added) + p.skipped;
  const eta = p.total && rate(p) > 0 ? `, ETA ${Math.max(0, Math.round((p.total - done - p.errors) / rate(p)))}s` : '';
  return `${done}${p.total ? `/${p.total}` : ''} articles: ${p.added} added, ${p.skipped} skipped, ${p.nearDuplicates} near-duplicates, ${p.errors} errors (${rate(p).toFixed(0)}/s${eta})`;
}

/** Runs `khabar ingest`. */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    'ingest',
    argv,
    {
      db: { type: 'string' },
      workers: { type: 'string' },
      batch: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) {
    process.stderr.write(`khabar ingest: no input given\n\n${HELP}`);
    return 2;
  }
  const intOption = (name: string, value: string | undefined, min: number): number | undefined | null => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      process.stderr.write(`khabar ingest: --${name} ${JSON.stringify(value)} must be an integer ≥ ${min}\n`);
      return null;
    }
    return n;
  };
  const workers = intOption('workers', values.workers, 0);
  const batch = intOption('batch', values.batch, 1);
  if (workers === null || batch === null) return 2;

  let store;
  try {
    store = await openStore(values.db ?? defaultStoreLocation());
  } catch (error) {
    process.stderr.write(`khabar ingest: ${error instanceof StoreError ? error.message : String(error)}\n`);
    return 1;
  }
  const tty = Boolean(process.stderr.isTTY) && !values.quiet;
  let bar: import('cli-progress').SingleBar | null = null;
  let lastLog = 0;
  if (tty) {
    const { SingleBar, Presets } = await import('cli-progress');
    bar = new SingleBar(
      { format: 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted} | {added} added, {skipped} skipped, {errors} errors', hideCursor: true, stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(1, 0, { rate: 0, added: 0, skipped: 0, errors: 0 });
  }
  const onProgress = (p: IngestProgress): void => {
    if (values.quiet) return;
    if (bar) {
      bar.setTotal(p.total ?? Math.max(p.read, 1));
      bar.update(Math.max(p.analyzed, p.added) + p.skipped + p.errors, { rate: rate(p).toFixed(0), added: p.added, skipped: p.skipped, errors: p.errors });
    } else if (p.elapsedMs - lastLog >= 2000) {
      lastLog = p.elapsedMs;
      process.stderr.write(`khabar ingest: ${line(p)}\n`);
    }
  };
  const errors: string[] = [];
  const abort = new AbortController();
  const stop = (): void => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let summary: IngestProgress;
  try {
    summary = await ingest(positionals, store, {
      ...(workers !== undefined ? { workers } : {}),
      ...(batch !== undefined ? { batchSize: batch } : {}),
      signal: abort.signal,
      onProgress,
      onError: (e) => {
        errors.push(e.message);
        if (bar) bar.stop();
        process.stderr.write(`khabar ingest: ${e.message}\n`);
        if (bar) bar.start(bar.getTotal(), 0);
      },
    });
  } catch (error) {
    bar?.stop();
    process.stderr.write(`khabar ingest: the store failed: ${(error as Error).message}\n`);
    await store.close().catch(() => undefined);
    return 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  bar?.stop();
  await store.close();
  process.stderr.write(`khabar ingest: ${line(summary)} in ${(summary.elapsedMs / 1000).toFixed(1)}s into ${store.location}${abort.signal.aborted ? ' (interrupted)' : ''}\n`);
  return errors.length ? 1 : 0;
}
