/**
 * PostgreSQL backend of the corpus store (`pg`), for a team's shared server.
 *
 * Same schema and logic as SQLite (see `sql.ts`). Full text combines khabar's normalisation with
 * PostgreSQL's `arabic` text-search configuration (Snowball Arabic stemmer): both the indexed text
 * and the query are normalised by khabar first, then stemmed by PostgreSQL.
 *
 * A `schema=NAME` parameter in the URL puts the store in that schema (created when missing), so
 * several stores (or test runs) can share one database.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { SqlStore, type Dialect, type Row } from './sql.ts';
import { StoreError, type OpenStoreOptions, type Store } from './store.ts';
import { indexText, type QueryTerms } from './text.ts';

/** Migrations: entry `i` brings the schema from version `i` to `i + 1`. */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE articles (
    id SERIAL PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    story INTEGER NOT NULL,
    title TEXT, source TEXT, url TEXT, byline TEXT, date TEXT, origin TEXT, external_id TEXT,
    text TEXT NOT NULL,
    layers TEXT,
    minhash BYTEA NOT NULL,
    tsv TSVECTOR,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE INDEX articles_date ON articles (date);
  CREATE INDEX articles_source ON articles (source, date);
  CREATE INDEX articles_story ON articles (story);
  CREATE INDEX articles_tsv ON articles USING GIN (tsv);
  CREATE TABLE lsh (bucket BIGINT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (bucket, article));
  CREATE TABLE gentities (
    id SERIAL PRIMARY KEY,
    type TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
    single INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0, mention_count INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT, last_seen TEXT
  );
  CREATE INDEX gentities_mentions ON gentities (mention_count DESC);
  CREATE TABLE aliases (
    entity INTEGER NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, vkey TEXT NOT NULL, tkey TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, name)
  );
  CREATE INDEX aliases_norm ON aliases (norm text_pattern_ops);
  CREATE INDEX aliases_vkey ON aliases (vkey);
  CREATE INDEX aliases_tkey ON aliases (tkey);
  CREATE TABLE article_entities (
    article INTEGER NOT NULL, local_id TEXT NOT NULL, entity INTEGER,
    type TEXT NOT NULL, name TEXT NOT NULL, mentions TEXT NOT NULL, titles TEXT, mention_count INTEGER NOT NULL,
    PRIMARY KEY (article, local_id)
  );
  CREATE INDEX article_entities_entity ON article_entities (entity, article);
  CREATE INDEX article_entities_article ON article_entities (article, entity);
  CREATE TABLE quotes (
    article INTEGER NOT NULL, local_id TEXT NOT NULL, kind TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
    cue TEXT, speaker_local TEXT, speaker INTEGER, speaker_mention TEXT, addressee_local TEXT, addressee INTEGER, date TEXT,
    PRIMARY KEY (article, local_id)
  );
  CREATE INDEX quotes_speaker ON quotes (speaker, date);
  CREATE INDEX quotes_article ON quotes (article, speaker);
  CREATE INDEX quotes_date ON quotes (date);
  CREATE TABLE quantities (
    article INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
    value DOUBLE PRECISION, unit TEXT, currency TEXT, approx TEXT
  );
  CREATE INDEX quantities_article ON quantities (article);
  CREATE TABLE times (
    article INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL
  );
  CREATE INDEX times_article ON times (article);
  `,
  // 2: each article's facet values in one narrow row (facets count a sample of rows, not joins).
  `
  CREATE TABLE article_facets (id INTEGER PRIMARY KEY, source TEXT, month TEXT, entities TEXT NOT NULL, speakers TEXT NOT NULL);
  INSERT INTO article_facets (id, source, month, entities, speakers)
  SELECT a.id, a.source, SUBSTR(a.date, 1, 7),
    COALESCE((SELECT string_agg(DISTINCT x.entity::text, ',') FROM article_entities x WHERE x.article = a.id AND x.entity IS NOT NULL), ''),
    COALESCE((SELECT string_agg(DISTINCT q.speaker::text, ',') FROM quotes q WHERE q.article = a.id AND q.speaker IS NOT NULL), '')
  FROM articles a;
  `,
  // 3: an entity's aliases (the names it goes by that the article does not write, «التيار الديمقراطي»); the
  // articles stored before have none.
  `ALTER TABLE article_entities ADD COLUMN aliases TEXT`,
];

/** The schema version this build writes. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Advisory lock keys: schema migration, and one writer at a time across processes. */
const MIGRATION_LOCK = 0x6b686201;
const WRITE_LOCK = 0x6b686202;

/** The URL with the password hidden, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

class PostgresDialect implements Dialect {
  readonly backend = 'postgres' as const;
  // Filters stay SQL conditions: the planner combines the GIN and B-tree indexes itself.
  readonly metaFilters = false;
  private readonly tx = new AsyncLocalStorage<pg.PoolClient>();

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    readonly schemaVersion: number,
  ) {}

  async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const client = this.tx.getStore() ?? this.pool;
    const values = params.map((v) => (v === undefined ? null : v));
    const result = await client.query(sql, values);
    return result.rows as Row[];
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const out = await this.tx.run(client, fn);
      await client.query('COMMIT');
      return out;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async index(id: number, title: string, body: string, _meta: string): Promise<void> {
    await this.all(`UPDATE articles SET tsv = setweight(to_tsvector('arabic', $2), 'A') || to_tsvector('arabic', $3) WHERE id = $1`, [id, indexText(title), indexText(body)]);
  }

  match(terms: QueryTerms, first: number, ranked = true): { sql: string; params: unknown[] } {
    const expr = terms
      .map((group) => `(${group.map((alt) => alt.split(' ').map((w) => `'${w.replace(/'/g, "''")}'`).join(' <-> ')).join(' | ')})`)
      .join(' & ');
    return {
      sql: `SELECT id, ${ranked ? 'ts_rank_cd(tsv, query)' : '0'} AS rank FROM articles, to_tsquery('arabic', $${first}) query WHERE tsv @@ query`,
      params: [expr],
    };
  }

  async optimize(): Promise<void> {
    // A GIN index takes new entries into a pending list that every search scans in full until a
    // vacuum merges it: after a bulk load that list made each search on 2,000 articles cost 40 ms
    // (0.2 ms once merged). Merge it now rather than waiting for autovacuum.
    await this.all("SELECT gin_clean_pending_list('articles_tsv'::regclass)");
    await this.all('ANALYZE');
  }

  async sizeBytes(): Promise<number> {
    const rows = await this.all('SELECT pg_database_size(current_database()) AS n');
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * Opens (creating and migrating when needed) the PostgreSQL store at a `postgres://` URL.
 * @throws {@link StoreError} when the server is unreachable, the database holds another
 * application's tables, or its khabar schema is newer than this build.
 */
