/**
 * The corpus store: one interface, two backends (SQLite, built in; PostgreSQL, for a team's server).
 *
 * A store keeps every article with every layer of its analysis (spans into the original text),
 * links each article's entities to corpus-wide ("global") entities, groups near-duplicate articles
 * into stories, and answers full-text searches over normalised Arabic with facets.
 *
 * Every method is async so that both backends share one contract (SQLite answers synchronously
 * underneath). Ids are positive integers, unique per store.
 *
 * This module loads no database driver: {@link openStore} imports the chosen backend lazily, so
 * `analyze` never pulls in better-sqlite3 or pg.
 *
 * @packageDocumentation
 */
import type { AnalysisDocument, EntityType, QuoteKind, Span } from '../document.ts';

/** The metadata of an article to store (the text itself comes with the analysed document). */
export interface NewArticle {
  /** The article text, exactly as read (must equal `doc.text`). */
  text: string;
  /** Publication date `YYYY-MM-DD`, or null/absent when unknown. */
  date?: string | null;
  title?: string;
  source?: string;
  url?: string;
  /** Author line, when the input gives one (HTML byline). */
  byline?: string;
  /** Where it was read from: a path, `path:line`, … (for reports; not part of identity). */
  origin?: string;
  /** An id given by the input (JSON `id`), if any. */
  externalId?: string;
  /**
   * MinHash signature of the text (see `src/ingest/minhash.ts`); computed by the store when absent.
   * Ingest workers compute it in parallel to keep the writer thread free.
   */
  minhash?: Uint32Array;
  /** Content hash (see {@link contentHash}); computed by the store when absent. */
  hash?: string;
}

/** The outcome of adding one article. */
export interface AddResult {
  /** Id of the stored article (the existing one when skipped). */
  id: number;
  /** True when an article with the same content hash was already stored: nothing was added. */
  skipped: boolean;
  /** The story (group of near-duplicate articles) the article belongs to. */
  storyId: number;
  /** When the article is a near-duplicate, the id of the stored article it matched. */
  nearDuplicateOf: number | null;
}

/** An article's stored metadata. */
export interface ArticleRecord {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  /** `YYYY-MM-DD` or null. */
  date: string | null;
  /** Content hash (hex SHA-256 of the text with line ends unified). */
  hash: string;
  /** Story id: articles sharing it are near-duplicates (reprints of one story). */
  storyId: number;
  origin: string | null;
  externalId: string | null;
  /** Length of the text in UTF-16 code units. */
  length: number;
}

/** One stored article with every stored layer of its analysis. */
export interface StoredArticle extends ArticleRecord {
  /**
   * The analysis, rebuilt from the store: `text`, `paragraphs`, `sentences`, `mentions`, `entities`,
   * `quotes`, `quantities`, `times`, `messages`. Tokens are not stored (re-run `analyze` for them),
   * so `tokens` is empty.
   */
  document: AnalysisDocument;
  /** For each entity id of the document (`e1`, …), the global entity it is linked to. */
  entityLinks: Record<string, number>;
  /** Other articles of the same story (near-duplicates), excluding this one. */
  storyArticles: { id: number; title: string | null; source: string | null; date: string | null }[];
}

/** A search request. Every field is optional; no `q` lists matching articles newest first. */
export interface SearchQuery {
  /** Full-text query (Arabic or Latin); words are ANDed; matched in normalised form. */
  q?: string;
  /** Only articles mentioning this entity (a name or alias, any spelling variant, or `#id`). */
  entity?: string;
  /** Only articles with a quote by this speaker (a name or alias, or `#id`). */
  speaker?: string;
  /** Earliest publication date, `YYYY-MM-DD` (a `YYYY` or `YYYY-MM` prefix is accepted). */
  from?: string;
  /** Latest publication date, inclusive, `YYYY-MM-DD` (or a prefix). */
  to?: string;
  /** Only articles from this source (exact match). */
  source?: string;
  /** Page size, default 20, at most 500. */
  limit?: number;
  /** Results to skip, default 0. */
  offset?: number;
  /** Compute facets (default true). */
  facets?: boolean;
  /**
   * Count every match even past the total limit (default false: counting stops at 10,000 and
   * `totalIsLowerBound` says so — an exact count of a word in a fifth of a million articles reads
   * its whole posting list, which costs more than the rest of the search).
   */
  exactTotal?: boolean;
}

