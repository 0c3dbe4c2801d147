/**
 * The khabar HTTP application: the JSON API over a {@link Store} and the built web app, as a Hono
 * app that needs no socket (tests call `app.request()`; `startServer()` puts it on one).
 *
 * Routes (see {@link buildOpenApi} for the full contract, served at `/api/openapi.json`):
 * `POST /api/analyze`, `POST /api/articles`, `GET /api/articles`, `GET /api/articles/{id}`,
 * `GET /api/entities`, `GET /api/entities/{id}`, `GET /api/quotes`, `GET /api/stats`,
 * `GET|POST /api/samples`, and every other GET path serves the web app.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { analyze } from '../analyze.ts';
import { toJSON, type EntityType } from '../document.ts';
import type { AddResult, NewArticle, Store, StoredArticle } from '../store/store.ts';
import { mediaType, parseJson, readBodyText } from './body.ts';
import { HttpError, badRequest, errorBody } from './errors.ts';
import { ResponseCache } from './cache.ts';
import type { StoreReader } from './readers.ts';
import { buildOpenApi } from './openapi.ts';
import { isFullDate, optionalDate, optionalEnum, optionalInt, optionalString, pathId } from './params.ts';
import { readSamples, DEFAULT_SAMPLES_DIR } from './samples.ts';
import { assertSameOrigin, assertToken, hostGuard, securityHeaders } from './security.ts';
import { DEFAULT_WEB_ROOT, NOT_BUILT_PAGE, hasWebApp, isAppRoute, staticFile } from './static.ts';
import { parseUpload, type HtmlExtractor, type UploadMeta } from './upload.ts';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The corpus store the API reads and writes. */
  store: Store;
  /**
   * Where reads go (default: the store itself). `khabar serve` passes a `ReaderPool` (src/server/readers.ts) for SQLite,
   * so that slow searches run on reader threads and never hold up the main thread.
   */
  reader?: StoreReader;
  /** When set, write endpoints need it (`Authorization: Bearer <token>`). */
  token?: string;
  /** The built web app (default `web/dist` of the package). */
  webRoot?: string;
  /** The sample articles offered on an empty store (default `samples/` of the package). */
  samplesDir?: string;
  /** Largest body of `POST /api/analyze`, bytes (default 1 MB). */
  maxAnalyzeBytes?: number;
  /** Largest body of `POST /api/articles`, bytes (default 20 MB). */
  maxUploadBytes?: number;
  /** Reads HTML pages for uploads (default: the ingest's HTML reader, loaded when first needed). */
  extractHtml?: HtmlExtractor;
  /** Called once per request with a one-line access log, when given. */
  log?: (line: string) => void;
  /**
   * How long read answers are cached, ms (default 30 000; 0 disables). Writes through this server
   * clear the cache; writes by another process show up within this time.
   */
  cacheTtlMs?: number;
}

/** Default lifetime of cached read answers, ms. */
export const DEFAULT_CACHE_TTL_MS = 30_000;
/** Default limits. */
export const DEFAULT_MAX_ANALYZE_BYTES = 1024 * 1024;
/** Default upload limit. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Largest page size of list endpoints. */
export const MAX_PAGE_SIZE = 100;

const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The API form of a stored article: the analysis in the `analyze --json` contract plus store links. */
export function articleJSON(article: StoredArticle): Record<string, unknown> {
  const { document, ...record } = article;
  return { ...record, document: toJSON(document) };
}

