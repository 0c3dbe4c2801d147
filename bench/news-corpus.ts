/**
 * The news corpus the speed benchmarks read: the first articles of `../shared/data/news/ant-corpus.jsonl.gz`, found from
 * bench/ (run through tsx) or from .bench-build/bench/ (compiled by scripts/bench.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
