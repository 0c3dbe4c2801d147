/**
 * The store logic shared by both backends: one implementation of {@link Store} over a small
 * {@link Dialect} (how to run SQL, index full text and match it). SQL here is written once in the
 * subset both SQLite and PostgreSQL understand, with `$1`-style parameters.
 */
import type { AnalysisDocument, Entity, EntityType, QuoteKind } from '../document.ts';
import { createDocument } from '../document.ts';
import { contentHash, lshBuckets, minhash, NEAR_DUPLICATE_THRESHOLD, signatureBytes, signatureFromBytes, similarity } from './hash.ts';
import { dateRangeTokens, metaText, sourceToken } from './meta.ts';
import { isLatinName, normKey, translitKey, variantKey } from './keys.ts';
import { planLinks, type CandidateRow, type LinkLookup } from './link.ts';
import type {
  AddResult,
  ArticleRecord,
  EntitiesQuery,
  EntityDetail,
  EntityFacet,
  EntityRef,
  Facets,
  GlobalEntity,
  NewArticle,
  QuoteHit,
  QuotesQuery,
  QuotesResult,
  SearchHit,
  SearchQuery,
  SearchResult,
  Store,
  StoreStats,
  SearchLimits,
  StoredArticle,
} from './store.ts';
import { addAlternatives, pruneAlternatives, findHighlights, indexText, makeSnippet, norm, parseQuery, words, type QueryTerms } from './text.ts';

/** A row as returned by a driver. */

/** Particles that name keys glue to the word after them (see `nameTokens` in src/entities/keys.ts). */
const GLUED_PREFIXES = ['بن', 'ابو', 'عبد'];
export type Row = Record<string, unknown>;

/** What a backend provides to {@link SqlStore}. */
export interface Dialect {
  readonly backend: 'sqlite' | 'postgres';
  readonly location: string;
  readonly schemaVersion: number;
  /** Runs a query with `$1`-style parameters and returns its rows. */
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs `fn` in one write transaction (the store serialises writers itself). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Whether the full-text index also holds each article's filter tokens (see `meta.ts`), so that
   * searches with filters run as one full-text query.
   */
  readonly metaFilters: boolean;
  /**
   * Indexes an article's title and body, as stored (the dialect derives its index text with
   * {@link indexText}, and more if it wants) and, when {@link metaFilters}, its filter tokens.
   */
  index(id: number, title: string, body: string, meta: string): Promise<void>;
  /**
   * A SELECT of `(id, rank)` for the articles matching `terms` (higher rank is better), using
   * parameters from `$first` on. Unranked (rank 0) is cheaper, for facets. `meta`: groups of filter
   * tokens that must all match (one of each group), only when {@link metaFilters}.
   */
  match(terms: QueryTerms, first: number, ranked?: boolean, meta?: readonly (readonly string[])[]): { sql: string; params: unknown[] };
  /** Tidies indexes after a bulk write; `full` when the written articles are a large share of the store. */
  optimize(full: boolean): Promise<void>;
  /** Size of the database on disk, in bytes. */
  sizeBytes(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Above this many matches, a text search lists the newest first instead of ranking them all. BM25
 * costs a pass over every query term's whole posting list (its IDF) plus a score per match: at
 * 700k articles the bench's query mix spent a CPU p95 of 52 ms ranking up to 5,000 matches and
 * 29 ms up to 2,000 (`npm run bench:corpus -- --search-only STORE --rank-limit N`).
 */
export const RANK_LIMIT = 2000;

/** Facets are computed over at most this many best-ranked matches (exact below it). */
export const FACET_SAMPLE = 1000;

/**
 * Matches are counted up to this many unless a query asks for an exact total (as search engines
 * do — Elasticsearch's `track_total_hits` stops at 10,000 too): past it the total is a lower bound.
 */
export const TOTAL_LIMIT = 10_000;

const num = (v: unknown): number => (typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const json = <T>(v: unknown, fallback: T): T => (typeof v === 'string' && v ? (JSON.parse(v) as T) : fallback);

const placeholderLists = new Map<number, string>();

function placeholders(from: number, count: number): string {
  const key = from * 65_536 + count;
  let list = placeholderLists.get(key);
  if (list === undefined) {
    list = Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
    if (placeholderLists.size < 10_000) placeholderLists.set(key, list);
  }
  return list;
}

/** How many of a candidate global entity's most recent articles count as context evidence when linking. */
export const COOCCURRENCE_WINDOW = 200;

/**
 * Pads a list for an `IN (…)` to the next power of two by repeating its last value, so that lists
 * of different lengths share a few prepared statements.
 */
function padded<T>(values: readonly T[]): T[] {
  if (!values.length) return [];
  let size = 1;
  while (size < values.length) size *= 2;
  const out = [...values];
  while (out.length < size) out.push(values[values.length - 1]!);
  return out;
}

/**
 * Counts the ids of a comma-separated list (`"12,7,301"`) into `map`, parsing in place: facets
 * read a thousand such lists per search, and split/Number made a few arrays and strings for each.
 */
function countIdList(map: Map<number, number>, list: unknown): void {
  if (typeof list !== 'string') return;
  let id = -1;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) - 48 : -1;
    if (c >= 0 && c <= 9) id = (id < 0 ? 0 : id * 10) + c;
    else if (id >= 0) {
      map.set(id, (map.get(id) ?? 0) + 1);
      id = -1;
    }
  }
}

/**
 * The `n` keys with the highest counts, ties by key: a bounded insertion instead of sorting every
 * distinct key (a facet sample names thousands of entities and shows fifteen).
 */
function topByCount<K extends number | string>(map: Map<K, number>, n: number): [K, number][] {
  const top: [K, number][] = [];
  const before = (x: [K, number], y: [K, number]): boolean => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);
  for (const entry of map) {
    if (top.length === n && !before(entry, top[n - 1]!)) continue;
    let i = top.length === n ? n - 1 : top.length;
    if (top.length < n) top.push(entry);
    while (i > 0 && before(entry, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = entry;
  }
  return top;
}

/** Bounds a page size. */
function pageSize(limit: number | undefined, fallback: number, max = 500): number {
  const n = Math.floor(Number(limit ?? fallback));
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

/** A day: `YYYY-MM-DD`. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2024` → `2024-01-01`, `2024-03` → `2024-03-01` (for from), `2024-12-31`, `2024-03-31` (for to). */
function dateBound(value: string, end: boolean): string {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) {
    if (!end) return `${v}-01`;
    const last = new Date(Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)), 0)).getUTCDate();
    return `${v}-${String(last).padStart(2, '0')}`;
  }
  return v.slice(0, 10);
}