/** Builds the application. */
export function createApp(options: AppOptions): Hono {
  const { store, token } = options;
  const reader: StoreReader = options.reader ?? store;
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const samplesDir = options.samplesDir ?? DEFAULT_SAMPLES_DIR;
  const maxAnalyzeBytes = options.maxAnalyzeBytes ?? DEFAULT_MAX_ANALYZE_BYTES;
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const openApi = buildOpenApi();
  const cache = new ResponseCache({ ttlMs: options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS });

  const app = new Hono();

  if (options.log) {
    const log = options.log;
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    });
  }
  app.use(securityHeaders());
  app.use(hostGuard(token !== undefined));
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', cache.middleware(/^\/api\/(?:(?:articles|entities)(?:\/[^/]+)?|quotes|stats)$/));

  /** Guards every request that writes or costs CPU: same origin, and the token for writes. */
  const guardWrite = (c: Context, needsToken: boolean): void => {
    assertSameOrigin(c);
    if (needsToken) assertToken(c, token);
  };

  app.get('/api/openapi.json', (c) => c.json(openApi));

  app.post('/api/analyze', async (c) => {
    guardWrite(c, false);
    const type = mediaType(c);
    const body = await readBodyText(c, maxAnalyzeBytes);
    let text: unknown;
    let meta: Record<string, unknown>;
    let withTokens = c.req.query('tokens') === 'true' || c.req.query('tokens') === '1';
    if (type === 'text/plain') {
      text = body;
      meta = { date: c.req.query('date'), title: c.req.query('title'), source: c.req.query('source'), url: c.req.query('url') };
    } else if (type === 'application/json' || type === '') {
      const value = parseJson(body);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest('expected a JSON object {"text": "…", "date"?: "YYYY-MM-DD"}', 'bad-body');
      ({ text, ...meta } = value as Record<string, unknown>);
      if (meta.tokens === true) withTokens = true;
    } else {
      throw new HttpError(415, 'unsupported-media-type', `unsupported Content-Type ${JSON.stringify(type)}: send application/json or text/plain`);
    }
    if (typeof text !== 'string') throw badRequest('field "text" must be a string', 'bad-body');
    const articleMeta: { date?: string; title?: string; source?: string; url?: string } = {};
    for (const key of ['date', 'title', 'source', 'url'] as const) {
      const v = meta[key];
      if (v === undefined || v === null || v === '') continue;
      if (typeof v !== 'string') throw badRequest(`field "${key}" must be a string`, 'bad-body');
      articleMeta[key] = v;
    }
    if (articleMeta.date !== undefined && !isFullDate(articleMeta.date)) {
      throw badRequest(`field "date" must be a date YYYY-MM-DD, got ${JSON.stringify(articleMeta.date)}`, 'bad-body');
    }
    const doc = analyze(text, articleMeta);
    return c.json(toJSON(doc, { tokens: withTokens }));
  });

  let htmlExtractor = options.extractHtml;
  const loadHtmlExtractor = async (): Promise<HtmlExtractor | undefined> => {
    if (htmlExtractor) return htmlExtractor;
    htmlExtractor = await defaultHtmlExtractor();
    return htmlExtractor;
  };

  /** Analyses and stores articles in one transaction; returns the per-article outcome. */
  const ingest = async (articles: NewArticle[]): Promise<AddResult[]> => {
    const batch = articles.map((input) => ({
      input,
      doc: analyze(input.text, {
        ...(input.date ? { date: input.date } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.source !== undefined ? { source: input.source } : {}),
        ...(input.url !== undefined ? { url: input.url } : {}),
      }),
    }));
    if (!batch.length) return [];
    try {
      return await store.addArticles(batch);
    } finally {
      cache.clear();
    }
  };

  const ingestResponse = (c: Context, articles: NewArticle[], results: AddResult[], problems: { origin: string; message: string }[]) => {
    const added = results.filter((r) => !r.skipped).length;
    return c.json(
      {
        added,
        skipped: results.length - added,
        articles: results.map((r, i) => ({ ...r, origin: articles[i]?.origin ?? null, title: articles[i]?.title ?? null })),
        problems,
      },
      added > 0 ? 201 : 200,
    );
  };

  app.post('/api/articles', async (c) => {
    guardWrite(c, true);
    const type = mediaType(c);
    const body = await readBodyText(c, maxUploadBytes);
    const meta: UploadMeta = {};
    for (const key of ['title', 'date', 'source', 'url', 'filename'] as const) {
      const v = optionalString(c.req.query(key), key, 2000);
      if (v !== undefined) meta[key] = v;
    }
    const needsHtml = type === 'text/html' || type === 'application/xhtml+xml' || (type === 'application/json' && body.includes('"html"'));
    const { articles, problems } = await parseUpload(body, type, meta, needsHtml ? await loadHtmlExtractor() : undefined);
    if (articles.length === 0) {
      const first = problems[0];
      throw badRequest(first ? `no article could be read: ${first.origin}: ${first.message}` : 'no article in the request body', 'no-articles');
    }
    const results = await ingest(articles);
    return ingestResponse(c, articles, results, problems);
  });

  app.get('/api/articles', async (c) => {
    const limit = optionalInt(c.req.query('limit'), 'limit', 1, MAX_PAGE_SIZE) ?? 20;
    const page = optionalInt(c.req.query('page'), 'page', 1, 10_000) ?? 1;
    const query = {
      q: optionalString(c.req.query('q'), 'q'),
      entity: optionalString(c.req.query('entity'), 'entity'),
      speaker: optionalString(c.req.query('speaker'), 'speaker'),
      from: optionalDate(c.req.query('from'), 'from'),
      to: optionalDate(c.req.query('to'), 'to'),
      source: optionalString(c.req.query('source'), 'source'),
    };
    if (query.from && query.to && query.from.slice(0, query.to.length) > query.to) {
      throw badRequest(`"from" (${query.from}) is after "to" (${query.to})`, 'bad-parameter');
    }
    const facets = c.req.query('facets') !== 'false';
    const exactTotal = c.req.query('exactTotal') === 'true';
    const result = await reader.search({ ...dropUndefined(query), limit, offset: (page - 1) * limit, facets, exactTotal });
    return c.json({ ...result, page, limit });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'article');
    const article = await reader.getArticle(id);
    if (!article) throw new HttpError(404, 'not-found', `no article with id ${id}`);
    return c.json(articleJSON(article));
  });

  app.get('/api/entities', async (c) => {
    const limit = optionalInt(c.req.query('limit'), 'limit', 1, MAX_PAGE_SIZE) ?? 20;
    const page = optionalInt(c.req.query('page'), 'page', 1, 10_000) ?? 1;
    const q = optionalString(c.req.query('q'), 'q');
    const type = optionalEnum(c.req.query('type'), 'type', ENTITY_TYPES);
    const entities = await reader.entities({ ...dropUndefined({ q, type }), limit, offset: (page - 1) * limit });
    return c.json({ entities, page, limit });
  });

  app.get('/api/entities/:id', async (c) => {
    const id = pathId(c.req.param('id'), 'entity');
    const entity = await reader.entity(id);
    if (!entity) throw new HttpError(404, 'not-found', `no entity with id ${id}`);
    return c.json(entity);
  });

  app.get('/api/quotes', async (c) => {
    const limit = optionalInt(c.req.query('limit'), 'limit', 1, MAX_PAGE_SIZE) ?? 20;
    const page = optionalInt(c.req.query('page'), 'page', 1, 10_000) ?? 1;
    const speaker = optionalString(c.req.query('speaker'), 'speaker');
    const q = optionalString(c.req.query('q'), 'q');
    const result = await reader.quotes({ ...dropUndefined({ speaker, q }), limit, offset: (page - 1) * limit });
    return c.json({ ...result, page, limit });
  });

  app.get('/api/stats', async (c) => {
    const stats = await reader.stats();
    return c.json({ ...stats, tokenRequired: token !== undefined });
  });

  app.get('/api/samples', async (c) => {
    const samples = await readSamples(samplesDir);
    return c.json({
      samples: samples.map((s) => ({ origin: s.origin, title: s.title ?? null, source: s.source ?? null, date: s.date ?? null, length: s.text.length, text: s.text })),
    });
  });

  app.post('/api/samples', async (c) => {
    guardWrite(c, true);
    const samples = await readSamples(samplesDir);
    if (!samples.length) throw new HttpError(404, 'not-found', 'this installation has no sample articles');
    const articles: NewArticle[] = samples.map((s) => ({
      text: s.text,
      origin: s.origin,
      ...(s.date ? { date: s.date } : {}),
      ...(s.title !== undefined ? { title: s.title } : {}),
      ...(s.source !== undefined ? { source: s.source } : {}),
      ...(s.url !== undefined ? { url: s.url } : {}),
      ...(s.id !== undefined ? { externalId: s.id } : {}),
    }));
    const results = await ingest(articles);
    return ingestResponse(c, articles, results, []);
  });

  app.all('/api/*', (c) => {
    throw new HttpError(404, 'not-found', `no API route ${c.req.method} ${new URL(c.req.url).pathname} (see /api/openapi.json)`);
  });

  app.get('*', async (c) => {
    const path = new URL(c.req.url).pathname;
    const file = await staticFile(webRoot, path === '/' ? '/index.html' : path);
    if (file) return sendFile(c, file.body, file.contentType, file.cacheControl);
    if (isAppRoute(path)) {
      const index = await staticFile(webRoot, '/index.html');
      if (index) return sendFile(c, index.body, index.contentType, 'no-cache');
      if (!hasWebApp(webRoot)) return c.html(NOT_BUILT_PAGE, 200, { 'Cache-Control': 'no-cache' });
    }
    throw new HttpError(404, 'not-found', `no file ${path}`);
  });

  app.notFound((c) => c.json(errorBody(404, 'not-found', `no route ${c.req.method} ${new URL(c.req.url).pathname}`), 404));

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error.status, error.code, error.message), error.status as 400);
    if (error instanceof HTTPException) return c.json(errorBody(error.status, 'http-error', error.message || 'request failed'), error.status);
    process.stderr.write(`khabar serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${error.stack ?? error.message}\n`);
    return c.json(errorBody(500, 'internal-error', 'the server failed to answer this request (see the server log)'), 500);
  });

  return app;
}

function sendFile(c: Context, body: Uint8Array, contentType: string, cacheControl: string): Response {
  return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': contentType, 'Cache-Control': cacheControl });
}

function dropUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The ingest's HTML reader (Readability on linkedom), loaded on first use: most servers never need it. */
async function defaultHtmlExtractor(): Promise<HtmlExtractor> {
  const { articleFromHtml } = await import('../ingest/html.ts');
  return (html, origin) => articleFromHtml(html, origin);
}
