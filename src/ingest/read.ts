/**
 * Reading articles from files: `.txt`, `.json`, `.jsonl`, `.jsonl.gz`, `.html` and standard input.
 * Every failure is an {@link InputError} that names the file and the problem.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { extname } from 'node:path';
import type { ArticleMeta } from '../document.ts';

/** One article read from an input. */
export interface ArticleInput extends ArticleMeta {
  /** The article text, exactly as in the file (a UTF-8 BOM dropped). */
  text: string;
  /** Where it came from: a path, `path:line` for JSON Lines, or `-` for stdin. */
  origin: string;
  /** An id given by the input (JSON `id`), if any. */
  id?: string;
  /** The author line, when the input gives one (HTML byline, JSON `byline` or `author`). */
  byline?: string;
}

/** A file that could not be read or parsed. */
export class InputError extends Error {
  override name = 'InputError';
  /** @param file - the path (or `-`) @param problem - what is wrong */
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const BOM = '\uFEFF';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Decodes bytes as strict UTF-8, refusing binary data and invalid sequences.
 * @throws {@link InputError}
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(file, 'looks like a binary file (it contains NUL bytes), not UTF-8 text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new InputError(file, `is not valid UTF-8 (first bad byte at offset ${offset})`);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on the longest valid prefix (a cut inside a sequence is also invalid, so widen by 3).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      try {
        decoder.decode(bytes.subarray(0, Math.min(bytes.length, mid + 3)));
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
  }
  return lo;
}

/**
 * Turns one parsed JSON value into an article.
 * @throws {@link InputError} when it has no string `text`.
 */
export function articleFromJSON(value: unknown, origin: string): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(origin, 'expected a JSON object with a "text" field');
  }
  const record = value as Record<string, unknown>;
  const body = record.text ?? record.body ?? record.content;
  if (typeof body !== 'string') throw new InputError(origin, 'the JSON object has no string "text" field');
  const article: ArticleInput = { text: body.startsWith(BOM) ? body.slice(1) : body, origin };
  const date = record.date ?? record.published ?? record.datePublished;
  if (typeof date === 'string' && date.trim()) {
    const day = date.trim().slice(0, 10);
    if (!DATE_PATTERN.test(day)) throw new InputError(origin, `"date" ${JSON.stringify(date)} is not YYYY-MM-DD`);
    article.date = day;
  }
  for (const key of ['title', 'source', 'url'] as const) {
    if (typeof record[key] === 'string') article[key] = record[key];
  }
  if (typeof record.id === 'string' || typeof record.id === 'number') article.id = String(record.id);
  const byline = record.byline ?? record.author;
  if (typeof byline === 'string' && byline.trim()) article.byline = byline.trim();
  return article;
}

/** Parses JSON Lines text, one article a non-blank line. Bad lines become errors, good ones articles. */
export function parseJsonLines(text: string, file: string): (ArticleInput | InputError)[] {
  const out: (ArticleInput | InputError)[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const origin = `${file}:${index + 1}`;
    try {
      out.push(articleFromJSON(JSON.parse(line), origin));
    } catch (error) {
      out.push(error instanceof InputError ? error : new InputError(origin, `invalid JSON (${(error as Error).message})`));
    }
  });
  return out;
}

/** Reads all of standard input. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads the articles in one input path (or `-` for stdin, read as plain text). Returns articles and,
 * for JSON Lines, per-line errors; throws {@link InputError} when the whole file is unusable.
 */
export async function readArticles(path: string): Promise<(ArticleInput | InputError)[]> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(path, reason);
  }
  const lower = path.toLowerCase();
  if (lower.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new InputError(path, `is not a valid gzip file (${(error as Error).message})`);
    }
  }
  const text = decodeUtf8(bytes, path);
  const extension = extname(lower.endsWith('.gz') ? lower.slice(0, -3) : lower);
  if (extension === '.jsonl' || extension === '.ndjson') return parseJsonLines(text, path);
  if (extension === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(path, `invalid JSON (${(error as Error).message})`);
    }
    if (Array.isArray(value)) return value.map((item, i) => articleFromJSON(item, `${path}[${i}]`));
    return [articleFromJSON(value, path)];
  }
  if (extension === '.html' || extension === '.htm') {
    // Loaded only for HTML, so reading text and JSON never loads a DOM.
    const { articleFromHtml } = await import('./html.ts');
    return [articleFromHtml(text, path)];
  }
  return [{ text, origin: path }];
}
