/**
 * One article of the shared ANT news corpus (../shared/data/news), for tests that check a construction on the real copy
 * it was found in; they skip with {@link CORPUS_SKIP} where the shared data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { NEEDS_SHARED_DATA, SHARED } from './cli.ts';

/** The corpus file. */
export const CORPUS = `${SHARED}data/news/ant-corpus.jsonl.gz`;
/** `false`, or why a test that reads the corpus skips. */
export const CORPUS_SKIP: string | false = NEEDS_SHARED_DATA || (existsSync(CORPUS) ? false : `needs ${CORPUS}`);

/** A corpus article as stored. */
export interface CorpusArticle {
  id: string;
  title: string;
  text: string;
  date: string;
  url: string;
}

let byId: Map<string, CorpusArticle> | undefined;

/** The corpus article with this id (the corpus is read once). */
export function corpusArticle(id: string): CorpusArticle {
  if (!byId) {
    byId = new Map();
    for (const line of gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as CorpusArticle;
      byId.set(article.id, article);
    }
  }
  const article = byId.get(id);
  if (!article) throw new Error(`${id} is not in ${CORPUS}`);
  return article;
}
