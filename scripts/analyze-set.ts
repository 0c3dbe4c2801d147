/**
 * Writes khabar's analysis of every article of an evaluation folder — `DIR/docs/NAME.txt`, with its publication date and
 * address from `DIR/docs/meta.json` — to `OUT/NAME.json`, as `khabar analyze --json` prints it. Shared by
 * `npm run eval:articles` and `npm run real:score -- --analyze`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../src/analyze.ts';
import { toJSON } from '../src/document.ts';
import { decodeUtf8 } from '../src/ingest/read.ts';

/** Analyses every `docs/*.txt` of `dir` into `out` (created if missing); the number of articles written. */
export function analyzeSet(dir: string, out: string): number {
  mkdirSync(out, { recursive: true });
  const meta = JSON.parse(readFileSync(join(dir, 'docs', 'meta.json'), 'utf8')) as Record<string, { date?: string; url?: string }>;
  const files = readdirSync(join(dir, 'docs')).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const name = basename(file, '.txt');
    const text = decodeUtf8(readFileSync(join(dir, 'docs', file)), file);
    // The article's address, as `khabar analyze` reads it from a JSON input: a national outlet's domain says which
    // country's «دينار» (dinar) a bare amount is.
    const url = meta[name]?.url;
    const doc = analyze(text, { date: meta[name]?.date ?? null, ...(url ? { url } : {}) });
    writeFileSync(join(out, `${name}.json`), JSON.stringify(toJSON(doc)));
  }
  return files.length;
}
