/**
 * The synthetic corpus of `npm run bench:corpus`: articles made by resampling the SENTENCES of the
 * real corpus (`../shared/data/news/ant-corpus.jsonl.gz`), written as JSON Lines that `khabar
 * ingest` then analyses with the full pipeline like any other input — so every stored layer is
 * exactly what `analyze` gives for that article's text.
 *
 * Each synthetic article copies the SHAPE of a real article drawn at random (its number of
 * paragraphs and of sentences in each, at least two sentences in all, and its source), and fills it
 * with sentences drawn at random from every sentence of the real corpus; its title is the title of
 * another real article drawn at random, and its date is a day drawn uniformly from 2010–2024 (so that
 * date filters select a slice of the corpus, as on a real archive). The generator is deterministic
 * (a seeded xorshift), so a given count and seed always give the same file.
 *
 * Run alone: `node --import tsx bench/synthetic.ts COUNT OUT.jsonl [SEED]`.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { once } from 'node:events';

/** Where the real corpus is. */
export const REAL_CORPUS = new URL('../../shared/data/news/ant-corpus.jsonl.gz', import.meta.url).pathname;

/** A sentence: up to a terminal mark (kept) or the end of the paragraph. */
const SENTENCE = /[^.!؟?]+[.!؟?]*/g;

interface Template {
  /** Sentences in each paragraph. */
  shape: number[];
  source: string | null;
}

/** What the generator resamples: every sentence of the real corpus, and each article's shape. */
export interface SentencePool {
  sentences: string[];
  templates: Template[];
  titles: string[];
}

/** Reads the real corpus into a {@link SentencePool}. */
export async function readPool(file = REAL_CORPUS): Promise<SentencePool> {
  const seen = new Set<string>();
  const templates: Template[] = [];
  const titles: string[] = [];
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text?: string; title?: string; source?: string };
    if (!r.text) continue;
    const shape: number[] = [];
    for (const paragraph of r.text.split('\n')) {
      let n = 0;
      for (const m of paragraph.matchAll(SENTENCE)) {
        const s = m[0].trim();
        if (s.length < 10) continue;
        seen.add(s);
        n++;
      }
      if (n) shape.push(n);
    }
    if (!shape.length) continue;
    templates.push({ shape, source: r.source ?? null });
    if (r.title) titles.push(r.title);
  }
  return { sentences: [...seen], templates, titles };
}

/** One synthetic article, in the JSON Lines form `khabar ingest` reads. */
export interface SyntheticArticle {
  id: string;
  source?: string;
  date: string;
  title?: string;
  text: string;
}

/** Generates `count` synthetic articles from a pool, deterministically for a seed. */
export function* syntheticArticles(pool: SentencePool, count: number, seed = 1): Generator<SyntheticArticle> {
  let x = seed >>> 0 || 1;
  const rand = (n: number): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
  const first = Date.UTC(2010, 0, 1);
  const days = Math.round((Date.UTC(2024, 11, 31) - first) / 86_400_000) + 1;
  for (let i = 0; i < count; i++) {
    const template = pool.templates[rand(pool.templates.length)]!;
    const shape = template.shape.length === 1 && template.shape[0] === 1 ? [2] : template.shape;
    const text = shape.map((n) => Array.from({ length: n }, () => pool.sentences[rand(pool.sentences.length)]!).join(' ')).join('\n');
    const date = new Date(first + rand(days) * 86_400_000).toISOString().slice(0, 10);
    const article: SyntheticArticle = { id: `syn-${i + 1}`, date, text };
    if (template.source) article.source = template.source;
    if (pool.titles.length) article.title = pool.titles[rand(pool.titles.length)]!;
    yield article;
  }
}

/** Writes `count` synthetic articles to a JSON Lines file; resolves to the number of characters of text. */
export async function writeSynthetic(file: string, count: number, seed = 1, pool?: SentencePool): Promise<number> {
  const p = pool ?? (await readPool());
  const out = createWriteStream(file);
  let chars = 0;
  for (const a of syntheticArticles(p, count, seed)) {
    chars += a.text.length;
    if (!out.write(`${JSON.stringify(a)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return chars;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, file, seed] = process.argv.slice(2);
  if (!count || !file) {
    process.stderr.write('usage: node --import tsx bench/synthetic.ts COUNT OUT.jsonl [SEED]\n');
    process.exit(2);
  }
  const began = performance.now();
  const pool = await readPool();
  const chars = await writeSynthetic(file, Number(count), Number(seed ?? 1), pool);
  process.stderr.write(
    `${count} synthetic articles (${pool.sentences.length} distinct sentences, ${pool.templates.length} article shapes; ${(chars / Number(count)).toFixed(0)} characters an article) → ${file} in ${((performance.now() - began) / 1000).toFixed(1)}s\n`,
  );
}