/** The day after a `YYYY-MM-DD` day. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** Search filters, resolved. */
interface Filters {
  entityIds: number[] | null;
  speakerIds: number[] | null;
  from: string | null;
  to: string | null;
  source: string | null;
}

/** What a search backend path found: the page's rows (with `rank`), the total and the facets. */
interface Found {
  total: number;
  /** The count stopped at `total`: more articles match. */
  lowerBound: boolean;
  rows: Row[];
  facets: Facets | null;
  byRelevance: boolean;
}

function emptyFacets(): Facets {
  return { entities: [], speakers: [], sources: [], months: [] };
}

/** The store over a dialect. */
export class SqlStore implements Store {
  private writeChain: Promise<unknown> = Promise.resolve();

  private readonly rankLimit: number;
  private readonly facetSample: number;
  private readonly totalLimit: number;

  constructor(
    private readonly db: Dialect,
    limits: SearchLimits = {},
  ) {
    this.rankLimit = limits.rank ?? RANK_LIMIT;
    this.facetSample = limits.facetSample ?? FACET_SAMPLE;
    this.totalLimit = Math.max(this.rankLimit, limits.total ?? TOTAL_LIMIT);
  }

  get backend(): 'sqlite' | 'postgres' {
    return this.db.backend;
  }

  get location(): string {
    return this.db.location;
  }

  /** Inserts rows with multi-row VALUES statements (one round trip per few hundred parameters). */
  private async insertRows(table: string, columns: readonly string[], rows: readonly unknown[][], suffix = ''): Promise<void> {
    // SQLite has no round trips but pays for preparing each distinct statement: one cached
    // single-row statement is fastest there (multi-row groups measured slower).
    const per = this.db.backend === 'sqlite' ? 1 : Math.max(1, Math.floor(900 / columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const params: unknown[] = [];
      const values = rows
        .slice(i, i + per)
        .map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`)
        .join(', ');
      await this.db.all(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}${suffix}`, params);
    }
  }

