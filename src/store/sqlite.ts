/**
 * SQLite backend of the corpus store (better-sqlite3, WAL): the default, one file.
 *
 * WAL lets readers (search, the app) work while an ingest writes; every batch is one transaction,
 * so killing an ingest at any moment leaves the last committed batch and nothing half-written.
 * Full text uses FTS5 over khabar's own normalised text (see `text.ts`).
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SqlStore, type Dialect, type Row } from './sql.ts';
import { StoreError, type OpenStoreOptions, type Store } from './store.ts';
import { indexTextWithPairs, phrasePairs, type QueryTerms } from './text.ts';
import { metaText } from './meta.ts';

/** `PRAGMA application_id` of khabar stores: "khbr". */
export const SQLITE_APPLICATION_ID = 0x6b686272;

/** The full-text table since schema 2: title and body words, then the filter tokens (meta.ts). */
const FULL_TEXT_TABLE = "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, meta, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');";

/** Migrations: entry `i` brings the schema from version `i` to `i + 1`. */
const MIGRATIONS: (string | ((db: Database.Database) => void))[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    story INTEGER NOT NULL,
    title TEXT, source TEXT, url TEXT, byline TEXT, date TEXT, origin TEXT, external_id TEXT,
    text TEXT NOT NULL,
    layers TEXT,
    minhash BLOB NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
  );
  CREATE INDEX articles_date ON articles (date);
  CREATE INDEX articles_source ON articles (source, date);
  CREATE INDEX articles_story ON articles (story);
  CREATE TABLE lsh (bucket INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (bucket, article)) WITHOUT ROWID;
  CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
  CREATE TABLE gentities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
    single INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0, mention_count INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT, last_seen TEXT
  );
  CREATE INDEX gentities_mentions ON gentities (mention_count DESC);
  CREATE TABLE aliases (
    entity INTEGER NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, vkey TEXT NOT NULL, tkey TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, name)
  ) WITHOUT ROWID;
  CREATE INDEX aliases_norm ON aliases (norm);
  CREATE INDEX aliases_vkey ON aliases (vkey);
  CREATE INDEX aliases_tkey ON aliases (tkey);
  CREATE TABLE article_entities (
    article INTEGER NOT NULL, local_id TEXT NOT NULL, entity INTEGER,
    type TEXT NOT NULL, name TEXT NOT NULL, mentions TEXT NOT NULL, titles TEXT, mention_count INTEGER NOT NULL,
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_entities_entity ON article_entities (entity, article);
  CREATE INDEX article_entities_article ON article_entities (article, entity);
  CREATE TABLE quotes (
    article INTEGER NOT NULL, local_id TEXT NOT NULL, kind TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
    cue TEXT, speaker_local TEXT, speaker INTEGER, speaker_mention TEXT, addressee_local TEXT, addressee INTEGER, date TEXT,
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX quotes_speaker ON quotes (speaker, date);
  CREATE INDEX quotes_article ON quotes (article, speaker);
  CREATE INDEX quotes_date ON quotes (date);
  CREATE TABLE quantities (
    article INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL, unit TEXT, currency TEXT, approx TEXT
  );
  CREATE INDEX quantities_article ON quantities (article);
  CREATE TABLE times (
    article INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL
  );
  CREATE INDEX times_article ON times (article);
  `,
  // 2: filter tokens (date, source, entities, speakers) in a third full-text column, so that a
  // filtered search is one MATCH (see meta.ts). Migrations run in one transaction up to the
  // latest, and 4 re-indexes every stored article, so the new table is filled there, once.
  `DROP TABLE articles_fts; ${FULL_TEXT_TABLE}`,
  // 3: each article's facet values in one narrow row (facets count a sample of rows, not joins).
  // (4, below: word-pair tokens in the full-text index.)
  `
  CREATE TABLE article_facets (id INTEGER PRIMARY KEY, source TEXT, month TEXT, entities TEXT NOT NULL, speakers TEXT NOT NULL);
  INSERT INTO article_facets (id, source, month, entities, speakers)
  SELECT a.id, a.source, SUBSTR(a.date, 1, 7),
    COALESCE((SELECT GROUP_CONCAT(e, ',') FROM (SELECT DISTINCT x.entity AS e FROM article_entities x WHERE x.article = a.id AND x.entity IS NOT NULL)), ''),
    COALESCE((SELECT GROUP_CONCAT(e, ',') FROM (SELECT DISTINCT q.speaker AS e FROM quotes q WHERE q.article = a.id AND q.speaker IS NOT NULL)), '')
  FROM articles a;
  `,
  // 4: word-pair tokens beside the words in the full-text index (phrases and multi-word names are
  // looked up by pair; see PAIR_JOINER in text.ts); every stored article is indexed again.
  (db) => {
    db.exec(`DROP TABLE articles_fts; ${FULL_TEXT_TABLE}`);
    reindex(db);
  },
  // 5: an entity's aliases (the names it goes by that the article does not write, «التيار الديمقراطي»); the
  // articles stored before have none.
  `ALTER TABLE article_entities ADD COLUMN aliases TEXT`,
];

/** Fills the full-text index from the stored articles, a thousand at a time. */
function reindex(db: Database.Database): void {
  const page = db.prepare('SELECT id, title, text, date, source FROM articles WHERE id > ? ORDER BY id LIMIT 1000');
  const entities = db.prepare('SELECT article, entity FROM article_entities WHERE article BETWEEN ? AND ? AND entity IS NOT NULL');
  const speakers = db.prepare('SELECT article, speaker FROM quotes WHERE article BETWEEN ? AND ? AND speaker IS NOT NULL');
  const insert = db.prepare('INSERT INTO articles_fts (rowid, title, body, meta) VALUES (?, ?, ?, ?)');
  type Article = { id: number; title: string | null; text: string; date: string | null; source: string | null };
  let last = 0;
  for (;;) {
    const rows = page.all(last) as Article[];
    if (!rows.length) break;
    const lo = rows[0]!.id;
    const hi = rows[rows.length - 1]!.id;
    const group = (list: { article: number; id: number }[]): Map<number, number[]> => {
      const out = new Map<number, number[]>();
      for (const r of list) out.set(r.article, [...(out.get(r.article) ?? []), r.id]);
      return out;
    };
    const byArticle = group((entities.all(lo, hi) as { article: number; entity: number }[]).map((r) => ({ article: r.article, id: r.entity })));
    const quoted = group((speakers.all(lo, hi) as { article: number; speaker: number }[]).map((r) => ({ article: r.article, id: r.speaker })));
    for (const r of rows) {
      const meta = metaText({ date: r.date, source: r.source, entities: byArticle.get(r.id) ?? [], speakers: quoted.get(r.id) ?? [] });
      insert.run(r.id, indexTextWithPairs(r.title ?? ''), indexTextWithPairs(r.text), meta);
    }
    last = hi;
  }
}

/** The schema version this build writes. */
export const SQLITE_SCHEMA_VERSION = MIGRATIONS.length;

function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

class SqliteDialect implements Dialect {
  readonly backend = 'sqlite' as const;
  readonly metaFilters = true;
  private readonly statements = new Map<string, { statement: Database.Statement; positional: boolean }>();

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    readonly schemaVersion: number,
  ) {}

  private prepare(sql: string): { statement: Database.Statement; positional: boolean } {
    let s = this.statements.get(sql);
    if (!s) {
      // Multi-row inserts make many distinct statements: keep the cache bounded.
      if (this.statements.size > 2000) this.statements.clear();
      // Parameters used once each, in order ($1, $2, …) bind by position (no object per call);
      // others by name.
      const used = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
      const positional = used.every((n, i) => n === i + 1);
      s = { statement: this.db.prepare(sql.replace(/\$(\d+)/g, positional ? '?' : '@p$1')), positional };
      this.statements.set(sql, s);
    }
    return s;
  }

  async all(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const { statement, positional } = this.prepare(sql);
    let args: unknown[];
    if (positional) args = params.map(bindable);
    else {
      const named: Record<string, unknown> = {};
      params.forEach((v, i) => (named[`p${i + 1}`] = bindable(v)));
      args = params.length ? [named] : [];
    }
    if (statement.reader) return statement.all(...args) as Row[];
    statement.run(...args);
    return [];
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn();
      this.db.exec('COMMIT');
      return out;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async index(id: number, title: string, body: string, meta: string): Promise<void> {
    await this.all('INSERT INTO articles_fts (rowid, title, body, meta) VALUES ($1, $2, $3, $4)', [id, indexTextWithPairs(title), indexTextWithPairs(body), meta]);
  }

  match(terms: QueryTerms, first: number, ranked = true, meta: readonly (readonly string[])[] = []): { sql: string; params: unknown[] } {
    // Query words only in the title and body; filter tokens only in meta. A phrase is matched by
    // its word-pair tokens (all of them), a lookup of rare tokens instead of a position check
    // over common words; alternatives that differ only by clitics share their pairs.
    const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;
    const text = terms.map((group) => {
      const alternatives = new Set<string>();
      for (const alt of group) {
        const pairs = phrasePairs(alt);
        alternatives.add(pairs.length ? (pairs.length === 1 ? quote(pairs[0]!) : `(${pairs.map(quote).join(' AND ')})`) : quote(alt));
      }
      return `{title body} : (${[...alternatives].join(' OR ')})`;
    });
    const filters = meta.map((group) => `meta : (${group.join(' OR ')})`);
    const expr = [...text, ...filters].join(' AND ');
    const rank = ranked ? '-bm25(articles_fts, 3.0, 1.0, 0.0)' : '0';
    return { sql: `SELECT rowid AS id, ${rank} AS rank FROM articles_fts WHERE articles_fts MATCH $${first}`, params: [expr] };
  }

  async optimize(full: boolean): Promise<void> {
    // FTS5 keeps an index written in many transactions as many segments, each searched apart.
    // 'optimize' merges them all (a rewrite of the index: seconds per 100,000 articles); 'merge'
    // does a bounded share of that work.
    if (full) this.db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')");
    else this.db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('merge', 2000)").run();
    this.db.pragma('optimize');
  }

  async sizeBytes(): Promise<number> {
    let total = 0;
    for (const suffix of ['', '-wal']) {
      try {
        total += statSync(this.location + suffix).size;
      } catch {
        // no such file
      }
    }
    return total;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Reads the schema version of an open database, or throws for a foreign or newer one. */
function checkSchema(db: Database.Database, file: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = (db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  if (appId === 0 && tables === 0) return 0;
  if (appId !== SQLITE_APPLICATION_ID) {
    throw new StoreError(`${file} is not a khabar store (it is a SQLite database of another application); choose another file with --db`);
  }
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  const version = Number(row?.value ?? 0);
  if (version > SQLITE_SCHEMA_VERSION) {
    throw new StoreError(`${file} was written by a newer khabar (schema version ${version}; this khabar reads up to ${SQLITE_SCHEMA_VERSION}): upgrade khabar`);
  }
  return version;
}

/** Opens (creating and migrating when needed) the SQLite store at a file path. */
export async function openSqliteStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const file = resolve(location);
  if (options.readonly && !existsSync(file)) throw new StoreError(`${location}: no such khabar store`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new StoreError(`${location}: cannot open the store (${(error as Error).message})`);
  }
  try {
    let version: number;
    try {
      version = checkSchema(db, location);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const message = (error as Error).message;
      throw new StoreError(
        /not a database|file is encrypted/i.test(message) ? `${location} is not a khabar store (not a SQLite database)` : `${location}: ${message}`,
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // A bulk ingest rewrites the same index pages batch after batch: checkpointing every 16 MB of
      // WAL instead of every 4 MB copies each hot page into the database file less often.
      db.pragma('wal_autocheckpoint = 4000');
    }
    db.pragma('busy_timeout = 10000');
    // Filters and facets read many rows at random: a larger page cache and memory-mapped reads
    // keep them in memory instead of re-reading the file (the default cache is 2 MB).
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    if (!options.readonly && version < SQLITE_SCHEMA_VERSION) {
      const migrate = db.transaction(() => {
        for (let v = version; v < SQLITE_SCHEMA_VERSION; v++) {
          const step = MIGRATIONS[v]!;
          if (typeof step === 'string') db.exec(step);
          else step(db);
        }
        db.pragma(`application_id = ${SQLITE_APPLICATION_ID}`);
        db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
        db.prepare("INSERT INTO meta (key, value) VALUES ('application', 'khabar'), ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
          String(SQLITE_SCHEMA_VERSION),
        );
      });
      migrate.immediate();
      version = SQLITE_SCHEMA_VERSION;
    } else if (version < SQLITE_SCHEMA_VERSION) {
      throw new StoreError(`${location}: the store needs a migration (schema ${version} < ${SQLITE_SCHEMA_VERSION}); open it once for writing`);
    }
    return new SqlStore(new SqliteDialect(db, file, version), options.searchLimits);
  } catch (error) {
    db.close();
    throw error;
  }
}
