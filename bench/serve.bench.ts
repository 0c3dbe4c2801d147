/**
 * Load benchmark of `khabar serve` (`npm run bench:serve`): 20 concurrent clients (autocannon)
 * searching a store built from the 10k-article news corpus, over loopback only, for a bounded time.
 * Reports the p95 latency (target ≤ 100 ms) and the errors (target 0).
 *
 * 1. The store: `out/bench/serve-10k.db`, built once with the project's ingest (worker threads,
 *    the full pipeline) from `../shared/data/news/ant-corpus.jsonl.gz`, then reused.
 * 2. The request mix (fixed, derived from the store): full-text queries (frequent news words and
 *    the most mentioned entities' names), entity and speaker facet filters, sources, months, second
 *    pages. Every path is requested once first (warm-up, and each must answer 200).
 * 3. The server runs as a child process (`khabar serve --db … --port 0 --quiet` on 127.0.0.1), so
 *    the load generator does not share its event loop; autocannon drives it for `--duration` seconds.
 *    Latency percentiles are computed from every response time, not from a histogram's buckets.
 *
 * Options: --db PATH (default out/bench/serve-10k.db), --rebuild, --connections N (20),
 * --duration SECONDS (20), --articles N (limit the corpus, default all).
 * Run with `nice`: building the store takes the machine's cores for a minute or two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ingest } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/store.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url));

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: `${ROOT}out/bench/serve-10k.db` },
    rebuild: { type: 'boolean', default: false },
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '20' },
    articles: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const connections = Number(values.connections);
const duration = Math.min(Number(values.duration), 120);
const dbPath = values.db;

/** Frequent words of Tunisian news, for full-text queries. */
const WORDS = [
  'الحكومة', // the government
  'تونس', // Tunisia
  'وزير', // minister
  'الرئيس', // the president
  'الانتخابات', // the elections
  'الاقتصاد', // the economy
  'الأمن', // security
  'المنتخب', // the national team
  'الصحة', // health
  'التعليم', // education
  'الأسعار', // prices
  'البرلمان', // parliament
  'الفلاحة', // agriculture
  'السياحة', // tourism
  'الاتحاد العام', // the general union (two words)
  'مجلس نواب الشعب', // the assembly of the people's representatives (three words)
];

async function buildStore(): Promise<void> {
  if (!existsSync(CORPUS)) {
    process.stdout.write(`bench:serve: skipped — needs ${CORPUS} (the shared news corpus)\n`);
    process.exit(0);
  }
  if (values.rebuild) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = await openStore(dbPath);
  const before = (await store.stats()).articles;
  if (before >= 9000 && !values.articles) {
    process.stdout.write(`store: ${dbPath} (${before} articles, reused; --rebuild to rebuild)\n`);
    await store.close();
    return;
  }
  process.stdout.write(`store: building ${dbPath} from ${CORPUS} with ${availableParallelism()} workers…\n`);
  const limit = values.articles ? Number(values.articles) : Infinity;
  const controller = new AbortController();
  let last = 0;
  const progress = await ingest([CORPUS], store, {
    signal: controller.signal,
    onProgress: (p) => {
      if (p.read >= limit) controller.abort();
      if (p.elapsedMs - last > 10_000) {
        last = p.elapsedMs;
        process.stdout.write(`  ${p.added} added, ${(p.added / (p.elapsedMs / 1000)).toFixed(0)} articles/s\n`);
      }
    },
  });
  process.stdout.write(`  done: ${progress.added} added, ${progress.skipped} skipped, ${progress.errors} errors in ${(progress.elapsedMs / 1000).toFixed(1)} s\n`);
  await store.close();
}