/** A highlighted passage of an article. All offsets are into the ORIGINAL article text. */
export interface Snippet extends Span {
  /** `text.slice(start, end)` of the article (may start or end mid-sentence). */
  text: string;
  /** Matched words inside the snippet, as absolute offsets into the article text. */
  highlights: Span[];
}

/** One search result. */
export interface SearchHit {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  storyId: number;
  /** Relevance, higher is better (backend-specific scale; only the order is comparable). */
  score: number;
  /** The best passage, with highlights. */
  snippet: Snippet;
  /** Every matched word in the article (absolute offsets into its text), at most 200. */
  highlights: Span[];
}

/** A value with the number of matching articles that have it. */
export interface FacetValue {
  value: string;
  count: number;
}

/** A global entity in a facet. */
export interface EntityFacet {
  id: number;
  name: string;
  type: EntityType;
  count: number;
}

/** Facets of a whole result set (not just the page). */
export interface Facets {
  /** Most mentioned global entities among the matching articles. */
  entities: EntityFacet[];
  /** Most quoted speakers among the matching articles. */
  speakers: EntityFacet[];
  sources: FacetValue[];
  /** `YYYY-MM` months, chronological. */
  months: FacetValue[];
}

/** The answer to a {@link SearchQuery}. */
export interface SearchResult {
  /**
   * Number of matching articles (all pages); when `totalIsLowerBound` is set, the count stopped
   * there and there are more (ask with `exactTotal` for the exact number).
   */
  total: number;
  /** Set when `total` is a lower bound: more articles match than were counted. */
  totalIsLowerBound?: boolean;
  hits: SearchHit[];
  facets: Facets;
  /**
   * The normalised query terms actually searched, including spelling variants added from global
   * entity aliases (a search for ترامب also searches ترمب when they are one entity).
   */
  terms: string[][];
  /** Time spent, milliseconds. */
  tookMs: number;
  /**
   * How a text search was ordered: by relevance, or — when the query matches so many articles
   * (more than 2,000) that ranking them all would be slow — newest stored first.
   */
  order?: 'relevance' | 'newest';
  /**
   * Set when the result set is larger than this number: facets were then counted over this many
   * matches — the most recently stored — rather than all of them, so that a search costs the same
   * on a million articles as on a thousand.
   */
  facetsSampled?: number;
}

/** A request for quotes across the corpus. */
export interface QuotesQuery {
  /** Speaker name, alias or `#id`. */
  speaker?: string;
  /** Words that the quote must contain (normalised matching). */
  q?: string;
  limit?: number;
  offset?: number;
}

/** A short reference to a global entity. */
export interface EntityRef {
  id: number;
  name: string;
  type: EntityType;
}

/** One quote, with its article and resolved speaker. Offsets are into the article's text. */
export interface QuoteHit extends Span {
  articleId: number;
  /** The quote's id inside its article's document (`q1`, …). */
  quoteId: string;
  kind: QuoteKind;
  text: string;
  cue: { start: number; end: number; text: string } | null;
  /** The global entity that speaks, when resolved. */
  speaker: EntityRef | null;
  /** How the speaker is named here (a name, a role, a pronoun-bearing verb). */
  speakerMention: { start: number; end: number; text: string } | null;
  date: string | null;
  title: string | null;
  source: string | null;
}

/** A page of quotes, newest first. */
export interface QuotesResult {
  total: number;
  quotes: QuoteHit[];
}

/** A request for global entities. */
export interface EntitiesQuery {
  /** Name or alias (any spelling variant); absent lists the most mentioned entities. */
  q?: string;
  type?: EntityType;
  limit?: number;
  offset?: number;
}

/** A spelling of a global entity as seen in the corpus. */
export interface Alias {
  /** The surface form. */
  name: string;
  /** How many mentions used it. */
  count: number;
}

/** A corpus-wide entity. */
export interface GlobalEntity extends EntityRef {
  /** Every surface form seen, most frequent first. */
  aliases: Alias[];
  /** Number of articles mentioning it. */
  articleCount: number;
  /** Number of mentions across the corpus. */
  mentionCount: number;
  /** Earliest and latest publication date of an article mentioning it. */
  firstSeen: string | null;
  lastSeen: string | null;
}