  /** Runs write jobs one after another (one writer per store object). */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.writeChain.then(job, job);
    this.writeChain = next.catch(() => undefined);
    return next;
  }

  async addArticle(input: NewArticle, doc: AnalysisDocument): Promise<AddResult> {
    const [result] = await this.addArticles([{ input, doc }]);
    return result!;
  }

  addArticles(batch: readonly { input: NewArticle; doc: AnalysisDocument }[]): Promise<AddResult[]> {
    return this.serial(() =>
      this.db.transaction(async () => {
        const out: AddResult[] = [];
        for (const { input, doc } of batch) {
          out.push(await this.insert(input, doc));
          // SQLite runs synchronously: let the event loop breathe (an ingest hands work to its
          // analysis workers meanwhile) instead of blocking it for a whole batch.
          if (this.db.backend === 'sqlite' && out.length % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        return out;
      }),
    );
  }

  async hasHashes(hashes: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < hashes.length; i += 500) {
      const part = hashes.slice(i, i + 500);
      const rows = await this.db.all(`SELECT hash FROM articles WHERE hash IN (${placeholders(1, part.length)})`, part);
      for (const r of rows) found.add(String(r.hash));
    }
    return found;
  }

  private async insert(input: NewArticle, doc: AnalysisDocument): Promise<AddResult> {
    const { db } = this;
    const text = doc.text;
    const hash = input.hash ?? contentHash(text);
    const existing = await db.all('SELECT id, story FROM articles WHERE hash = $1', [hash]);
    if (existing.length) return { id: num(existing[0]!.id), skipped: true, storyId: num(existing[0]!.story), nearDuplicateOf: null };

    const sig = input.minhash ?? minhash(text);
    const buckets = lshBuckets(sig);
    const probe = padded(buckets);
    let storyId: number | null = null;
    let nearDuplicateOf: number | null = null;
    if (buckets.length) {
      const rows = await db.all(
        `SELECT DISTINCT a.id, a.story, a.minhash FROM lsh l JOIN articles a ON a.id = l.article WHERE l.bucket IN (${placeholders(1, probe.length)})`,
        probe,
      );
      let best = NEAR_DUPLICATE_THRESHOLD;
      for (const r of rows) {
        const s = similarity(sig, signatureFromBytes(r.minhash as Uint8Array));
        if (s >= best) {
          best = s;
          storyId = num(r.story);
          nearDuplicateOf = num(r.id);
        }
      }
    }
    const date = input.date ?? doc.date ?? null;
    const title = input.title ?? doc.title ?? null;
    const layers = JSON.stringify({ paragraphs: doc.paragraphs, sentences: doc.sentences, mentions: doc.mentions, messages: doc.messages });
    const inserted = await db.all(
      `INSERT INTO articles (hash, story, title, source, url, byline, date, origin, external_id, text, layers, minhash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [hash, storyId ?? 0, title, input.source ?? doc.source ?? null, input.url ?? doc.url ?? null, input.byline ?? null, date, input.origin ?? null, input.externalId ?? null, text, layers, signatureBytes(sig)],
    );
    const id = num(inserted[0]!.id);
    if (storyId === null) {
      storyId = id;
      await db.all('UPDATE articles SET story = $1 WHERE id = $1', [id]);
    }
    await this.insertRows('lsh', ['bucket', 'article'], buckets.map((b) => [b, id]));

    // Entities, linked to global ones.
    const links = await this.link(doc.entities, date);
    const speakers: number[] = [];
    for (const q of doc.quotes) {
      const g = q.speaker ? links.get(q.speaker) : undefined;
      if (g !== undefined) speakers.push(g);
    }
    const source = input.source ?? doc.source ?? null;
    await db.index(id, title ?? '', text, db.metaFilters ? metaText({ date, source, entities: links.values(), speakers }) : '');
    await db.all('INSERT INTO article_facets (id, source, month, entities, speakers) VALUES ($1, $2, $3, $4, $5)', [
      id,
      source,
      date === null ? null : date.slice(0, 7),
      [...new Set(links.values())].join(','),
      [...new Set(speakers)].join(','),
    ]);
    await this.insertRows(
      'article_entities',
      ['article', 'local_id', 'entity', 'type', 'name', 'mentions', 'titles', 'aliases', 'mention_count'],
      doc.entities.map((e) => [id, e.id, links.get(e.id) ?? null, e.type, e.name, JSON.stringify(e.mentions), e.titles?.length ? JSON.stringify(e.titles) : null, e.aliases?.length ? JSON.stringify(e.aliases) : null, e.mentions.length]),
    );
    await this.insertRows(
      'quotes',
      ['article', 'local_id', 'kind', 'span_start', 'span_end', 'text', 'norm', 'cue', 'speaker_local', 'speaker', 'speaker_mention', 'addressee_local', 'addressee', 'date'],
      doc.quotes.map((q) => [
        id, q.id, q.kind, q.start, q.end, q.text, ` ${indexText(q.text)} `, q.cue ? JSON.stringify(q.cue) : null,
        q.speaker, q.speaker ? (links.get(q.speaker) ?? null) : null, q.speakerMention ? JSON.stringify(q.speakerMention) : null,
        q.addressee, q.addressee ? (links.get(q.addressee) ?? null) : null, date,
      ]),
    );
    await this.insertRows(
      'quantities',
      ['article', 'span_start', 'span_end', 'text', 'value', 'unit', 'currency', 'approx'],
      doc.quantities.map((q) => [id, q.start, q.end, q.text, Number.isFinite(q.value) ? q.value : null, q.unit, q.currency, q.approx]),
    );
    await this.insertRows(
      'times',
      ['article', 'span_start', 'span_end', 'text', 'type', 'value'],
      doc.times.map((t) => [id, t.start, t.end, t.text, t.type, t.value]),
    );
    return { id, skipped: false, storyId, nearDuplicateOf };
  }

  /** Links an article's entities, creating global entities and updating aliases and counters. */
  private async link(entities: readonly Entity[], date: string | null): Promise<Map<string, number>> {
    const { db } = this;
    const lookup: LinkLookup = {
      candidates: async (someNorms, someVkeys, someTkeys) => {
        const norms = padded(someNorms);
        const vkeys = padded(someVkeys);
        const tkeys = padded(someTkeys);
        const clauses: string[] = [];
        const params: string[] = [];
        for (const [column, values] of [['norm', norms], ['vkey', vkeys], ['tkey', tkeys]] as const) {
          if (!values.length) continue;
          clauses.push(`a.${column} IN (${placeholders(params.length + 1, values.length)})`);
          params.push(...values);
        }
        if (!clauses.length) return [];
        const rows = await db.all(
          `SELECT g.id, g.type, g.single, g.article_count, g.norm AS entity_norm, a.norm, a.vkey, a.tkey FROM aliases a JOIN gentities g ON g.id = a.entity
           WHERE ${clauses.join(' OR ')}`,
          params,
        );
        return rows.map(
          (r): CandidateRow => ({
            id: num(r.id),
            type: r.type as EntityType,
            single: num(r.single) === 1,
            articleCount: num(r.article_count),
            entityNorm: String(r.entity_norm),
            norm: String(r.norm),
            vkey: String(r.vkey),
            tkey: String(r.tkey),
          }),
        );
      },
      cooccurrence: async (candidates, someContext) => {
        // Counted over each candidate's most recent articles only: a frequent entity (a country, a
        // broadcaster) is in a fifth of a large corpus, and joining all its articles cost a third of
        // a second per ambiguous name at 600k articles; the recent window costs under a millisecond
        // and is the better evidence in news anyway (who is in the news together now). The unary
        // plus keeps SQLite from probing the (article, entity) index once per context entity: one
        // seek to the article and a scan of its dozen rows is four times cheaper.
        const context = padded(someContext);
        const sql = `SELECT CAST(COUNT(DISTINCT r.article) AS INTEGER) AS n
           FROM (SELECT article FROM article_entities WHERE entity = $1 ORDER BY article DESC LIMIT ${COOCCURRENCE_WINDOW}) r
           WHERE EXISTS (SELECT 1 FROM article_entities y WHERE y.article = r.article AND +y.entity IN (${placeholders(2, context.length)}))`;
        const scores = new Map<number, number>();
        for (const id of new Set(candidates)) {
          const n = num((await db.all(sql, [id, ...context]))[0]?.n ?? 0);
          if (n > 0) scores.set(id, n);
        }
        return scores;
      },
    };
    const decisions = await planLinks(entities, lookup);
    const links = new Map<string, number>();
    const perGlobal = new Map<number, number>();
    const aliasRows = new Map<string, unknown[]>();
    for (const d of decisions) {
      let gid = d.globalId;
      if (gid === null) {
        const rows = await db.all(
          `INSERT INTO gentities (type, name, norm, single, article_count, mention_count, first_seen, last_seen) VALUES ($1, $2, $3, $4, 0, 0, NULL, NULL) RETURNING id`,
          [d.type, d.name, normKey(d.name), d.single ? 1 : 0],
        );
        gid = num(rows[0]!.id);
      }
      links.set(d.localId, gid);
      for (const f of d.forms) {
        const key = `${gid}\u0000${f.name}`;
        const seen = aliasRows.get(key);
        if (seen) seen[5] = (seen[5] as number) + f.count;
        else aliasRows.set(key, [gid, f.name, f.norm, f.vkey, f.tkey, f.count]);
      }
      const entity = entities.find((e) => e.id === d.localId)!;
      perGlobal.set(gid, (perGlobal.get(gid) ?? 0) + entity.mentions.length);
    }
    await this.insertRows('aliases', ['entity', 'name', 'norm', 'vkey', 'tkey', 'count'], [...aliasRows.values()], ' ON CONFLICT (entity, name) DO UPDATE SET count = aliases.count + excluded.count');
    const counters = [...perGlobal];
    const per = this.db.backend === 'sqlite' ? 1 : 400;
    for (let i = 0; i < counters.length; i += per) {
      const part = counters.slice(i, i + per);
      const params: unknown[] = [date];
      const values = part.map(([gid, n]) => (params.push(gid, n), `(CAST($${params.length - 1} AS INTEGER), CAST($${params.length} AS INTEGER))`)).join(', ');
      const set = `article_count = article_count + 1, mention_count = mention_count + v.n,
           first_seen = CASE WHEN CAST($1 AS TEXT) IS NOT NULL AND (first_seen IS NULL OR CAST($1 AS TEXT) < first_seen) THEN CAST($1 AS TEXT) ELSE first_seen END,
           last_seen = CASE WHEN CAST($1 AS TEXT) IS NOT NULL AND (last_seen IS NULL OR CAST($1 AS TEXT) > last_seen) THEN CAST($1 AS TEXT) ELSE last_seen END`;
      // One row: a plain UPDATE by key (SQLite); several: a join with a VALUES list (PostgreSQL).
      await db.all(
        per === 1
          ? `UPDATE gentities SET ${set.replace('v.n', 'CAST($3 AS INTEGER)')} WHERE id = $2`
          : `WITH v (id, n) AS (VALUES ${values}) UPDATE gentities SET ${set} FROM v WHERE gentities.id = v.id`,
        params,
      );
    }
    return links;
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const { db } = this;
    const rows = await db.all('SELECT * FROM articles WHERE id = $1', [id]);
    const r = rows[0];
    if (!r) return null;
    const record = articleRecord(r);
    const text = String(r.text);
    const doc = createDocument(text, { date: record.date });
    if (record.title !== null) doc.title = record.title;
    if (record.source !== null) doc.source = record.source;
    if (record.url !== null) doc.url = record.url;
    const layers = json<Partial<AnalysisDocument>>(r.layers, {});
    doc.paragraphs = layers.paragraphs ?? [];
    doc.sentences = layers.sentences ?? [];
    doc.mentions = layers.mentions ?? [];
    doc.messages = layers.messages ?? [];
    const entityLinks: Record<string, number> = {};
    const ents = await db.all('SELECT * FROM article_entities WHERE article = $1', [id]);
    doc.entities = ents
      .map((e) => {
        if (e.entity !== null && e.entity !== undefined) entityLinks[String(e.local_id)] = num(e.entity);
        const entity: Entity = { id: String(e.local_id), type: e.type as EntityType, name: String(e.name), mentions: json(e.mentions, []) };
        const titles = json<string[]>(e.titles, []);
        if (titles.length) entity.titles = titles;
        const aliases = json<string[]>(e.aliases, []);
        if (aliases.length) entity.aliases = aliases;
        return entity;
      })
      .sort((a, b) => localOrder(a.id) - localOrder(b.id));
    const quotes = await db.all('SELECT * FROM quotes WHERE article = $1 ORDER BY span_start, span_end', [id]);
    doc.quotes = quotes.map((q) => ({
      id: String(q.local_id),
      kind: q.kind as QuoteKind,
      start: num(q.span_start),
      end: num(q.span_end),
      text: String(q.text),
      cue: json(q.cue, null),
      speaker: str(q.speaker_local),
      speakerMention: json(q.speaker_mention, null),
      addressee: str(q.addressee_local),
    }));
    const quantities = await db.all('SELECT * FROM quantities WHERE article = $1 ORDER BY span_start, span_end', [id]);
    doc.quantities = quantities.map((q) => ({
      start: num(q.span_start),
      end: num(q.span_end),
      text: String(q.text),
      value: q.value === null ? NaN : num(q.value),
      unit: str(q.unit),
      currency: str(q.currency),
      approx: str(q.approx) as AnalysisDocument['quantities'][number]['approx'],
    }));
    const times = await db.all('SELECT * FROM times WHERE article = $1 ORDER BY span_start, span_end', [id]);
    doc.times = times.map((t) => ({ start: num(t.span_start), end: num(t.span_end), text: String(t.text), type: t.type as 'DATE', value: String(t.value) }));
    const story = await db.all('SELECT id, title, source, date FROM articles WHERE story = $1 AND id <> $2 ORDER BY id LIMIT 100', [record.storyId, id]);
    return {
      ...record,
      document: doc,
      entityLinks,
      storyArticles: story.map((s) => ({ id: num(s.id), title: str(s.title), source: str(s.source), date: str(s.date) })),
    };
  }

  /** Global entity ids for a name, alias (any spelling variant) or `#id`. */
  async resolveEntities(name: string): Promise<number[]> {
    const hash = /^#(\d+)$/.exec(name.trim());
    if (hash) return [Number(hash[1])];
    const key = normKey(name);
    if (!key) return [];
    let rows = await this.db.all('SELECT DISTINCT entity FROM aliases WHERE norm = $1', [key]);
    if (!rows.length) {
      const vkey = variantKey(name);
      if (vkey) rows = await this.db.all('SELECT DISTINCT entity FROM aliases WHERE vkey = $1', [vkey]);
    }
    if (!rows.length) {
      // Across scripts (Trump → ترامب), only when one entity answers.
      const tkey = translitKey(name);
      const latin = isLatinName(name);
      if (tkey.length >= 3) {
        const found = await this.db.all('SELECT entity, norm FROM aliases WHERE tkey = $1 LIMIT 50', [tkey]);
        const ids = new Set(found.filter((r) => isLatinName(String(r.norm)) !== latin).map((r) => num(r.entity)));
        if (ids.size === 1) return [...ids];
      }
    }
    return rows.map((r) => num(r.entity));
  }

  /** Adds to each query group the spellings of global entities that the group's words name. */
  private async expand(terms: QueryTerms, q: string): Promise<QueryTerms> {
    const out = terms.map((g) => [...g]);
    const addFor = async (group: string[], phrase: string): Promise<void> => {
      const ids = (await this.resolveEntities(phrase)).slice(0, 20);
      if (!ids.length) return;
      const rows = await this.db.all(`SELECT name FROM aliases WHERE entity IN (${placeholders(1, ids.length)}) ORDER BY count DESC LIMIT 30`, ids);
      const single = words(norm(phrase)).length === 1;
      // A one-word query only gains spellings of that word (ترامب → ترمب, Trump), not the other
      // words of the name (دونالد) nor other names.
      const vkey = variantKey(phrase);
      const tkey = translitKey(phrase);
      const latin = isLatinName(phrase);
      addAlternatives(
        group,
        rows
          .map((r) => String(r.name))
          .filter((n) =>
            single
              ? words(norm(n)).length === 1 && (variantKey(n) === vkey || (isLatinName(n) !== latin && translitKey(n) === tkey))
              : // A full name gains full spellings only: «يوسف الشاهد» must not match every «يوسف».
                words(norm(n)).length > 1,
          ),
      );
    };
    const allWords = words(norm(q.replace(/"/g, ' ')));
    if (out.length > 1 && out.every((g) => g.length <= 2 && !g[0]!.includes(' '))) {
      // The whole query may be one multi-word name: try it as a phrase first.
      const phrase = allWords.join(' ');
      const probe: string[] = [phrase];
      await addFor(probe, phrase);
      if (probe.length > 1) return [pruneAlternatives(probe)];
    }
    for (const group of out) await addFor(group, group[0]!);
    return out.map(pruneAlternatives);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const began = performance.now();
    const limit = pageSize(query.limit, 20);
    const offset = Math.max(0, Math.floor(Number(query.offset ?? 0)) || 0);
    const terms = query.q ? await this.expand(parseQuery(query.q), query.q) : [];
    const wantFacets = query.facets !== false;
    const none = (): SearchResult => ({ total: 0, hits: [], facets: emptyFacets(), terms, tookMs: Math.round((performance.now() - began) * 10) / 10 });
    if (query.q && !terms.length) return none();
    const filters: Filters = { entityIds: null, speakerIds: null, from: null, to: null, source: query.source || null };
    if (query.entity) {
      filters.entityIds = await this.resolveEntities(query.entity);
      if (!filters.entityIds.length) return none();
    }
    if (query.speaker) {
      filters.speakerIds = await this.resolveEntities(query.speaker);
      if (!filters.speakerIds.length) return none();
    }
    if (query.from) filters.from = dateBound(query.from, false);
    if (query.to) filters.to = dateBound(query.to, true);
    const hasFilters = Boolean(filters.entityIds || filters.speakerIds || filters.source || filters.from || filters.to);
    const isoBounds = (!filters.from || ISO_DAY.test(filters.from)) && (!filters.to || ISO_DAY.test(filters.to));
    const found =
      this.db.metaFilters && isoBounds && (terms.length || hasFilters)
        ? await this.searchIndexed(terms, filters, limit, offset, wantFacets, query.exactTotal === true)
        : await this.searchSql(terms, filters, limit, offset, wantFacets, query.exactTotal === true);
    if (!found) return none();
    const hits: SearchHit[] = found.rows.map((r) => {
      const text = String(r.text);
      const highlights = findHighlights(text, terms);
      return {
        id: num(r.id),
        title: str(r.title),
        source: str(r.source),
        url: str(r.url),
        date: str(r.date),
        storyId: num(r.story),
        score: num(r.rank),
        snippet: makeSnippet(text, highlights),
        highlights,
      };
    });
    const result: SearchResult = { total: found.total, hits, facets: found.facets ?? emptyFacets(), terms, tookMs: 0 };
    if (found.lowerBound) result.totalIsLowerBound = true;
    if (terms.length) result.order = found.byRelevance ? 'relevance' : 'newest';
    if (found.total > this.facetSample && wantFacets) result.facetsSampled = this.facetSample;
    result.tookMs = Math.round((performance.now() - began) * 10) / 10;
    return result;
  }

  /**
   * Search on a full-text index that also holds the filter tokens (SQLite): the text and every
   * filter are one MATCH, so no step reads more than `rankLimit` matches, the page, and a sample of
   * `facetSample` articles for the facets — whatever the size of the result set. Null when a
   * filter cannot match anything.
   */
  private async searchIndexed(terms: QueryTerms, f: Filters, limit: number, offset: number, wantFacets: boolean, exactTotal: boolean): Promise<Found | null> {
    const { db } = this;
    const meta: string[][] = [];
    if (f.entityIds) meta.push(f.entityIds.map((id) => `e${id}`));
    if (f.speakerIds) meta.push(f.speakerIds.map((id) => `q${id}`));
    if (f.source) meta.push([sourceToken(f.source)]);
    if (f.from || f.to) {
      // Open ends stop at the store's first and last years, so the range stays a few tokens.
      // (Two subqueries: each is one step down the date index; MIN and MAX together scan it.)
      const range = (await db.all('SELECT (SELECT MIN(date) FROM articles WHERE date IS NOT NULL) AS lo, (SELECT MAX(date) FROM articles) AS hi'))[0] ?? {};
      const year = (v: unknown, fallback: number): number => (/^\d{4}/.test(String(v ?? '')) ? Number(String(v).slice(0, 4)) : fallback);
      const lo = year(range.lo, 1900);
      const hi = Math.max(lo, year(range.hi, 2100));
      const tokens = dateRangeTokens(f.from ?? `${lo}-01-01`, f.to ?? `${hi}-12-31`, lo, hi);
      if (!tokens.length) return null;
      meta.push(tokens);
    }
    const unranked = db.match(terms, 1, false, meta);
    const want = offset + limit;
    // One count decides both how to order (rank up to rankLimit) and the total.
    const { total, lowerBound } = await this.countMatches(unranked.sql, unranked.params, exactTotal);
    if (!total) return null;
    // The matches as far as the bounded count sees them: a lower bound of totalLimit means more than
    // totalLimit, so more than rankLimit even when the two limits are equal.
    const capped = lowerBound ? this.totalLimit + 1 : Math.min(total, this.totalLimit + 1);
    let byRelevance = false;
    // The page (ids with their rank), and the articles the facets are counted over (null: all).
    let page: { id: number; rank: number }[];
    let sample: number[] | null = null;
    const sampleSize = wantFacets && capped > this.facetSample ? this.facetSample : 0;
    if (capped <= this.rankLimit && terms.length) {
      // Few enough to rank them all: the best first.
      byRelevance = true;
      const ranked = db.match(terms, 1, true, meta);
      const rows = await db.all(`${ranked.sql} ORDER BY rank DESC, id DESC LIMIT ${limit} OFFSET ${offset}`, ranked.params);
      page = rows.map((r) => ({ id: num(r.id), rank: num(r.rank) }));
    } else if (capped <= this.rankLimit && !(await this.dateWalkPays(capped, want))) {
      // Filters only, few matches: newest (by date) first, sorting them.
      const rows = await db.all(
        `SELECT a.id AS id FROM (${unranked.sql}) m JOIN articles a ON a.id = m.id ORDER BY a.date DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`,
        unranked.params,
      );
      page = rows.map((r) => ({ id: num(r.id), rank: 0 }));
    } else if (capped <= this.rankLimit) {
      // Filters only, matches common enough that a walk down the date index fills the page sooner
      // than reading and sorting every match (each match costs a read of its article row).
      page = await this.dateWalk(f, limit, offset);
    } else {
      // Too many to rank: the newest stored first (a descending walk of the index, stopped early).
      const newest = async (n: number, skip = 0): Promise<number[]> =>
        (await db.all(`${unranked.sql} ORDER BY id DESC LIMIT ${n} OFFSET ${skip}`, unranked.params)).map((r) => num(r.id));
      const first = await newest(Math.max(sampleSize, Math.min(want, this.facetSample)));
      if (sampleSize) sample = first.slice(0, sampleSize);
      if (terms.length) {
        page = (want <= first.length ? first.slice(offset, want) : await newest(limit, offset)).map((id) => ({ id, rank: 0 }));
      } else {
        page = await this.dateWalk(f, limit, offset);
      }
    }
    if (wantFacets && !sample) {
      // Facets: over every match, or over the newest `facetSample` (a walk down the index; ranking
      // them would cost more than the page itself).
      sample = (await db.all(`${unranked.sql}${sampleSize ? ` ORDER BY id DESC LIMIT ${sampleSize}` : ''}`, unranked.params)).map((r) => num(r.id));
    }
    const ids = JSON.stringify(page.map((p) => p.id));
    const texts = page.length ? await db.all('SELECT a.id, a.title, a.source, a.url, a.date, a.story, a.text FROM articles a WHERE a.id IN (SELECT value FROM json_each($1))', [ids]) : [];
    const byId = new Map(texts.map((r) => [num(r.id), r]));
    const rows = page.flatMap((p) => {
      const r = byId.get(p.id);
      return r ? [{ ...r, rank: p.rank }] : [];
    });
    const facets = wantFacets && sample ? await this.facets('SELECT value AS id FROM json_each($1)', [JSON.stringify(sample)]) : null;
    return { total, lowerBound, rows, facets, byRelevance };
  }

  /**
   * The number of rows `idsSql` selects: exact up to `totalLimit`, past it `totalLimit` as a lower
   * bound, unless `exact` asks to count them all (a walk of every match).
   */
  private async countMatches(idsSql: string, params: unknown[], exact: boolean): Promise<{ total: number; lowerBound: boolean }> {
    const n = num((await this.db.all(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (${idsSql}${exact ? '' : ` LIMIT ${this.totalLimit + 1}`}) c`, params))[0]?.n);
    return !exact && n > this.totalLimit ? { total: this.totalLimit, lowerBound: true } : { total: n, lowerBound: false };
  }

  /** Filters only: newest by date, walking the date index and testing each article. */
  private async dateWalk(f: Filters, limit: number, offset: number): Promise<{ id: number; rank: number }[]> {
    const params: unknown[] = [];
    const where = this.sqlFilters(f, params, true);
    const rows = await this.db.all(`SELECT a.id FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.date DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`, params);
    return rows.map((r) => ({ id: num(r.id), rank: 0 }));
  }

  /**
   * Whether walking the date index is cheaper than sorting `matches` articles: above a tenth of
   * the rank limit, when the walk is expected to test fewer articles than there are matches.
   */
  private async dateWalkPays(matches: number, want: number): Promise<boolean> {
    if (matches <= this.rankLimit / 10) return false;
    const size = num((await this.db.all('SELECT MAX(id) AS n FROM articles'))[0]?.n);
    return (want * size) / matches <= matches;
  }

  /** SQL conditions on `articles a` for the filters (parameters appended to `params`). */
  private sqlFilters(f: Filters, params: unknown[], exists = false): string[] {
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (f.entityIds) {
      const list = f.entityIds.map(p).join(', ');
      where.push(exists ? `EXISTS (SELECT 1 FROM article_entities x WHERE x.article = a.id AND x.entity IN (${list}))` : `a.id IN (SELECT article FROM article_entities WHERE entity IN (${list}))`);
    }
    if (f.speakerIds) {
      const list = f.speakerIds.map(p).join(', ');
      where.push(exists ? `EXISTS (SELECT 1 FROM quotes x WHERE x.article = a.id AND x.speaker IN (${list}))` : `a.id IN (SELECT article FROM quotes WHERE speaker IN (${list}))`);
    }
    if (f.from) where.push(`a.date >= ${p(f.from)}`);
    // A date with a time (2024-03-31T20:00) is still on the last day: compare with the next day.
    if (f.to) where.push(ISO_DAY.test(f.to) ? `a.date < ${p(nextDay(f.to))}` : `a.date <= ${p(f.to)}`);
    if (f.source) where.push(`a.source = ${p(f.source)}`);
    return where;
  }

  /** Search with SQL filters (PostgreSQL, and SQLite without a query or filter). */
  private async searchSql(terms: QueryTerms, f: Filters, limit: number, offset: number, wantFacets: boolean, exactTotal: boolean): Promise<Found | null> {
    const { db } = this;
    const params: unknown[] = [];
    let from = 'articles a';
    const order = 'a.date DESC, a.id DESC';
    if (terms.length) {
      const m = db.match(terms, 1);
      params.push(...m.params);
      from = `(${m.sql}) m JOIN articles a ON a.id = m.id`;
    }
    const where = this.sqlFilters(f, params);
    const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    let filter = `FROM ${from}${whereSql}`;
    // For a text query: the matches without ranking (cheap), joined with articles only to filter.
    const unranked = terms.length ? db.match(terms, 1, false).sql : '';
    const matchIds = where.length ? `SELECT a.id AS id FROM (${unranked}) m JOIN articles a ON a.id = m.id${whereSql}` : `SELECT m.id AS id FROM (${unranked}) m`;
    let byRelevance = true;
    let total = -1;
    if (terms.length) {
      if (!where.length) filter = `FROM (${db.match(terms, 1).sql}) m`;
      // Ranking costs time per match: above rankLimit matches, the newest come first instead.
      const capped = await db.all(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (${matchIds} LIMIT ${this.rankLimit + 1}) c`, params);
      const n = num(capped[0]?.n);
      if (n <= this.rankLimit) total = n;
      else byRelevance = false;
    }

    // Rank and page on ids only, then fetch the page's texts (sorting whole texts is slow).
    let inner: string;
    if (!terms.length) inner = `SELECT a.id AS id, 0 AS rank ${filter} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    else if (byRelevance) inner = `SELECT ${where.length ? 'a.id' : 'm.id'} AS id, m.rank AS rank ${filter} ORDER BY m.rank DESC, m.id DESC LIMIT ${limit} OFFSET ${offset}`;
    else inner = `SELECT id, 0 AS rank FROM (${matchIds}) r ORDER BY id DESC LIMIT ${limit} OFFSET ${offset}`;
    const outerOrder = !terms.length ? 'a.date DESC, a.id DESC' : byRelevance ? 'p.rank DESC, a.id DESC' : 'a.id DESC';
    const [rows, counted] = await Promise.all([
      db.all(`SELECT a.id, a.title, a.source, a.url, a.date, a.story, a.text, p.rank FROM (${inner}) p JOIN articles a ON a.id = p.id ORDER BY ${outerOrder}`, params),
      total >= 0 ? Promise.resolve({ total, lowerBound: false }) : this.countMatches(terms.length ? matchIds : `SELECT a.id ${filter}`, params, exactTotal),
    ]);
    ({ total } = counted);
    const { lowerBound } = counted;
    if (!total) return null;
    let facets: Facets | null = null;
    if (wantFacets) {
      const sampled = total > this.facetSample;
      let ids: string;
      if (!terms.length) ids = `SELECT a.id ${filter}${sampled ? ` ORDER BY ${order} LIMIT ${this.facetSample}` : ''}`;
      else if (!sampled) ids = matchIds;
      else if (byRelevance) {
        ids = where.length ? `SELECT a.id ${filter} ORDER BY m.rank DESC, a.id DESC LIMIT ${this.facetSample}` : `SELECT m.id FROM (${db.match(terms, 1).sql}) m ORDER BY m.rank DESC, m.id DESC LIMIT ${this.facetSample}`;
      } else ids = `SELECT id FROM (${matchIds}) r ORDER BY id DESC LIMIT ${this.facetSample}`;
      facets = await this.facets(ids, params);
    }
    return { total, lowerBound, rows, facets, byRelevance };
  }

  /**
   * Facets of the articles `ids` selects, from `article_facets` (each article's source, month and
   * distinct linked entities and speakers, written with it): one narrow row per article, counted
   * here, instead of four joins over the entity, quote and article tables.
   */
  private async facets(ids: string, params: unknown[]): Promise<Facets> {
    const { db } = this;
    const rows = await db.all(`SELECT f.source, f.month, f.entities, f.speakers FROM article_facets f WHERE f.id IN (SELECT id FROM (${ids}) s)`, params);
    const entities = new Map<number, number>();
    const speakers = new Map<number, number>();
    const sources = new Map<string, number>();
    const months = new Map<string, number>();
    const count = <K>(map: Map<K, number>, key: K): void => {
      map.set(key, (map.get(key) ?? 0) + 1);
    };
    for (const r of rows) {
      countIdList(entities, r.entities);
      countIdList(speakers, r.speakers);
      if (r.source !== null && r.source !== undefined) count(sources, String(r.source));
      if (r.month !== null && r.month !== undefined) count(months, String(r.month));
    }
    const topEntities = topByCount(entities, 15);
    const topSpeakers = topByCount(speakers, 10);
    const wanted = [...new Set([...topEntities, ...topSpeakers].map(([id]) => id))];
    const names = new Map<number, Row>();
    if (wanted.length) for (const g of await db.all(`SELECT id, name, type FROM gentities WHERE id IN (${placeholders(1, wanted.length)})`, wanted)) names.set(num(g.id), g);
    const ef = ([id, n]: [number, number]): EntityFacet[] => {
      const g = names.get(id);
      return g ? [{ id, name: String(g.name), type: g.type as EntityType, count: n }] : [];
    };
    return {
      entities: topEntities.flatMap(ef),
      speakers: topSpeakers.flatMap(ef),
      sources: topByCount(sources, 15).map(([value, n]) => ({ value, count: n })),
      months: [...months].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([value, n]) => ({ value, count: n })),
    };
  }

  async quotes(query: QuotesQuery): Promise<QuotesResult> {
    const limit = pageSize(query.limit, 20);
    const offset = Math.max(0, Math.floor(Number(query.offset ?? 0)) || 0);
    const params: unknown[] = [];
    const where: string[] = [];
    const p = (v: unknown): string => {
      params.push(v);
      return `$${params.length}`;
    };
    if (query.speaker) {
      const ids = await this.resolveEntities(query.speaker);
      if (!ids.length) return { total: 0, quotes: [] };
      where.push(`q.speaker IN (${ids.map(p).join(', ')})`);
    }
    if (query.q) {
      for (const group of parseQuery(query.q)) {
        // Every query word (or its light stem) must be a word of the quote.
        where.push(`(${group.map((alt) => `q.norm LIKE ${p(`% ${alt} %`)}`).join(' OR ')})`);
      }
    }
    const filter = `FROM quotes q JOIN articles a ON a.id = q.article${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    const total = num((await this.db.all(`SELECT CAST(COUNT(*) AS INTEGER) AS n ${filter}`, params))[0]?.n);
    const rows = await this.db.all(
      `SELECT q.*, a.title, a.source, g.name AS speaker_name, g.type AS speaker_type ${filter.replace('FROM quotes q JOIN articles a ON a.id = q.article', 'FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN gentities g ON g.id = q.speaker')}
       ORDER BY q.date IS NULL, q.date DESC, q.article DESC, q.span_start LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { total, quotes: rows.map(quoteHit) };
  }

  async entities(query: EntitiesQuery): Promise<GlobalEntity[]> {
    const limit = pageSize(query.limit, 20);
    const offset = Math.max(0, Math.floor(Number(query.offset ?? 0)) || 0);
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.q) {
      const ids = await this.resolveEntities(query.q);
      const key = normKey(query.q);
      // Also names that contain the query as a word (ترامب finds دونالد ترامب), also after a particle
      // that name keys glue to the next word (عمر finds كريم بن عمر, keyed «كريم بنعمر»).
      const patterns = key ? [`${key} %`, `% ${key}`, `% ${key} %`, ...GLUED_PREFIXES.map((p) => `%${p}${key}%`)] : [];
      const rows = key
        ? await this.db.all(`SELECT DISTINCT entity FROM aliases WHERE ${patterns.map((_, i) => `norm LIKE $${i + 1}`).join(' OR ')} LIMIT 200`, patterns)
        : [];
      const all = [...new Set([...ids, ...rows.map((r) => num(r.entity))])];
      if (!all.length) return [];
      where.push(`g.id IN (${placeholders(1, all.length)})`);
      params.push(...all);
    }
    if (query.type) {
      params.push(query.type);
      where.push(`g.type = $${params.length}`);
    }
    const rows = await this.db.all(
      `SELECT g.* FROM gentities g${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY g.mention_count DESC, g.id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return this.withAliases(rows);
  }

  private async withAliases(rows: Row[]): Promise<GlobalEntity[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => num(r.id));
    const aliases = await this.db.all(`SELECT entity, name, count FROM aliases WHERE entity IN (${placeholders(1, ids.length)}) ORDER BY count DESC, name`, ids);
    const byEntity = new Map<number, { name: string; count: number }[]>();
    for (const a of aliases) {
      const list = byEntity.get(num(a.entity)) ?? [];
      list.push({ name: String(a.name), count: num(a.count) });
      byEntity.set(num(a.entity), list);
    }
    return rows.map((r) => ({
      id: num(r.id),
      name: String(r.name),
      type: r.type as EntityType,
      aliases: byEntity.get(num(r.id)) ?? [],
      articleCount: num(r.article_count),
      mentionCount: num(r.mention_count),
      firstSeen: str(r.first_seen),
      lastSeen: str(r.last_seen),
    }));
  }

  async entity(id: number): Promise<EntityDetail | null> {
    const { db } = this;
    const rows = await db.all('SELECT * FROM gentities WHERE id = $1', [id]);
    if (!rows.length) return null;
    const [base] = await this.withAliases(rows);
    const timeline = await db.all(
      `SELECT SUBSTR(a.date, 1, 7) AS month, CAST(COUNT(DISTINCT a.id) AS INTEGER) AS articles, CAST(SUM(x.mention_count) AS INTEGER) AS mentions
       FROM article_entities x JOIN articles a ON a.id = x.article WHERE x.entity = $1 AND a.date IS NOT NULL GROUP BY SUBSTR(a.date, 1, 7) ORDER BY month`,
      [id],
    );
    const quotes = await db.all(
      `SELECT q.*, a.title, a.source, g.name AS speaker_name, g.type AS speaker_type FROM quotes q JOIN articles a ON a.id = q.article
       LEFT JOIN gentities g ON g.id = q.speaker WHERE q.speaker = $1 ORDER BY q.date IS NULL, q.date DESC, q.article DESC, q.span_start LIMIT 50`,
      [id],
    );
    const co = await db.all(
      `SELECT g.id, g.name, g.type, c.n FROM (SELECT y.entity, CAST(COUNT(DISTINCT y.article) AS INTEGER) AS n FROM article_entities x
         JOIN article_entities y ON y.article = x.article AND y.entity <> x.entity WHERE x.entity = $1 AND y.entity IS NOT NULL
         GROUP BY y.entity ORDER BY n DESC, y.entity LIMIT 30) c JOIN gentities g ON g.id = c.entity ORDER BY c.n DESC, g.id`,
      [id],
    );
    const titleRows = await db.all('SELECT titles FROM article_entities WHERE entity = $1 AND titles IS NOT NULL LIMIT 2000', [id]);
    const titleCounts = new Map<string, number>();
    for (const r of titleRows) for (const t of json<string[]>(r.titles, [])) titleCounts.set(t, (titleCounts.get(t) ?? 0) + 1);
    return {
      ...base!,
      titles: [...titleCounts].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([value, count]) => ({ value, count })),
      timeline: timeline.map((t) => ({ month: String(t.month), articles: num(t.articles), mentions: num(t.mentions) })),
      quotes: quotes.map(quoteHit),
      cooccurring: co.map((c) => ({ id: num(c.id), name: String(c.name), type: c.type as EntityType, articles: num(c.n) })),
    };
  }

  async stats(): Promise<StoreStats> {
    const { db } = this;
    const count = async (sql: string): Promise<number> => num((await db.all(sql))[0]?.n);
    const dates = (await db.all('SELECT MIN(date) AS lo, MAX(date) AS hi FROM articles'))[0] ?? {};
    const sources = await db.all('SELECT source AS value, CAST(COUNT(*) AS INTEGER) AS n FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY n DESC, source LIMIT 50');
    return {
      backend: db.backend,
      schemaVersion: db.schemaVersion,
      articles: await count('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM articles'),
      stories: await count('SELECT CAST(COUNT(DISTINCT story) AS INTEGER) AS n FROM articles'),
      entities: await count('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM gentities'),
      mentions: await count('SELECT CAST(COALESCE(SUM(mention_count), 0) AS INTEGER) AS n FROM article_entities'),
      quotes: await count('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM quotes'),
      quantities: await count('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM quantities'),
      times: await count('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM times'),
      sources: sources.map((r) => ({ value: String(r.value), count: num(r.n) })),
      firstDate: str(dates.lo),
      lastDate: str(dates.hi),
      sizeBytes: await db.sizeBytes(),
    };
  }

  async optimize(added: number): Promise<void> {
    if (added <= 0) return;
    await this.serial(async () => {
      const size = num((await this.db.all('SELECT MAX(id) AS n FROM articles'))[0]?.n);
      await this.db.optimize(added * 10 >= size);
    });
  }

  async close(): Promise<void> {
    await this.writeChain;
    await this.db.close();
  }
}

function localOrder(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : 0;
}

function articleRecord(r: Row): ArticleRecord {
  return {
    id: num(r.id),
    title: str(r.title),
    source: str(r.source),
    url: str(r.url),
    byline: str(r.byline),
    date: str(r.date),
    hash: String(r.hash),
    storyId: num(r.story),
    origin: str(r.origin),
    externalId: str(r.external_id),
    length: String(r.text ?? '').length,
  };
}

function quoteHit(q: Row): QuoteHit {
  const speaker: EntityRef | null = q.speaker === null || q.speaker === undefined ? null : { id: num(q.speaker), name: String(q.speaker_name), type: q.speaker_type as EntityType };
  return {
    articleId: num(q.article),
    quoteId: String(q.local_id),
    kind: q.kind as QuoteKind,
    start: num(q.span_start),
    end: num(q.span_end),
    text: String(q.text),
    cue: json(q.cue, null),
    speaker,
    speakerMention: json(q.speaker_mention, null),
    date: str(q.date),
    title: str(q.title),
    source: str(q.source),
  };
}
