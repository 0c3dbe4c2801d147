/**
 * Corpus benchmark (`npm run bench:corpus`): ingest speed, search latency and database size, on
 * SQLite and PostgreSQL.
 *
 * 1. Real corpus: ingest `../shared/data/news/ant-corpus.jsonl.gz` (10k articles) with the full
 *    pipeline on worker threads into a fresh SQLite file (and PostgreSQL when a URL is given):
 *    articles/s end to end and CPU time per article (all threads), then analysis alone and the
 *    store's writes alone, each on one thread.
 * 2. Synthetic corpus: N articles made by resampling the SENTENCES of the real corpus
 *    (`bench/synthetic.ts`: the shape and source of a random real article, random sentences, a random
 *    title and a date in 2010–2024), written as JSON Lines and ingested like any input — the full
 *    pipeline analyses every article, so every stored layer is exactly what `analyze` gives. The
 *    store is built once under `out/synthetic/` and reused by later runs (`--reuse`); an ingest
 *    interrupted (Ctrl-C, or killed) resumes where it stopped, as ingest is idempotent.
 * 3. Search: p50/p95 over a realistic mix of queries — very common, mid-frequency and rare words,
 *    two-word queries and phrases, entity names and other spellings of them, entity and speaker
 *    filters, date and source filters alone and with words — wall time and the CPU time of the
 *    search itself (robust to other jobs on a shared machine), per kind of query.
 *    On PostgreSQL the synthetic store is the first `--pg-synthetic` articles of the SQLite one,
 *    copied through the Store API (same analysed layers).
 *
 * Options:
 *   --real N            real articles to ingest (default all)
 *   --skip-real         only the synthetic part
 *   --synthetic N       synthetic articles (default 100000; 0 to skip)
 *   --reuse             reuse out/synthetic/N.db as it is when it exists (no ingest, only search)
 *   --pg URL            also run on PostgreSQL (default $KHABAR_TEST_PG); --pg-synthetic N (default 20000)
 *   --search-only STORE only measure search on an existing store (a SQLite path or postgres:// URL)
 *   --rounds N          rounds of the query mix (default 3)
 *   --rank-limit N      with --search-only: rank text matches by relevance up to N matches (the
 *                       store's default is 5,000; above it, newest first), to measure the trade-off
 *   --keep DIR          keep the real-corpus SQLite files in DIR
 * Run it with `nice`: it takes the machine's cores.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { analyze, defaultStages } from '../src/analyze.ts';
import { ingest, type IngestProgress } from '../src/ingest/ingest.ts';
import { openStore, type SearchQuery, type Store } from '../src/store/store.ts';
import { readPool, REAL_CORPUS, writeSynthetic, type SentencePool } from './synthetic.ts';

const OUT = new URL('../out/synthetic/', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    real: { type: 'string' },
    synthetic: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    pg: { type: 'string' },
    'pg-synthetic': { type: 'string' },
    keep: { type: 'string' },
    'skip-real': { type: 'boolean', default: false },
    'search-only': { type: 'string' },
    rounds: { type: 'string' },
    'rank-limit': { type: 'string' },
  },
});
const realLimit = Number(values.real ?? Infinity);
const syntheticCount = Number(values.synthetic ?? 100_000);
const pgUrl = values.pg ?? process.env.KHABAR_TEST_PG;
const pgSynthetic = Number(values['pg-synthetic'] ?? 20_000);
const rounds = Number(values.rounds ?? 3);

interface Raw {
  text: string;
  date?: string;
  source?: string;
  title?: string;
}

async function readCorpus(limit: number): Promise<Raw[]> {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const { createGunzip } = await import('node:zlib');
  const out: Raw[] = [];
  const lines = createInterface({ input: createReadStream(REAL_CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as Raw);
    if (out.length >= limit) break;
  }
  return out;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/** CPU seconds of this process (every thread) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

/** SQLite size after a checkpoint (so the WAL is folded into the file). */
function sqliteSize(file: string): number {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
}

function pgBase(url: string): string {
  const base = new URL(url);
  base.searchParams.delete('schema');
  return base.toString();
}

