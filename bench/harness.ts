/**
 * What the speed benchmarks share: the news corpus they read (the first articles of
 * `../shared/data/news/ant-corpus.jsonl.gz`, found from bench/ when run through tsx or from .bench-build/bench/ when
 * compiled by scripts/bench.mjs), CPU time, the median, and forced young-generation collections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';

/** Where the corpus is looked for, in order. */
const CANDIDATES = [join(import.meta.dirname, '..', '..', 'shared'), join(import.meta.dirname, '..', '..', '..', 'shared')].map((dir) =>
  join(dir, 'data', 'news', 'ant-corpus.jsonl.gz'),
);

/** The corpus file, or the first place it was looked for when it is absent (for the message that says so). */
export const NEWS_CORPUS = CANDIDATES.find((file) => existsSync(file)) ?? CANDIDATES[0]!;

/** The texts of the corpus's first `count` articles, or undefined when the corpus is not on this machine. */
export function newsTexts(count: number): string[] | undefined {
  if (!existsSync(NEWS_CORPUS)) return undefined;
  return gunzipSync(readFileSync(NEWS_CORPUS))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** {@link newsTexts}, or, when the corpus is not on this machine, a line that says the benchmark is skipped and exit 0. */
export function newsTextsOrSkip(count: number): string[] {
  const texts = newsTexts(count);
  if (texts !== undefined) return texts;
  console.log('bench: skipped, ../shared/data/news/ant-corpus.jsonl.gz not found from the project root (needs ../shared/data)');
  process.exit(0);
}

/**
 * CPU time of this process in ms (user + system): on a machine shared with other jobs it measures
 * our work, where wall-clock time would measure the queue for the processor.
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The median of `xs` (the upper one of an even count). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// V8's collector, exposed at run time (`--expose-gc` set before the first call).
setFlagsFromString('--expose-gc');
/** A forced collection: the benchmarks force young-generation ones so that each stage pays for its own allocations. */
export const collectYoung = runInNewContext('gc') as (options: { type: 'minor' | 'major' }) => void;