export async function openPostgresStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const shown = redactUrl(location);
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError(`${shown}: schema name ${JSON.stringify(schema)} must be lowercase letters, digits and _`);
  // The schema is set at connection start-up, before any query can run on the connection.
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => undefined);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`${shown}: cannot connect to PostgreSQL (${(error as Error).message})`);
  }
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const where = schema ? `'${schema}'` : 'current_schema()';
      const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = ${where}`);
      const names = new Set(tables.rows.map((r: { table_name: string }) => r.table_name));
      let version = 0;
      if (names.size) {
        if (!names.has('meta')) throw new StoreError(`${shown} is not a khabar store (the database holds other tables); use another database or ?schema=NAME`);
        const meta = await client.query(`SELECT key, value FROM meta`);
        const values = new Map(meta.rows.map((r: { key: string; value: string }) => [r.key, r.value]));
        if (values.get('application') !== 'khabar') throw new StoreError(`${shown} is not a khabar store (its meta table belongs to another application)`);
        version = Number(values.get('schema_version') ?? 0);
        if (version > POSTGRES_SCHEMA_VERSION) {
          throw new StoreError(`${shown} was written by a newer khabar (schema version ${version}; this khabar reads up to ${POSTGRES_SCHEMA_VERSION}): upgrade khabar`);
        }
      }
      if (version < POSTGRES_SCHEMA_VERSION) {
        if (options.readonly) throw new StoreError(`${shown}: the store needs a migration (schema ${version} < ${POSTGRES_SCHEMA_VERSION}); open it once for writing`);
        await client.query('BEGIN');
        try {
          for (let v = version; v < POSTGRES_SCHEMA_VERSION; v++) await client.query(MIGRATIONS[v]!);
          await client.query(
            `INSERT INTO meta (key, value) VALUES ('application', 'khabar'), ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
            [String(POSTGRES_SCHEMA_VERSION)],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
        version = POSTGRES_SCHEMA_VERSION;
      }
      return new SqlStore(new PostgresDialect(pool, shown, version), options.searchLimits);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  } catch (error) {
    client.release();
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${shown}: ${(error as Error).message}`);
  } finally {
    // Released above on failure; on success give the connection back to the pool.
    try {
      client.release();
    } catch {
      // already released
    }
  }
}
