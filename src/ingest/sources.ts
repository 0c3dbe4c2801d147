/**
 * Where ingest reads from: paths expanded to files (folders recursively) and a stream of articles
 * from them. JSON Lines (plain or gzipped) are streamed line by line, so a corpus of any size is
 * read in constant memory; other formats are read whole with {@link readArticles}.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { articleFromJSON, InputError, readArticles, type ArticleInput } from './read.ts';

/** File name endings that ingest reads. */
export const INGEST_EXTENSIONS = ['.txt', '.json', '.jsonl', '.ndjson', '.jsonl.gz', '.ndjson.gz', '.html', '.htm'] as const;

/** True when a file name has an extension ingest reads. */
export function isIngestible(name: string): boolean {
  const lower = name.toLowerCase();
  return INGEST_EXTENSIONS.some((e) => lower.endsWith(e));
}

/**
 * Expands paths into the files to read, in a stable order: a file is kept as given, a folder is
 * walked recursively for {@link INGEST_EXTENSIONS} (hidden entries skipped). A path that does not
 * exist is returned as an {@link InputError}.
 */
export async function expandPaths(paths: readonly string[]): Promise<(string | InputError)[]> {
  const out: (string | InputError)[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      out.push(new InputError(dir, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && isIngestible(e.name)) out.push(full);
    }
  };
  for (const path of paths) {
    if (path === '-') {
      out.push(path);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out.push(new InputError(path, code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message));
      continue;
    }
    if (info.isDirectory()) await walk(path);
    else out.push(path);
  }
  return out;
}

/**
 * The articles of one file, streamed for JSON Lines (`.jsonl`, `.jsonl.gz`), read whole otherwise.
 * Yields an {@link InputError} for each bad line, or one for a file that cannot be read at all.
 */
export async function* articlesOf(path: string): AsyncGenerator<ArticleInput | InputError> {
  const lower = path.toLowerCase();
  if (!/\.(jsonl|ndjson)(\.gz)?$/.test(lower)) {
    try {
      yield* await readArticles(path);
    } catch (error) {
      yield error instanceof InputError ? error : new InputError(path, (error as Error).message);
    }
    return;
  }
  const raw = createReadStream(path);
  const stream = lower.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let failure: InputError | null = null;
  const fail = (error: Error): void => {
    const code = (error as NodeJS.ErrnoException).code;
    failure ??= new InputError(
      path,
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : /gzip|header|zlib|incorrect/i.test(error.message) ? `is not a valid gzip file (${error.message})` : error.message,
    );
    stream.destroy();
  };
  raw.on('error', fail);
  stream.on('error', fail);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const origin = `${path}:${n}`;
      try {
        yield articleFromJSON(JSON.parse(line), origin);
      } catch (error) {
        yield error instanceof InputError ? error : new InputError(origin, `invalid JSON (${(error as Error).message})`);
      }
    }
  } catch (error) {
    fail(error as Error);
  }
  if (failure) yield failure;
}
