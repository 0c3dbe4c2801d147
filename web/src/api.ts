/**
 * The JSON API client. Types come from the server's own modules (type-only imports, erased by the
 * build), so the app and the API cannot drift apart silently.
 */
import type { AnalysisJSON } from '../../src/document.ts';
import type { EntityDetail, GlobalEntity, QuotesResult, SearchResult, StoreStats, StoredArticle } from '../../src/store/store.ts';

export type { AnalysisJSON } from '../../src/document.ts';
export type { EntityDetail, GlobalEntity, QuoteHit, SearchHit, SearchResult, StoreStats, Facets } from '../../src/store/store.ts';

/** An article as the API sends it: the analysis in the `analyze --json` contract. */
export type ArticleResponse = Omit<StoredArticle, 'document'> & { document: AnalysisJSON };

/** The search answer with its page. */
export type SearchResponse = SearchResult & { page: number; limit: number };

/** Stats with whether writes need a token. */
export type StatsResponse = StoreStats & { tokenRequired: boolean };

/** The outcome of an ingest. */
export interface IngestResponse {
  added: number;
  skipped: number;
  articles: { id: number; skipped: boolean; origin: string | null; title: string | null }[];
  problems: { origin: string; message: string }[];
}

/** A sample article offered on an empty store. */
export interface SampleInfo {
  origin: string;
  title: string | null;
  source: string | null;
  date: string | null;
  length: number;
  text: string;
}

/** An error answered by the API. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'khabar.token';

/** The write token the user typed for this session, if any. */
export function savedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the write token for this browser session. */
export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // not remembered
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  const token = savedToken();
  if (token && init.method === 'POST') headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'http-error', error?.message ?? `HTTP ${response.status}`);
  }
  return body as T;
}

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The API. */
export const api = {
  stats: () => request<StatsResponse>('/api/stats'),
  search: (params: Record<string, string | number | undefined>) => request<SearchResponse>(`/api/articles${queryString(params)}`),
  article: (id: string) => request<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`),
  entity: (id: string) => request<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  entities: (q: string) => request<{ entities: GlobalEntity[] }>(`/api/entities${queryString({ q })}`),
  quotes: (params: Record<string, string | number | undefined>) => request<QuotesResult & { page: number; limit: number }>(`/api/quotes${queryString(params)}`),
  analyze: (text: string, date?: string) =>
    request<AnalysisJSON>('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, ...(date ? { date } : {}) }) }),
  samples: () => request<{ samples: SampleInfo[] }>('/api/samples'),
  loadSamples: () => request<IngestResponse>('/api/samples', { method: 'POST' }),
  upload: (body: string, contentType: string, filename: string) =>
    request<IngestResponse>(`/api/articles${queryString({ filename })}`, { method: 'POST', headers: { 'Content-Type': contentType }, body }),
};
