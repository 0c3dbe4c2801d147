/**
 * The sample articles that ship with khabar (`samples/`): written for the project, offered by the
 * app when the store is empty so that a first run has something to show.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, readArticles, type ArticleInput } from '../ingest/read.ts';

/** The `samples/` folder of the package, from `src/server/` and `dist/server/` alike. */
export const DEFAULT_SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/** Reads every sample article (`*.json`, `*.jsonl`, `*.txt`) of a folder, sorted by file name. */
export async function readSamples(dir: string = DEFAULT_SAMPLES_DIR): Promise<ArticleInput[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => /\.(json|jsonl|txt)$/i.test(n)).sort();
  const out: ArticleInput[] = [];
  for (const name of files) {
    for (const item of await readArticles(join(dir, name))) {
      if (item instanceof InputError) throw item;
      out.push({ ...item, origin: `samples/${name}${item.origin.slice(join(dir, name).length)}` });
    }
  }
  return out;
}
