/**
 * Turning a `POST /api/articles` body into articles to store. Accepted bodies:
 * - `application/json`: one article `{text, date?, title?, source?, url?, id?}` (or `{html, …}`),
 *   an array of them, or `{ "articles": [...] }`;
 * - `application/x-ndjson` (or `application/jsonl`): JSON Lines, one article a line;
 * - `text/plain`: one article's text, metadata from the query string (`?title=&date=&source=&url=`);
 * - `text/html`: one web page, whose main text, title, date and byline are extracted by the ingest's
 *   HTML reader (the same as `khabar ingest page.html`).
 * Invalid items are reported one by one; valid ones are still stored.
 */
import { InputError, articleFromJSON, parseJsonLines, type ArticleInput } from '../ingest/read.ts';
import type { NewArticle } from '../store/store.ts';
import { badRequest, HttpError } from './errors.ts';
import { isFullDate } from './params.ts';
import { parseJson } from './body.ts';

/** Most articles one request may carry (bigger batches: `khabar ingest`). */
export const MAX_ARTICLES_PER_REQUEST = 2000;

/** Extracts an article from an HTML page (main text and metadata). */
export type HtmlExtractor = (html: string, origin: string, url?: string) => Promise<ArticleInput> | ArticleInput;

/** Metadata given in the query string for a raw text or HTML body. */
export interface UploadMeta {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  /** A name for reports, e.g. the uploaded file's name. */
  filename?: string;
}

/** One problem with one uploaded item. */
export interface UploadProblem {
  origin: string;
  message: string;
}

/** The parsed upload: articles to store and items that could not be used. */
export interface ParsedUpload {
  articles: NewArticle[];
  problems: UploadProblem[];
}

function toNewArticle(a: ArticleInput): NewArticle {
  const out: NewArticle = { text: a.text, origin: a.origin };
  if (a.date) out.date = a.date;
  if (a.title !== undefined) out.title = a.title;
  if (a.source !== undefined) out.source = a.source;
  if (a.url !== undefined) out.url = a.url;
  if (a.id !== undefined) out.externalId = a.id;
  // The HTML reader adds the page's byline.
  const byline = (a as ArticleInput & { byline?: unknown }).byline;
  if (typeof byline === 'string' && byline) out.byline = byline;
  return out;
}

function checkMeta(meta: UploadMeta): void {
  if (meta.date !== undefined && !isFullDate(meta.date)) {
    throw badRequest(`parameter "date" must be a date YYYY-MM-DD, got ${JSON.stringify(meta.date)}`, 'bad-parameter');
  }
}

function withMeta(a: ArticleInput, meta: UploadMeta): ArticleInput {
  return {
    ...a,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
  };
}

/**
 * Parses an upload body by its media type.
 * @throws {@link HttpError} 400 for a body that is unusable as a whole, 415 for an unknown type.
 */
export async function parseUpload(body: string, type: string, meta: UploadMeta, extractHtml: HtmlExtractor | undefined): Promise<ParsedUpload> {
  checkMeta(meta);
  const origin = meta.filename ?? 'upload';
  const items: (ArticleInput | InputError)[] = [];
  if (type === 'application/json' || type === '') {
    const value = parseJson(body);
    const list =
      Array.isArray(value) ? value
      : value !== null && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles
      : [value];
    if (list.length > MAX_ARTICLES_PER_REQUEST) throw tooMany(list.length);
    for (const [i, item] of list.entries()) {
      const itemOrigin = list.length === 1 && !Array.isArray(value) ? origin : `${origin}[${i}]`;
      const html = item !== null && typeof item === 'object' ? (item as { html?: unknown }).html : undefined;
      if (typeof html === 'string' && typeof (item as { text?: unknown }).text !== 'string') {
        items.push(await fromHtml(html, itemOrigin, extractHtml, item as Record<string, unknown>));
        continue;
      }
      try {
        items.push(articleFromJSON(item, itemOrigin));
      } catch (error) {
        items.push(error instanceof InputError ? error : new InputError(itemOrigin, (error as Error).message));
      }
    }
  } else if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines' || type === 'application/jsonlines') {
    const parsed = parseJsonLines(body, origin);
    if (parsed.length > MAX_ARTICLES_PER_REQUEST) throw tooMany(parsed.length);
    items.push(...parsed);
  } else if (type === 'text/plain') {
    items.push(withMeta({ text: body, origin }, meta));
  } else if (type === 'text/html' || type === 'application/xhtml+xml') {
    const page = await fromHtml(body, origin, extractHtml, meta.url !== undefined ? { url: meta.url } : {});
    items.push(page instanceof InputError ? page : withMeta(page, meta));
  } else {
    throw new HttpError(415, 'unsupported-media-type', `unsupported Content-Type ${JSON.stringify(type)}: send application/json, application/x-ndjson, text/plain or text/html`);
  }
  const articles: NewArticle[] = [];
  const problems: UploadProblem[] = [];
  for (const item of items) {
    if (item instanceof InputError) problems.push({ origin: item.file, message: item.problem });
    else if (!item.text.trim()) problems.push({ origin: item.origin, message: 'the article text is empty' });
    else articles.push(toNewArticle(item));
  }
  return { articles, problems };
}

async function fromHtml(html: string, origin: string, extractHtml: HtmlExtractor | undefined, fields: Record<string, unknown>): Promise<ArticleInput | InputError> {
  if (!extractHtml) return new InputError(origin, 'HTML pages cannot be read by this server (no HTML reader available)');
  try {
    const url = typeof fields.url === 'string' ? fields.url : undefined;
    const article = await extractHtml(html, origin, url);
    for (const key of ['title', 'source', 'url'] as const) {
      if (typeof fields[key] === 'string') article[key] = fields[key];
    }
    if (typeof fields.date === 'string' && isFullDate(fields.date)) article.date = fields.date;
    return article;
  } catch (error) {
    return error instanceof InputError ? error : new InputError(origin, `could not read the HTML page (${(error as Error).message})`);
  }
}

function tooMany(n: number): HttpError {
  return new HttpError(413, 'too-many-articles', `${n} articles in one request; the limit is ${MAX_ARTICLES_PER_REQUEST} (use khabar ingest for bulk imports)`);
}