/** A global entity with its history and neighbourhood. */
export interface EntityDetail extends GlobalEntity {
  /** Titles and roles seen with it (الرئيس، وزير الخارجية), most frequent first. */
  titles: FacetValue[];
  /** Per month (`YYYY-MM`): articles and mentions, chronological. */
  timeline: { month: string; articles: number; mentions: number }[];
  /** Its latest quotes (as speaker), newest first, at most 50. */
  quotes: QuoteHit[];
  /** Entities that appear in the same articles, most shared articles first, at most 30. */
  cooccurring: (EntityRef & { articles: number })[];
}

/** Corpus totals. */
export interface StoreStats {
  backend: 'sqlite' | 'postgres';
  schemaVersion: number;
  articles: number;
  /** Stories (groups of near-duplicates); `articles - stories` articles are reprints. */
  stories: number;
  entities: number;
  mentions: number;
  quotes: number;
  quantities: number;
  times: number;
  sources: FacetValue[];
  firstDate: string | null;
  lastDate: string | null;
  /** Size of the database on disk in bytes (file(s) for SQLite; the database for PostgreSQL). */
  sizeBytes: number;
}

/** The corpus store. Both backends implement it; one test suite checks both. */
export interface Store {
  /** Which backend this is. */
  readonly backend: 'sqlite' | 'postgres';
  /** Where it is: the SQLite path or the PostgreSQL URL with the password hidden. */
  readonly location: string;
  /**
   * Adds one analysed article. Skipped (nothing written) when an article with the same content
   * hash exists. Near-duplicates of stored articles join their story. Global entities are linked.
   */
  addArticle(input: NewArticle, doc: AnalysisDocument): Promise<AddResult>;
  /** Adds many articles in ONE transaction (all or nothing), in order. */
  addArticles(batch: readonly { input: NewArticle; doc: AnalysisDocument }[]): Promise<AddResult[]>;
  /** Which of these content hashes are already stored (to skip analysis of known articles). */
  hasHashes(hashes: readonly string[]): Promise<Set<string>>;
  /** One article with every stored layer, or null. */
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Full-text and filtered search, ranked, with snippets, highlights and facets. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Quotes across the corpus, newest first. */
  quotes(query: QuotesQuery): Promise<QuotesResult>;
  /** Global entities matching a name (any spelling variant), most mentioned first. */
  entities(query: EntitiesQuery): Promise<GlobalEntity[]>;
  /** One global entity with timeline, quotes and co-occurring entities, or null. */
  entity(id: number): Promise<EntityDetail | null>;
  /** Corpus totals. */
  stats(): Promise<StoreStats>;
  /**
   * Tidies the indexes after `added` articles were written (an ingest calls it at the end): when
   * they are a large share of the store, the SQLite full-text index is merged into one segment
   * (searches read one posting list per word instead of one per segment: about a third faster on
   * 100,000 articles), else a bounded amount of merging is done; PostgreSQL refreshes its planner
   * statistics.
   */
  optimize(added: number): Promise<void>;
  /** Closes the connection(s). */
  close(): Promise<void>;
}

/** A database that is not a khabar store, or one written by a newer khabar. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /** Open read-only (SQLite: no migration; fails if the file does not exist). Default false. */
  readonly?: boolean;
  /** Search limits; the defaults suit any corpus (tests use small ones to reach the paths for huge result sets). */
  searchLimits?: SearchLimits;
}

/** Limits that keep a search's cost bounded on a corpus of any size. */
export interface SearchLimits {
  /** Above this many matches, a text search lists the newest first instead of ranking all (default 2,000). */
  rank?: number;
  /** Facets are counted over at most this many matches (default 1,000). */
  facetSample?: number;
  /** Matches are counted up to this many unless the query asks for an exact total (default 10,000). */
  total?: number;
}

/** The default store location: `$KHABAR_DB`, else `./khabar.db`. */
export function defaultStoreLocation(): string {
  return process.env.KHABAR_DB || './khabar.db';
}

/** True when a location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens (creating and migrating when needed) the store at a location: a `postgres://…` URL for
 * PostgreSQL, anything else is a SQLite file path. Defaults to {@link defaultStoreLocation}.
 * @throws {@link StoreError} for a foreign file or a newer schema (the message names the file).
 */
export async function openStore(location: string = defaultStoreLocation(), options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(location, options);
  }
  const { openSqliteStore } = await import('./sqlite.ts');
  return openSqliteStore(location, options);
}