async function pgSize(url: string): Promise<number> {
  const schema = new URL(url).searchParams.get('schema') ?? 'public';
  const client = new pg.Client({ connectionString: pgBase(url) });
  await client.connect();
  const r = await client.query(
    `SELECT COALESCE(SUM(pg_total_relation_size(format('%I.%I', table_schema, table_name))), 0) AS n FROM information_schema.tables WHERE table_schema = $1`,
    [schema],
  );
  await client.end();
  return Number(r.rows[0].n);
}

async function dropPgSchema(url: string): Promise<void> {
  const schema = new URL(url).searchParams.get('schema');
  if (!schema) return;
  const client = new pg.Client({ connectionString: pgBase(url) });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

function pgSchemaUrl(name: string): string {
  const url = new URL(pgUrl!);
  url.searchParams.set('schema', `${name}_${process.pid}`);
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// Search latency over a realistic mix.

type Kind = 'common word' | 'mid word' | 'rare word' | 'two words' | 'phrase' | 'entity name' | 'other spelling' | 'entity filter' | 'speaker filter' | 'words + dates' | 'dates only' | 'words + source' | 'words + entity';

/** Builds the query mix from the store's entities and the words of the corpus sentences. */
async function searchQueries(store: Store, pool: SentencePool): Promise<{ kind: Kind; query: SearchQuery }[]> {
  const top = await store.entities({ limit: 60 });
  const per = top.filter((e) => e.type === 'PER');
  const counts = new Map<string, number>();
  for (const s of pool.sentences) for (const w of s.match(/[\u0621-\u064A]{3,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const mid = ranked.slice(200, 2000);
  const rare = [...counts].filter(([, n]) => n === 2).map(([w]) => w).sort();
  const pick = <T>(xs: T[], i: number, step: number): T => xs[(i * step) % xs.length]!;
  const out: { kind: Kind; query: SearchQuery }[] = [];
  const add = (kind: Kind, query: SearchQuery): void => {
    out.push({ kind, query });
  };
  for (let i = 0; i < 6; i++) add('common word', { q: ranked[i * 3]! });
  for (let i = 0; i < 12; i++) add('mid word', { q: pick(mid, i, 97) });
  for (let i = 0; i < 10; i++) add('rare word', { q: pick(rare, i, 211) });
  for (let i = 0; i < 8; i++) add('two words', { q: `${pick(mid, i, 31)} ${pick(mid, i + 7, 53)}` });
  for (let i = 0; i < 5; i++) {
    // Two words that follow each other in a sentence.
    const ws = pick(pool.sentences, i, 389).split(/\s+/);
    const k = ws.findIndex((w, j) => j > 0 && /^[\u0621-\u064A]{3,}$/.test(w) && /^[\u0621-\u064A]{3,}$/.test(ws[j + 1] ?? ''));
    if (k > 0) add('phrase', { q: `"${ws[k]} ${ws[k + 1]}"` });
  }
  for (let i = 0; i < 10 && i < top.length; i++) add('entity name', { q: top[i * 2 < top.length ? i * 2 : i]!.name });
  // Other spellings: an alias of a frequent entity that is not its name (ترمب for ترامب, a Latin form…).
  const variants = top.flatMap((e) => e.aliases.filter((a) => a.name !== e.name && a.count >= 2).map((a) => a.name)).slice(0, 8);
  for (const v of variants) add('other spelling', { q: v });
  for (let i = 0; i < 6 && i < top.length; i++) add('entity filter', { entity: `#${top[i * 5 < top.length ? i * 5 : i]!.id}` });
  for (let i = 0; i < 4 && i < per.length; i++) add('speaker filter', { speaker: `#${per[i]!.id}` });
  for (let i = 0; i < 5; i++) add('words + dates', { q: i < 2 ? ranked[i * 4]! : pick(mid, i, 13), from: `${2011 + i * 2}`, to: `${2012 + i * 2}-06` });
  for (let i = 0; i < 3; i++) add('dates only', { from: `${2013 + i * 3}-03`, to: `${2013 + i * 3}-03` });
  const sources = (await store.stats()).sources.map((s) => s.value);
  for (let i = 0; i < 3 && sources.length; i++) add('words + source', { q: i ? pick(mid, i, 17) : ranked[1]!, source: sources[i % sources.length]! });
  for (let i = 0; i < 4 && i < top.length; i++) add('words + entity', { q: i < 2 ? ranked[2 + i]! : pick(mid, i, 23), entity: `#${top[i]!.id}` });
  return out;
}

interface SearchFigures {
  p50: number;
  p95: number;
  max: number;
  cpuP50: number;
  cpuP95: number;
  /** p95 over queries of each query's fastest round: an estimate for a machine without other jobs. */
  bestP95: number;
  n: number;
  byKind: Record<string, { p95: number; cpuP95: number; medianTotal: number }>;
}

async function measureSearch(store: Store, queries: { kind: Kind; query: SearchQuery }[]): Promise<SearchFigures> {
  const wall: number[] = [];
  const cpu: number[] = [];
  const byKind = new Map<Kind, { wall: number[]; cpu: number[]; totals: number[] }>();
  const best = queries.map(() => Infinity);
  for (const { query } of queries) await store.search({ ...query, limit: 20 }); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [i, { kind, query }] of queries.entries()) {
      const c = process.cpuUsage();
      const t = performance.now();
      const res = await store.search({ ...query, limit: 20 });
      const w = performance.now() - t;
      const u = cpuSince(c) * 1000;
      wall.push(w);
      cpu.push(u);
      best[i] = Math.min(best[i]!, w);
      const k = byKind.get(kind) ?? { wall: [], cpu: [], totals: [] };
      k.wall.push(w);
      k.cpu.push(u);
      k.totals.push(res.total);
      byKind.set(kind, k);
    }
  }
  const kinds: SearchFigures['byKind'] = {};
  for (const [kind, k] of byKind) kinds[kind] = { p95: quantile(k.wall, 0.95), cpuP95: quantile(k.cpu, 0.95), medianTotal: quantile(k.totals, 0.5) };
  return { p50: quantile(wall, 0.5), p95: quantile(wall, 0.95), max: Math.max(...wall), cpuP50: quantile(cpu, 0.5), cpuP95: quantile(cpu, 0.95), bestP95: quantile(best, 0.95), n: wall.length, byKind: kinds };
}

function printSearch(label: string, articles: number, s: SearchFigures): void {
  console.log(
    `[${label}] search over ${articles} articles, ${s.n} queries: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; CPU p50 ${s.cpuP50.toFixed(1)} ms, p95 ${s.cpuP95.toFixed(1)} ms; p95 of each query's best round ${s.bestP95.toFixed(1)} ms`,
  );
  for (const [kind, k] of Object.entries(s.byKind)) {
    console.log(`    ${kind.padEnd(15)} p95 ${k.p95.toFixed(1).padStart(6)} ms (CPU ${k.cpuP95.toFixed(1).padStart(6)} ms), median result set ${k.medianTotal}`);
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(REAL_CORPUS)) {
    console.log(`skip: ${REAL_CORPUS} is absent (needs ../shared/data)`);
    return;
  }
  console.log(`khabar corpus bench — ${availableParallelism()} cores, stages: ${defaultStages().map((s) => s.name).join(', ')}`);
  const pool = await readPool();
  if (values['search-only']) {
    const location = values['search-only'];
    const rank = values['rank-limit'] ? Number(values['rank-limit']) : undefined;
    const store = await openStore(location, { readonly: !location.startsWith('postgres'), ...(rank ? { searchLimits: { rank } } : {}) });
    const stats = await store.stats();
    const search = await measureSearch(store, await searchQueries(store, pool));
    await store.close();
    printSearch(stats.backend, stats.articles, search);
    console.log(`\n${JSON.stringify({ articles: stats.articles, search })}`);
    return;
  }
  const results: Record<string, unknown> = { cores: availableParallelism() };
  if (!values['skip-real']) await realPart(pool, results);
  if (syntheticCount > 0) await syntheticPart(pool, results);
  console.log(`\n${JSON.stringify(results)}`);
}

function logProgress(label: string): (p: IngestProgress) => void {
  let last = 0;
  return (p) => {
    if (p.elapsedMs - last < 30_000) return;
    last = p.elapsedMs;
    console.log(`  ${label}: ${p.added} added, ${p.skipped} skipped, ${((p.added * 1000) / p.elapsedMs).toFixed(0)}/s`);
  };
}

async function realPart(pool: SentencePool, results: Record<string, unknown>): Promise<void> {
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  try {
    const real = await readCorpus(realLimit);
    const realFile = join(dir, 'real.jsonl');
    writeFileSync(realFile, real.map((r) => JSON.stringify(r)).join('\n'));

    // 1. Real corpus, full pipeline, SQLite.
    const sqliteFile = join(dir, 'real.db');
    rmSync(sqliteFile, { force: true });
    let store = await openStore(sqliteFile);
    let cpu = process.cpuUsage();
    let t = performance.now();
    const summary = await ingest([realFile], store, {});
    let seconds = (performance.now() - t) / 1000;
    const cpuPerArticle = (cpuSince(cpu) * 1000) / summary.added;
    await store.close();
    const realSize = sqliteSize(sqliteFile);
    const realRate = summary.added / seconds;
    console.log(
      `\n[real, SQLite] ${summary.added} added, ${summary.skipped} skipped (exact duplicates), ${summary.nearDuplicates} near-duplicates, ${summary.errors} errors in ${seconds.toFixed(1)}s = ${realRate.toFixed(0)} articles/s end to end; CPU ${cpuPerArticle.toFixed(2)} ms an article (all threads)`,
    );
    console.log(`[real, SQLite] size ${mb(realSize)} = ${(realSize / summary.added / 1024).toFixed(1)} KB/article`);
    results.realSqlite = { added: summary.added, skipped: summary.skipped, nearDuplicates: summary.nearDuplicates, seconds, rate: realRate, cpuMsPerArticle: cpuPerArticle, bytesPerArticle: realSize / summary.added };

    // Analysis alone and store writes alone, one thread each (CPU time: robust to other jobs).
    const sample = real.slice(0, Math.min(real.length, 1000));
    cpu = process.cpuUsage();
    t = performance.now();
    const analysed = sample.map((r) => ({ input: { text: r.text, ...(r.date ? { date: r.date } : {}), ...(r.source ? { source: r.source } : {}), ...(r.title ? { title: r.title } : {}) }, doc: analyze(r.text, { date: r.date ?? null }) }));
    const analyseRate = sample.length / ((performance.now() - t) / 1000);
    const analyseCpu = (cpuSince(cpu) * 1000) / sample.length;
    for (const a of analysed) a.doc.tokens = [];
    const writeFile = join(dir, 'write.db');
    rmSync(writeFile, { force: true });
    store = await openStore(writeFile);
    cpu = process.cpuUsage();
    t = performance.now();
    for (let i = 0; i < analysed.length; i += 200) await store.addArticles(analysed.slice(i, i + 200));
    const writeRate = analysed.length / ((performance.now() - t) / 1000);
    const writeCpu = (cpuSince(cpu) * 1000) / analysed.length;
    await store.close();
    console.log(`[analysis alone] ${analyseRate.toFixed(0)} articles/s on one thread (CPU ${analyseCpu.toFixed(2)} ms an article); [SQLite writes alone] ${writeRate.toFixed(0)} articles/s (CPU ${writeCpu.toFixed(2)} ms an article)`);
    results.analysis = { rate: analyseRate, cpuMsPerArticle: analyseCpu };
    results.sqliteWrites = { rate: writeRate, cpuMsPerArticle: writeCpu };

    // Search on the real corpus.
    store = await openStore(sqliteFile, { readonly: true });
    const queries = await searchQueries(store, pool);
    const realSearch = await measureSearch(store, queries);
    await store.close();
    printSearch('real, SQLite', summary.added, realSearch);
    results.realSqliteSearch = realSearch;

    // 1b. Real corpus on PostgreSQL.
    if (pgUrl) {
      const pgStore = pgSchemaUrl('khabar_bench');
      try {
        store = await openStore(pgStore);
        cpu = process.cpuUsage();
        t = performance.now();
        const s = await ingest([realFile], store, {});
        seconds = (performance.now() - t) / 1000;
        const pgCpu = (cpuSince(cpu) * 1000) / s.added;
        const size = await pgSize(pgStore);
        const search = await measureSearch(store, queries);
        await store.close();
        console.log(
          `\n[real, PostgreSQL] ${s.added} added in ${seconds.toFixed(1)}s = ${(s.added / seconds).toFixed(0)} articles/s (CPU of this process ${pgCpu.toFixed(2)} ms an article); size ${mb(size)} = ${(size / s.added / 1024).toFixed(1)} KB/article`,
        );
        printSearch('real, PostgreSQL', s.added, search);
        results.realPostgres = { added: s.added, seconds, rate: s.added / seconds, bytesPerArticle: size / s.added, search };
      } finally {
        await dropPgSchema(pgStore);
      }
    }
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function syntheticPart(pool: SentencePool, results: Record<string, unknown>): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const label = syntheticCount % 1_000_000 === 0 ? `${syntheticCount / 1_000_000}m` : syntheticCount % 1000 === 0 ? `${syntheticCount / 1000}k` : String(syntheticCount);
  const jsonl = join(OUT, `articles-${label}.jsonl`);
  const dbFile = join(OUT, `${label}.db`);
  if (!existsSync(jsonl)) {
    const t = performance.now();
    await writeSynthetic(jsonl, syntheticCount, 1, pool);
    console.log(`\n[synthetic] ${syntheticCount} articles generated (${pool.sentences.length} distinct sentences of the real corpus) → ${jsonl} in ${((performance.now() - t) / 1000).toFixed(1)}s`);
  }
  if (!(values.reuse && existsSync(dbFile))) {
    const store = await openStore(dbFile);
    const cpu = process.cpuUsage();
    const t = performance.now();
    const s = await ingest([jsonl], store, { onProgress: logProgress('synthetic') });
    const seconds = (performance.now() - t) / 1000;
    await store.close();
    console.log(
      `[synthetic, SQLite] ingest with the full pipeline: ${s.added} added (${s.skipped} already stored or exact duplicates), ${s.nearDuplicates} near-duplicates in ${seconds.toFixed(0)}s = ${(s.added / seconds).toFixed(0)} articles/s; CPU ${((cpuSince(cpu) * 1000) / Math.max(1, s.added)).toFixed(2)} ms an article`,
    );
    results.syntheticIngest = { added: s.added, skipped: s.skipped, seconds, rate: s.added / seconds };
  }
  const size = sqliteSize(dbFile);
  const store = await openStore(dbFile, { readonly: true });
  const stats = await store.stats();
  console.log(`[synthetic, SQLite] ${stats.articles} articles, ${stats.entities} global entities, ${stats.quotes} quotes; size ${mb(size)} = ${(size / stats.articles / 1024).toFixed(1)} KB/article`);
  const queries = await searchQueries(store, pool);
  const search = await measureSearch(store, queries);
  printSearch('synthetic, SQLite', stats.articles, search);
  results.syntheticSqlite = { articles: stats.articles, entities: stats.entities, bytesPerArticle: size / stats.articles, search };

  if (pgUrl && pgSynthetic > 0) {
    // The same analysed articles, copied through the Store API.
    const pgStore = pgSchemaUrl('khabar_bench_synth');
    const target = await openStore(pgStore);
    try {
      const n = Math.min(pgSynthetic, stats.articles);
      let seconds = 0;
      for (let first = 1; first <= n; first += 200) {
        const batch = [];
        for (let id = first; id < Math.min(first + 200, n + 1); id++) {
          const a = await store.getArticle(id);
          if (!a) continue;
          const input = { text: a.document.text, ...(a.date ? { date: a.date } : {}), ...(a.source ? { source: a.source } : {}), ...(a.title ? { title: a.title } : {}) };
          batch.push({ input, doc: a.document });
        }
        const t = performance.now();
        await target.addArticles(batch);
        seconds += (performance.now() - t) / 1000;
      }
      // What an ingest does after a bulk load (merges PostgreSQL's GIN pending list, ANALYZE).
      await target.optimize(n);
      const pgStats = await target.stats();
      const pgBytes = await pgSize(pgStore);
      const pgSearch = await measureSearch(target, queries);
      console.log(`\n[synthetic, PostgreSQL] ${pgStats.articles} articles written in ${seconds.toFixed(0)}s = ${(pgStats.articles / seconds).toFixed(0)} articles/s (writes alone); size ${mb(pgBytes)} = ${(pgBytes / pgStats.articles / 1024).toFixed(1)} KB/article`);
      printSearch('synthetic, PostgreSQL', pgStats.articles, pgSearch);
      results.syntheticPostgres = { articles: pgStats.articles, writeRate: pgStats.articles / seconds, bytesPerArticle: pgBytes / pgStats.articles, search: pgSearch };
    } finally {
      await target.close();
      await dropPgSchema(pgStore);
    }
  }
  await store.close();
}

await main();