/** The request mix: paths derived from the store's own entities, sources and months. */
async function requestPaths(): Promise<string[]> {
  const store = await openStore(dbPath, { readonly: true });
  const stats = await store.stats();
  const top = await store.entities({ limit: 40 });
  const facets = (await store.search({ limit: 1 })).facets;
  // A long tail: words of the newest titles (deterministic), as people type what they just read.
  const recent = await store.search({ limit: 200, facets: false });
  const tail = [...new Set(recent.hits.flatMap((h) => (h.title ?? '').split(/[\s،:؛.!؟"«»()-]+/)).filter((w) => w.length >= 4))].slice(0, 250);
  await store.close();
  const paths: string[] = [];
  const q = (params: Record<string, string>): string => `/api/articles?${new URLSearchParams(params)}`;
  for (const w of WORDS) paths.push(q({ q: w }), q({ q: w, page: '2' }));
  for (const e of top.slice(0, 25)) paths.push(q({ q: e.name }), q({ entity: `#${e.id}` }));
  for (const e of facets.speakers.slice(0, 10)) paths.push(q({ speaker: `#${e.id}` }));
  for (const s of stats.sources.slice(0, 5)) paths.push(q({ source: s.value }), q({ q: WORDS[paths.length % WORDS.length]!, source: s.value }));
  for (const m of facets.months.slice(-6)) paths.push(q({ from: m.value, to: m.value }), q({ q: 'تونس', from: m.value, to: m.value }));
  for (const w of tail) paths.push(q({ q: w }));
  return [...new Set(paths)];
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, 'serve', '--db', dbPath, '--port', '0', '--host', '127.0.0.1', '--quiet', '--cache-ttl', values['no-cache'] ? '0' : '30'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]!.replace('//localhost', '//127.0.0.1') });
    });
    child.once('exit', (code) => reject(new Error(`khabar serve exited with ${code}: ${out}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  await buildStore();
  const paths = await requestPaths();
  const { child, url } = await startServer();
  try {
    // Warm-up: every path once, each must succeed.
    let warmErrors = 0;
    const cold: number[] = [];
    for (const path of paths) {
      const began = performance.now();
      // A parameter the API ignores: the load phase below starts with an empty cache all the same.
      const res = await fetch(`${url}${path}&warmup=1`);
      await res.arrayBuffer();
      cold.push(performance.now() - began);
      if (res.status !== 200) {
        warmErrors++;
        process.stdout.write(`  warm-up: ${res.status} for ${decodeURIComponent(path)}\n`);
      }
    }
    cold.sort((a, b) => a - b);
    process.stdout.write(`cold (each search once, one at a time, nothing cached): p50 ${percentile(cold, 50).toFixed(1)} ms, p95 ${percentile(cold, 95).toFixed(1)} ms, max ${cold[cold.length - 1]!.toFixed(1)} ms\n`);
    process.stdout.write(`load: ${connections} connections, ${duration} s, ${paths.length} distinct searches, cache ${values['no-cache'] ? 'off' : 'on (30 s)'}, ${url} (loopback)\n`);
    let next = 0;
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections,
          duration,
          timeout: 10,
          requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }],
        },
        (error, res) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    latencies.sort((a, b) => a - b);
    const errors = result.errors + result.timeouts + result.non2xx + warmErrors;
    const p95 = percentile(latencies, 95);
    const line = (label: string, value: string): void => void process.stdout.write(`  ${label.padEnd(18)} ${value}\n`);
    line('requests', `${result.requests.total} (${result.requests.average.toFixed(0)}/s)`);
    line('latency p50', `${percentile(latencies, 50).toFixed(1)} ms`);
    line('latency p95', `${p95.toFixed(1)} ms  (target ≤ 100 ms: ${p95 <= 100 ? 'met' : 'NOT met'})`);
    line('latency p99', `${percentile(latencies, 99).toFixed(1)} ms`);
    line('latency max', `${(latencies[latencies.length - 1] ?? NaN).toFixed(1)} ms`);
    line('errors', `${errors} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, warm-up ${warmErrors}; target 0: ${errors === 0 ? 'met' : 'NOT met'})`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

await main();
